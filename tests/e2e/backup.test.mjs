// Nothing lost: a backup made on one phone brings everything back on another, shows what it
// holds before changing anything, and a damaged, foreign or newer file changes nothing.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  assertAccessible, checkIn, fillStorage, harbourData, open, phoneSuite, storedKeys,
} from "./support/harbour.mjs";

const suite = phoneSuite();

/** A card as this version keeps it, with a field a newer Harbour might have added. */
const CARD = JSON.stringify({
  id: "card-1",
  content: { name: "Cold water", strength: { from: 6, to: 10 }, steps: ["I hold an ice cube."] },
  fromANewerHarbour: { kept: true },
});

async function noteCheckIn(page, word, value, note) {
  await page.getByRole("button", { name: word, exact: true }).tap();
  await page
    .getByRole("group", { name: `How strong is “${word}”?` })
    .getByRole("radio", { name: String(value), exact: true })
    .tap();
  await page.getByText("Add a note (if you like)").tap();
  await page.getByLabel("Your note").fill(note);
  await page.getByRole("button", { name: "Save check-in" }).tap();
  await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
}

async function downloadBackup(page) {
  await page.getByRole("link", { name: "My data" }).tap();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the file instead" }).tap(),
  ]);
  assert.match(download.suggestedFilename(), /^harbour-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await page.getByText(/Your backup is saved in your downloads/).waitFor();
  return readFile(await download.path(), "utf8");
}

