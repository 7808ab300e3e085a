// Never lose what someone wrote: damaged data is set aside and reported, a full phone gets a
// clear message, and what was typed stays on screen.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  appReady, checkIn, feeling, fillStorage, open, phoneSuite, stored, storedKeys, strength,
} from "./support/harbour.mjs";

const SET_ASIDE = "Some of what Harbour kept could not be read.";
const suite = phoneSuite();

describe("damaged or full storage", () => {
  it("sets a damaged month aside, keeps it, and still shows everything else", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate(() => {
      localStorage.setItem(
        "harbour.checkins.2025-01",
        JSON.stringify([{ id: "old", at: "2025-01-10T09:00:00+00:00", feelings: [{ feeling: "Calm", strength: 3 }] }]),
      );
      localStorage.setItem("harbour.checkins.2025-02", '[{"id":"half-written","note":"my words');
    });
    await page.goto(suite.site.url + "/history");
    await appReady(page);
    await page.getByText(SET_ASIDE).waitFor();
    assert.match(await page.locator(".checkin").first().innerText(), /Calm\s+3 out of 10/);
    assert.equal(
      await stored(page, "harbour.quarantine.harbour.checkins.2025-02.1"),
      '[{"id":"half-written","note":"my words',
      "kept exactly as it was",
    );
    await page.getByRole("link", { name: "Home" }).tap();
    await checkIn(page, "Happy", 5);
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByText(SET_ASIDE).count(), 0, "reported once, not every time");
  });

  it("keeps going when every kind of stored value is damaged", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate(() => {
      localStorage.setItem("harbour.schema", "not a number");
      localStorage.setItem("harbour.feelings.own", '{"a":');
      localStorage.setItem("harbour.draft.checkin", "[[[");
      localStorage.setItem(
        "harbour.checkins.2026-01",
        JSON.stringify([{ id: "", at: "yesterday", feelings: [{ feeling: "Sad", strength: 99 }] }]),
      );
    });
    await page.reload();
    await appReady(page);
    await page.getByText(SET_ASIDE).waitFor();
    await checkIn(page, "Sad", 4);
    await page.goto(suite.site.url + "/history");
    await appReady(page);
    assert.equal(await page.locator(".checkin").count(), 1);
    const aside = (await storedKeys(page)).filter((k) => k.startsWith("harbour.quarantine."));
    assert.deepEqual(aside, [
      "harbour.quarantine.harbour.checkins.2026-01.1",
      "harbour.quarantine.harbour.draft.checkin.1",
      "harbour.quarantine.harbour.feelings.own.1",
      "harbour.quarantine.harbour.schema.1",
    ]);
    assert.equal(await stored(page, "harbour.schema"), "2");
  });

  it("says clearly when the phone is full, keeps the entry on screen, and saves once there is room", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Calm", 1);
    const month = (await storedKeys(page)).find((k) => k.startsWith("harbour.checkins."));
    const before = await stored(page, month);
    // Fill the rest of localStorage so the next save cannot fit.
    await fillStorage(page);
    await page.getByRole("button", { name: "Check in again" }).tap();
    await feeling(page, "Overwhelmed").tap();
    await strength(page, "Overwhelmed", 9).tap();
    await page.getByText("Add a note (if you like)").tap();
    await page.getByLabel("Your note").fill("Too much today. ".repeat(20));
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("alert").getByText("Harbour's space on this phone is full, so this is not saved yet").waitFor();
    assert.equal(await page.getByLabel("Your note").inputValue(), "Too much today. ".repeat(20));
    assert.equal(await feeling(page, "Overwhelmed").getAttribute("aria-pressed"), "true");
    assert.equal(await stored(page, month), before, "what was saved before is untouched");

    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("filler.")) localStorage.removeItem(key);
    });
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
  });

  it("still works, and says so, when the browser refuses to keep anything", async () => {
    const { page } = await suite.phone();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("refused", "SecurityError");
      };
    });
    await open(page, suite.site, "/");
    await page.getByText("This browser won't let Harbour keep anything").waitFor();
    await checkIn(page, "Afraid", 6);
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    assert.match(await page.locator(".checkin").first().innerText(), /Afraid\s+6 out of 10/);
  });
});

