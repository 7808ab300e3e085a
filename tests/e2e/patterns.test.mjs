// See my patterns: looking back over a known fortnight on a phone whose clock says 25 November
// 2026 in London. The calendar's shapes and its table, a feeling's trend and its table, how
// often each feeling came up, the cards tried, and finding check-ins again, each against the
// answers worked out by hand from the check-ins below.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, phoneSuite, storedCheckin, tableRows } from "./support/harbour.mjs";

const suite = phoneSuite();

const NOW = new Date("2026-11-25T12:00:00Z");
const LONDON = { timezoneId: "Europe/London", locale: "en-GB" };

const checkin = storedCheckin;

// Kept as Harbour keeps them: a key per UTC month, oldest first.
const OCTOBER = [
  // 00:30 on the night the clocks go back: 23:30 on the 24th in UTC, but the 25th to the client.
  checkin("night", "2026-10-25T00:30:00+01:00", [["Anxious", 9]]),
];
const NOVEMBER = [
  checkin("a", "2026-11-19T10:00:00Z", [["Sad", 3]]),
  checkin("b", "2026-11-21T08:00:00Z", [["Sad", 5], ["Calm", 1]], { tried: [{ card: "breathe", helped: "a_lot" }] }),
  checkin("c", "2026-11-21T22:00:00Z", [["Sad", 8]], {
    note: "The bus home was hard. Used the Breathing card.",
    tried: [{ card: "breathe", helped: "a_bit" }],
  }),
  checkin("d", "2026-11-24T10:00:00Z", [["Calm", 6]], {
    tried: [{ card: "breathe", helped: "not_this_time" }, { card: "walk" }],
  }),
  checkin("e", "2026-11-25T10:00:00Z", [["Angry", 2], ["Sad", 0]]),
];
const card = (id, name) => ({
  id,
  content: { name, skill: null, feelings: [], strength: { from: 0, to: 10 }, steps: [`First, ${name}`] },
});

/** A phone in London on 25 November 2026 holding the fortnight above. */
async function phoneWithAFortnight(options = {}) {
  const { page } = await suite.phone({ ...LONDON, ...options });
  await page.clock.setFixedTime(NOW);
  await open(page, suite.site, "/");
  await page.evaluate(
    ({ october, november, cards }) => {
      localStorage.setItem("harbour.checkins.2026-10", JSON.stringify(october));
      localStorage.setItem("harbour.checkins.2026-11", JSON.stringify(november));
      for (const c of cards) localStorage.setItem(`harbour.toolkit.card.${c.id}`, JSON.stringify(c));
      localStorage.setItem("harbour.toolkit.order", JSON.stringify(cards.map((c) => c.id)));
    },
    { october: OCTOBER, november: NOVEMBER, cards: [card("breathe", "Paced breathing"), card("walk", "A short walk")] },
  );
  return page;
}

const rows = tableRows;

