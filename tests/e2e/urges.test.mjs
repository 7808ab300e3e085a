// A diary card, the way DBT practitioners use it: urges named in the client's own words,
// rated 0 to 5 in a check-in with "did I act on it?", an urge of 4 or 5 offering Help now, and
// the week laid out days across, as its table and on one A4 page.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, phoneSuite, stored, storedCheckin, tableRows } from "./support/harbour.mjs";

const suite = phoneSuite();

const NOW = new Date("2026-11-26T12:00:00Z");
const LONDON = { timezoneId: "Europe/London", locale: "en-GB" };
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

const urgeLevel = (page, name, level) =>
  page.getByRole("group", { name: `The urge “${name}”: how strong?` }).getByRole("radio", { name: String(level), exact: true });
const acted = (page, name, answer) =>
  page
    .getByRole("group", { name: `The urge “${name}”: how strong?` })
    .getByRole("group", { name: "Did you act on it?" })
    .getByRole("radio", { name: answer, exact: true });

async function nameUrge(page, words) {
  await page.getByRole("button", { name: "Name an urge" }).tap();
  await page.getByLabel("The urge, in your own words").fill(words);
  await page.getByRole("button", { name: "Save", exact: true }).tap();
}

describe("urges in a check-in", () => {
  it("names urges in my own words, rates one at 5 with Help now offered at once, and keeps only its id", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/check-in");
    await page.getByText("Urges (if you like)").tap();
    await page.getByRole("link", { name: "Name my urges" }).tap();
    await page.getByRole("heading", { name: "My urges" }).waitFor();
    await nameUrge(page, "  to drink ");
    await page.getByText("Saved.").waitFor();
    await nameUrge(page, "to stay in bed");
    await page.getByRole("link", { name: "Back to my check-in" }).tap();
    await page.getByText("Urges (if you like)").tap();
    await urgeLevel(page, "to drink", 3).tap();
    assert.equal(await page.getByRole("link", { name: "Help now is here" }).count(), 0, "3 is not a hard moment");
    await urgeLevel(page, "to drink", 5).tap();
    await page.getByRole("link", { name: "Help now is here" }).waitFor();
    await acted(page, "to drink", "No").tap();
    // No feeling chosen: an urge alone is a check-in.
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
    await page.getByRole("link", { name: "Help now is here" }).first().waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.checkins.")));
    const checkins = JSON.parse(await stored(page, keys[0]));
    assert.deepEqual(checkins[0].urges, [{ id: "u1", level: 5, acted: false }]);
    assert.deepEqual(checkins[0].feelings, []);
    assert.deepEqual(JSON.parse(await stored(page, "harbour.urges")), [
      { id: "u1", name: "to drink" },
      { id: "u2", name: "to stay in bed" },
    ]);
    // Help now is one tap from there.
    await page.getByRole("link", { name: "Help now is here" }).first().tap();
    await page.getByRole("heading", { name: "Help now" }).first().waitFor();
  });

  it("refuses a fourth urge, hidden characters and markup, and a damaged list is set aside as it was", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/my-urges");
    for (const words of ["to drink", "to stay in bed", "to hurt myself"]) await nameUrge(page, words);
    await page.getByText("That is as many as a diary card holds.").waitFor();
    await page.getByRole("button", { name: "Change the words" }).first().tap();
    await page.getByLabel("The urge, in your own words").fill("to <b>run</b>");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await page.getByText("An urge can't hold hidden characters or web page code").waitFor();
    await page.getByLabel("The urge, in your own words").fill("to run\u202e");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await page.getByText("An urge can't hold hidden characters or web page code").waitFor();
    await page.getByLabel("The urge, in your own words").fill("To Stay In Bed");
    await page.getByRole("button", { name: "Save", exact: true }).tap();
    await page.getByText("That urge is here already.").waitFor();
    const kept = await stored(page, "harbour.urges");
    assert.ok(kept.includes('"to drink"') && !kept.includes("run"), "nothing refused was kept");
    await page.getByRole("button", { name: "Back", exact: true }).tap();
    await page.getByRole("button", { name: "Put away" }).first().tap();
    await page.getByRole("button", { name: "Name an urge" }).waitFor();
    const damaged = '[{"id":"u1","name":"to drink"},{"id":"u1"';
    await page.evaluate((text) => localStorage.setItem("harbour.urges", text), damaged);
    await open(page, suite.site, "/my-urges");
    await page.getByRole("button", { name: "Name an urge" }).waitFor();
    assert.equal(await stored(page, "harbour.quarantine.harbour.urges.1"), damaged, "set aside as the text it was");
  });

  it("passes axe on My urges and the check-in's urges, in light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await suite.phone({ colorScheme });
      await open(page, suite.site, "/my-urges");
      await nameUrge(page, "to drink");
      await page.getByRole("button", { name: "Name an urge" }).tap();
      await assertAccessible(page, `my urges (${colorScheme})`);
      await open(page, suite.site, "/check-in");
      await page.getByText("Urges (if you like)").tap();
      await urgeLevel(page, "to drink", 4).tap();
      await page.getByRole("link", { name: "Help now is here" }).waitFor();
      await assertAccessible(page, `a check-in's urges (${colorScheme})`);
    }
  });
});

