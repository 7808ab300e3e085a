// Help now is in the same place on every screen, and every screen passes axe-core's WCAG
// checks, in light and dark mode.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, checkIn, launchBrowser, newPhone, open, serveApp } from "./support/harbour.mjs";

const SCREENS = [
  "/", "/check-in", "/history", "/help", "/no-such-page",
  "/toolkit", "/toolkit/add", "/toolkit/new?skill=tipp", "/toolkit/a11y-card", "/toolkit/a11y-card/change",
  "/hand-over", "/receive", "/session/end", "/practitioner", "/come-back", "/people", "/my-data",
  "/since-my-last-session", "/toolkit-on-paper",
];
/** Every line's button and the link it opens, most urgent first. */
const HELP_LINKS = [
  ["Call 999", "tel:999"],
  ["Call Samaritans on 116 123", "tel:116123"],
  ["Text SHOUT to 85258", "sms:85258?&body=SHOUT"],
  ["Call NHS 111", "tel:111"],
  ["Call 18000", "tel:18000"],
  ["Call 18001 111", "tel:18001111"],
  ["Text register to 999", "sms:999?&body=register"],
];

const helpLinks = (page) =>
  page.locator(".danger a, .help-line a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));

let browser, site;
before(async () => {
  browser = await launchBrowser();
  site = await serveApp();
});
after(async () => {
  await browser.close();
  await site.stop();
});

/** A check-in to change and a card, so the history, toolkit and change screens have
 * something on them. */
async function withOneCheckIn(page) {
  await open(page, site, "/");
  await page.evaluate(() => {
    const card = {
      id: "a11y-card",
      content: {
        name: "Cold water", skill: "tipp", feelings: ["Angry"], strength: { from: 6, to: 10 },
        situations: "After a row.", steps: ["I run the cold tap.", "I splash my face."], why: "It calms me fast.",
        links: ["https://example.org/playlist"],
      },
      pinned: true,
    };
    localStorage.setItem("harbour.toolkit.card.a11y-card", JSON.stringify(card));
    localStorage.setItem("harbour.toolkit.order", JSON.stringify(["a11y-card"]));
  });
  await checkIn(page, "Guilty", 3);
  await page.getByRole("link", { name: "See your check-ins" }).tap();
  return page.locator(".checkin a").first().getAttribute("href");
}

describe("help now", () => {
  it("is one tap away, in the same place, on every screen", async () => {
    const { context, page } = await newPhone(browser);
    const changePath = await withOneCheckIn(page);
    let place;
    for (const path of [...SCREENS, changePath]) {
      await open(page, site, path);
      const help = page.getByRole("banner").getByRole("link", { name: "Help now" });
      const box = await help.boundingBox();
      place ??= box;
      assert.deepEqual(box, place, `Help now moved on ${path}`);
      await help.tap();
      await page.getByRole("heading", { level: 1, name: "Help now" }).waitFor();
    }
    assert.deepEqual(await helpLinks(page), HELP_LINKS);
    await context.close();
  });

  it("is there even before the app has started", async () => {
    const { context, page } = await newPhone(browser, { javaScriptEnabled: false });
    await page.goto(site.url + "/");
    await page.getByRole("link", { name: "Call Samaritans on 116 123" }).waitFor();
    assert.deepEqual(await helpLinks(page), HELP_LINKS);
    await context.close();
  });

  it("offers every line, in Help now's words, when the app cannot load at all", async () => {
    const working = await newPhone(browser);
    await open(working.page, site, "/help");
    const inApp = await working.page.locator(".danger, .help-line").allInnerTexts();
    await working.context.close();

    // A first visit whose app file never arrives (no service worker to fall back on).
    const { context, page } = await newPhone(browser, { serviceWorkers: "block" });
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(site.url + "/");
    await page.locator("#boot .danger").waitFor();
    assert.deepEqual(await helpLinks(page), HELP_LINKS);
    assert.deepEqual(await page.locator("#boot .danger, #boot .help-line").allInnerTexts(), inApp);
    await context.close();
  });
});

describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"]) {
    it(`every screen has no axe-core violations (${colorScheme})`, async () => {
      const { context, page } = await newPhone(browser, { colorScheme });
      const changePath = await withOneCheckIn(page);
      for (const path of [...SCREENS, changePath]) {
        await open(page, site, path);
        await assertAccessible(page, `${path} (${colorScheme})`);
      }
      // The form part-way through: a feeling picked, its strength shown, a problem showing.
      await open(page, site, "/");
      await page.getByRole("button", { name: "Lonely", exact: true }).tap();
      await page.getByRole("button", { name: "Save check-in" }).tap();
      await page.getByRole("alert").waitFor();
      await page.getByText("Add a note (if you like)").tap();
      // Opening the note scrolls the feeling buttons under the sticky header, which axe
      // counts as targets too small; at rest (scrolled back up) they are full size.
      await page.evaluate(() => window.scrollTo(0, 0));
      await assertAccessible(page, `the open form (${colorScheme})`);
      await context.close();
    });
  }

  it("reads at 320 px wide and at 200% text size without sideways scrolling", async () => {
    const { context, page } = await newPhone(browser, { viewport: { width: 320, height: 640 } });
    const changePath = await withOneCheckIn(page);
    for (const path of [...SCREENS, changePath]) {
      await open(page, site, path);
      // Through the page's style object: the security policy refuses added style sheets.
      await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 200% text`);
    }
    await context.close();
  });
});
