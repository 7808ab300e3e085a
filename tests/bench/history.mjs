// Prints what years of check-ins cost a client's phone. Someone who checks in three times a
// day for ten years has about 11,000 check-ins; these figures show whether Harbour still feels
// the same to them as on the first day. In headless Chromium with 4x CPU throttling, median
// (min, max) of several runs, on a fresh phone, one with three months of check-ins, and one
// with ten years:
//  - a keystroke in the check-in note: the input handler's own (synchronous) cost, which
//    keeps the draft on the phone, and the cost until the page is ready for the next key;
//  - opening the history: navigation to /history until the first check-in is on screen;
//  - one tap on "Show earlier check-ins": tap until the new check-ins are in the page, and
//    until the next frame; on ten years, the first tap and the one that shows a year.
// The check-ins are stored exactly as Harbour stores them (a key per UTC month), so any that
// Harbour would set aside as damaged stop the benchmark instead of spoiling its figures.
// Usage: node tests/bench/history.mjs DIST_DIR
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone, open } from "../e2e/support/harbour.mjs";
import { generatedCheckins } from "./checkins.mjs";
import { line } from "./report.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = 7;
const KEYSTROKES = 50;
// Taps on ten years: twelve months' worth, so the last one shows what a year on screen costs.
const TAPS = 12;
// Generous: ten years at 4x throttling can be slow, and slow is a figure, not a failure.
const TIMEOUT = 120_000;
const YEARS = 10;
const PER_DAY = 3;

// ---- Ten years of check-ins, in Harbour's storage layout ----

const everything = generatedCheckins(Date.now(), YEARS, PER_DAY);
const checkinsIn = (months) => months.reduce((n, [, json]) => n + JSON.parse(json).length, 0);
// A phone's storage before Harbour opens: nothing at all, or a schema version and check-ins.
const PHONES = [
  { name: "fresh phone", months: null },
  { name: "three months", months: everything.slice(0, 3) },
  { name: "ten years", months: everything },
];

// ---- Measuring ----