const checkin = storedCheckin;
// The week of Monday 23 November 2026, with one check-in on each side of it.
const NOVEMBER = [
  checkin("before", "2026-11-22T20:00:00Z", [["Sad", 9]]),
  checkin("mon1", "2026-11-23T09:00:00Z", [["Sad", 4]]),
  checkin("mon2", "2026-11-23T20:00:00Z", [["Sad", 7], ["Calm", 2]], { urges: [{ id: "u2", level: 1 }] }),
  checkin("wed1", "2026-11-25T09:00:00Z", [["Sad", 3]], {
    urges: [{ id: "u1", level: 2, acted: false }],
    tried: [{ card: "breathe", helped: "a_bit" }],
  }),
  checkin("wed2", "2026-11-25T21:00:00Z", [], {
    urges: [{ id: "u1", level: 4, acted: true }],
    tried: [{ card: "breathe", helped: "a_lot" }],
  }),
];
const URGES = [
  { id: "u1", name: "to drink" },
  { id: "u2", name: "to stay in bed" },
];
const breathe = { id: "breathe", content: { name: "Paced breathing", skill: null, feelings: [], strength: { from: 0, to: 10 }, steps: ["Breathe out slowly"] } };

async function phoneWithAWeek(options = {}) {
  const { page } = await suite.phone({ ...LONDON, ...options });
  await page.clock.setFixedTime(NOW);
  await open(page, suite.site, "/");
  await page.evaluate(
    ({ november, urges, card }) => {
      localStorage.setItem("harbour.checkins.2026-11", JSON.stringify(november));
      localStorage.setItem("harbour.urges", JSON.stringify(urges));
      localStorage.setItem(`harbour.toolkit.card.${card.id}`, JSON.stringify(card));
      localStorage.setItem("harbour.toolkit.order", JSON.stringify([card.id]));
    },
    { november: NOVEMBER, urges: URGES, card: breathe },
  );
  return page;
}

const rows = tableRows;

describe("my diary card", () => {
  it("lays out a known week days across: feelings at their strongest, urges and acted, cards and how they helped", async () => {
    const page = await phoneWithAWeek();
    await open(page, suite.site, "/looking-back");
    await page.getByRole("link", { name: "My diary card, week by week" }).tap();
    await page.getByRole("heading", { name: "The week of Monday 23 November 2026" }).waitFor();
    const table = page.locator("table.diary-card");
    const head = await table.locator("thead th").allTextContents();
    assert.deepEqual(head, ["Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29"]);
    assert.deepEqual(await rows(table), [
      ["Feelings, at their strongest (0 to 10)"],
      ["Sad", "7", "", "3", "", "", "", ""],
      ["Calm", "2", "", "", "", "", "", ""],
      ["Urges (0 to 5), and whether I acted"],
      ["to drink", "", "", "4, acted", "", "", "", ""],
      ["to stay in bed", "1", "", "", "", "", "", ""],
      ["Cards I tried, and how they helped"],
      ["Paced breathing", "", "", "Helped a lot (2 times)", "", "", "", ""],
    ]);
    await page.getByText("Check-ins this week: 4.").waitFor();
    assert.equal(await page.getByRole("button", { name: /^Later/ }).count(), 0, "no week beyond this one");
    await page.getByRole("button", { name: /^Earlier/ }).tap();
    await page.getByRole("heading", { name: "The week of Monday 16 November 2026" }).waitFor();
    assert.deepEqual((await rows(page.locator("table.diary-card"))).slice(0, 2), [
      ["Feelings, at their strongest (0 to 10)"],
      ["Sad", "", "", "", "", "", "", "9"],
    ]);
    // The trend's urges table counts the same check-ins.
    await open(page, suite.site, "/looking-back");
    const urges = page.getByRole("region", { name: "Your urges" }).locator("table");
    assert.deepEqual(await rows(urges), [
      ["to stay in bed", "1", "1", "0", "0"],
      ["to drink", "2", "4", "1", "1"],
    ]);
  });

  it("prints the week on one A4 page, in black and white", async () => {
    const page = await phoneWithAWeek();
    await open(page, suite.site, "/looking-back/week");
    await page.locator("table.diary-card").waitFor();
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    assert.ok(!(await page.locator(".top-bar").isVisible()), "no navigation on paper");
    assert.ok(!(await page.getByRole("button", { name: "Print this week" }).isVisible()), "no buttons on paper");
    assert.ok(await page.locator("table.diary-card").isVisible());
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    assert.equal(pdfPages(pdf), 1, "the week is one A4 page");
  });

  it("passes axe in light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await phoneWithAWeek({ colorScheme });
      await open(page, suite.site, "/looking-back/week");
      await page.locator("table.diary-card").waitFor();
      await assertAccessible(page, `my diary card (${colorScheme})`);
    }
  });
});
