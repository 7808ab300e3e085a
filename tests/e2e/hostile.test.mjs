// Hostile words, typed into every field Harbour has and carried across in a hand-over: each
// is either refused with a kind message or kept and shown exactly as typed, never run, and
// nothing that hides or reorders text is ever stored.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { checkIn, feeling, handOverLink, open, openHandOver, phoneSuite, strength } from "./support/harbour.mjs";

const suite = phoneSuite();

const CORPUS = [
  `<script>window.__ran = "script"</script>`,
  `<img src=x onerror="window.__ran = 'img'">`,
  `"><svg onload="window.__ran = 'svg'">`,
  "javascript:window.__ran='link'",
  "https://bank.example@evil.example/pay",
  "Pay \u202Efdp.exe",
  "Hid\u200Bden",
  "Sep\u2028arated",
  "שלום, and 😊 a friend",
  "Ｓａｍ (wide letters)",
];
/** Characters that hide or reorder text: never in anything Harbour keeps as a record. */
const HIDING = /[\u202A-\u202E\u2066-\u2069\u200B\u2028\u2029\u2060\uFEFF]/;

/** Everything kept as a record (set-aside copies are kept as they came, by design). */
async function records(page) {
  return page.evaluate(() =>
    Object.entries(localStorage).filter(([k]) => k.startsWith("harbour.") && !k.startsWith("harbour.quarantine.") && !k.startsWith("harbour.draft.")),
  );
}

/** A kind message saying why the words cannot be kept. */
function refusal(page) {
  return page.locator("[role=alert], .problem").filter({ hasText: /\S/ });
}

/** Waits until the screen has refused the words, or `done` (a sign they were kept) shows. */
async function settled(page, done) {
  await done.or(refusal(page)).first().waitFor();
}

/**
 * After one attempt: nothing ran, nothing hiding was kept, and the words were either refused
 * kindly or are on screen exactly as typed.
 */
async function checkAttempt(page, typed, where, shownAt) {
  assert.equal(await page.evaluate(() => window.__ran), undefined, `${where}: ${typed} ran`);
  for (const [key, value] of await records(page)) {
    assert.ok(!HIDING.test(value), `${where}: ${JSON.stringify(typed)} kept hidden characters in ${key}`);
  }
  if ((await refusal(page).count()) > 0) return "refused";
  await shownAt();
  // A one-line field tidies spacing (a line separator becomes a space); nothing else changes.
  const spaced = (text) => text.replace(/[\s\u2028\u2029]+/g, " ").trim();
  const shown = spaced(await page.locator("main").innerText());
  assert.ok(shown.includes(spaced(typed)), `${where}: ${JSON.stringify(typed)} is neither refused nor shown as typed`);
  return "kept";
}

describe("hostile words", () => {
  it("in a check-in's note and the client's own feeling words", async () => {
    const { page } = await suite.phone();
    const outcomes = [];
    for (const typed of CORPUS) {
      await open(page, suite.site, "/check-in");
      // A refused note stays on the form, feeling and all, for the client to mend.
      if ((await feeling(page, "Calm").getAttribute("aria-pressed")) !== "true") await feeling(page, "Calm").tap();
      await strength(page, "Calm", 3).tap();
      if (!(await page.getByLabel("Your note").isVisible())) await page.getByText("Add a note (if you like)").tap();
      await page.getByLabel("Your note").fill(typed);
      await page.getByRole("button", { name: "Save check-in" }).tap();
      await settled(page, page.getByRole("heading", { name: "Saved. Thank you for checking in." }));
      outcomes.push(await checkAttempt(page, typed, "note", async () => {
        await page.getByRole("link", { name: "See your check-ins" }).tap();
        await page.locator("li.checkin").first().waitFor();
      }));

      await open(page, suite.site, "/check-in");
      const word = typed.slice(0, 30);
      await page.getByLabel("Or use your own word").fill(word);
      await page.getByRole("button", { name: "Add", exact: true }).tap();
      await settled(page, page.locator("button.feeling", { hasText: word.trim() }));
      await checkAttempt(page, word, "own word", async () => {});
    }
    assert.ok(outcomes.includes("kept") && outcomes.includes("refused"), outcomes.join());
  });

  it("in every field of a card, and carried to another phone in a hand-over", async () => {
    const { page } = await suite.phone();
    const fields = ["Name", "Situations, in your words", "The steps, as you would say them", "Why it helps me", "Links (if you like)"];
    const kept = [];
    for (const field of fields) {
      for (const typed of CORPUS) {
        await open(page, suite.site, "/toolkit/new");
        if (field !== "Name") await page.getByLabel("Name", { exact: true }).fill(`Card ${kept.length}`);
        await page.getByLabel(field, { exact: true }).fill(typed);
        await page.getByRole("button", { name: "Save card" }).tap();
        await settled(page, page.getByRole("link", { name: "Change", exact: true }));
        const outcome = await checkAttempt(page, typed, `card ${field}`, async () => {});
        if (outcome === "kept") kept.push(typed);
      }
    }
    assert.ok(kept.length > 0, "some hostile-looking words are fine to keep as words");

    await page.getByRole("link", { name: "My toolkit" }).first().tap();
    await page.getByRole("link", { name: "Hand cards over to another phone" }).tap();
    // A few, so they fit one QR code and its link.
    for (const box of (await page.getByRole("checkbox").all()).slice(0, 4)) await box.check();
    await page.getByRole("button", { name: "Make the hand-over" }).tap();
    const link = await handOverLink(page);

    const other = (await suite.phone()).page;
    await openHandOver(other, link);
    await other.getByRole("button", { name: "Add to my toolkit" }).tap();
    await other.getByText(/added/).first().waitFor();
    assert.equal(await other.evaluate(() => window.__ran), undefined);
    for (const [key, value] of await records(other)) assert.ok(!HIDING.test(value), key);
  });

  it("in the practitioner's details and my people", async () => {
    const { page } = await suite.phone();
    const practitioner = ["Their name", "Service", "Phone, for texts and calls", "Email", "When they usually reply"];
    for (const field of practitioner) {
      for (const typed of CORPUS) {
        await open(page, suite.site, "/practitioner");
        const change = page.getByRole("button", { name: "Change" });
        if (await change.count()) await change.tap();
        await page.getByLabel("Their name", { exact: true }).fill("Jo Reid");
        await page.getByLabel("Phone, for texts and calls", { exact: true }).fill("07700 900456");
        await page.getByLabel("A text").check();
        await page.getByLabel(field, { exact: true }).fill(typed);
        await page.getByRole("button", { name: "Save" }).tap();
        await settled(page, page.getByText(/^Typed in by you on/));
        await checkAttempt(page, typed, `practitioner ${field}`, async () => {});
      }
    }
    for (const field of ["Name", "Phone number"]) {
      for (const typed of CORPUS) {
        await open(page, suite.site, "/people");
        const before = await page.locator(".person-row").count();
        await page.getByRole("button", { name: "Add someone" }).tap();
        await page.getByLabel("Name", { exact: true }).fill("Mum");
        await page.getByLabel("Phone number", { exact: true }).fill("07700 900123");
        await page.getByLabel(field, { exact: true }).fill(typed);
        await page.getByRole("button", { name: "Save" }).tap();
        await settled(page, page.locator(".person-row").nth(before));
        await checkAttempt(page, typed, `people ${field}`, async () => {});
      }
    }
  });
});
