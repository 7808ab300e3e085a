// Private on a shared phone: the lock that seals what Harbour keeps, and the quick exit, used
// the way a client would, and tried the way someone picking up their phone would.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertAccessible, feeling, open, phoneSuite, strength } from "./support/harbour.mjs";

const suite = phoneSuite();

/** A phone some weeks in, with words to look for: a card's steps, a person, a practitioner. */
function aPhoneInUse(page) {
  return page.evaluate(() => {
    const card = {
      id: "walk", pinned: true,
      content: { name: "Round the block", skill: "opposite-action", feelings: [], strength: { from: 0, to: 10 }, steps: ["Laces tied, out the door."] },
    };
    localStorage.setItem("harbour.toolkit.card.walk", JSON.stringify(card));
    localStorage.setItem("harbour.toolkit.order", JSON.stringify(["walk"]));
    localStorage.setItem("harbour.people", JSON.stringify([{ id: "p1", name: "Auntie Rose", phone: "07700 900001" }]));
    localStorage.setItem("harbour.practitioner.contact", JSON.stringify({
      contact: { name: "Sam Okafor", phone: "07700 900123", email: "sam.okafor@example.org", channel: "text" },
    }));
  });
}

/** What the test typed or seeded: none of it may be readable at rest with the lock on. */
const WORDS = ["Laces tied", "Round the block", "Auntie Rose", "900001", "Okafor", "900123", "quarrel at the bus stop"];
const PASSCODE = "quiet tide 42";

const everythingStored = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage)));

function assertNoneOf(text, where) {
  for (const word of WORDS) assert.ok(!text.includes(word), `${where} shows “${word}”`);
}

async function turnLockOn(page, { after = "After 1 minute" } = {}) {
  await open(page, suite.site, "/my-data/lock");
  await page.getByLabel("New passcode", { exact: true }).fill(PASSCODE);
  await page.getByLabel("The same passcode again").fill(PASSCODE);
  await page.getByLabel(after).check();
  await page.getByRole("button", { name: "Turn the lock on" }).tap();
  await page.getByText("The lock is on.", { exact: true }).first().waitFor();
}

async function unlock(page, passcode = PASSCODE) {
  await page.getByLabel("Your passcode", { exact: true }).fill(passcode);
  await page.getByRole("button", { name: "Unlock" }).tap();
}

/** Opens `path` afresh: with the lock on, Harbour asks for the passcode first. */
async function openLocked(page, path) {
  await open(page, suite.site, path);
  await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
  await unlock(page);
  await page.getByRole("heading", { name: "Harbour is locked" }).waitFor({ state: "detached" });
}

async function checkInWithNote(page, note, { locked = false } = {}) {
  await (locked ? openLocked(page, "/check-in") : open(page, suite.site, "/check-in"));
  await feeling(page, "Anxious").tap();
  await strength(page, "Anxious", 4).tap();
  await page.getByText("Add a note (if you like)").tap();
  await page.getByLabel("Your note").fill(note);
  await page.getByRole("button", { name: "Save check-in" }).tap();
  await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
}

