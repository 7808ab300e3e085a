// Hope, control and opportunity, in my own words: three questions on a 1 to 5 scale with room
// for a sentence, never a score; asked weekly only if the client chooses; the answers shown
// back over time, to the client only.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, phoneSuite, stored, tableRows } from "./support/harbour.mjs";

const suite = phoneSuite();
const answer = (page, question, n) => page.getByRole("group", { name: question }).getByRole("radio", { name: String(n), exact: true });
const HOPEFUL = "How hopeful do you feel that things can get better?";
const IN_CHARGE = "How much do you feel in charge of your life?";

describe("hope, control and chances", () => {
  it("keeps answers in my words, shows them back without a score, and asks weekly only when chosen", async () => {
    const { page } = await suite.phone({ timezoneId: "Europe/London" });
    await open(page, suite.site, "/");
    assert.equal(await page.getByRole("link", { name: /three questions/ }).count(), 0, "never asked unless chosen");
    await open(page, suite.site, "/looking-back");
    await page.getByRole("link", { name: "Hope, control and chances" }).tap();
    await page.getByRole("heading", { name: "Hope, control and chances" }).waitFor();
    await page.getByRole("radio", { name: /^Once a week/ }).check();
    await open(page, suite.site, "/");
    await page.getByRole("link", { name: "This week's three questions: hope, control and chances" }).tap();
    await answer(page, HOPEFUL, 2).tap();
    await answer(page, IN_CHARGE, 4).tap();
    await page.getByLabel("A sentence, if you like").fill("Tired, but I went out.");
    await page.getByRole("button", { name: "Save my answers" }).tap();
    await page.getByText("Saved. Thank you.").waitFor();
    const rows = await tableRows(page.getByRole("region", { name: "Your answers so far" }).locator("table"));
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0].slice(1), ["2", "4", "", "Tired, but I went out."]);
    const heads = await page.getByRole("region", { name: "Your answers so far" }).locator("thead th").allTextContents();
    assert.deepEqual(heads, ["Day", "Hopeful", "In charge", "Chances", "In your words"], "each answer as given, never added up");
    const year = Object.keys(await page.evaluate(() => ({ ...localStorage }))).find((k) => k.startsWith("harbour.hope.2"));
    assert.ok(JSON.parse(await stored(page, year))[0].words === "Tired, but I went out.");
    await open(page, suite.site, "/");
    assert.equal(await page.getByRole("link", { name: /three questions/ }).count(), 0, "answered this week");
    await assertAccessible(page, "home after answering");
  });

  it("refuses an empty answer and markup, keeping nothing, and passes axe in light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await suite.phone({ colorScheme });
      await open(page, suite.site, "/hope");
      await page.getByRole("button", { name: "Save my answers" }).tap();
      await page.getByText("Answer a question, or write a sentence, before saving.").waitFor();
      await page.getByLabel("A sentence, if you like").fill("<script>alert(1)</script>");
      await page.getByRole("button", { name: "Save my answers" }).tap();
      await page.getByText("Part of your words has hidden characters or web page code").waitFor();
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.hope.")));
      assert.deepEqual(keys, []);
      await assertAccessible(page, `hope, control and chances (${colorScheme})`);
    }
  });
});
