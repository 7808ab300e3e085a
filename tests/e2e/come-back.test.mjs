// Asking to come back: the practitioner's details arrive by a real hand-over, one tap on
// home opens the agreed way with the message ready, and Harbour asks whether it went.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  appReady, assertAccessible, checkIn, fillStorage, handOverLink, harbourData, onEveryPhone, open, openHandOver, phoneSuite,
} from "./support/harbour.mjs";

const suite = phoneSuite();

const READY = "Hello Sam,\n\nI'd like to come back and see you again, please. Could you get in touch when you can?\n\nThank you.";

/** Links to other apps (texts, email, calls) are caught, not followed: the test reads exactly
 * what the phone would have opened. */
async function phoneThatCatchesLinks() {
  const { page } = await suite.phone();
  await page.addInitScript(() => {
    window.__opened = [];
    document.addEventListener(
      "click",
      (event) => {
        const link = event.target.closest?.("a[href]");
        if (link && /^(sms|mailto|tel):/.test(link.getAttribute("href"))) {
          window.__opened.push(link.getAttribute("href"));
          event.preventDefault();
        }
      },
      true,
    );
  });
  return page;
}

const opened = (page) => page.evaluate(() => window.__opened);

/** The client chooses to save the practitioner's details a hand-over brought, apart from any cards. */
async function keepTheDetails(client) {
  await client.getByLabel("Save them, to ask to come back").check();
  await client.getByRole("button", { name: "Done" }).tap();
  await client.getByText("Your practitioner's details kept.").waitFor();
}

/** The practitioner hands over their details (no cards), and the client opens the hand-over. */
async function detailsByHandOver(client, { name = "Sam Okafor", way = "A text message" } = {}) {
  const practitioner = (await suite.phone()).page;
  await open(practitioner, suite.site, "/hand-over");
  await practitioner.getByLabel("Include my contact details (for practitioners)").tap();
  await practitioner.getByLabel("Your name").fill(name);
  await practitioner.getByLabel("Phone", { exact: true }).fill("07700 900123");
  await practitioner.getByLabel("Email", { exact: true }).fill("sam.okafor@example.org");
  await practitioner.getByLabel(way).check();
  await practitioner.getByLabel("When you usually reply").fill("within 2 working days");
  await practitioner.getByRole("button", { name: "Make the hand-over" }).tap();
  await practitioner.getByRole("img", { name: /QR code carrying your contact details/ }).waitFor();
  const link = await handOverLink(practitioner);
  await openHandOver(client, link);
  return link;
}