/** As the phone does when Harbour goes out of sight (another app, the screen off) and back. */
function setHidden(page, hidden) {
  return page.evaluate((hidden) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

describe("the lock", () => {
  it("keeps nothing readable at rest, and a reload shows the locked screen with nothing of mine and Help now", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await assertAccessible(page, "the lock, on");
    await checkInWithNote(page, "A quarrel at the bus stop.", { locked: true });
    const atRest = await everythingStored(page);
    assertNoneOf(atRest, "storage");
    for (const key of await page.evaluate(() => Object.keys(localStorage))) assertNoneOf(key, `the key ${key}`);

    await page.goto(suite.site.url + "/");
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    assertNoneOf(await page.locator("body").innerText(), "the locked screen");
    assertNoneOf(await page.title(), "the title");
    await page.getByRole("link", { name: "Call 999" }).waitFor();
    await page.getByRole("button", { name: "Show Help now's lines" }).tap();
    await page.getByText("Samaritans", { exact: false }).first().waitFor();
    await assertAccessible(page, "the locked screen");

    await unlock(page);
    await page.getByRole("link", { name: "Round the block" }).first().waitFor();
    await openLocked(page, "/history");
    await page.getByText("A quarrel at the bus stop.").waitFor();
  });

  it("five wrong passcodes delete nothing, then it waits a little, and the right one opens", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await page.goto(suite.site.url + "/");
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    const sealed = await page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== "harbour.lock.tries").sort()),
    );
    for (let n = 1; n <= 5; n += 1) {
      await unlock(page, `wrong ${n} passcode`);
      await page.getByText("That isn't the passcode. Nothing has been changed or deleted", { exact: false }).waitFor();
    }
    await page.getByText("try again in 30 seconds", { exact: false }).waitFor();
    const after = await page.evaluate(() =>
      JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== "harbour.lock.tries").sort()),
    );
    assert.equal(after, sealed, "nothing deleted or changed");
    await unlock(page);
    await page.getByText("waits a little before the next", { exact: false }).waitFor();
    // Half a minute on: the wait is over.
    await page.evaluate(() => {
      const tries = JSON.parse(localStorage.getItem("harbour.lock.tries"));
      tries.last = new Date(Date.now() - 31_000).toISOString();
      localStorage.setItem("harbour.lock.tries", JSON.stringify(tries));
    });
    await unlock(page);
    await page.getByRole("link", { name: "Round the block" }).first().waitFor();
  });

  it("a page closed in the middle of turning the lock on loses nothing", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await checkInWithNote(page, "A quarrel at the bus stop.");
    await open(page, suite.site, "/my-data/lock");
    // The page goes after three more writes, as a phone closing a tab would stop it.
    await page.evaluate(() => {
      const write = Storage.prototype.setItem;
      let left = 3;
      Storage.prototype.setItem = function (key, value) {
        if (left === 0) throw new DOMException("closed", "InvalidStateError");
        left -= 1;
        return write.call(this, key, value);
      };
    });
    await page.getByLabel("New passcode", { exact: true }).fill(PASSCODE);
    await page.getByLabel("The same passcode again").fill(PASSCODE);
    await page.getByRole("button", { name: "Turn the lock on" }).tap();
    await page.getByText("not saved yet", { exact: false }).first().waitFor();
    const halfway = await page.evaluate(() => Object.values(localStorage).filter((v) => v.startsWith("~s1.")).length);
    assert.ok(halfway >= 1, "some values were sealed before the page went");

    await page.goto(suite.site.url + "/");
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    await unlock(page);
    await page.getByRole("link", { name: "Round the block" }).first().waitFor();
    assertNoneOf(await everythingStored(page), "storage after carrying on");
    await openLocked(page, "/history");
    await page.getByText("A quarrel at the bus stop.").waitFor();
    await openLocked(page, "/people");
    await page.getByText("Auntie Rose").first().waitFor();
  });

  it("locks when out of sight for the chosen time, at once when chosen, and not before", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await openLocked(page, "/toolkit/walk");
    await setHidden(page, true);
    await setHidden(page, false);
    await page.getByRole("heading", { name: "Round the block" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "Harbour is locked" }).count(), 0, "a moment away keeps it open");

    await setHidden(page, true);
    await page.evaluate(() => {
      const real = Date.now;
      Date.now = () => real() + 61_000;
    });
    await setHidden(page, false);
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    assertNoneOf(await page.locator("body").innerText(), "the locked screen");

    await unlock(page);
    await page.getByRole("heading", { name: "Round the block" }).waitFor();
    await openLocked(page, "/my-data/lock");
    await page.getByLabel("At once").check();
    await page.getByText("Saved.", { exact: true }).waitFor();
    await setHidden(page, true);
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
  });

  it("keeps my people readable on the locked screen only when I choose, and nothing else", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await open(page, suite.site, "/my-data/lock");
    await page.getByLabel("Show my people on the locked screen", { exact: false }).check();
    await page.getByLabel("New passcode", { exact: true }).fill(PASSCODE);
    await page.getByLabel("The same passcode again").fill(PASSCODE);
    await page.getByRole("button", { name: "Turn the lock on" }).tap();
    await page.getByText("The lock is on.", { exact: true }).first().waitFor();
    await page.goto(suite.site.url + "/");
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    await page.getByRole("link", { name: "Call Auntie Rose" }).waitFor();
    const shown = await page.locator("body").innerText();
    for (const word of ["Laces tied", "Round the block", "Okafor"]) assert.ok(!shown.includes(word), `shows ${word}`);
    const atRest = await everythingStored(page);
    assert.ok(!atRest.includes("Okafor") && !atRest.includes("Laces tied"), "everything else stays sealed");
    await assertAccessible(page, "the locked screen with my people");
  });

  it("with the passcode forgotten, Start again asks first, keeps everything until yes, then opens afresh", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await page.goto(suite.site.url + "/");
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    const sealed = await everythingStored(page);
    await page.getByRole("button", { name: "Start again without my data" }).tap();
    await page.getByRole("button", { name: "Keep it locked" }).tap();
    assert.equal(await everythingStored(page), sealed, "nothing deleted without a yes");
    await page.getByRole("button", { name: "Start again without my data" }).tap();
    await page.getByRole("button", { name: "Yes, delete it and start again" }).tap();
    await page.getByRole("heading", { name: "How are you feeling?" }).waitFor();
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.") && k !== "harbour.schema"));
    assert.deepEqual(left, [], "a fresh start");
  });

  it("turning the lock off brings every value back to plain text, and asks for the passcode first", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await page.getByLabel("Your passcode", { exact: true }).fill("not it at all");
    await page.getByRole("button", { name: "Turn the lock off" }).tap();
    await page.getByText("That isn't the passcode", { exact: false }).waitFor();
    await page.getByLabel("Your passcode", { exact: true }).fill(PASSCODE);
    await page.getByRole("button", { name: "Turn the lock off" }).tap();
    await page.getByRole("button", { name: "Turn the lock on" }).waitFor();
    const plain = await everythingStored(page);
    assert.ok(!plain.includes("~s1."), "nothing sealed is left");
    assert.ok(plain.includes("Auntie Rose"));
    await page.reload();
    await page.getByRole("heading", { name: "Lock Harbour" }).waitFor();
  });
});

