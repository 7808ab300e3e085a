// What a phone downloads, shared by first-load.mjs (which prints it) and size-budget.mjs (which
// enforces it), so both count the same files the same way:
//  - the first visit: what a new phone fetches until home's check-in form is usable (the page,
//    its style sheet, the app's JavaScript, the splitter's loader and the first wasm module);
//  - each chunk: a screen's part, fetched the first time it opens (and the parts screens share);
//  - the whole app: every file the service worker keeps for offline use.
// Bytes are gzip -9, with the Brotli copy the build wrote beside each file.
import { readFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { filesUnder } from "../../scripts/files.mjs";

/** Where the budgets live: the one place to change them, in a commit that says why. */
export const BUDGET_FILE = "tests/bench/size-budget.json";
const BUDGET_PATH = join(dirname(fileURLToPath(import.meta.url)), "size-budget.json");

/** The three budgets, in gzip -9 bytes. */
export async function sizeBudget() {
  const budget = JSON.parse(await readFile(BUDGET_PATH, "utf8"));
  for (const key of ["first_visit_gzip_bytes", "chunk_gzip_bytes", "whole_app_gzip_bytes"]) {
    if (!Number.isSafeInteger(budget[key]) || budget[key] <= 0) throw new Error(`${BUDGET_FILE}: "${key}" must be a positive whole number`);
  }
  return budget;
}

async function row(dist, file) {
  const bytes = await readFile(file);
  const brotli = await readFile(`${file}.br`).then((b) => b.length).catch(() => null);
  return { file: relative(dist, file).split(sep).join("/"), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
}

const FIRST_VISIT = /^(index\.html|harbour-[0-9a-f]+\.css|app-[0-9a-f]+\/(harbour\.js|__wasm_split\.js|harbour_bg\.wasm))$/;
const CHUNK = /^app-[0-9a-f]+\/(split|chunk)_\w+\.wasm$/;

/** Every file the release bundle holds, sorted into the first visit and the chunks. */
export async function bundleSizes(dist) {
  const files = await filesUnder(dist).catch((e) => {
    throw new Error(e.code === "ENOENT" ? `${dist} does not exist: build the app first` : e.message);
  });
  const kept = [];
  for (const file of files.filter((f) => !f.endsWith(".br") && !f.endsWith(`${sep}sw.js`))) kept.push(await row(dist, file));
  const firstVisit = kept.filter((r) => FIRST_VISIT.test(r.file));
  if (firstVisit.length !== 5) throw new Error(`${dist}: expected the page, its style sheet and the app's three start files, found ${firstVisit.map((r) => r.file)}`);
  const sum = (rows, key) => rows.reduce((total, r) => total + (r[key] ?? 0), 0);
  return {
    firstVisit,
    chunks: kept.filter((r) => CHUNK.test(r.file)),
    firstVisitGzip: sum(firstVisit, "gzip"),
    firstVisitBrotli: sum(firstVisit, "brotli"),
    wholeGzip: sum(kept, "gzip"),
    wholeBrotli: sum(kept, "brotli"),
  };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function print(r) {
  const brotli = r.brotli === null ? "" : ` ${kb(r.brotli).padStart(10)} br`;
  console.log(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip (${r.gzip} bytes)${brotli}`);
}

/** The tables both scripts print: the first visit, every chunk by name, the whole app. */
export function printSizes(sizes, budget) {
  console.log("First visit (until home's check-in form is usable):");
  sizes.firstVisit.forEach(print);
  console.log(`  total: ${sizes.firstVisitGzip} bytes gzip (${kb(sizes.firstVisitGzip)}; budget ${budget.first_visit_gzip_bytes}), ${sizes.firstVisitBrotli} bytes Brotli (${kb(sizes.firstVisitBrotli)})`);
  console.log(`Chunks, each fetched when a screen first needs it (budget ${budget.chunk_gzip_bytes} bytes gzip each):`);
  sizes.chunks.forEach(print);
  console.log(`Whole app, as the service worker keeps it: ${sizes.wholeGzip} bytes gzip (${kb(sizes.wholeGzip)}; budget ${budget.whole_app_gzip_bytes}), ${sizes.wholeBrotli} bytes Brotli (${kb(sizes.wholeBrotli)})`);
}

/** What is over its budget, in words; empty when everything fits. */
export function overBudget(sizes, budget) {
  const over = [];
  if (sizes.firstVisitGzip > budget.first_visit_gzip_bytes) over.push(`the first visit is ${sizes.firstVisitGzip} bytes, over ${budget.first_visit_gzip_bytes}`);
  for (const chunk of sizes.chunks) {
    if (chunk.gzip > budget.chunk_gzip_bytes) over.push(`${chunk.file} is ${chunk.gzip} bytes, over ${budget.chunk_gzip_bytes}`);
  }
  if (sizes.wholeGzip > budget.whole_app_gzip_bytes) over.push(`the whole app is ${sizes.wholeGzip} bytes, over ${budget.whole_app_gzip_bytes}`);
  return over;
}
