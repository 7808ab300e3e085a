// Share only what I choose: "Since my last session", the preview that is exactly what leaves
// (compared byte for byte with the clipboard, the text file and the share sheet), the sharing
// record, a fortnight on one A4 page, and My toolkit with Help now on paper.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { assertAccessible, checkIn, feeling, fillStorage, open, phoneSuite, strength } from "./support/harbour.mjs";

const suite = phoneSuite();

const EMOJI = "Walked by the sea 🌊 and felt lighter 😊👩🏽‍🦱";
const RIGHT_TO_LEFT = "شعرت بتحسن اليوم. שלום, and back to English";
const MARKUP = "<script>alert(1)</script> & <b>not bold</b> \"quoted\" 50% #1";
const LONG = `A long day. ${"I kept going over what was said at the meeting, and then again on the bus home. ".repeat(35)}The end.`;
const PRIVATE = "Just for me, not for anyone else";

/** A phone whose share sheet is a stub that keeps what it was given (text or a file), and
 * answers as told. */
async function sharingPhone() {
  const phone = await suite.phone({ permissions: ["clipboard-read", "clipboard-write"] });
  await phone.page.addInitScript(() => {
    window.__shared = [];
    window.__shareAnswer = "handed";
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value(data) {
        if (window.__shareAnswer === "cancelled") return Promise.reject(new DOMException("Share canceled", "AbortError"));
        if (window.__shareAnswer === "refused") return Promise.reject(new DOMException("Not allowed", "NotAllowedError"));
        window.__shared.push(data.files ? data.files[0] : data.text);
        return Promise.resolve();
      },
    });
    Object.defineProperty(Navigator.prototype, "canShare", { configurable: true, value: () => true });
  });
  return phone.page;
}

/** A check-in with a note, marked for the next session or not. */
async function checkInWithNote(page, word, value, note, marked) {
  await open(page, suite.site, "/check-in");
  await feeling(page, word).tap();
  await strength(page, word, value).tap();
  await page.getByText("Add a note (if you like)").tap();
  await page.getByLabel("Your note").fill(note);
  if (marked) await page.getByLabel("Bring this to my next session").check();
  await page.getByRole("button", { name: "Save check-in" }).tap();
  await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
}

const preview = (page) => page.locator("pre.preview").textContent();
const recordItems = (page) => page.locator(".sharing-record li");

async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).tap()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A UTC calendar day as Harbour writes it in full: "Wednesday 25 November 2026". */
const fullDay = (d) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/**
 * A typical fortnight before Harbour opens, stored as Harbour stores it: two check-ins a day
 * for the last 14 days (today included), each with a short note, some marked for the
 * session, and a card tried now and then. Returns the days, oldest first.
 */
async function typicalFortnight(page) {
  const now = Date.now();
  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);
  const days = [];
  const months = {};
  const notes = ["Bad night, woke at 4.", "Walked to the park. It helped.", "Work was a lot today.", "Saw a friend for tea.", "Couldn't settle this evening."];
  for (let i = 13; i >= 0; i--) {
    const day = new Date(today.getTime() - i * 86_400_000);
    days.push(day);
    for (const [n, minutes] of [[0, 9 * 60 + 15], [1, 20 * 60 + 40]].map(([n, m]) => [n, m])) {
      const at = new Date(Math.min(day.getTime() + minutes * 60_000, now - (2 - n) * 60_000));
      const index = (13 - i) * 2 + n;
      const checkin = {
        id: `5e1f0c2a-0000-4000-8000-${index.toString(16).padStart(12, "0")}`,
        at: at.toISOString().replace(/\.\d{3}Z$/, "Z"),
        feelings: [{ feeling: ["Sad", "Anxious", "Calm", "Hopeful"][index % 4], strength: (index * 3) % 11 }],
        note: notes[index % notes.length],
      };
      if (index % 3 === 0) checkin.for_next_session = true;
      if (index % 4 === 1) checkin.tried = [{ card: "3a9e8c1b-0000-4000-8000-000000000001", helped: "a_bit" }];
      const key = `harbour.checkins.${checkin.at.slice(0, 7)}`;
      (months[key] ??= []).push(checkin);
    }
  }
  await page.goto(`${suite.site.url}/nonexistent.txt`);
  await page.evaluate((entries) => {
    localStorage.setItem("harbour.schema", "1");
    for (const [key, list] of entries) localStorage.setItem(key, JSON.stringify(list));
  }, Object.entries(months));
  return days;
}