describe("asking to come back", () => {
  it("opens the agreed text in one tap from home, then asks whether it went", async () => {
    const client = await phoneThatCatchesLinks();
    await detailsByHandOver(client);
    await client.getByRole("heading", { name: "Your practitioner's details" }).waitFor();
    await client.getByLabel("Save them, to ask to come back").check();
    await client.getByRole("button", { name: "Done" }).tap();
    await client.getByText("Your practitioner's details kept.").waitFor();

    await open(client, suite.site, "/");
    const ask = client.getByRole("link", { name: "Ask to come back", exact: true });
    const box = await ask.boundingBox();
    assert.ok(box.y + box.height <= 844, "in view without scrolling on a 390 x 844 screen");
    const beside = await client.locator(".come-back .not-emergency").innerText();
    assert.match(beside, /Not for emergencies\. Sam usually replies within 2 working days\. If you need help now, Help now is here\./);

    await ask.tap();
    const [href] = await opened(client);
    const [address, body] = href.split("?&body=");
    assert.equal(address, "sms:07700900123");
    assert.ok(!/[+ &?#]/.test(body), `percent-encoded: ${body}`);
    assert.equal(decodeURIComponent(body), READY);

    await client.getByText("Did you send it?").waitFor();
    await client.getByRole("button", { name: "Yes", exact: true }).tap();
    await client.getByText(/^You asked to come back on \d+ \w+ 20\d\d\.$/).waitFor();
    await client.reload();
    await appReady(client);
    await client.getByText(/^You asked to come back on/).waitFor();
    await client.getByRole("button", { name: "They got back to me" }).tap();
    await client.getByRole("link", { name: "Ask to come back", exact: true }).waitFor();
  });

  it("carries any characters and line breaks intact in an email, and keeps each request", async () => {
    const client = await phoneThatCatchesLinks();
    await detailsByHandOver(client, { way: "An email" });
    await keepTheDetails(client);
    await open(client, suite.site, "/come-back");
    const message = "Hi Sam & team?\nTues #2 is 100% fine + 🌊 שלום\n\n<b>not code</b>";
    await client.getByLabel("Your message").fill(message);
    await client.getByRole("link", { name: "Send as an email to sam.okafor@example.org" }).tap();
    const [href] = await opened(client);
    const [head, body] = href.split("&body=");
    assert.equal(head, "mailto:sam.okafor@example.org?subject=Asking%20to%20come%20back");
    assert.equal(decodeURIComponent(body), message.replaceAll("\n", "\r\n"));
    assert.ok(href.length < 1800);

    await client.getByRole("button", { name: "Not yet" }).tap();
    await client.getByText(/by email\. Not sent\./).waitFor();
    await client.getByRole("button", { name: "Clear this history" }).tap();
    await client.getByText("Nothing yet.", { exact: false }).waitFor();
  });

  it("with no practitioner, says how to add one, and refuses a number that cannot work", async () => {
    const page = await phoneThatCatchesLinks();
    await open(page, suite.site, "/");
    const block = page.getByRole("region", { name: "Your practitioner" });
    await block.getByRole("link", { name: "Help now" }).waitFor();
    await block.getByRole("link", { name: "Add my practitioner" }).tap();
    await page.getByLabel("Their name").fill("Jo Reid");
    await page.getByLabel("Phone, for texts and calls").fill("0909 879 0000");
    await page.getByLabel("A call").check();
    await page.getByRole("button", { name: "Save" }).tap();
    await page.getByRole("alert").getByText("premium rate").waitFor();
    await page.getByLabel("Phone, for texts and calls").fill("07700 900456");
    await page.getByRole("button", { name: "Save" }).tap();
    await page.getByText(/^Typed in by you on/).waitFor();
    await page.getByRole("link", { name: "Home" }).first().tap();
    await page.getByRole("link", { name: "Call Jo Reid to ask to come back" }).tap();
    assert.deepEqual(await opened(page), ["tel:07700900456"]);
    await page.getByText("Did you get through?").waitFor();
  });

  it("keeps the details on the phone when a hand-over brings others, unless the client chooses", async () => {
    const client = await phoneThatCatchesLinks();
    await detailsByHandOver(client, { name: "Sam Okafor" });
    await keepTheDetails(client);
    const link = await detailsByHandOver(client, { name: "Alex Reid" });
    await client.getByRole("heading", { name: "Other details for your practitioner" }).waitFor();
    assert.equal(await client.getByLabel("Keep the details on my phone").isChecked(), true);
    await client.getByRole("button", { name: "Done" }).tap();
    await open(client, suite.site, "/practitioner");
    await client.locator(".contact-name").getByText("Sam Okafor").waitFor();

    await openHandOver(client, link);
    await client.getByLabel("Use the new details").check();
    await client.getByRole("button", { name: "Done" }).tap();
    await open(client, suite.site, "/practitioner");
    await client.locator(".contact-name").getByText("Alex Reid").waitFor();
  });

  it("still opens the message when the phone is too full to note the request", async () => {
    const client = await phoneThatCatchesLinks();
    await detailsByHandOver(client);
    await keepTheDetails(client);
    await open(client, suite.site, "/");
    const before = await harbourData(client);
    await fillStorage(client);
    await client.getByRole("link", { name: "Ask to come back", exact: true }).tap();
    assert.equal((await opened(client)).length, 1, "the message app still opens");
    await client.getByRole("alert").getByText("no room to remember that you asked").waitFor();
    const after = await harbourData(client);
    assert.equal(after, before, "nothing already kept is lost");
  });

  it("offers Help now after a strong check-in when no card fits", async () => {
    const page = await phoneThatCatchesLinks();
    await open(page, suite.site, "/");
    await checkIn(page, "Sad", 8);
    await page.getByRole("link", { name: "Help now is here" }).tap();
    await page.getByRole("heading", { level: 1, name: "Help now" }).waitFor();
  });
});

describe("a Help now that is mine", () => {
  it("puts my people first, with call and text buttons, in the order I chose", async () => {
    const page = (await suite.phone()).page;
    await open(page, suite.site, "/help");
    await page.getByRole("link", { name: "Add your people" }).tap();
    for (const [name, number, crisis] of [["Mum", "07700 900001", false], ["Crisis team", "0300 123 4567", true]]) {
      await page.getByRole("button", { name: "Add someone" }).tap();
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("Phone number").fill(number);
      if (crisis) await page.getByLabel("This is my crisis or out-of-hours line").check();
      await page.getByRole("button", { name: "Save" }).tap();
      await page.getByText(`${name} · ${number}`).waitFor();
    }
    await page.getByRole("group", { name: "Arrange Crisis team" }).getByRole("button", { name: "Move up" }).tap();
    await page.getByRole("button", { name: "Add someone" }).tap();
    await page.getByLabel("Name").fill("Premium line");
    await page.getByLabel("Phone number").fill("0909 879 0000");
    await page.getByRole("button", { name: "Save" }).tap();
    await page.getByRole("alert").getByText("premium rate").waitFor();

    await page.reload();
    await appReady(page);
    await page.getByRole("link", { name: "Back to Help now" }).tap();
    const people = page.getByRole("region", { name: "Your people" });
    const links = await people.locator("a.button").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
    assert.deepEqual(links, [
      ["Call Crisis team", "tel:03001234567"],
      ["Text Crisis team", "sms:03001234567"],
      ["Call Mum", "tel:07700900001"],
      ["Text Mum", "sms:07700900001"],
    ]);
    const order = await page.locator("main h2, main .person h3").allInnerTexts();
    assert.ok(order.indexOf("Your people") < order.indexOf("Samaritans: 116 123"), "my people come before the UK lines");
  });

  it("ends a course calmly: the toolkit, the practitioner, and the way back", async () => {
    const page = (await suite.phone()).page;
    await open(page, suite.site, "/toolkit");
    await page.getByRole("button", { name: "Start a session together" }).tap();
    await page.getByRole("link", { name: "End session" }).tap();
    await page.getByRole("button", { name: "This is our last session" }).tap();
    const last = page.getByRole("region", { name: "Our last session" });
    await last.getByText("You can ask to come back whenever you need to").waitFor();
    await last.getByRole("link", { name: "Add my practitioner" }).waitFor();
    await page.getByRole("button", { name: "End the session" }).tap();
    await page.getByText("The session has ended.").waitFor();
  });

  it("asks before Start again throws away the client's changes, on a large and a small phone, light and dark", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await page.evaluate(() =>
        localStorage.setItem(
          "harbour.practitioner.contact",
          JSON.stringify({ contact: { name: "Sam Okafor", phone: "07700 900123", channel: "text" } }),
        ),
      );
      await goTo("/come-back");
      const message = page.getByLabel("Your message");
      assert.equal(await message.inputValue(), READY, where);
      assert.equal(await page.getByRole("button", { name: "Start again" }).count(), 0, `${where}: nothing to start again from`);

      const mine = "Hello Sam, could we meet this week? Mornings are best.";
      await message.fill(mine);
      await page.getByRole("button", { name: "Start again" }).tap();
      const question = page.getByRole("group", { name: "Start the message again?" });
      await question.waitFor();
      await question.scrollIntoViewIfNeeded();
      await assertAccessible(page, `the question before starting again (${where})`);
      await question.getByRole("button", { name: "Keep my changes" }).tap();
      assert.equal(await message.inputValue(), mine, `${where}: keeping the changes keeps every word`);

      await page.getByRole("button", { name: "Start again" }).tap();
      await page.getByRole("button", { name: "Yes, start again" }).tap();
      assert.equal(await message.inputValue(), READY, `${where}: the ready message is back`);
      assert.equal(await page.getByRole("button", { name: "Start again" }).count(), 0, where);
    });
  });
});
