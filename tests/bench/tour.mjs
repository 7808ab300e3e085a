// A screenshot tour of the screens a person meets first: home, a check-in under way, Help now,
// a card, Since my last session and My data, on a 390 x 844 phone and on a 320 x 568 one with
// text at 200 %, light and dark. For looking at before and after a change to layout; nothing
// here passes or fails.
// Usage: node tests/bench/tour.mjs DIST_DIR OUT_DIR
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { appReady, launchBrowser, newPhone } from "../e2e/support/harbour.mjs";

const [dist = "dist", out = "target/tour"] = process.argv.slice(2);

const PHONES = {
  "390x844": { viewport: { width: 390, height: 844 }, largeText: false },
  "320x568-200pc": { viewport: { width: 320, height: 568 }, largeText: true },
};

/** A phone a few weeks into working with a practitioner: two cards, one pinned, some check-ins. */
function seed() {
  const day = 24 * 3600 * 1000;
  const card = (id, name, skill, pinned, steps) => ({
    id, pinned, content: { name, skill, feelings: [], strength: { from: 1, to: 10 }, steps },
  });
  const cards = [
    card("walk", "A walk round the block", "opposite-action", true, ["Shoes on.", "Round the block once."]),
    card("breathe", "Self-soothe", "self-soothe", false, ["Breathe in for 4.", "Out for 6."]),
  ];
  for (const c of cards) localStorage.setItem(`harbour.toolkit.card.${c.id}`, JSON.stringify(c));
  localStorage.setItem("harbour.toolkit.order", JSON.stringify(cards.map((c) => c.id)));
  localStorage.setItem("harbour.people", JSON.stringify([{ id: "p1", name: "Mum", phone: "07700 900001" }]));
  localStorage.setItem("harbour.practitioner.contact", JSON.stringify({
    contact: { name: "Sam Okafor", phone: "07700 900123", email: "sam@example.org", channel: "text" },
  }));
  const now = Date.now();
  const months = {};
  for (const n of [1, 2, 3]) {
    const at = new Date(now - n * day).toISOString();
    const checkIn = {
      id: `c${n}`, at, feelings: [{ feeling: n === 2 ? "Anxious" : "Sad", strength: 3 + n }],
      note: n === 1 ? "Rang my sister." : "",
    };
    (months[at.slice(0, 7)] ??= []).push(checkIn);
  }
  for (const [month, checkIns] of Object.entries(months)) {
    localStorage.setItem(`harbour.checkins.${month}`, JSON.stringify(checkIns));
  }
}

const STOPS = [
  ["home", "/", null],
  ["check-in", "/", (page) => page.getByRole("button", { name: "Sad", exact: true }).tap()],
  ["help-now", "/help", null],
  ["card", "/toolkit/walk", null],
  ["since-my-last-session", "/since-my-last-session", null],
  ["my-data", "/my-data", null],
];

const site = await serve(dist);
const browser = await launchBrowser();
await mkdir(out, { recursive: true });
for (const [size, { viewport, largeText }] of Object.entries(PHONES)) {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await newPhone(browser, { viewport, colorScheme });
    await page.goto(site.url + "/");
    await appReady(page);
    await page.evaluate(seed);
    for (const [stop, path, act] of STOPS) {
      await page.goto(site.url + path);
      await appReady(page);
      if (largeText) {
        await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
      }
      if (act) await act(page);
      // The screen as it is after the step, not scrolled back to the top.
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `${size}-${colorScheme}-${stop}.png`) });
    }
    await context.close();
  }
}
await browser.close();
await site.stop();
console.log(`tour written to ${out}`);