describe("backups only I can open", () => {
  it("with the lock on a backup is protected, and opens on another phone only with its passphrase", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await openLocked(page, "/my-data");
    assert.equal(await page.getByLabel("Protect the file with a passphrase").isChecked(), true, "protected by default");
    await page.getByLabel("Passphrase for this backup").fill("short");
    await page.getByLabel("The same passphrase again").fill("short");
    await page.getByRole("button", { name: "Download the file instead" }).tap();
    await page.getByText("A passphrase that isn't all numbers needs at least 8", { exact: false }).waitFor();
    await page.getByLabel("Passphrase for this backup").fill("lantern by the sea");
    await page.getByLabel("The same passphrase again").fill("lantern by the sea");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the file instead" }).tap(),
    ]);
    const text = await readFile(await download.path(), "utf8");
    assert.equal(JSON.parse(text).harbour_protected_backup, 1);
    assertNoneOf(text, "the protected backup");

    const fresh = (await suite.phone()).page;
    await open(fresh, suite.site, "/my-data");
    const dir = await mkdtemp(join(tmpdir(), "harbour-protected-"));
    await writeFile(join(dir, download.suggestedFilename()), text);
    await fresh.getByLabel("Choose a backup file").setInputFiles(join(dir, download.suggestedFilename()));
    await fresh.getByLabel("The backup's passphrase").fill("lantern by the lake");
    await fresh.getByRole("button", { name: "Open the backup" }).tap();
    await fresh.getByText("That passphrase doesn't open this backup, so nothing was changed", { exact: false }).waitFor();
    const keys = await fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.") && k !== "harbour.schema"));
    assert.deepEqual(keys, [], "nothing changed");
    await assertAccessible(fresh, "asking for a backup's passphrase");
    await fresh.getByLabel("The backup's passphrase").fill("lantern by the sea");
    await fresh.getByRole("button", { name: "Open the backup" }).tap();
    await fresh.locator(".backup-preview").getByText("1 card in My toolkit").first().waitFor();
    await fresh.getByRole("button", { name: "Add these to Harbour" }).tap();
    await open(fresh, suite.site, "/toolkit");
    await fresh.getByRole("link", { name: "Round the block" }).first().waitFor();
  });

  it("an unprotected backup says plainly that anyone with the file can read it", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/my-data");
    assert.equal(await page.getByLabel("Protect the file with a passphrase").isChecked(), false);
    await page.getByText("anyone who gets the file can read it", { exact: false }).waitFor();
  });
});

describe("the quick exit", () => {
  it("puts a neutral screen in Harbour's place, and Back and reload do not bring it back", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await open(page, suite.site, "/toolkit");
    await page.getByRole("link", { name: "Round the block" }).first().tap();
    await page.getByRole("heading", { name: "Round the block" }).waitFor();
    await page.getByRole("button", { name: "Quick exit", exact: false }).tap();
    await page.getByRole("heading", { name: "Nothing here" }).waitFor();
    assert.equal(await page.title(), "Nothing here");
    assert.equal(new URL(page.url()).pathname, "/");
    await assertAccessible(page, "the neutral screen");

    await page.goBack();
    await page.waitForTimeout(300);
    assertNoneOf(await page.locator("body").innerText(), "the screen after Back");
    // Back again reaches an earlier page load, started afresh or brought back from the cache.
    await page.goBack();
    await page.locator("main.neutral").waitFor();
    assertNoneOf(await page.locator("body").innerText(), "an earlier page after Back");
    await page.reload();
    await page.getByRole("heading", { name: "Nothing here" }).waitFor();
    assertNoneOf(await page.locator("body").innerText(), "the screen after a reload");

    await page.getByRole("button", { name: "Continue" }).tap();
    await page.getByRole("link", { name: "Round the block" }).first().waitFor();
  });

  it("Escape three times leaves too, and with the lock on, coming back asks for the passcode", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await aPhoneInUse(page);
    await turnLockOn(page);
    await openLocked(page, "/people");
    await page.getByText("Auntie Rose").first().waitFor();
    for (let n = 0; n < 3; n += 1) await page.keyboard.press("Escape");
    await page.getByRole("heading", { name: "Nothing here" }).waitFor();
    assertNoneOf(await page.locator("body").innerText(), "the neutral screen");
    await page.getByRole("button", { name: "Continue" }).tap();
    await page.getByRole("heading", { name: "Harbour is locked" }).waitFor();
    await page.getByRole("button", { name: "Quick exit", exact: false }).tap();
    await page.getByRole("heading", { name: "Nothing here" }).waitFor();
  });
});