// Records, in the page's own clock (ms since navigation began), when the history screen is
// shown and when its first check-in is. Only on /history, so it costs nothing elsewhere.
function recordHistory() {
  if (location.pathname !== "/history") return;
  new MutationObserver((_, observer) => {
    if (window.__historyAt === undefined) {
      const heading = [...document.querySelectorAll("main h1")].some((h) => h.textContent.trim() === "Your check-ins");
      if (heading) window.__historyAt = performance.now();
    }
    if (document.querySelector("li.checkin")) {
      window.__checkinAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** A phone with these months stored before Harbour first opens, throttled 4x. */
async function phoneWith(browser, site, months) {
  const phone = await newPhone(browser);
  phone.page.setDefaultTimeout(TIMEOUT);
  await phone.context.addInitScript(recordHistory);
  // Any file of the origin that is not the app: its storage can be filled before the app runs.
  await phone.page.goto(`${site.url}/nonexistent.txt`);
  if (months) {
    await phone.page.evaluate((entries) => {
      localStorage.clear();
      localStorage.setItem("harbour.schema", "1");
      for (const [key, json] of entries) localStorage.setItem(key, json);
    }, months);
  }
  phone.cdp = await phone.context.newCDPSession(phone.page);
  await throttle(phone);
  return phone;
}

// Set again before each step: cheap, and sure to hold whatever the navigation did.
async function throttle(phone) {
  await phone.cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

/** Navigation to /history until its first check-in (or, with none, the screen) is shown. */
async function openHistory(phone, site, expectCheckins) {
  await throttle(phone);
  await phone.page.goto(`${site.url}/history`);
  const mark = expectCheckins ? "__checkinAt" : "__historyAt";
  await phone.page.waitForFunction((m) => window[m] !== undefined, mark);
  return phone.page.evaluate((m) => window[m], mark);
}

/**
 * One tap on "Show earlier check-ins": ms until more check-ins are in the page, and until the
 * next frame after that. Null when there is no such button.
 */
async function showEarlier(phone) {
  await throttle(phone);
  return phone.page.evaluate(async (timeout) => {
    const button = [...document.querySelectorAll("main button")].find((b) => b.textContent.trim() === "Show earlier check-ins");
    if (!button) return null;
    const before = document.querySelectorAll("li.checkin").length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no earlier check-ins appeared within ${timeout} ms of the tap`));
      }, timeout);
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll("li.checkin").length <= before) return;
        const inPage = performance.now() - start;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => resolve({ inPage, frame: performance.now() - start }), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true });
      const start = performance.now();
      button.click();
    });
  }, TIMEOUT);
}

/**
 * Types into the check-in note one input event at a time, as a phone's keyboard does, with a
 * feeling picked. Per keystroke: the handler's own cost (it keeps the draft before returning),
 * and until the next task, which includes the reactive updates it set off. Medians in ms.
 */
async function typeNote(phone, site) {
  const { page } = phone;
  await throttle(phone);
  await page.goto(`${site.url}/check-in`);
  const feeling = page.locator("button.feeling").first();
  await feeling.tap();
  await page.locator("summary", { hasText: "Add a note" }).tap();
  await page.locator("textarea#note").waitFor({ state: "visible" });
  return page.evaluate(async (count) => {
    const note = document.querySelector("textarea#note");
    const text = "Walked to the shop and back, and it helped a bit. ";
    const nextTask = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    const own = [];
    const settled = [];
    for (let i = 0; i < count; i++) {
      await nextTask();
      note.value += text[i % text.length];
      const start = performance.now();
      note.dispatchEvent(new Event("input", { bubbles: true }));
      own.push(performance.now() - start);
      await nextTask();
      settled.push(performance.now() - start);
    }
    // The figures mean something only if each keystroke really was kept as a draft.
    const typed = note.value.trim();
    const kept = Object.keys(localStorage).some((k) => k.startsWith("harbour.") && localStorage.getItem(k).includes(typed));
    if (!kept) throw new Error("the typed note was not kept as a draft: the benchmark no longer matches the app");
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { own: median(own), settled: median(settled) };
  }, KEYSTROKES);
}

/** Stops the benchmark if Harbour set any seeded check-in aside or hit a script error. */
async function checkSound(phone, name) {
  if (phone.problems.length > 0) throw new Error(`${name}: script errors: ${phone.problems.join("; ")}`);
  const aside = await phone.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.quarantine.")));
  if (aside.length > 0) throw new Error(`${name}: Harbour set stored data aside (${aside.join(", ")}): the generated check-ins break its rules`);
}

/**
 * Harbour itself reads all ten years once, unthrottled, and must set nothing aside: opening
 * the oldest check-in to change it looks through every month, and each month read is checked.
 */
async function checkAllReadable(browser, site) {
  const phone = await phoneWith(browser, site, everything);
  try {
    await phone.cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    const [, oldestMonth] = everything.at(-1);
    await open(phone.page, site, `/check-in/${JSON.parse(oldestMonth)[0].id}`);
    const heading = (await phone.page.locator("main h1").first().textContent()).trim();
    if (heading !== "Change this check-in") throw new Error(`ten years: the oldest check-in did not open (the screen says "${heading}")`);
    await checkSound(phone, "ten years, every month");
  } finally {
    await phone.context.close();
  }
}

const figures = new Map(PHONES.map((p) => [p.name, { keyOwn: [], keySettled: [], open: [], tap1: [], tap1Frame: [], tapN: [], tapNFrame: [] }]));
const site = await serve(dist);
const browser = await launchBrowser();
try {
  await checkAllReadable(browser, site);
  for (let run = 0; run < RUNS; run++) {
    // Each run measures every phone, so drift on a busy machine touches them all alike.
    for (const { name, months } of PHONES) {
      const f = figures.get(name);
      const phone = await phoneWith(browser, site, months);
      try {
        f.open.push(await openHistory(phone, site, months !== null));
        if (months) {
          const shown = await phone.page.locator("li.checkin").count();
          if (shown === 0) throw new Error(`${name}: the history shows no check-ins`);
          const taps = name === "ten years" ? TAPS : 1;
          for (let tap = 1; tap <= taps; tap++) {
            const t = await showEarlier(phone);
            if (!t) throw new Error(`${name}: no "Show earlier check-ins" button for tap ${tap}`);
            if (tap === 1) {
              f.tap1.push(t.inPage);
              f.tap1Frame.push(t.frame);
            }
            if (tap === TAPS) {
              f.tapN.push(t.inPage);
              f.tapNFrame.push(t.frame);
            }
          }
        }
        const keys = await typeNote(phone, site);
        f.keyOwn.push(keys.own);
        f.keySettled.push(keys.settled);
        await checkSound(phone, name);
      } finally {
        await phone.context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.stop();
}

// ---- Report ----

const [fresh, three, ten] = PHONES.map((p) => figures.get(p.name));
const bytes = everything.reduce((n, [key, json]) => n + key.length + json.length, 0);

console.log(
  `Ten years: ${checkinsIn(everything)} check-ins in ${everything.length} months (${(bytes / 1024 / 1024).toFixed(1)} MB of JSON); ` +
    `three months: ${checkinsIn(PHONES[1].months)}. 4x CPU throttling, ${RUNS} runs.`,
);
console.log(`A keystroke in the check-in note (median of ${KEYSTROKES} per run):`);
line("fresh phone: input handler (keeps draft)", fresh.keyOwn);
line("ten years: input handler (keeps draft)", ten.keyOwn, [fresh.keyOwn, "fresh"]);
line("fresh phone: until ready for next key", fresh.keySettled);
line("ten years: until ready for next key", ten.keySettled, [fresh.keySettled, "fresh"]);
console.log("Opening the history (navigation to the first check-in shown):");
line("fresh phone (empty history shown)", fresh.open);
line("three months", three.open, [fresh.open, "fresh"]);
line("ten years", ten.open, [fresh.open, "fresh"]);
console.log('One tap on "Show earlier check-ins" (tap to the new check-ins in the page; to the next frame):');
line("three months: first tap, in page", three.tap1);
line("ten years: first tap, in page", ten.tap1, [three.tap1, "three months"]);
line(`ten years: tap ${TAPS} (a year shown), in page`, ten.tapN, [three.tap1, "three months' first"]);
line("three months: first tap, next frame", three.tap1Frame);
line("ten years: first tap, next frame", ten.tap1Frame, [three.tap1Frame, "three months"]);
line(`ten years: tap ${TAPS}, next frame`, ten.tapNFrame, [three.tap1Frame, "three months' first"]);