describe("strict by default", () => {
  it("runs only Harbour's own code, and hostile words stay words", async () => {
    const { page } = await suite.phone();
    const origins = new Set();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await open(page, suite.site, "/");
    const injected = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__ran = true";
      document.body.append(script);
      return window.__ran === true;
    });
    assert.equal(injected, false, "a script put into the page does not run");
    const hostile = `<img src=x onerror="window.__ran=true"><script>window.__ran=true</script>`;
    await feeling(page, "Angry").tap();
    await strength(page, "Angry", 4).tap();
    await page.getByText("Add a note (if you like)").tap();
    await page.getByLabel("Your note").fill(hostile);
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    assert.equal(await page.locator(".checkin .note").innerText(), hostile, "shown exactly as written");
    assert.equal(await page.evaluate(() => window.__ran === true), false);

    await page.getByRole("link", { name: "Check in" }).tap();
    await feeling(page, "Calm").tap();
    await strength(page, "Calm", 2).tap();
    await page.getByText("Add a note (if you like)").tap();
    await page.getByLabel("Your note").fill("see you \u202Eyadnom");
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("alert").getByText("characters that can't be shown").waitFor();
    assert.deepEqual([...origins], [suite.site.url], "no request to any other origin");
  });
});

describe("data from a newer Harbour", () => {
  it("opens to read, changes nothing, and says why", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate(() => {
      localStorage.setItem("harbour.schema", "7");
      localStorage.setItem(
        "harbour.checkins.2026-01",
        JSON.stringify([{ id: "newer", at: "2026-01-05T09:00:00Z", feelings: [{ feeling: "Calm", strength: 3 }], mood_colour: "teal" }]),
      );
    });
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await open(page, suite.site, "/history");
    await page.getByText("last saved by a newer Harbour", { exact: false }).waitFor();
    await page.locator(".checkin").getByText("Calm").waitFor();
    await page.getByRole("link", { name: "Check in" }).tap();
    await feeling(page, "Sad").tap();
    await strength(page, "Sad", 4).tap();
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("alert").getByText("won't change anything", { exact: false }).waitFor();
    const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    assert.equal(after, before, "the newer Harbour's data is exactly as it was");
  });

  it("a tab left open on this version keeps the fields a newer one added to what it changes", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Calm", 2);
    const month = (await storedKeys(page)).find((k) => k.startsWith("harbour.checkins."));
    // Meanwhile, a newer Harbour in another tab adds fields this version has never heard of.
    const newer = await page.context().newPage();
    await open(newer, suite.site, "/my-data");
    await newer.evaluate((key) => {
      const checkins = JSON.parse(localStorage.getItem(key));
      checkins[0].mood_colour = "teal";
      localStorage.setItem(key, JSON.stringify(checkins));
      localStorage.setItem("harbour.toolkit.card.newer", JSON.stringify({
        id: "newer",
        content: { name: "Cold water", strength: { from: 0, to: 10 }, picture: "wave.png" },
        reminder: { at: "08:00" },
      }));
      localStorage.setItem("harbour.toolkit.order", '["newer"]');
    }, month);
    await newer.close();
    await page.getByRole("button", { name: "Check in again" }).tap();
    await checkIn(page, "Sad", 4);
    await page.getByRole("link", { name: "My toolkit" }).first().tap();
    await page.getByRole("group", { name: "Arrange Cold water" }).getByRole("button", { name: "Pin" }).tap();
    await page.getByRole("group", { name: "Arrange Cold water" }).getByRole("button", { name: "Unpin" }).waitFor();

    const checkins = JSON.parse(await stored(page, month));
    assert.equal(checkins.length, 2);
    assert.equal(checkins.find((c) => c.mood_colour).mood_colour, "teal");
    const card = JSON.parse(await stored(page, "harbour.toolkit.card.newer"));
    assert.equal(card.pinned, true);
    assert.deepEqual(card.reminder, { at: "08:00" });
    assert.equal(card.content.picture, "wave.png");
  });
});