describe("looking back", () => {
  it("shows each day's strongest feeling as a shape on the calendar, the same numbers as a table, and a day's check-ins", async () => {
    const page = await phoneWithAFortnight();
    await open(page, suite.site, "/history");
    await page.getByRole("link", { name: /Looking back/ }).tap();
    await page.getByRole("heading", { name: "November 2026" }).waitFor();
    const calendar = page.getByRole("region", { name: "Calendar" });
    const days = await calendar.locator("table.calendar button.day").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
    assert.deepEqual(days, [
      "Thursday 19 November 2026: 1 check-in, strongest feeling 0 to 3",
      "Saturday 21 November 2026: 2 check-ins, strongest feeling 7 or more",
      "Tuesday 24 November 2026: 1 check-in, strongest feeling 4 to 6",
      "Wednesday 25 November 2026: 1 check-in, strongest feeling 0 to 3",
    ]);
    // Every other day is a plain day: no shape, nothing to tap, no word of missing it.
    assert.equal(await calendar.locator("table.calendar td svg").count(), 4);
    assert.doesNotMatch(await calendar.innerText(), /miss|streak/i);
    // Shapes differ by band, so they read without colour.
    const shapes = await calendar.locator("table.calendar svg.band").evaluateAll((ss) => ss.map((s) => s.firstElementChild.tagName));
    assert.deepEqual(shapes, ["circle", "rect", "circle", "circle"]);

    await calendar.getByRole("button", { name: "Show the numbers as a table" }).tap();
    assert.deepEqual(await rows(calendar.locator("table.numbers")), [
      ["Thursday 19 November 2026", "1", "3"],
      ["Saturday 21 November 2026", "2", "8"],
      ["Tuesday 24 November 2026", "1", "6"],
      ["Wednesday 25 November 2026", "1", "2"],
    ]);

    await calendar.getByRole("button", { name: /^Saturday 21 November 2026/ }).tap();
    const chosen = calendar.locator(".day-chosen");
    await chosen.getByRole("heading", { name: "Saturday 21 November 2026" }).waitFor();
    assert.equal(await chosen.locator("li.checkin").count(), 2);
    assert.match(await chosen.innerText(), /Sad 8 out of 10[\s\S]*The bus home was hard/);

    // No months after this one; October holds the night the clocks went back, on the 25th.
    assert.equal(await calendar.getByRole("button", { name: /^Later/ }).count(), 0);
    await calendar.getByRole("button", { name: /^Earlier/ }).tap();
    await page.getByRole("heading", { name: "October 2026" }).waitFor();
    const october = await calendar.locator("table.calendar button.day").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")));
    assert.deepEqual(october, ["Sunday 25 October 2026: 1 check-in, strongest feeling 7 or more"]);
    assert.equal(await calendar.getByRole("button", { name: /^Earlier/ }).count(), 0, "nothing kept before October");
  });

  it("draws a feeling's strongest each day with its table, how often each feeling came up, and the cards tried", async () => {
    const page = await phoneWithAFortnight();
    await open(page, suite.site, "/looking-back");
    const trend = page.getByRole("region", { name: "How your feelings have been" });
    await trend.getByRole("button", { name: "7 days" }).tap();
    await trend.getByRole("img", { name: "Sad, over the last 7 days: on 3 days, from 0 to 8." }).waitFor();
    await trend.getByRole("button", { name: "Show the numbers as a table" }).first().tap();
    assert.deepEqual(await rows(trend.locator("table.numbers").first()), [
      ["19 November", "3"],
      ["21 November", "8"],
      ["25 November", "0"],
    ]);
    // The chart draws exactly the table's numbers: a dot for each, none for the gaps.
    assert.equal(await trend.locator("svg.chart").first().locator("circle").count(), 3);

    await trend.getByLabel("Feeling", { exact: true }).selectOption("Calm");
    await trend.getByRole("img", { name: "Calm, over the last 7 days: on 2 days, from 1 to 6." }).waitFor();

    await trend.getByRole("img", { name: "How often each feeling came up in the last 7 days: Sad 4 times, Calm twice, Angry once." }).waitFor();
    assert.deepEqual(await rows(trend.locator("table.numbers").filter({ hasText: "Check-ins with each feeling" })), []);
    await trend.getByRole("button", { name: "Show the numbers as a table" }).nth(1).tap();
    assert.deepEqual(await rows(trend.locator("table.numbers").filter({ hasText: "Check-ins with each feeling" })), [
      ["Sad", "4"],
      ["Calm", "2"],
      ["Angry", "1"],
    ]);
    assert.deepEqual(await rows(trend.locator("table.numbers").filter({ hasText: "Cards tried" })), [
      ["Paced breathing", "3", "1", "1", "1", "0"],
      ["A short walk", "1", "0", "0", "0", "1"],
    ]);

    // Ninety days reach back to the night in October.
    await trend.getByRole("button", { name: "90 days" }).tap();
    await trend.getByRole("img", { name: /Anxious once/ }).waitFor();
  });

  it("finds check-ins by words, a feeling or a card, and keeps the words out of the address", async () => {
    const page = await phoneWithAFortnight();
    await open(page, suite.site, "/looking-back");
    await page.getByRole("link", { name: "Find a check-in" }).tap();
    await page.getByRole("button", { name: "Find" }).tap();
    await page.getByText("Type a word, or choose a feeling or a card, then tap Find.").waitFor();

    await page.getByLabel("Words in a note").fill("BREATHING bus");
    await page.getByRole("button", { name: "Find" }).tap();
    await page.getByRole("status").filter({ hasText: "1 check-in found, back to October 2026." }).waitFor();
    assert.match(await page.locator("main li.checkin").innerText(), /Saturday 21 November 2026/);
    assert.doesNotMatch(page.url(), /breath|bus/i);

    await page.getByLabel("Words in a note").fill("");
    await page.getByLabel("With the card tried").selectOption({ label: "A short walk" });
    await page.getByRole("button", { name: "Find" }).tap();
    await page.getByRole("status").filter({ hasText: "1 check-in found" }).waitFor();
    assert.match(await page.locator("main li.checkin").innerText(), /Tuesday 24 November 2026/);

    await page.getByLabel("With the card tried").selectOption({ label: "Any card, or none" });
    await page.getByLabel("With the feeling").selectOption("Anxious");
    await page.getByRole("button", { name: "Find" }).tap();
    await page.getByRole("status").filter({ hasText: "1 check-in found" }).waitFor();
    assert.match(await page.locator("main li.checkin").innerText(), /Sunday 25 October 2026, 12:30am/);

    await page.getByLabel("Words in a note").fill("holiday");
    await page.getByRole("button", { name: "Find" }).tap();
    await page.getByRole("status").filter({ hasText: "No check-ins found, back to October 2026." }).waitFor();
  });

  it("on a new phone says there is nothing yet, kindly, and a damaged month is set aside as it was", async () => {
    const { page } = await suite.phone(LONDON);
    await page.clock.setFixedTime(NOW);
    await open(page, suite.site, "/looking-back");
    await page.getByText("No check-ins this month.").waitFor();
    await page.getByText("No check-ins in the last 30 days.").waitFor();
    await page.getByRole("link", { name: "Check in now" }).waitFor();

    const damaged = '[{"id":"half", "at":';
    await page.evaluate(
      ({ damaged, november }) => {
        localStorage.setItem("harbour.checkins.2026-10", damaged);
        localStorage.setItem("harbour.checkins.2026-11", JSON.stringify(november));
      },
      { damaged, november: NOVEMBER },
    );
    await open(page, suite.site, "/looking-back");
    await page.getByRole("heading", { name: "November 2026" }).waitFor();
    assert.equal(await page.locator("table.calendar button.day").count(), 4);
    const aside = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("harbour.quarantine.harbour.checkins.2026-10")).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(aside, [damaged]);
  });

  it("passes axe in light and dark, with a day chosen and the tables open", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await phoneWithAFortnight({ colorScheme });
      await open(page, suite.site, "/looking-back");
      await page.getByRole("button", { name: /^Saturday 21 November 2026/ }).tap();
      const toggles = page.getByRole("button", { name: "Show the numbers as a table" });
      while ((await toggles.count()) > 0) await toggles.first().tap();
      await assertAccessible(page, `looking back (${colorScheme})`);
      await page.getByRole("link", { name: "Find a check-in" }).tap();
      await page.getByLabel("Words in a note").fill("bus");
      await page.getByRole("button", { name: "Find" }).tap();
      await page.getByRole("status").filter({ hasText: "found" }).waitFor();
      await assertAccessible(page, `find a check-in (${colorScheme})`);
    }
  });
});
