// The first load's size, shared by first-load.mjs (which prints it) and size-budget.mjs (which
// enforces it), so both count the same files the same way.
import { readdir, readFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** Where the budget lives: the one place to change it, in a commit that says why. */
export const BUDGET_FILE = "tests/bench/size-budget.json";
const BUDGET_PATH = join(dirname(fileURLToPath(import.meta.url)), "size-budget.json");

/** The budget for the first load, in gzip -9 bytes. */
export async function sizeBudget() {
  const { gzip_bytes: bytes } = JSON.parse(await readFile(BUDGET_PATH, "utf8"));
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new Error(`${BUDGET_FILE}: "gzip_bytes" must be a positive whole number`);
  return bytes;
}

/**
 * Every file a first visit downloads (HTML, JS, wasm, CSS in dist, not the service worker,
 * which installs after the app is on screen): raw and gzip -9 bytes, by name.
 */
export async function firstLoadSizes(dist) {
  const names = await readdir(dist).catch((e) => {
    throw new Error(e.code === "ENOENT" ? `${dist} does not exist: build the app first` : e.message);
  });
  const files = names.filter((f) => [".html", ".js", ".wasm", ".css"].includes(extname(f)) && f !== "sw.js");
  if (files.length === 0) throw new Error(`no HTML, JS, wasm or CSS in ${dist}: build it first`);
  const rows = [];
  for (const file of files.sort()) {
    const bytes = await readFile(join(dist, file));
    rows.push({ file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return { rows, total: rows.reduce((sum, r) => sum + r.gzip, 0) };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The table both scripts print: each file, then the total against the budget. */
export function printSizes({ rows, total }, budget) {
  console.log("First load (gzip -9):");
  for (const r of rows) console.log(`  ${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip (${r.gzip} bytes)`);
  console.log(`  ${"total".padEnd(40)} ${"".padStart(14)} ${kb(total).padStart(10)} gzip (${total} bytes; budget ${budget} bytes, ${kb(budget)})`);
}
