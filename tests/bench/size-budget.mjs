// Fails when the first visit, any chunk or the whole app outgrows its budget, so growth is a
// choice someone makes, not something that creeps in. The budgets are in size-budget.json.
// Usage: node tests/bench/size-budget.mjs DIST_DIR
import { BUDGET_FILE, bundleSizes, overBudget, printSizes, sizeBudget } from "./sizes.mjs";

const dist = process.argv[2] ?? "dist";
const sizes = await bundleSizes(dist);
const budget = await sizeBudget();
printSizes(sizes, budget);

const over = overBudget(sizes, budget);
if (over.length > 0) {
  console.error(
    `\nOver budget: ${over.join("; ")}.\n` +
      `Every client pays for these bytes on every install and update. Make it smaller, or, if the growth\n` +
      `is worth it, raise the budget in ${BUDGET_FILE} deliberately, in a commit that says why.`,
  );
  process.exit(1);
}
console.log(`Within budget: ${budget.first_visit_gzip_bytes - sizes.firstVisitGzip} bytes to spare on the first visit.`);
