// Reminders without a server: days and a time chosen, a calendar file downloaded that the
// phone's calendar keeps, neutral words by default, and a changed reminder replacing the old
// event (the same UID, a later SEQUENCE).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { assertAccessible, open, phoneSuite, stored } from "./support/harbour.mjs";

const suite = phoneSuite();

/** Taps Save and gives the downloaded file's name and text. */
async function savedFile(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save the calendar file" }).tap()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

const unfolded = (text) => text.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
const valuesOf = (lines, name) => lines.filter((l) => l.startsWith(`${name}:`)).map((l) => l.slice(name.length + 1));

describe("a gentle reminder", () => {
  it("saves a calendar file with the days and time chosen, neutral words and the way back", async () => {
    const { page } = await suite.phone({ timezoneId: "Europe/London" });
    await open(page, suite.site, "/looking-back");
    await page.getByRole("link", { name: "A gentle reminder to check in" }).tap();
    await page.getByRole("heading", { name: "A gentle reminder" }).waitFor();
    await page.getByText("Harbour can't know whether you have checked in already that day").waitFor();
    for (const day of ["Tuesday", "Thursday", "Saturday", "Sunday"]) await page.getByRole("checkbox", { name: day }).uncheck();
    await page.getByLabel("Time", { exact: true }).fill("09:30");
    assert.equal(await page.getByLabel("What the reminder says").inputValue(), "A moment for you");
    const first = await savedFile(page);
    assert.equal(first.name, "harbour-reminder.ics");
    assert.ok(first.text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75), "folded at 75 octets");
    const lines = unfolded(first.text);
    assert.deepEqual(valuesOf(lines, "RRULE").at(-1), "FREQ=WEEKLY;BYDAY=MO,WE,FR");
    assert.match(lines.find((l) => l.startsWith("DTSTART;TZID=Europe/London:")), /T093000$/);
    assert.deepEqual(valuesOf(lines, "SUMMARY"), ["A moment for you"]);
    assert.deepEqual(valuesOf(lines, "URL"), [`${suite.site.url}/check-in`]);
    assert.ok(lines.includes("BEGIN:VALARM") && lines.includes("TRIGGER:PT0M"));
    await page.getByText("Saved “harbour-reminder.ics” in your downloads.").waitFor();

    // Changed later, even after a reload: the same event, one sequence on.
    await page.reload();
    await page.getByRole("heading", { name: "A gentle reminder" }).waitFor();
    assert.equal(await page.getByLabel("Time", { exact: true }).inputValue(), "09:30", "the last choices are kept");
    await page.getByLabel("What the reminder says").fill("Tea, then a moment; for me");
    const second = await savedFile(page);
    const again = unfolded(second.text);
    assert.deepEqual(valuesOf(again, "UID"), valuesOf(lines, "UID"));
    assert.deepEqual(valuesOf(lines, "SEQUENCE"), ["0"]);
    assert.deepEqual(valuesOf(again, "SEQUENCE"), ["1"]);
    assert.deepEqual(valuesOf(again, "SUMMARY"), ["Tea\\, then a moment\\; for me"]);
    await assertAccessible(page, "a gentle reminder");
  });

  it("refuses no day, no time and markup, saving nothing, and passes axe in the dark", async () => {
    const { page } = await suite.phone({ colorScheme: "dark" });
    await open(page, suite.site, "/reminder");
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
      await page.getByRole("checkbox", { name: day }).uncheck();
    }
    await page.getByLabel("Time", { exact: true }).fill("");
    await page.getByLabel("What the reminder says").fill("<b>now</b>");
    await page.getByRole("button", { name: "Save the calendar file" }).tap();
    await page.getByText("Choose at least one day for the reminder.").waitFor();
    await page.getByText("Choose a time, such as 19:00.").waitFor();
    await page.getByText("The reminder's words can't hold hidden characters or web page code").waitFor();
    assert.equal(await stored(page, "harbour.reminder"), null);
    await assertAccessible(page, "a gentle reminder, refused (dark)");
  });
});
