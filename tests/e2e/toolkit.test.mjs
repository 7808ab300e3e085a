// The toolkit on two phones: cards made in a session on one, handed over by link to the
// other, which shows everything before keeping anything.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  appReady, assertAccessible, checkIn, feeling, handOverLink, open, openHandOver, phoneSuite, shownHandOverCode,
  typeHandOverCode,
} from "./support/harbour.mjs";

const suite = phoneSuite();

async function phone() {
  return (await suite.phone()).page;
}

/** An accessible name made of visible words and words only screen readers hear, which
 * Chromium joins with a space: "Make it mine : STOP". */
function named(visible, hidden) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(visible)}\\s*:\\s*${escape(hidden)}$`);
}

/** Everything Harbour keeps, to show that something changed nothing. */
function snapshot(page) {
  return page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
}

/** Makes a card from a library skill the way a person would, and waits for its page. */
async function makeCard(page, { skill, name, feelings = [], from = 0, why = "" }) {
  await open(page, suite.site, "/toolkit");
  await page.getByRole("link", { name: "Add a card" }).tap();
  await page.getByRole("link", { name: named("Make it mine", skill) }).tap();
  await page.getByLabel("Name").fill(name);
  for (const word of feelings) await feeling(page, word).tap();
  await page.getByLabel("From", { exact: true }).selectOption(String(from));
  if (why) await page.getByLabel("Why it helps me").fill(why);
  await page.getByRole("button", { name: "Save card" }).tap();
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

/** Hands the chosen cards over and returns the link the other phone opens. */
async function handOver(page) {
  await page.getByRole("button", { name: "Make the hand-over" }).tap();
  await page.getByRole("img", { name: /QR code carrying/ }).waitFor();
  return handOverLink(page);
}

/** A practitioner makes one card, "Pause", and hands it over: the link the client opens. */
async function pauseHandedOver() {
  const practitioner = await phone();
  await makeCard(practitioner, { skill: "STOP", name: "Pause" });
  await practitioner.getByRole("link", { name: "My toolkit" }).first().tap();
  await practitioner.getByRole("link", { name: "Hand cards over to another phone" }).tap();
  await practitioner.getByLabel("Pause").tap();
  return handOver(practitioner);
}

describe("my toolkit", () => {
  it("hands cards made together in a session to another phone, which keeps them once accepted", async () => {
    const practitioner = await phone();
    await open(practitioner, suite.site, "/toolkit");
    await practitioner.getByRole("button", { name: "Start a session together" }).tap();
    await practitioner.getByRole("region", { name: "Session" }).waitFor();
    await makeCard(practitioner, { skill: "TIPP", name: "Cold water", feelings: ["Angry"], from: 6, why: "It brings me down fast." });
    assert.match(await practitioner.locator(".made-together").innerText(), /^Made together on \d+ \w+ 20\d\d$/);
    await practitioner.getByRole("link", { name: "End session" }).tap();
    assert.match(await practitioner.locator(".session-cards").innerText(), /Cold water/);
    await practitioner.getByRole("link", { name: "Hand these over to another phone" }).tap();
    assert.equal(await practitioner.getByLabel("Cold water").isChecked(), true, "the session's cards are chosen");
    await practitioner.getByLabel("Include my contact details (for practitioners)").tap();
    await practitioner.getByLabel("Your name").fill("Sam Okafor");
    await practitioner.getByLabel("Phone").fill("07700 900123");
    const link = await handOver(practitioner);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/receive#2\.[A-Za-z0-9_-]+$/);
    assert.ok(!link.includes(await shownHandOverCode(practitioner)), "the code is not in the link");

    const client = await phone();
    await open(client, suite.site, "/");
    const before = await snapshot(client);
    await client.goto(link);
    await appReady(client);
    await client.getByLabel("The hand-over code").fill("0000 0000 0000");
    await client.getByRole("button", { name: "Open the hand-over" }).tap();
    await client.getByText("That code doesn't open this hand-over", { exact: false }).waitFor();
    await assertAccessible(client, "a hand-over asking for its code");
    await typeHandOverCode(client, link);
    await client.getByRole("heading", { name: "1 new card to add" }).waitFor();
    assert.match(await client.locator(".arrival").innerText(), /Cold water[\s\S]*It brings me down fast\./);
    assert.match(await client.locator(".contact-preview").innerText(), /Sam Okafor[\s\S]*07700 900123/);
    assert.equal(await snapshot(client), before, "nothing is kept before accepting");
    await assertAccessible(client, "a hand-over before accepting");

    assert.equal(await client.getByLabel("Not now").isChecked(), true, "details wait for the client's own choice");
    await client.getByLabel("Save them, to ask to come back").check();
    await client.getByRole("button", { name: "Add to my toolkit" }).tap();
    await client.getByText("1 card added, your practitioner's details kept.").waitFor();
    assert.equal(new URL(client.url()).hash, "", "the hand-over leaves the address bar");
    await client.getByRole("link", { name: "Open my toolkit" }).tap();
    await client.reload();
    await appReady(client);
    await client.getByRole("link", { name: "Cold water" }).waitFor();

    // Opening the same link again adds nothing twice.
    await openHandOver(client, link);
    await client.getByText("You already have everything in this hand-over.").waitFor();

    // The practitioner's device keeps none of the client's words once the cards are across.
    assert.equal(await practitioner.getByLabel("Remove these cards from this device").isChecked(), true);
    await practitioner.getByRole("button", { name: "The other phone has them" }).tap();
    await practitioner.getByText("Done. These cards are no longer on this device.").waitFor();
    const left = await practitioner.evaluate(() =>
      Object.entries(localStorage).filter(([k, v]) => k.startsWith("harbour.toolkit.card.") || v.includes("It brings me down fast")),
    );
    assert.deepEqual(left, [], "no card and none of its words stay on the practitioner's device");
  });

  it("on an iPhone's browser, says the home-screen Harbour is apart, and offers the way there", async () => {
    const link = await pauseHandedOver();

    const { page: safari } = await suite.phone({
      userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    });
    await safari.goto(link);
    await appReady(safari);
    await safari.getByLabel("The hand-over code").waitFor();
    await safari.getByText("On iPhone, Harbour on your home screen keeps its own copy", { exact: false }).waitFor();
    assert.equal(new URL(safari.url()).hash, "", "the link leaves the address bar as soon as it is read");
    await safari.getByRole("button", { name: "Copy the link" }).waitFor();
    await typeHandOverCode(safari, link);
    await safari.getByRole("heading", { name: "1 new card to add" }).waitFor();

    const elsewhere = await phone();
    await openHandOver(elsewhere, link);
    await elsewhere.getByRole("heading", { name: "1 new card to add" }).waitFor();
    assert.equal(await elsewhere.getByText("keeps its own copy", { exact: false }).count(), 0, "not said where storage is shared");
    assert.equal(new URL(elsewhere.url()).hash, "");
  });

  it("keeps both tabs' changes when the app and a browser tab change the toolkit", async () => {
    const app = await phone();
    await makeCard(app, { skill: "STOP", name: "Pause" });
    await makeCard(app, { skill: "TIPP", name: "Cold water" });
    await open(app, suite.site, "/toolkit");
    const tab = await app.context().newPage();
    await open(tab, suite.site, "/toolkit");

    // The browser tab pins a card; the app's screen shows it without a reload.
    await tab.getByRole("group", { name: "Arrange Cold water" }).getByRole("button", { name: "Pin" }).tap();
    await app.getByRole("group", { name: "Arrange Cold water" }).getByRole("button", { name: "Unpin" }).waitFor();

    // A change in the app starts from what is stored, so the tab's putting away is not undone.
    await tab.getByRole("group", { name: "Arrange Pause" }).getByRole("button", { name: "Put away" }).tap();
    await app.getByRole("group", { name: "Arrange Cold water" }).getByRole("button", { name: "Unpin" }).tap();
    await app.reload();
    await appReady(app);
    const stored = await app.evaluate(() =>
      Object.entries(localStorage)
        .filter(([k]) => k.startsWith("harbour.toolkit.card."))
        .map(([, v]) => JSON.parse(v))
        .map((c) => [c.content.name, !!c.pinned, !!c.archived])
        .sort(),
    );
    assert.deepEqual(stored, [["Cold water", false, false], ["Pause", false, true]]);
    await tab.close();
  });

  it("keeps both changes when the app and a browser tab change the same card", async () => {
    const app = await phone();
    await makeCard(app, { skill: "STOP", name: "Pause" });
    const card = new URL(app.url()).pathname;
    const tab = await app.context().newPage();
    await open(tab, suite.site, card);
    await tab.getByRole("link", { name: "Change", exact: true }).tap();
    await app.getByRole("link", { name: "Change", exact: true }).tap();

    await app.getByLabel("Name", { exact: true }).fill("Pause and breathe");
    await app.getByRole("button", { name: "Save card" }).tap();
    await app.getByRole("heading", { level: 1, name: "Pause and breathe" }).waitFor();
    // The tab's editor was opened before that change, and changes another field.
    await tab.getByLabel("Why it helps me").fill("It gives me a second to choose.");
    await tab.getByRole("button", { name: "Save card" }).tap();
    await tab.getByRole("heading", { level: 1, name: "Pause and breathe" }).waitFor();
    await tab.getByText("It gives me a second to choose.").waitFor();
    await app.getByText("It gives me a second to choose.").waitFor();
    await tab.close();
  });

  it("a hand-over opened in a browser tab reaches the app that is open beside it", async () => {
    const link = await pauseHandedOver();
    const app = await phone();
    await open(app, suite.site, "/toolkit");
    await app.getByText("Add a card").first().waitFor();
    const tab = await app.context().newPage();
    await openHandOver(tab, link);
    await tab.getByRole("button", { name: "Add to my toolkit" }).tap();
    await tab.getByText("1 card added.").waitFor();
    await tab.close();
    await app.getByRole("link", { name: "Pause" }).waitFor();
  });

  it("deletes a card for good only once the client says yes", async () => {
    const page = await phone();
    await makeCard(page, { skill: "STOP", name: "Pause" });
    await page.getByRole("button", { name: "Delete this card" }).tap();
    await page.getByRole("button", { name: "Keep it" }).tap();
    await page.getByRole("button", { name: "Delete this card" }).tap();
    await page.getByRole("button", { name: "Yes, delete it" }).tap();
    await page.getByRole("heading", { level: 1, name: "My toolkit" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Card deleted." }).waitFor();
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByText("Card deleted.").count(), 0, "said once, on arrival");
    assert.equal(await page.getByRole("link", { name: "Pause" }).count(), 0);
    assert.deepEqual(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.toolkit.card."))),
      [],
    );
  });

  it("declining, or a damaged link, leaves the phone exactly as it was", async () => {
    const link = await pauseHandedOver();

    const client = await phone();
    await open(client, suite.site, "/");
    await checkIn(client, "Calm", 3);
    const before = await snapshot(client);

    await openHandOver(client, link);
    await client.getByRole("button", { name: "No thanks" }).tap();
    await client.getByText("Nothing was added. Your toolkit is just as it was.").waitFor();
    assert.equal(await snapshot(client), before);

    const [base, payload] = link.split("#");
    const damaged = [
      `${base}#${payload.slice(0, payload.length - 12)}`,
      `${base}#${payload.slice(0, 8)}!!${payload.slice(10)}`,
      `${base}#9.${payload.slice(2)}`,
      `${base}#hello`,
    ];
    for (const bad of damaged) {
      await client.goto(bad);
      await appReady(client);
      // Cut short, a sealed hand-over still asks for its code, which then cannot open it.
      if (await client.getByLabel("The hand-over code").count()) await typeHandOverCode(client, link);
      const message = await client.getByRole("alert").filter({ hasText: "Nothing has been added or changed." }).innerText();
      assert.match(message, /damaged|newer Harbour|isn't a Harbour hand-over|doesn't open/, bad);
      assert.equal(await snapshot(client), before, bad);
    }
  });

  it("asks which to keep when a card comes back in other words", async () => {
    const practitioner = await phone();
    await makeCard(practitioner, { skill: "Self-Soothe", name: "Warm drink" });
    await practitioner.goto(`${suite.site.url}/hand-over`);
    await appReady(practitioner);
    await practitioner.getByLabel("Warm drink").tap();
    const first = await handOver(practitioner);

    const client = await phone();
    await openHandOver(client, first);
    await client.getByRole("button", { name: "Add to my toolkit" }).tap();
    await client.getByText("1 card added.").waitFor();

    await practitioner.goto(`${suite.site.url}/toolkit`);
    await appReady(practitioner);
    await practitioner.getByRole("link", { name: "Warm drink" }).tap();
    await practitioner.getByRole("link", { name: "Change" }).tap();
    await practitioner.getByLabel("Why it helps me").fill("The warmth in my hands.");
    await practitioner.getByRole("button", { name: "Save card" }).tap();
    await practitioner.getByRole("heading", { level: 1, name: "Warm drink" }).waitFor();
    await practitioner.goto(`${suite.site.url}/hand-over`);
    await appReady(practitioner);
    await practitioner.getByLabel("Warm drink").tap();
    const second = await handOver(practitioner);

    await openHandOver(client, second);
    await client.getByRole("heading", { name: "You have these cards in other words" }).waitFor();
    await client.getByLabel("Use the new one").tap();
    await client.getByRole("button", { name: "Add to my toolkit" }).tap();
    await client.getByText("1 card updated.").waitFor();
    await client.getByRole("link", { name: "Open my toolkit" }).tap();
    await client.getByRole("link", { name: "Warm drink" }).tap();
    await client.getByText("The warmth in my hands.").waitFor();
    const cards = await client.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour.toolkit.card.")));
    assert.equal(cards.length, 1, "the same card, not a second one");
  });

  it("after a check-in, offers the matching card and learns whether it helped", async () => {
    const page = await phone();
    await makeCard(page, { skill: "TIPP", name: "Ice in my hand", feelings: ["Angry"], from: 6 });
    await makeCard(page, { skill: "Wise Mind", name: "Ask wise me", feelings: ["Calm"] });
    await open(page, suite.site, "/");
    await checkIn(page, "Angry", 8);
    const help = page.getByRole("region", { name: "What might help now" });
    await help.getByRole("link", { name: "Ice in my hand" }).waitFor();
    assert.equal(await help.getByRole("link", { name: "Ask wise me" }).count(), 0, "only cards for this feeling");
    await help.getByRole("button", { name: named("I tried this", "Ice in my hand") }).tap();
    await help.getByRole("button", { name: "A lot" }).tap();
    assert.equal(await help.getByRole("button", { name: "A lot" }).getAttribute("aria-pressed"), "true");
    await page.reload();
    await appReady(page);
    await page.goto(`${suite.site.url}/toolkit`);
    await appReady(page);
    assert.match(await page.locator(".toolkit-card").first().innerText(), /Helped the one time you said/);
    await page.getByRole("link", { name: "Help now" }).tap();
    assert.match(await page.getByRole("region", { name: "Your toolkit" }).innerText(), /Ice in my hand[\s\S]*Helped the one time you said/);
    await page.getByRole("link", { name: "Your check-ins" }).tap();
    await page.getByRole("group", { name: "Did “Ice in my hand” help?" }).waitFor();
  });

  it("pins, moves and puts away cards with buttons, and Help now shows cards for hard moments first", async () => {
    const page = await phone();
    await makeCard(page, { skill: "Wise Mind", name: "Wise me" });
    await makeCard(page, { skill: "Check the Facts", name: "Facts" });
    await makeCard(page, { skill: "STOP", name: "Stop and breathe" });
    await open(page, suite.site, "/toolkit");
    const names = () => page.locator(".toolkit-card h3 a").allInnerTexts();
    assert.deepEqual(await names(), ["Wise me", "Facts", "Stop and breathe"]);
    await page.getByRole("group", { name: "Arrange Facts" }).getByRole("button", { name: "Move up" }).tap();
    assert.deepEqual(await names(), ["Facts", "Wise me", "Stop and breathe"]);
    await page.getByRole("group", { name: "Arrange Stop and breathe" }).getByRole("button", { name: "Pin" }).tap();
    assert.deepEqual(await names(), ["Stop and breathe", "Facts", "Wise me"]);
    await page.getByRole("group", { name: "Arrange Wise me" }).getByRole("button", { name: "Put away" }).tap();
    assert.deepEqual(await names(), ["Stop and breathe", "Facts"]);
    await assertAccessible(page, "the toolkit");
    await page.reload();
    await appReady(page);
    assert.deepEqual(await names(), ["Stop and breathe", "Facts"]);
    await page.getByText("Cards you put away", { exact: true }).tap();
    await page.getByRole("button", { name: "Bring back Wise me" }).tap();
    assert.deepEqual(await names(), ["Stop and breathe", "Facts", "Wise me"]);

    await page.getByRole("link", { name: "Help now" }).tap();
    const own = page.getByRole("region", { name: "Your toolkit" });
    assert.deepEqual(await own.locator("h3 a").allInnerTexts(), ["Stop and breathe", "Facts", "Wise me"]);
    await page.goto(`${suite.site.url}/`);
    await appReady(page);
    await page.getByRole("region", { name: "My pinned cards" }).getByRole("link", { name: "Stop and breathe" }).waitFor();
  });

  it("explains what stops a card being saved, and keeps what was typed", async () => {
    const page = await phone();
    await open(page, suite.site, "/toolkit/new");
    await page.getByLabel("Name").fill("<b>Bold</b>");
    await page.getByLabel("Links (if you like)").fill("javascript:alert(1)");
    await page.getByLabel("From", { exact: true }).selectOption("9");
    await page.getByLabel("To", { exact: true }).selectOption("2");
    await page.getByRole("button", { name: "Save card" }).tap();
    const problems = await page.getByRole("alert").filter({ hasText: "Links need" }).innerText();
    assert.match(problems, /web page code/);
    assert.match(problems, /from a lower number to a higher one/);
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByLabel("Name").inputValue(), "<b>Bold</b>", "the draft survives a reload");
    await assertAccessible(page, "the card editor");
    for (const path of ["/toolkit/add", "/hand-over", "/receive"]) {
      await open(page, suite.site, path);
      await assertAccessible(page, path);
    }
  });

  it("lets a practitioner keep template cards on their device and start new cards from them", async () => {
    const page = await phone();
    await makeCard(page, { skill: "Cope Ahead", name: "Plan the hard visit", why: "I walk in ready." });
    await page.getByText("For practitioners").tap();
    await page.getByRole("button", { name: "Keep as a template" }).tap();
    await page.getByText("Kept as a template.").waitFor();

    await open(page, suite.site, "/toolkit/add");
    await page.getByRole("heading", { name: "Your templates" }).waitFor();
    await page.getByRole("link", { name: named("Make it mine", "Plan the hard visit") }).tap();
    assert.equal(await page.getByLabel("Why it helps me").inputValue(), "", "a client's reasons never travel in a template");
    await page.getByLabel("Name").fill("Plan Mum's visit");
    await page.getByRole("button", { name: "Save card" }).tap();
    await page.getByRole("heading", { level: 1, name: "Plan Mum's visit" }).waitFor();
    await page.getByRole("link", { name: "My toolkit" }).first().tap();
    assert.deepEqual(await page.locator(".toolkit-card h3 a").allInnerTexts(), ["Plan the hard visit", "Plan Mum's visit"]);

    await open(page, suite.site, "/toolkit/add");
    await assertAccessible(page, "the library with templates");
    await page.getByRole("button", { name: named("Remove template", "Plan the hard visit") }).tap();
    await page.getByRole("heading", { name: "Your templates" }).waitFor({ state: "detached" });
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByRole("heading", { name: "Your templates" }).count(), 0);
  });

  it("offers a link or a file when the cards are too many for one QR code", async () => {
    const practitioner = await phone();
    await open(practitioner, suite.site, "/");
    // Twelve long cards, as after a few sessions, written straight into storage.
    await practitioner.evaluate(() => {
      const ids = [];
      for (let i = 0; i < 12; i++) {
        const id = `long-${i}`;
        ids.push(id);
        // Varied words, as real writing is: repeated ones would compress into one code.
        const words = (n) => Array.from({ length: n }, () => Math.random().toString(36).slice(2, 8)).join(" ");
        localStorage.setItem(`harbour.toolkit.card.${id}`, JSON.stringify({
          id,
          content: { name: `Card ${i}`, strength: { from: 0, to: 10 }, situations: words(40), steps: [words(20), words(20)], why: words(40) },
        }));
      }
      localStorage.setItem("harbour.toolkit.order", JSON.stringify(ids));
    });
    await open(practitioner, suite.site, "/hand-over");
    for (let i = 0; i < 12; i++) await practitioner.getByLabel(`Card ${i}`, { exact: true }).tap();
    await practitioner.getByRole("button", { name: "Make the hand-over" }).tap();
    await practitioner.getByText("This is too much for one QR code.").waitFor();
    assert.equal(await practitioner.getByRole("img", { name: /QR code/ }).count(), 0);
    const [download] = await Promise.all([
      practitioner.waitForEvent("download"),
      practitioner.getByRole("button", { name: "Save as a file" }).tap(),
    ]);
    assert.equal(download.suggestedFilename(), "harbour-cards.txt");
    const file = await download.path();

    const client = await phone();
    await open(client, suite.site, "/receive");
    await client.getByLabel("A hand-over file").setInputFiles(file);
    await client.getByLabel("The hand-over code").fill(await shownHandOverCode(practitioner));
    await client.getByRole("button", { name: "Open the hand-over" }).tap();
    await client.getByRole("heading", { name: "12 new cards to add" }).waitFor();
    await client.getByRole("button", { name: "Add to my toolkit" }).tap();
    await client.getByText("12 cards added.").waitFor();
  });
});