/** Pages in a PDF: its page objects, not the page tree (`/Type /Pages`). */
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe("since my last session", () => {
  it("shares exactly the preview, word for word, by copy, text file and share sheet, and keeps a record", async () => {
    const page = await sharingPhone();
    await open(page, suite.site, "/check-in");
    await page.getByText("Add a note (if you like)").tap();
    await page.getByText("Harbour sends nothing by itself, and no one is watching.", { exact: false }).waitFor();
    await checkInWithNote(page, "Hopeful", 6, EMOJI, true);
    await checkInWithNote(page, "Anxious", 7, RIGHT_TO_LEFT, true);
    await checkInWithNote(page, "Angry", 4, MARKUP, true);
    await checkInWithNote(page, "Sad", 5, LONG, true);
    await checkInWithNote(page, "Calm", 3, PRIVATE, false);

    await open(page, suite.site, "/");
    await page.getByRole("link", { name: "Since my last session" }).tap();
    await page.getByRole("heading", { level: 1, name: "Since my last session" }).waitFor();
    const screen = await page.locator("main").innerText();
    for (const note of [EMOJI, RIGHT_TO_LEFT, MARKUP]) assert.ok(screen.includes(note), `the screen shows ${note} as written`);
    assert.ok(!screen.includes(PRIVATE), "a note not marked for the session stays off the screen");
    await assertAccessible(page, "since my last session");

    // The parts: all notes in, then out again; a name added.
    assert.ok(!(await preview(page)).includes(PRIVATE), "unmarked notes are out by default");
    await page.getByLabel("All my notes, marked or not").check();
    await page.locator("pre.preview", { hasText: PRIVATE }).waitFor();
    await page.getByLabel("All my notes, marked or not").uncheck();
    await page.getByLabel("Skills I tried and how they helped").uncheck();
    await page.getByLabel("Your name (if you'd like it on the page)").fill("Jo");
    await page.locator("pre.preview", { hasText: "My name: Jo" }).waitFor();
    const text = await preview(page);
    for (const note of [EMOJI, RIGHT_TO_LEFT, MARKUP, LONG]) assert.ok(text.includes(note), "each note exactly as written");
    assert.ok(!text.includes(PRIVATE));
    assert.equal(await page.locator("pre.preview script, pre.preview b").count(), 0, "markup is text, never run");
    assert.ok(text.includes("Written by me in Harbour"));
    await page.getByText("This is too long for the body of an email.").waitFor();

    await page.getByRole("button", { name: "Copy the text" }).tap();
    await page.getByText("Copied. You can paste it wherever you like.").waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(Buffer.from(clipboard, "utf8").equals(Buffer.from(text, "utf8")), "the clipboard holds the preview, byte for byte");

    const file = await downloaded(page, "Save as a text file");
    assert.match(file.name, /^harbour-summary-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.txt$/);
    assert.ok(file.bytes.equals(Buffer.from(text, "utf8")), "the text file is the preview, byte for byte");

    await page.getByRole("button", { name: "Share…" }).tap();
    await page.getByText("Handed to the app you chose.", { exact: false }).waitFor();
    const [handed] = await page.evaluate(() => window.__shared);
    assert.ok(Buffer.from(handed, "utf8").equals(Buffer.from(text, "utf8")), "the share sheet got the preview, byte for byte");
    await page.getByRole("button", { name: "Share as a file…" }).tap();
    await page.waitForFunction(() => window.__shared.length === 2);
    const sharedFile = await page.evaluate(async () => {
      const file = window.__shared[1];
      return { name: file.name, type: file.type, bytes: [...new Uint8Array(await file.arrayBuffer())] };
    });
    assert.equal(sharedFile.name, file.name);
    assert.equal(sharedFile.type, "text/plain");
    assert.ok(Buffer.from(sharedFile.bytes).equals(Buffer.from(text, "utf8")), "the shared file is the preview, byte for byte");

    const json = await downloaded(page, "Save as a file for software (JSON)");
    assert.match(json.name, /\.json$/);
    const parsed = JSON.parse(json.bytes.toString("utf8"));
    assert.equal(parsed.harbour_summary, 1);
    assert.equal(parsed.name, "Jo");
    const notes = parsed.summary.days.flatMap((d) => d.checkins.map((c) => c.note ?? ""));
    for (const note of [EMOJI, RIGHT_TO_LEFT, MARKUP, LONG]) assert.ok(notes.includes(note));
    assert.ok(!notes.includes(PRIVATE));

    // A share menu closed is not noted as shared.
    await page.evaluate(() => (window.__shareAnswer = "cancelled"));
    await page.getByRole("button", { name: "Share…" }).tap();
    await page.getByText("The share menu was closed, so nothing was shared.").waitFor();
    assert.equal(await recordItems(page).count(), 5);
    // Nor is one the phone refused.
    await page.evaluate(() => (window.__shareAnswer = "refused"));
    await page.getByRole("button", { name: "Share as a file…" }).tap();
    await page.getByText("This phone can't share that from here.", { exact: false }).waitFor();
    assert.equal(await recordItems(page).count(), 5);

    await page.reload();
    await page.getByRole("heading", { name: "What I've shared" }).waitFor();
    const record = await page.locator(".sharing-record").innerText();
    for (const way of ["copied", "saved as a text file", "from the share menu", "saved as a file for software"]) {
      assert.ok(record.includes(`, ${way}`), `the record says ${way}`);
    }
    assert.equal(await recordItems(page).count(), 5, "the closed or refused share menu is not in the record");
    assert.ok(record.includes("Check-ins, Notes for my next session."), "the record says what was shared");

    await page.getByRole("button", { name: "Clear this list" }).tap();
    await page.getByRole("button", { name: "Keep the list" }).tap();
    assert.equal(await recordItems(page).count(), 5);
    await page.getByRole("button", { name: "Clear this list" }).tap();
    await page.getByRole("button", { name: "Yes, clear the list" }).tap();
    await page.getByText("Nothing shared from Harbour yet.").waitFor();
    await page.reload();
    await page.getByText("Nothing shared from Harbour yet.").waitFor();
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.shared."))), []);

    await page.emulateMedia({ colorScheme: "dark" });
    await assertAccessible(page, "since my last session, dark");
  });

  it("says kindly when the dates hold nothing, and when they are back to front", async () => {
    const page = await sharingPhone();
    await open(page, suite.site, "/since-my-last-session");
    await page.getByText("There are no check-ins in these dates, and that's fine.").waitFor();
    await page.getByText("There's nothing to share from these dates with the parts you chose.").waitFor();
    assert.equal(await page.locator("pre.preview").count(), 0, "no empty page to share");
    await assertAccessible(page, "since my last session, nothing in the dates");

    await open(page, suite.site, "/");
    await checkIn(page, "Calm", 2);
    await open(page, suite.site, "/history");
    await page.getByRole("link", { name: "Since my last session: look back and share what you choose" }).tap();
    await page.locator("pre.preview").waitFor();
    await page.getByLabel("From", { exact: true }).fill("2020-01-01");
    await page.getByLabel("To", { exact: true }).fill("2020-01-31");
    await page.getByText("There are no check-ins in these dates, and that's fine.").waitFor();
    await page.getByLabel("From", { exact: true }).fill("2020-02-10");
    await page.getByRole("alert").getByText("The first date is after the last one. Could you swap them round?").waitFor();
  });

  it("offers a short summary by email, and still shares on a full phone, saying the record could not be kept", async () => {
    const page = await sharingPhone();
    await checkInWithNote(page, "Sad", 6, "For Thursday", true);
    await open(page, suite.site, "/since-my-last-session");
    const text = await preview(page);
    const email = await page.getByRole("link", { name: "Email it" }).getAttribute("href");
    const [address, query] = email.split("?");
    assert.equal(address, "mailto:");
    const body = decodeURIComponent(query.split("&body=")[1]);
    assert.equal(body, text.replaceAll("\n", "\r\n"), "a short summary goes whole in the email's body");
    await fillStorage(page);
    await page.getByRole("button", { name: "Copy the text" }).tap();
    await page.getByRole("alert").getByText("It was shared, but this phone has no room to keep a note of it").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);
  });

  it("prints a typical fortnight on one A4 page, in black and white, with its days", async () => {
    const { page } = await suite.phone();
    const days = await typicalFortnight(page);
    await open(page, suite.site, "/since-my-last-session");
    await page.locator("pre.preview").waitFor();
    await page.emulateMedia({ media: "print" });
    const paper = page.locator(".print-only");
    assert.ok(await paper.isVisible(), "the page that prints is shown on paper");
    assert.ok(!(await page.locator(".top-bar").isVisible()), "no navigation on paper");
    assert.ok(!(await page.getByRole("button", { name: "Copy the text" }).isVisible()), "no buttons on paper");
    const black = ["rgb(0, 0, 0)", "rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"];
    // A phone in dark mode still prints black on white.
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ media: "print", colorScheme });
      const colours = await page.evaluate(() =>
        [document.body, ...document.querySelectorAll(".print-only, .print-only *")].flatMap((e) => {
          const style = getComputedStyle(e);
          return [style.color, style.backgroundColor, style.borderTopColor];
        }),
      );
      assert.deepEqual([...new Set(colours.filter((c) => !black.includes(c)))], [], `black and white on paper (${colorScheme})`);
    }
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const printed = await paper.innerText();
    for (const day of days) assert.ok(printed.includes(fullDay(day)), `${fullDay(day)} is on the page`);
    assert.ok(printed.includes(`From ${fullDay(days[0])} to ${fullDay(days.at(-1))}`), "the period covered");
    assert.match(printed, /Made on \d{1,2} \w+ \d{4}\. Written by me in Harbour\./);
    assert.ok(!printed.includes("My name"), "no name unless the client adds one");
    await assertAccessible(page, "the summary on paper");
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    assert.equal(pdfPages(pdf), 1, "a typical fortnight is one A4 page");
  });
});

