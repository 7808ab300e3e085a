// Prints what a backup of ten years of check-ins (three a day) costs a client's phone: the
// file's size, the time to make it, and on a fresh phone the time to show what it holds and
// to restore it. In headless Chromium with 4x CPU throttling, median (min, max) of a few runs.
// Usage: node tests/bench/backup.mjs DIST_DIR
import { gzipSync } from "node:zlib";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone, open } from "../e2e/support/harbour.mjs";
import { generatedCheckins } from "./checkins.mjs";
import { line } from "./report.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = 3;
const TIMEOUT = 300_000;
const everything = generatedCheckins(Date.now(), 10, 3);

async function throttledPhone(browser, months) {
  const phone = await newPhone(browser);
  phone.page.setDefaultTimeout(TIMEOUT);
  // Any file of the origin that is not the app: its storage can be filled before the app runs.
  await phone.page.goto(`${site.url}/nonexistent.txt`);
  await phone.page.evaluate((entries) => {
    localStorage.clear();
    localStorage.setItem("harbour.schema", "1");
    for (const [key, json] of entries) localStorage.setItem(key, json);
  }, months);
  const cdp = await phone.context.newCDPSession(phone.page);
  await open(phone.page, site, "/my-data");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return phone;
}

/** Milliseconds from `start` until `text` is on screen. */
async function timed(page, start, text) {
  const began = Date.now();
  await start();
  await page.getByText(text).first().waitFor();
  return Date.now() - began;
}

const site = await serve(dist);
const browser = await launchBrowser();
const figures = { make: [], preview: [], restore: [] };
let file = null;
try {
  for (let run = 0; run < RUNS; run++) {
    const old = await throttledPhone(browser, everything);
    const downloaded = old.page.waitForEvent("download");
    figures.make.push(
      await timed(old.page, () => old.page.getByRole("button", { name: "Download the file instead" }).click(), "Your backup is saved"),
    );
    file = join(await mkdtemp(join(tmpdir(), "harbour-bench-")), "backup.json");
    await (await downloaded).saveAs(file);
    await old.context.close();

    const fresh = await throttledPhone(browser, []);
    figures.preview.push(
      await timed(fresh.page, () => fresh.page.getByLabel("Choose a backup file").setInputFiles(file), "Restoring adds:"),
    );
    figures.restore.push(
      await timed(fresh.page, () => fresh.page.getByRole("button", { name: "Add these to Harbour" }).click(), "Added to Harbour:"),
    );
    const added = await fresh.page.locator("[role=status]", { hasText: "Added to Harbour:" }).innerText();
    if (!added.includes(`${everything.reduce((n, [, json]) => n + JSON.parse(json).length, 0)} check-ins`)) {
      throw new Error(`the restore did not bring back every check-in: ${added}`);
    }
    if (fresh.problems.length > 0) throw new Error(`script errors: ${fresh.problems.join("; ")}`);
    await fresh.context.close();
  }
} finally {
  await browser.close();
  await site.stop();
}

const text = await readFile(file);
console.log(
  `Backup of ten years (${everything.length} months): ${(text.length / 1024 / 1024).toFixed(2)} MB ` +
    `(${(gzipSync(text).length / 1024).toFixed(0)} KB if the app it goes to compresses it). 4x CPU throttling, ${RUNS} runs.`,
);
line("making the file (tap to saved)", figures.make);
line("fresh phone: choosing it to its preview", figures.preview);
line("fresh phone: restoring (tap to added)", figures.restore);
