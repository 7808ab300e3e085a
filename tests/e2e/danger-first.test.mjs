// Danger first: what a person in danger meets. 999 in view without scrolling on the smallest
// phone with the largest text, Help now in its order, cautions wherever a risky skill is
// offered, Help now offered after every strong check-in, and nothing of the client's in a
// page title. Each test here is named in docs/hazard-log.md.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  appReady, checkIn, feeling, fillStorage, harbourData, largeText, newPhone, open, phoneSuite, serveApp, serviceWorkerReady,
  strength,
} from "./support/harbour.mjs";

const suite = phoneSuite();
const SMALL = { viewport: { width: 320, height: 568 } };

/** Where the 999 button sits, scrolled to the top, against the screen's height. */
async function call999Box(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const call = page.locator(".danger a", { hasText: "Call 999" });
  assert.equal(await call.getAttribute("href"), "tel:999");
  return { box: await call.boundingBox(), height: page.viewportSize().height };
}

async function assertInFirstScreen(page, where) {
  const { box, height } = await call999Box(page);
  assert.ok(box && box.y >= 0 && box.y + box.height <= height, `${where}: 999 is at ${JSON.stringify(box)} of ${height}px`);
}

function storeCard(page, card) {
  return page.evaluate((c) => {
    localStorage.setItem(`harbour.toolkit.card.${c.id}`, JSON.stringify(c));
    const order = JSON.parse(localStorage.getItem("harbour.toolkit.order") ?? "[]");
    localStorage.setItem("harbour.toolkit.order", JSON.stringify([...order, c.id]));
  }, card);
}

const TIPP_CARD = {
  id: "zebra-card",
  content: {
    name: "Zebra crossing", skill: "tipp", feelings: [], strength: { from: 6, to: 10 },
    steps: ["I run the cold tap.", "I splash my face."],
  },
  pinned: true,
};

/** A phone whose toolkit holds one TIPP card, "Zebra crossing", for any feeling from 6. */
async function phoneWithTheTippCard() {
  const { page } = await suite.phone();
  await open(page, suite.site, "/");
  await storeCard(page, TIPP_CARD);
  await open(page, suite.site, "/");
  return page;
}

describe("999 in sight", () => {
  it("999 is in the first screen of Help now and the loading screen at 320 x 568 and 200% text, light and dark", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await suite.phone({ ...SMALL, colorScheme });
      await open(page, suite.site, "/help");
      await largeText(page);
      await assertInFirstScreen(page, `Help now (${colorScheme})`);

      // With people and a practitioner, 999 still comes first.
      await page.evaluate(() => {
        localStorage.setItem("harbour.people", JSON.stringify([{ id: "p1", name: "Mum", phone: "07700 900001" }]));
        localStorage.setItem("harbour.practitioner.contact", JSON.stringify({ contact: { name: "Sam Okafor", phone: "07700 900123", channel: "text" } }));
      });
      await open(page, suite.site, "/help");
      await largeText(page);
      await assertInFirstScreen(page, `Help now with people (${colorScheme})`);

      // The loading screen, held there by an app file that never arrives (so this phone's
      // script errors are expected, and not checked).
      const boot = await newPhone(suite.browser, { ...SMALL, colorScheme, serviceWorkers: "block" });
      await boot.page.route("**/*.wasm", (route) => route.abort());
      await boot.page.goto(suite.site.url + "/");
      await boot.page.locator("#boot .danger").waitFor();
      await largeText(boot.page);
      await assertInFirstScreen(boot.page, `the loading screen (${colorScheme})`);
      await boot.context.close();
    }
  });

  it("Help now keeps its order: danger, my people, the UK lines, then my practitioner", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/help");
    let order = await page.locator("main .danger-line strong, main h2").allInnerTexts();
    assert.equal(order[0], "In danger now?");
    assert.ok(order.indexOf("Samaritans: 116 123") < order.indexOf("Your people"), "with no people, the prompt is at the foot");
    assert.equal(order.at(-1), "Your people");

    await page.evaluate(() => {
      localStorage.setItem("harbour.people", JSON.stringify([{ id: "p1", name: "Mum", phone: "07700 900001" }]));
      localStorage.setItem("harbour.practitioner.contact", JSON.stringify({ contact: { name: "Sam Okafor", phone: "07700 900123", channel: "text" } }));
    });
    await open(page, suite.site, "/help");
    order = await page.locator("main .danger-line strong, main h2").allInnerTexts();
    const at = (heading) => order.indexOf(heading);
    assert.deepEqual(
      [at("In danger now?"), at("Your people"), at("Samaritans: 116 123"), at("emergencySMS: register first"), at("Your practitioner: not for emergencies")],
      [0, 1, 2, 7, 8],
      order.join(" | "),
    );
    const practitioner = page.getByRole("region", { name: "Your practitioner: not for emergencies" });
    await practitioner.getByText("Replies can take a few working days.").waitFor();
    await practitioner.getByRole("link", { name: "Ask to come back" }).waitFor();
  });
});

