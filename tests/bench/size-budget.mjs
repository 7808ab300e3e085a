// Fails when the first load (gzip -9 of the HTML, JS, wasm and CSS a first visit downloads)
// outgrows its budget, so growth is a choice someone makes, not something that creeps in.
// The budget is in size-budget.json; it started at the size of the day it was set, and the
// aim is to bring it down.
// Usage: node tests/bench/size-budget.mjs DIST_DIR
import { BUDGET_FILE, firstLoadSizes, kb, printSizes, sizeBudget } from "./sizes.mjs";

const dist = process.argv[2] ?? "dist";
const sizes = await firstLoadSizes(dist);
const budget = await sizeBudget();
printSizes(sizes, budget);

if (sizes.total > budget) {
  const over = sizes.total - budget;
  console.error(
    `\nThe first load is ${sizes.total} bytes gzip: ${over} bytes (${kb(over)}) over its budget of ${budget} bytes.\n` +
      `Every client pays for these bytes on every install and update. Make it smaller, or, if the growth\n` +
      `is worth it, raise "gzip_bytes" in ${BUDGET_FILE} deliberately, in a commit that says why.`,
  );
  process.exit(1);
}
console.log(`Within budget: ${budget - sizes.total} bytes to spare.`);
