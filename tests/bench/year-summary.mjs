// Prints what a year's "Since my last session" costs a client's phone: a year of check-ins
// (three a day, about 1,100) stored as Harbour stores them, the screen open, then the first
// date moved back a year, as a client would pick it. Measured from the date's change until
// the preview holds the whole year (the summary built, laid out on screen and for paper, and
// the text made), and until the next frame. Headless Chromium with 4x CPU throttling, median
// (min, max) of several runs.
// Usage: node tests/bench/year-summary.mjs DIST_DIR
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone, open } from "../e2e/support/harbour.mjs";
import { line } from "./report.mjs";
import { generatedCheckins } from "./checkins.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = 5;
const PER_DAY = 3;
const TIMEOUT = 120_000;
const DAY_MS = 24 * 60 * 60 * 1000;

const year = generatedCheckins(Date.now(), 1, PER_DAY);
const checkins = year.reduce((n, [, json]) => n + JSON.parse(json).length, 0);

/** Picks a first day a year back, and times it until the preview starts on that day. */
async function pickAYear(page, cdp) {
  const from = new Date(Date.now() - 364 * DAY_MS).toISOString().slice(0, 10);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return page.evaluate(
    async ({ from, timeout }) => {
      const input = document.querySelector("input#from");
      const [y, m, d] = from.split("-").map(Number);
      const day = new Date(Date.UTC(y, m - 1, d));
      const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
      const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
      const starts = `From ${days[day.getUTCDay()]} ${d} ${months[m - 1]} ${y} to`;
      const ready = () => document.querySelector("pre.preview")?.textContent.startsWith(starts);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the preview did not start "${starts}" within ${timeout} ms`));
        }, timeout);
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          const inPage = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve({ inPage, frame: performance.now() - start }), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const start = performance.now();
        input.value = from;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    },
    { from, timeout: TIMEOUT },
  );
}

const inPage = [];
const frame = [];
const site = await serve(dist);
const browser = await launchBrowser();
try {
  for (let run = 0; run < RUNS; run++) {
    const phone = await newPhone(browser);
    try {
      phone.page.setDefaultTimeout(TIMEOUT);
      await phone.page.goto(`${site.url}/nonexistent.txt`);
      await phone.page.evaluate((entries) => {
        localStorage.setItem("harbour.schema", "1");
        for (const [key, json] of entries) localStorage.setItem(key, json);
      }, year);
      await open(phone.page, site, "/since-my-last-session");
      await phone.page.locator("pre.preview").waitFor();
      const cdp = await phone.context.newCDPSession(phone.page);
      const t = await pickAYear(phone.page, cdp);
      inPage.push(t.inPage);
      frame.push(t.frame);
      const shown = await phone.page.locator("main > .summary-days .checkin").count();
      if (shown < checkins * 0.9) throw new Error(`only ${shown} of ${checkins} check-ins shown for the year`);
      if (phone.problems.length > 0) throw new Error(`script errors: ${phone.problems.join("; ")}`);
    } finally {
      await phone.context.close();
    }
  }
} finally {
  await browser.close();
  await site.stop();
}

console.log(`A year: ${checkins} check-ins in ${year.length} months. 4x CPU throttling, ${RUNS} runs.`);
console.log("Since my last session, the first date moved back a year (change to the whole year in the preview):");
line("a year's summary, in page", inPage);
line("a year's summary, next frame", frame);