describe("cautions where a risky skill is offered", () => {
  it("shows the TIPP caution on What might help now after a strength of 8", async () => {
    const page = await phoneWithTheTippCard();
    await checkIn(page, "Angry", 8);
    const card = page.getByRole("region", { name: "What might help now" }).locator(".tried-card", { hasText: "Zebra crossing" });
    await card.locator(".caution", { hasText: "Check with your doctor first" }).waitFor();
    assert.match(await card.locator(".caution").innerText(), /heart condition.*eating disorder.*chest pain/s);
    await page.getByRole("link", { name: "Help now is here" }).waitFor();
  });

  it("shows cautions on the library, a practitioner's template and a card typed blank", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate(() => {
      const template = { id: "t1", content: { name: "Cold water", skill: "tipp", strength: { from: 0, to: 10 }, steps: ["Cold tap."] } };
      localStorage.setItem("harbour.templates.card.t1", JSON.stringify(template));
      localStorage.setItem("harbour.templates.order", JSON.stringify(["t1"]));
    });
    await open(page, suite.site, "/toolkit/add");
    for (const name of ["TIPP", "Radical Acceptance", "Opposite Action", "PLEASE", "Cold water"]) {
      const item = page.locator(".skill", { has: page.getByRole("heading", { name, exact: true }) });
      await item.locator(".caution").waitFor();
    }
    await open(page, suite.site, "/toolkit/new");
    await page.getByLabel("Name").fill("Radical acceptance");
    await page.locator(".card-editor .caution", { hasText: "never means putting up with harm" }).waitFor();
  });
});

describe("no dead end", () => {
  it("offers Help now when a strong check-in cannot be kept on a full phone", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await fillStorage(page);
    const before = await harbourData(page);
    await feeling(page, "Afraid").tap();
    await strength(page, "Afraid", 9).tap();
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("alert").waitFor();
    await page.getByRole("link", { name: "Help now is here" }).tap();
    await page.getByRole("heading", { level: 1, name: "Help now" }).waitFor();
    assert.equal(await harbourData(page), before, "nothing kept was harmed");
  });

  it("offers Help now when an earlier check-in is changed to 7 or more", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Sad", 3);
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    await page.locator(".checkin a").first().tap();
    await strength(page, "Sad", 8).tap();
    await page.getByRole("button", { name: "Save changes" }).tap();
    await page.getByRole("heading", { name: "Your changes are saved." }).waitFor();
    await page.getByRole("link", { name: "Help now is here" }).tap();
    await page.getByRole("heading", { level: 1, name: "Help now" }).waitFor();
  });

  it("says when replies come, before the button, even with no reply time typed", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate(() =>
      localStorage.setItem("harbour.practitioner.contact", JSON.stringify({ contact: { name: "Sam Okafor", phone: "07700 900123", channel: "text" } })),
    );
    await open(page, suite.site, "/");
    const block = page.getByRole("region", { name: "Your practitioner" });
    const words = await block.locator(".not-emergency, a.button").allInnerTexts();
    assert.match(words[0], /^Not for emergencies\. Replies can take a few working days\./);
    assert.equal(words[1], "Ask to come back");
    await open(page, suite.site, "/come-back");
    await page.getByText("Not for emergencies. Replies can take a few working days.").waitFor();
  });

  it("opens Help now with no signal after Delete everything", async () => {
    const site = await serveApp();
    const { page } = await suite.phone();
    await open(page, site, "/");
    await checkIn(page, "Calm", 2);
    await serviceWorkerReady(page);
    await open(page, site, "/my-data");
    await page.getByRole("button", { name: "Delete all my data" }).tap();
    await page.getByRole("button", { name: "Yes, delete everything" }).tap();
    await page.getByText("Everything Harbour kept on this phone is deleted.").waitFor();
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("harbour."))), []);
    await site.stop();

    await page.goto(site.url + "/help");
    await appReady(page);
    await page.getByRole("link", { name: "Call 999" }).waitFor();
    await page.getByRole("link", { name: "Call Samaritans on 116 123" }).waitFor();
  });
});

describe("honest about a shared phone", () => {
  it("no page title carries a card's name or a feeling", async () => {
    const page = await phoneWithTheTippCard();
    await checkIn(page, "Ashamed", 4);
    const titles = [];
    for (const path of [
      "/", "/help", "/toolkit", "/toolkit/zebra-card", "/toolkit/zebra-card/change", "/history",
      "/since-my-last-session", "/toolkit-on-paper", "/hand-over?cards=zebra-card", "/my-data",
    ]) {
      await open(page, suite.site, path);
      titles.push(await page.title());
    }
    for (const title of titles) {
      assert.doesNotMatch(title, /Zebra|Ashamed/, title);
      assert.match(title, / · Harbour$/);
    }
    await page.getByText("Anyone who can open this phone can open Harbour, too, unless you lock it", { exact: false }).waitFor();
    assert.equal(await page.getByText(/no one else can see/i).count(), 0);
  });
});
