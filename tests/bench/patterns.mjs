// Prints what looking back costs on a fresh phone and on one with ten years of check-ins
// (three a day), in headless Chromium at 4x CPU throttling, median (min, max) of several runs:
//  - opening "Looking back" as a new page: navigation until the calendar and the trend's chart
//    are drawn (most of it is starting the app, so it is noisy);
//  - opening it with a tap on "Your check-ins", the way a client comes to it, until both are
//    drawn: what the screen itself costs;
//  - a tap on "365 days", until the year's chart is drawn;
//  - a tap on "Earlier", until the month before is drawn;
//  - the diary card's week, tapped from "Looking back", until its table (or "No check-ins") shows;
//  - a search of every note for a word (the first look, a year at most), until it answers;
// and the storage ten years take, as the browser counts it (the characters of keys and values).
// Usage: node tests/bench/patterns.mjs DIST_DIR
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone } from "../e2e/support/harbour.mjs";
import { generatedCheckins } from "./checkins.mjs";
import { line } from "./report.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = 5;
const TIMEOUT = 120_000;
const everything = generatedCheckins(Date.now(), 10, 3);
const PHONES = [
  { name: "fresh phone", months: null },
  { name: "ten years", months: everything },
];

// Records, in the page's own clock, when the calendar and the trend's chart are both drawn.
function recordLookingBack() {
  if (location.pathname !== "/looking-back") return;
  new MutationObserver((_, observer) => {
    const drawn = document.querySelector("table.calendar") && (document.querySelector("svg.chart") || document.body.innerText.includes("No check-ins in the last"));
    if (drawn) {
      window.__drawnAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function phoneWith(browser, site, months) {
  const phone = await newPhone(browser);
  phone.page.setDefaultTimeout(TIMEOUT);
  await phone.context.addInitScript(recordLookingBack);
  await phone.page.goto(`${site.url}/nonexistent.txt`);
  await phone.page.evaluate((entries) => {
    localStorage.clear();
    localStorage.setItem("harbour.schema", "1");
    for (const [key, json] of entries ?? []) localStorage.setItem(key, json);
  }, months);
  phone.cdp = await phone.context.newCDPSession(phone.page);
  return phone;
}

const throttle = (phone) => phone.cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

/** Taps the button or link with these words; ms until `done` (run in the page) is true. */
function tapUntil(phone, words, done) {
  return phone.page.evaluate(
    ([words, done, timeout]) =>
      new Promise((resolve, reject) => {
        const button = [...document.querySelectorAll("main button, main a")].find((b) => b.textContent.trim().startsWith(words));
        if (!button) return reject(new Error(`no button "${words}"`));
        const isDone = new Function(`return (${done})`);
        const timer = setTimeout(() => reject(new Error(`"${words}" did not answer within ${timeout} ms`)), timeout);
        const observer = new MutationObserver(() => {
          if (!isDone()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        const start = performance.now();
        button.click();
      }),
    [words, done, TIMEOUT],
  );
}

const figures = new Map(PHONES.map((p) => [p.name, { open: [], tap: [], week: [], year: [], earlier: [], find: [] }]));
const site = await serve(dist);
const browser = await launchBrowser();
let storage = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    for (const { name, months } of PHONES) {
      const f = figures.get(name);
      const phone = await phoneWith(browser, site, months);
      try {
        await throttle(phone);
        await phone.page.goto(`${site.url}/looking-back`);
        await phone.page.waitForFunction(() => window.__drawnAt !== undefined);
        f.open.push(await phone.page.evaluate(() => window.__drawnAt));
        await phone.page.goto(`${site.url}/history`);
        await phone.page.getByRole("link", { name: /^Looking back/ }).waitFor();
        f.tap.push(await tapUntil(phone, "Looking back", "document.querySelector('table.calendar') && (document.querySelector('svg.chart') || document.body.innerText.includes('No check-ins in the last'))"));
        if (months) {
          f.year.push(await tapUntil(phone, "365 days", "[...document.querySelectorAll('svg.chart')].some((s) => (s.getAttribute('aria-label') || '').includes('365 days'))"));
          const shown = await phone.page.locator(".month-turn h3").textContent();
          f.earlier.push(await tapUntil(phone, "Earlier", `document.querySelector('.month-turn h3').textContent !== ${JSON.stringify(shown)}`));
          await phone.page.goto(`${site.url}/looking-back/find`);
          await phone.page.getByLabel("Words in a note").fill("park");
          f.find.push(await tapUntil(phone, "Find", "[...document.querySelectorAll('main [role=status]')].some((s) => s.textContent.includes('found'))"));
          if (run === 0) {
            storage = await phone.page.evaluate(() =>
              Object.keys(localStorage).filter((k) => k.startsWith("harbour.")).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0),
            );
          }
        }
        await phone.page.goto(`${site.url}/looking-back`);
        await phone.page.getByRole("link", { name: /^My diary card/ }).waitFor();
        f.week.push(await tapUntil(phone, "My diary card", "document.querySelector('table.diary-card') || document.body.innerText.includes('No check-ins this week')"));
        if (phone.problems.length > 0) throw new Error(`${name}: script errors: ${phone.problems.join("; ")}`);
      } finally {
        await phone.context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.stop();
}

const fresh = figures.get("fresh phone");
const years = figures.get("ten years");
console.log(`Looking back, 4x CPU throttling, ${RUNS} runs:`);
line("open looking back, fresh phone", fresh.open);
line("open looking back, ten years", years.open, [fresh.open, "fresh"]);
line("tap to looking back, fresh phone", fresh.tap);
line("tap to looking back, ten years", years.tap, [fresh.tap, "fresh"]);
line("diary card's week, fresh phone", fresh.week);
line("diary card's week, ten years", years.week, [fresh.week, "fresh"]);
line("365 days' chart, ten years", years.year);
line("the month before, ten years", years.earlier);
line("find a word in every note, ten years", years.find);
console.log(`  ten years of check-ins stored: ${storage.toLocaleString("en-GB")} characters (budget 2,500,000)`);
