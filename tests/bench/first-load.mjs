// Prints what a client's phone pays to open Harbour:
//  - gzip bytes of the first load (HTML, JS, wasm, CSS), against the budget in
//    size-budget.json (which ./scripts/test enforces through size-budget.mjs);
//  - time from navigation to a usable check-in screen (the feeling buttons are on screen and
//    wired up), in headless Chromium with 4x CPU throttling: cold (first visit, nothing
//    cached) and warm (the service worker serves everything), median of several runs.
// Usage: node tests/bench/first-load.mjs DIST_DIR
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone, serviceWorkerReady } from "../e2e/support/harbour.mjs";
import { firstLoadSizes, printSizes, sizeBudget } from "./sizes.mjs";

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

printSizes(await firstLoadSizes(dist), await sizeBudget());

const site = await serve(dist);
const browser = await launchBrowser();
const url = `${site.url}/check-in`;
const cold = [];
const warm = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await newPhone(browser);
  await context.addInitScript(recordUsable);
  cold.push(await timeToUsable(page, url));
  await serviceWorkerReady(page);
  // Opening Harbour again from the home screen: a new page, everything from the worker.
  const again = await context.newPage();
  warm.push(await timeToUsable(again, url));
  await context.close();
}
await browser.close();
await site.stop();

const line = (name, xs) =>
  console.log(`  ${name.padEnd(40)} median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, ${xs.length} runs)`);
console.log("Navigation to a usable check-in screen (4x CPU throttling):");
line("cold (first visit)", cold);
line("warm (service worker)", warm);
