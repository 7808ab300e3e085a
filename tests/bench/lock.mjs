// What the lock costs a client's phone, in headless Chromium, median (min, max) of several runs:
//  - deriving the passcode's key (PBKDF2-SHA256, 600,000 rounds, through Web Crypto), as is
//    and at 4x CPU throttling;
//  - unlocking at 4x: the tap on Unlock until home's check-in form is shown, on a phone with
//    three months of check-ins and on one with ten years;
//  - saving a check-in at 4x: the tap on Save until "Saved" is shown, lock off and lock on;
//  - opening ten years of check-ins at 4x, from home's menu to the first check-in shown, lock
//    off and lock on.
// Usage: node tests/bench/lock.mjs DIST_DIR
import { serve } from "../../scripts/static-server.mjs";
import { launchBrowser, newPhone, open } from "../e2e/support/harbour.mjs";
import { generatedCheckins } from "./checkins.mjs";
import { line } from "./report.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = 5;
const TIMEOUT = 180_000;
const PASSCODE = "a quiet harbour";
const everything = generatedCheckins(Date.now(), 10, 3);

async function throttle(phone, rate) {
  await phone.cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** A phone with `months` of check-ins, with the lock on or off, ready on home. */
async function phoneWith(browser, site, months, locked) {
  const phone = await newPhone(browser);
  phone.page.setDefaultTimeout(TIMEOUT);
  phone.cdp = await phone.context.newCDPSession(phone.page);
  await open(phone.page, site, "/");
  await phone.page.evaluate((entries) => {
    for (const [key, json] of entries) localStorage.setItem(key, json);
  }, months);
  if (locked) {
    await open(phone.page, site, "/my-data/lock");
    await phone.page.getByLabel("New passcode", { exact: true }).fill(PASSCODE);
    await phone.page.getByLabel("The same passcode again").fill(PASSCODE);
    await phone.page.getByRole("button", { name: "Turn the lock on" }).tap();
    await phone.page.getByText("The lock is on.", { exact: true }).first().waitFor();
    const plain = await phone.page.evaluate(() =>
      Object.entries(localStorage).filter(([k, v]) => k.startsWith("harbour.checkins.") && !v.startsWith("~s1.")).length,
    );
    if (plain > 0) throw new Error(`${plain} months were not sealed: the benchmark no longer matches the app`);
  }
  return phone;
}

/** ms from the tap on Unlock until home's check-in form is shown, at 4x. */
async function unlock(phone, site) {
  await throttle(phone, 1);
  await phone.page.goto(`${site.url}/`);
  await phone.page.getByLabel("Your passcode", { exact: true }).fill(PASSCODE);
  await throttle(phone, 4);
  return phone.page.evaluate(async (passcode) => {
    const start = performance.now();
    document.querySelector("form.lock-form button[type=submit]").click();
    await new Promise((resolve) => {
      const seen = () => document.querySelector("h2, h1") && [...document.querySelectorAll("main h1, main h2")].some((h) => h.textContent.includes("How are you feeling?"));
      if (seen()) return resolve();
      new MutationObserver((_, observer) => {
        if (seen()) {
          observer.disconnect();
          resolve();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    return performance.now() - start;
  }, PASSCODE);
}

/** Until `selector`'s text holds `words`, from a click on `button` (by its words), in ms. */
function tapUntil(page, button, selector, words) {
  return page.evaluate(async ({ button, selector, words }) => {
    const target = [...document.querySelectorAll("button, a")].find((b) => b.textContent.trim() === button);
    if (!target) throw new Error(`no ${button}`);
    const shown = () => [...document.querySelectorAll(selector)].some((e) => e.textContent.includes(words));
    const start = performance.now();
    target.click();
    await new Promise((resolve) => {
      if (shown()) return resolve();
      new MutationObserver((_, observer) => {
        if (shown()) {
          observer.disconnect();
          resolve();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    return performance.now() - start;
  }, { button, selector, words });
}

async function saveCheckIn(phone) {
  await throttle(phone, 1);
  await phone.page.getByRole("link", { name: "Check in", exact: true }).tap();
  await phone.page.getByRole("button", { name: "Calm", exact: true }).tap();
  await phone.page.getByRole("group", { name: "How strong is “Calm”?" }).getByRole("radio", { name: "3", exact: true }).tap();
  await throttle(phone, 4);
  const took = await tapUntil(phone.page, "Save check-in", "main h1, main h2", "Saved.");
  await throttle(phone, 1);
  return took;
}

async function openHistory(phone) {
  await throttle(phone, 1);
  await phone.page.getByRole("link", { name: "Home", exact: true }).tap();
  await throttle(phone, 4);
  const took = await tapUntil(phone.page, "Your check-ins", "li.checkin", "");
  await throttle(phone, 1);
  return took;
}

const site = await serve(dist);
const browser = await launchBrowser();
const figures = { derive: [], derive4: [], unlockShort: [], unlockLong: [], saveOff: [], saveOn: [], historyOff: [], historyOn: [] };
try {
  const bare = await newPhone(browser);
  bare.cdp = await bare.context.newCDPSession(bare.page);
  await open(bare.page, site, "/");
  for (const [rate, into] of [[1, figures.derive], [4, figures.derive4]]) {
    await throttle(bare, rate);
    for (let run = 0; run < RUNS; run++) {
      into.push(await bare.page.evaluate(async (passcode) => {
        const subtle = crypto.subtle;
        const base = await subtle.importKey("raw", new TextEncoder().encode(passcode), "PBKDF2", false, ["deriveBits"]);
        const start = performance.now();
        await subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: crypto.getRandomValues(new Uint8Array(16)), iterations: 600_000 }, base, 256);
        return performance.now() - start;
      }, PASSCODE));
    }
  }
  await bare.context.close();

  const short = await phoneWith(browser, site, everything.slice(0, 3), true);
  const long = await phoneWith(browser, site, everything, true);
  const plain = await phoneWith(browser, site, everything, false);
  for (let run = 0; run < RUNS; run++) {
    figures.unlockShort.push(await unlock(short, site));
    figures.unlockLong.push(await unlock(long, site));
    // Each unlock opens the page afresh, so the phone without the lock is opened afresh too:
    // both then fetch the screens' chunks anew, and only the lock differs.
    await throttle(plain, 1);
    await open(plain.page, site, "/");
    figures.saveOn.push(await saveCheckIn(long));
    figures.saveOff.push(await saveCheckIn(plain));
    figures.historyOn.push(await openHistory(long));
    figures.historyOff.push(await openHistory(plain));
  }
  for (const phone of [short, long, plain]) {
    if (phone.problems.length > 0) throw new Error(`script errors: ${phone.problems.join("; ")}`);
    await phone.context.close();
  }
} finally {
  await browser.close();
  await site.stop();
}
line("deriving the passcode key (600,000 rounds)", figures.derive);
line("the same at 4x CPU throttling", figures.derive4);
line("unlock to home, three months (4x)", figures.unlockShort);
line("unlock to home, ten years (4x)", figures.unlockLong);
line("save a check-in, lock off (4x)", figures.saveOff);
line("save a check-in, lock on (4x)", figures.saveOn, [figures.saveOff, "lock off"]);
line("open ten years of check-ins, lock off (4x)", figures.historyOff);
line("open ten years of check-ins, lock on (4x)", figures.historyOn, [figures.historyOff, "lock off"]);