async function fileWith(name, text) {
  const dir = await mkdtemp(join(tmpdir(), "harbour-backup-"));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("backup and restore", () => {
  it("brings everything back on a fresh phone, after showing what the file holds", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate((card) => {
      localStorage.setItem("harbour.toolkit.card.card-1", card);
      localStorage.setItem("harbour.toolkit.order", '["card-1"]');
    }, CARD);
    await checkIn(page, "Calm", 2);
    await page.getByRole("button", { name: "Check in again" }).tap();
    await noteCheckIn(page, "Sad", 6, "Rang my sister 📞 — שלום <b>bold?</b>");
    const text = await downloadBackup(page);
    const file = JSON.parse(text);
    assert.equal(file.harbour_backup, 1);
    assert.deepEqual(JSON.parse(JSON.stringify(file.records["harbour.toolkit.card.card-1"])), JSON.parse(CARD));
    await page.getByText(/Your last backup from this phone was made on/).waitFor();
    const before = await harbourData(page);

    const fresh = (await suite.phone()).page;
    await open(fresh, suite.site, "/my-data");
    await fresh.getByLabel("Choose a backup file").setInputFiles(await fileWith("harbour-backup.json", text));
    const preview = fresh.locator(".backup-preview");
    await preview.getByText("2 check-ins").first().waitFor();
    await preview.getByText("1 card in My toolkit").first().waitFor();
    assert.deepEqual(
      (await storedKeys(fresh)).filter((k) => k.startsWith("harbour.") && k !== "harbour.schema"),
      [],
      "nothing changes before the client says so",
    );
    await assertAccessible(fresh, "a backup's preview");
    await fresh.emulateMedia({ colorScheme: "dark" });
    await assertAccessible(fresh, "a backup's preview, dark");
    await fresh.getByRole("button", { name: "Add these to Harbour" }).tap();
    await fresh.getByText("Added to Harbour: 2 check-ins, 1 card in My toolkit.").waitFor();

    await fresh.reload();
    await fresh.getByRole("link", { name: "Your check-ins" }).first().tap();
    await fresh.getByText("Rang my sister 📞 — שלום <b>bold?</b>").waitFor();
    assert.equal(await fresh.locator("main b").count(), 0, "markup in a note stays text");
    const restored = JSON.parse(await harbourData(fresh));
    const original = JSON.parse(before);
    for (const [key, value] of original) {
      if (key.startsWith("harbour.backup.") || key === "harbour.schema") continue;
      assert.deepEqual(restored.find(([k]) => k === key), [key, value], key);
    }

    await fresh.getByRole("link", { name: "My data" }).tap();
    await fresh.getByLabel("Choose a backup file").setInputFiles(await fileWith("again.json", text));
    await fresh.getByText("Everything in it is already on this phone, so there is nothing to add.").waitFor();
  });

  it("hands the file to the share sheet where the phone can share files", async () => {
    const { page } = await suite.phone();
    await page.addInitScript(() => {
      navigator.canShare = (data) => Array.isArray(data.files) && data.files.length === 1;
      navigator.share = async (data) => {
        window.sharedFile = { name: data.files[0].name, type: data.files[0].type, text: await data.files[0].text() };
      };
    });
    await open(page, suite.site, "/");
    await checkIn(page, "Calm", 3);
    await page.getByRole("link", { name: "My data" }).tap();
    await page.getByRole("button", { name: "Save a backup" }).tap();
    await page.getByText(/went to the app you chose/).waitFor();
    const shared = await page.evaluate(() => window.sharedFile);
    assert.match(shared.name, /^harbour-backup-.*\.json$/);
    assert.equal(shared.type, "application/json");
    assert.equal(JSON.parse(shared.text).harbour_backup, 1);
  });

  it("changes nothing for a damaged, foreign or newer file, and says why", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Calm", 2);
    const text = await downloadBackup(page);
    const before = await harbourData(page);
    const files = [
      ["cut-short.json", text.slice(0, text.length / 2), "This backup file is damaged"],
      ["photo.jpg", "\u00ff\u00d8\u00ff\u00e0 not a backup", "This file isn't a Harbour backup"],
      ["cards.txt", `${suite.site.url}/receive#abc`, "This is a hand-over of cards, not a backup"],
      ["newer.json", text.replace('"harbour_backup":1', '"harbour_backup":2'), "made by a newer version of Harbour"],
    ];
    for (const [name, content, message] of files) {
      await page.getByLabel("Choose a backup file").setInputFiles(await fileWith(name, content));
      await page.getByRole("alert").getByText(message).waitFor();
      assert.equal(await harbourData(page), before, `${name} changed nothing`);
    }
  });

  it("on a full phone, adds what fits, loses nothing, and restoring again adds the rest", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    for (const [word, value] of [["Calm", 2], ["Sad", 5], ["Tired", 7]]) {
      await checkIn(page, word, value);
      await page.getByRole("button", { name: "Check in again" }).tap();
    }
    const text = await downloadBackup(page);

    const { page: fresh } = await suite.phone();
    await open(fresh, suite.site, "/");
    await checkIn(fresh, "Hopeful", 6);
    const mine = await harbourData(fresh);
    await fillStorage(fresh);
    await fresh.getByRole("link", { name: "My data" }).tap();
    await fresh.getByLabel("Choose a backup file").setInputFiles(await fileWith("backup.json", text));
    await fresh.getByRole("button", { name: "Add these to Harbour" }).tap();
    await fresh.getByRole("alert").getByText("Nothing that was on this phone has been lost").waitFor();
    const kept = JSON.parse(await harbourData(fresh));
    for (const [key, value] of JSON.parse(mine)) {
      if (!key.startsWith("harbour.checkins.")) continue;
      const now = kept.find(([k]) => k === key)?.[1] ?? "";
      for (const checkin of JSON.parse(value)) assert.ok(now.includes(checkin.id), `${checkin.id} is still there`);
    }

    await fresh.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("filler.")) localStorage.removeItem(key);
    });
    // The preview is still there: once there is room, the same tap adds the rest.
    await fresh.getByRole("button", { name: "Add these to Harbour" }).tap();
    await fresh.getByText(/^Added to Harbour: /).waitFor();
    await fresh.getByRole("link", { name: "Your check-ins" }).first().tap();
    assert.equal(await fresh.locator("li.checkin").count(), 4);
  });

  it("in an iPhone's Safari, says a restore there does not reach Harbour on the home screen", async () => {
    const { page } = await suite.phone({
      userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    });
    await open(page, suite.site, "/my-data");
    await page.getByText("to restore there, open Harbour from your home screen", { exact: false }).waitFor();
    const { page: android } = await suite.phone();
    await open(android, suite.site, "/my-data");
    await android.getByRole("heading", { name: "Restore from a backup" }).waitFor();
    assert.equal(await android.getByText("This is Safari.", { exact: false }).count(), 0);
  });

  it("reminds gently when there has been no backup for a month, until told not now", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const month = old.toISOString().slice(0, 7);
    await page.evaluate(
      ([key, at]) => localStorage.setItem(key, JSON.stringify([
        { id: "old-1", at, feelings: [{ feeling: "Calm", strength: 2 }] },
      ])),
      [`harbour.checkins.${month}`, old.toISOString().replace(/\.\d+Z$/, "Z")],
    );
    await page.reload();
    const reminder = page.getByText("It's been a while since your last backup.");
    await reminder.waitFor();
    await page.getByRole("button", { name: "Not now" }).tap();
    await reminder.waitFor({ state: "detached" });
    await page.reload();
    await page.locator("main h1").first().waitFor();
    assert.equal(await reminder.count(), 0, "not again for a week");

    await page.getByRole("link", { name: "My data" }).tap();
    const remind = page.getByLabel("Remind me when my last backup is more than a month old");
    assert.equal(await remind.isChecked(), true);
    await remind.tap();
    await page.reload();
    assert.equal(await page.getByLabel("Remind me when my last backup is more than a month old").isChecked(), false);
  });
});