describe("my toolkit on paper", () => {
  it("lists the cards in use and every Help now line, on paper and in a file, reachable from My toolkit and Help now", async () => {
    const { page } = await suite.phone();
    await page.goto(`${suite.site.url}/nonexistent.txt`);
    await page.evaluate(() => {
      localStorage.setItem("harbour.schema", "1");
      const cards = [
        ["3a9e8c1b-0000-4000-8000-000000000001", "Cold water on my face", "Fill the sink with cold water"],
        ["3a9e8c1b-0000-4000-8000-000000000002", "Ring my sister", "Say it's a hard day"],
      ];
      for (const [id, name, step] of cards) {
        localStorage.setItem(`harbour.toolkit.card.${id}`, JSON.stringify({
          id,
          content: { name, strength: { from: 5, to: 10 }, situations: "When it all gets too much", steps: [step], why: "It calms my body down" },
        }));
      }
      localStorage.setItem("harbour.toolkit.order", JSON.stringify(cards.map(([id]) => id)));
      localStorage.setItem("harbour.people", JSON.stringify([{ id: "3a9e8c1b-0000-4000-8000-0000000000aa", name: "Aunt May", phone: "07700 900456" }]));
    });
    await open(page, suite.site, "/toolkit");
    await page.getByRole("link", { name: "Print my toolkit to keep on paper" }).tap();
    await page.getByRole("heading", { level: 1, name: "My toolkit and Help now" }).waitFor();
    await open(page, suite.site, "/help");
    await page.getByRole("link", { name: "Keep these on paper, with my toolkit" }).tap();
    await page.getByRole("heading", { level: 1, name: "My toolkit and Help now" }).waitFor();

    const html = await readFile(new URL("../../index.html", import.meta.url), "utf8");
    const lines = [
      ...html.matchAll(/<strong>(In danger now\?)<\/strong>/g),
      ...html.matchAll(/<li class="help-line"><h3>([^<]+)<\/h3>/g),
    ].map((m) => m[1]);
    assert.equal(lines.length, 7);
    const shown = await page.locator("main").innerText();
    for (const words of ["Cold water on my face", "Fill the sink with cold water", "Ring my sister", "Aunt May", "07700 900456", ...lines]) {
      assert.ok(shown.includes(words), `${words} is on the page`);
    }
    await assertAccessible(page, "my toolkit on paper");
    // Where printing is missing (Firefox for Android), the same page as a text file.
    const file = await downloaded(page, "Save as a text file");
    assert.match(file.name, /^harbour-toolkit-\d{4}-\d{2}-\d{2}\.txt$/);
    const kept = file.bytes.toString("utf8");
    for (const words of ["Cold water on my face", "Fill the sink with cold water", "Ring my sister", "Aunt May: 07700 900456", ...lines]) {
      assert.ok(kept.includes(words), `${words} is in the file`);
    }
    await open(page, suite.site, "/since-my-last-session");
    assert.match(await page.locator(".sharing-record").innerText(), /saved as a text file\s+My toolkit/);
    await open(page, suite.site, "/toolkit-on-paper");
    await page.emulateMedia({ colorScheme: "dark" });
    await assertAccessible(page, "my toolkit on paper, dark");
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    assert.ok(!(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible()), "no buttons on paper");
    const printed = await page.locator("main").innerText();
    for (const words of ["Cold water on my face", "Aunt May", ...lines]) assert.ok(printed.includes(words));
    await assertAccessible(page, "my toolkit on paper, printed");
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    assert.ok(pdfPages(pdf) >= 1);
  });
});
