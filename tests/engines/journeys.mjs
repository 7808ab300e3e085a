// The core journeys, written once and run in every engine: each takes a WebDriver session
// and the served app, and does what a person would.
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { says } from "./webdriver.mjs";

/** Waits until the app has replaced its loading screen and shows a heading. */
export function appReady(phone) {
  return phone.until("the app to start", "return !document.getElementById('boot') && !!document.querySelector('main h1');");
}

async function open(phone, site, path) {
  await phone.goto(site.url + path);
  await appReady(phone);
}

/** A hand-over link as a practitioner's phone makes one: version 1, deflated JSON, base64url. */
export function handOverLink(origin, cards) {
  const json = JSON.stringify({ cards });
  const payload = deflateRawSync(Buffer.from(json)).toString("base64url");
  return `${origin}/receive#1.${payload}`;
}

/** A practitioner's details on the phone, as a hand-over leaves them. */
async function withPractitioner(phone, site) {
  await open(phone, site, "/");
  await phone.run(
    "localStorage.setItem('harbour.practitioner.contact', arguments[0]);",
    JSON.stringify({ contact: { name: "Sam Okafor", phone: "07700 900123", channel: "text" } }),
  );
}

const HELP_HREFS = [
  "tel:999", "tel:116123", "sms:85258?&body=SHOUT", "tel:111", "tel:18000", "tel:18001111",
  "sms:999?&body=register",
];

const SCREENS = ["/", "/check-in", "/history", "/toolkit", "/toolkit/add", "/receive", "/come-back", "/practitioner"];

