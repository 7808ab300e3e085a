// Prints what a client's phone pays to open Harbour:
//  - gzip bytes of the first load (HTML, JS, wasm, CSS), against the budget in
//    size-budget.json (which ./scripts/test enforces through size-budget.mjs);
//  - time from navigation to a usable check-in screen (the feeling buttons are on screen and
//    wired up), in headless Chromium with 4x CPU throttling: cold (first visit, nothing
//    cached) and warm (the service worker serves everything), median of several runs.
// Usage: node tests/bench/first-load.mjs DIST_DIR
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone, serviceWorkerReady } from "../e2e/support/harbour.mjs";
import { bundleSizes, printSizes, sizeBudget } from "./sizes.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = 9;

// Records, in the page's own clock (ms since navigation began), when the check-in screen
// first has its feeling buttons.
function recordUsable() {
  new MutationObserver((_, observer) => {
    if (document.querySelector("button.feeling")) {
      window.__usableAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function timeToUsable(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => window.__usableAt !== undefined);
  const ms = await page.evaluate(() => window.__usableAt);
  await cdp.detach();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** From a tap on "My toolkit" on home until its screen is shown: its chunk not yet loaded. */
async function timeToOpenTheToolkit(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const started = await page.evaluate(() => performance.now());
  await page.getByRole("link", { name: "My toolkit", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "My toolkit" }).waitFor();
  const ms = (await page.evaluate(() => performance.now())) - started;
  await cdp.detach();
  return ms;
}

printSizes(await bundleSizes(dist), await sizeBudget());

const site = await serve(dist);
const browser = await launchBrowser();
const url = `${site.url}/check-in`;
const cold = [];
const warm = [];
const screenOnline = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await newPhone(browser);
  await context.addInitScript(recordUsable);
  cold.push(await timeToUsable(page, url));
  screenOnline.push(await timeToOpenTheToolkit(page));
  await serviceWorkerReady(page);
  // Opening Harbour again from the home screen: a new page, everything from the worker.
  const again = await context.newPage();
  warm.push(await timeToUsable(again, url));
  await context.close();
}
// With no signal: the worker answers, the toolkit's chunk not yet loaded in this page.
const screenOffline = [];
const offlineSite = await serve(dist);
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await newPhone(browser);
  await page.goto(`${offlineSite.url}/`);
  await serviceWorkerReady(page);
  const again = await context.newPage();
  await again.goto(`${offlineSite.url}/`);
  await again.locator("button.feeling").first().waitFor();
  screenOffline.push(await timeToOpenTheToolkit(again));
  await context.close();
}
await browser.close();
await site.stop();
await offlineSite.stop();

const line = (name, xs) =>
  console.log(`  ${name.padEnd(40)} median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} runs)`);
console.log("Navigation to a usable check-in screen (4x CPU throttling):");
line("cold (first visit)", cold);
line("warm (service worker)", warm);
console.log("Opening a screen whose chunk is not yet loaded (My toolkit from home, 4x CPU throttling):");
line("online, first visit", screenOnline);
line("from the worker's copy", screenOffline);