export const JOURNEYS = {
  "checks in by tapping and finds it after a reload": async (phone, site) => {
    await open(phone, site, "/check-in");
    await phone.tap(says("button", "Sad"));
    await phone.tap(`//label[contains(@class, 'strength-option')][normalize-space()='6']`);
    await phone.tap(says("button", "Save check-in"));
    await phone.find(says("h1", "Saved. Thank you for checking in."));
    await open(phone, site, "/history");
    await phone.refresh();
    await appReady(phone);
    const saved = await phone.text("//li[contains(@class, 'checkin')]");
    assert.match(saved, /Sad\s+6 out of 10/);
  },

  "reaches Help now, with every line, from every screen": async (phone, site) => {
    for (const path of SCREENS) {
      await open(phone, site, path);
      await phone.tap("//header//a[normalize-space()='Help now']");
      await phone.find(says("h1", "Help now"));
    }
    const hrefs = await phone.run(
      "return [...document.querySelectorAll('.danger a, .help-line a')].map((a) => a.getAttribute('href'));",
    );
    assert.deepEqual(hrefs, HELP_HREFS);
  },

  "opens a hand-over link, shows it, and keeps the card once accepted": async (phone, site) => {
    const card = {
      id: "engine-card",
      content: {
        name: "Slow breathing", feelings: ["Anxious"], strength: { from: 3, to: 8 },
        steps: ["I breathe out slower than I breathe in."],
      },
    };
    await phone.goto(handOverLink(site.url, [card]));
    await appReady(phone);
    await phone.find(says("h3", "Slow breathing"));
    const before = await phone.run("return localStorage.getItem('harbour.toolkit.card.engine-card');");
    assert.equal(before, null, "nothing kept before accepting");
    await phone.tap(says("button", "Add to my toolkit"));
    await phone.find(says("p", "1 card added."));
    await open(phone, site, "/toolkit");
    await phone.find("//div[contains(@class, 'card-summary')]//a[normalize-space()='Slow breathing']");
  },

  "with the lock on, keeps nothing readable, opens locked with Help now's lines, and unlocks": async (phone, site) => {
    const passcode = "quiet tide 42";
    await withPractitioner(phone, site);
    await open(phone, site, "/my-data/lock");
    await phone.type("//input[@id='new-passcode']", passcode);
    await phone.type("//input[@id='new-passcode-again']", passcode);
    await phone.tap(says("button", "Turn the lock on"));
    await phone.find(says("p", "The lock is on."));
    const stored = await phone.run("return JSON.stringify(Object.entries(localStorage));");
    assert.ok(!stored.includes("Okafor") && !stored.includes("900123"), "the practitioner is sealed at rest");
    await open(phone, site, "/");
    await phone.find(says("h1", "Harbour is locked"));
    const shown = await phone.run("return document.body.innerText + document.title;");
    assert.ok(!shown.includes("Okafor"), "nothing of mine on the locked screen");
    await phone.type("//input[@id='passcode']", passcode);
    await phone.tap(says("button", "Show Help now's lines"));
    const hrefs = await phone.run("return [...document.querySelectorAll('.danger a, .help-line a')].map((a) => a.getAttribute('href'));");
    assert.deepEqual(hrefs, HELP_HREFS);
    await phone.tap(says("button", "Unlock"));
    await phone.find(says("h1", "How are you feeling?"));
  },

  "the lock loses nothing to a page closed while turning it on, to wrong passcodes, or to being out of sight": async (phone, site) => {
    const passcode = "quiet tide 42";
    await withPractitioner(phone, site);
    await open(phone, site, "/my-data/lock");
    // The page goes after two more writes, as a phone closing a tab would stop it.
    await phone.run(`
      const write = Storage.prototype.setItem;
      let left = 2;
      Storage.prototype.setItem = function (key, value) {
        if (left === 0) throw new DOMException("closed", "InvalidStateError");
        left -= 1;
        return write.call(this, key, value);
      };`);
    await phone.tap("//label[contains(., 'At once')]");
    await phone.type("//input[@id='new-passcode']", passcode);
    await phone.type("//input[@id='new-passcode-again']", passcode);
    await phone.tap(says("button", "Turn the lock on"));
    await phone.until("the save refused", "return document.body.innerText.includes('not saved yet');");
    await open(phone, site, "/");
    await phone.find(says("h1", "Harbour is locked"));
    const sealed = "return JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== 'harbour.lock.tries').sort());";
    const before = await phone.run(sealed);
    for (let n = 1; n <= 5; n += 1) {
      await phone.type("//input[@id='passcode']", `wrong ${n} passcode`);
      await phone.tap(says("button", "Unlock"));
      await phone.until(`wrong passcode ${n} refused`, `return JSON.parse(localStorage.getItem('harbour.lock.tries') || '{}').wrong === ${n};`);
    }
    assert.equal(await phone.run(sealed), before, "five wrong passcodes delete nothing");
    await phone.run(`
      const tries = JSON.parse(localStorage.getItem('harbour.lock.tries'));
      tries.last = new Date(Date.now() - 31000).toISOString();
      localStorage.setItem('harbour.lock.tries', JSON.stringify(tries));`);
    await phone.type("//input[@id='passcode']", passcode);
    await phone.tap(says("button", "Unlock"));
    await phone.find(says("h1", "How are you feeling?"));
    const stored = await phone.run("return JSON.stringify(Object.entries(localStorage));");
    assert.ok(!stored.includes("Okafor"), "turning on carried on to the end at the unlock");
    await open(phone, site, "/practitioner");
    await phone.find(says("h1", "Harbour is locked"));
    await phone.type("//input[@id='passcode']", passcode);
    await phone.tap(says("button", "Unlock"));
    await phone.find("//*[contains(@class, 'contact-name')][contains(., 'Sam Okafor')]");
    await phone.run(`
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));`);
    await phone.find(says("h1", "Harbour is locked"));
  },

  "the quick exit leaves a neutral screen that Back does not undo": async (phone, site) => {
    await withPractitioner(phone, site);
    await open(phone, site, "/practitioner");
    await phone.find("//*[contains(., 'Sam Okafor')]");
    await phone.tap("//button[contains(@class, 'quick-exit')]");
    await phone.find(says("h1", "Nothing here"));
    // Back may reach an earlier page load, which starts again (or comes back from the
    // browser's page cache): either way it must come back neutral.
    await phone.run("history.back();");
    await phone.until("the neutral screen after Back", "return !!document.querySelector('main.neutral');");
    const shown = await phone.run("return document.body.innerText + ' ' + document.title;");
    assert.ok(!shown.includes("Okafor"), `after Back: ${shown}`);
  },

  "asks to come back through the prepared text message": async (phone, site) => {
    await withPractitioner(phone, site);
    await open(phone, site, "/");
    const href = await phone.attribute("//a[contains(@class, 'ask')]", "href");
    const [address, body] = href.split("?&body=");
    assert.equal(address, "sms:07700900123");
    assert.match(decodeURIComponent(body), /^Hello Sam,\n\nI'd like to come back/);
  },

  "offers another way where the browser has no share sheet or clipboard": async (phone, site) => {
    await withPractitioner(phone, site);
    await open(phone, site, "/come-back");
    const canShare = await phone.run("return 'share' in navigator;");
    const shareButtons = await phone.run(
      "return [...document.querySelectorAll('button')].filter((b) => b.textContent.trim() === 'Share…').length;",
    );
    assert.equal(shareButtons, canShare ? 1 : 0, "Share… only where there is a share sheet");
    await phone.tap(says("button", "Copy the message"));
    const said = await phone.until(
      "a word about copying",
      "const s = [...document.querySelectorAll('[role=status]')].map((e) => e.textContent).join(' '); return /copied|wouldn't copy/.test(s) && s;",
    );
    assert.match(said, /The message is copied|This browser wouldn't copy it/);
    // What differs between engines, for the record.
    console.log(`${phone.engine}: share sheet ${canShare ? "yes" : "no"}; copy: ${said.trim()}`);
  },

  "marks a note for the next session and sees exactly what would leave": async (phone, site) => {
    // An emoji from the first plane: WebKitGTK's driver cannot type those beyond it (🚌).
    const note = "Bring up the bus ☕ — and שלום <b>not bold</b>";
    await open(phone, site, "/check-in");
    await phone.tap(says("button", "Anxious"));
    await phone.tap(`//label[contains(@class, 'strength-option')][normalize-space()='7']`);
    await phone.tap("//summary[contains(., 'Add a note')]");
    await phone.type("//textarea[@id='note']", note);
    await phone.tap("//label[contains(., 'Bring this to my next session')]");
    await phone.tap(says("button", "Save check-in"));
    await phone.find(says("h1", "Saved. Thank you for checking in."));
    await open(phone, site, "/since-my-last-session");
    const preview = await phone.until(
      "the preview",
      "const p = document.querySelector('pre.preview'); return p && p.textContent.includes('Anxious') && p.textContent;",
    );
    assert.ok(preview.includes(note), `the note leaves exactly as written: ${JSON.stringify(preview)}`);
    assert.match(preview, /Written by me in Harbour/);
    assert.equal(await phone.run("return document.querySelectorAll('main b').length;"), 0, "markup stays words");
    await phone.tap(says("button", "Copy the text"));
    const said = await phone.until(
      "a word about copying",
      "const s = [...document.querySelectorAll('[role=status], [role=alert]')].map((e) => e.textContent).join(' '); return /Copied|wouldn't let Harbour copy/.test(s) && s;",
    );
    console.log(`${phone.engine}: copying a summary: ${said.trim()}`);
  },

  "restores a backup file, after showing what it holds": async (phone, site) => {
    const backup = {
      harbour_backup: 1,
      made: "2026-11-20T09:00:00Z",
      schema: 1,
      records: {
        "harbour.checkins.2026-11": [{ id: "from-backup", at: "2026-11-19T08:30:00Z", feelings: [{ feeling: "Hopeful", strength: 5 }], note: "Brought back 😊" }],
        "harbour.toolkit.card.backup-card": { id: "backup-card", content: { name: "Walk to the river", strength: { from: 0, to: 10 } } },
      },
    };
    const file = join(await mkdtemp(join(tmpdir(), "harbour-engine-")), "harbour-backup-2026-11-20.json");
    await writeFile(file, JSON.stringify(backup));
    await open(phone, site, "/my-data");
    await phone.choose("//input[@id='backup-file']", file);
    await phone.find(says("li", "1 check-in"));
    await phone.find(says("li", "1 card in My toolkit"));
    const before = await phone.run("return Object.keys(localStorage).filter((k) => k.startsWith('harbour.checkins.')).length;");
    assert.equal(before, 0, "nothing changes before the client says so");
    await phone.tap(says("button", "Add these to Harbour"));
    await phone.find(says("p", "Added to Harbour: 1 check-in, 1 card in My toolkit."));
    await open(phone, site, "/history");
    await phone.refresh();
    await appReady(phone);
    assert.match(await phone.text("//li[contains(@class, 'checkin')]"), /Hopeful[\s\S]*Brought back 😊/);
  },

  "looks back on the calendar, a feeling's trend and the diary card's week": async (phone, site) => {
    await open(phone, site, "/");
    await phone.run(`
      const at = new Date(Date.now() - 60000).toISOString().replace(/\\.\\d+Z$/, "Z");
      const checkin = { id: "engine-checkin", at, feelings: [{ feeling: "Sad", strength: 8 }], note: "A hard morning.", urges: [{ id: "u1", level: 4, acted: false }] };
      localStorage.setItem("harbour.checkins." + at.slice(0, 7), JSON.stringify([checkin]));
      localStorage.setItem("harbour.urges", JSON.stringify([{ id: "u1", name: "to drink" }]));`);
    await open(phone, site, "/looking-back");
    await phone.tap("//table[contains(@class, 'calendar')]//button[contains(@aria-label, '1 check-in, strongest feeling 7 or more')]");
    await phone.find("//section[contains(@class, 'day-chosen')]//li[contains(., 'Sad') and contains(., '8 out of 10') and contains(., 'A hard morning.')]");
    await phone.find("//*[name()='svg'][@role='img'][@aria-label='Sad, over the last 30 days: on 1 day, at 8.']");
    await phone.tap("//a[contains(., 'My diary card, week by week')]");
    await phone.find("//table[contains(@class, 'diary-card')]//tr[th[.='Sad']]/td[contains(., '8')]");
    await phone.find("//table[contains(@class, 'diary-card')]//tr[th[.='to drink']]/td[contains(., '4, didn')]");
  },

  "opens with no server once the service worker is ready": async (phone, site) => {
    await open(phone, site, "/");
    await phone.until(
      "the service worker to take charge",
      "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);",
    ).catch(async () => {
      // The first visit installs the worker; it takes charge from the next load.
      await phone.refresh();
      await appReady(phone);
      await phone.until("the service worker to take charge", "return !!navigator.serviceWorker.controller;");
    });
    await site.stop();
    // Opening Harbour again, as from the home screen. (Here geckodriver's refresh showed
    // Firefox's error page although the worker was in charge; opening the app again, as a
    // person does, is answered by the worker in every engine.)
    await phone.goto(site.url + "/");
    await appReady(phone);
    await phone.find(says("h1", "How are you feeling?"));
  },
};
