// Nothing lost, round two: each attack that once lost or changed a client's data, made again
// the way a person (or someone who wanted to break Harbour) would.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import {
  appReady, fillStorage, harbourData, open, phoneSuite, serveApp, takeTheNewVersion, twoTabsOneTyping,
} from "./support/harbour.mjs";

const suite = phoneSuite();

const everything = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** A hand-over link as a practitioner's phone makes one: version 1, deflated JSON, base64url. */
function handOverLink(origin, cards) {
  const payload = deflateRawSync(Buffer.from(JSON.stringify({ cards }))).toString("base64url");
  return `${origin}/receive#1.${payload}`;
}

const COLD_WATER = {
  id: "3a9e8c1b-0000-4000-8000-0000000000c1",
  content: { name: "Cold water", strength: { from: 5, to: 10 }, steps: ["I run the cold tap."] },
};

async function addPerson(page, name, number) {
  await page.getByRole("button", { name: "Add someone" }).tap();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Phone number").fill(number);
  await page.getByRole("button", { name: "Save" }).tap();
}

const peopleStored = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("harbour.people") ?? "[]").map((p) => p.name));

describe("an older Harbour", () => {
  it("opening a newer one's data changes nothing, not even a card it cannot read", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate((card) => {
      localStorage.setItem("harbour.schema", "3");
      const long = { id: "long-name", content: { name: "n".repeat(75), strength: { from: 0, to: 10 } } };
      localStorage.setItem("harbour.toolkit.card.long-name", JSON.stringify(long));
      localStorage.setItem(`harbour.toolkit.card.${card.id}`, JSON.stringify(card));
      localStorage.setItem("harbour.toolkit.order", JSON.stringify(["long-name", card.id]));
      localStorage.setItem("harbour.feelings.own", JSON.stringify(["Wobbly", "od\u202Ed"]));
    }, COLD_WATER);
    const before = await everything(page);
    await open(page, suite.site, "/toolkit");
    await page.getByText("last saved by a newer Harbour", { exact: false }).waitFor();
    await page.getByRole("link", { name: "Cold water" }).waitFor();
    assert.equal(await everything(page), before, "nothing moved aside, nothing rewritten");
  });
});

describe("two tabs", () => {
  it("my people added in two tabs are both kept, and people deleted in one stay deleted", async () => {
    const { context, page } = await suite.phone();
    const other = await context.newPage();
    await open(page, suite.site, "/people");
    await open(other, suite.site, "/people");
    await addPerson(page, "Ann", "07700 900001");
    await addPerson(other, "Bob", "07700 900002");
    await other.getByText("Bob · 07700 900002").waitFor();
    assert.deepEqual(await peopleStored(page), ["Ann", "Bob"]);
    // The first tab reads the change at once.
    await page.getByText("Bob · 07700 900002").waitFor();

    await open(page, suite.site, "/my-data");
    await page.getByRole("button", { name: "Delete all my data" }).tap();
    await page.getByRole("button", { name: "Yes, delete everything" }).tap();
    await page.getByText("Everything Harbour kept on this phone is deleted.").waitFor();
    await addPerson(other, "Cat", "07700 900003");
    await other.getByText("Cat · 07700 900003").waitFor();
    assert.deepEqual(await peopleStored(other), ["Cat"], "Ann and Bob stay deleted");
    assert.equal(await other.getByText("Ann · 07700 900001").count(), 0);
  });

  it("a second copy of an open hand-over never undoes what was changed since", async () => {
    const { context, page } = await suite.phone();
    const other = await context.newPage();
    const link = handOverLink(suite.site.url, [COLD_WATER]);
    for (const tab of [page, other]) {
      await tab.goto(link);
      await appReady(tab);
      await tab.getByRole("button", { name: "Add to my toolkit" }).waitFor();
    }
    await page.getByRole("button", { name: "Add to my toolkit" }).tap();
    await page.getByText("1 card added.").waitFor();
    await open(page, suite.site, `/toolkit/${COLD_WATER.id}/change`);
    await page.getByLabel("Name").fill("My cold water");
    await page.getByLabel("The steps, as you would say them").fill("Ice on my wrists.");
    await page.getByRole("button", { name: "Save card" }).tap();
    await page.getByRole("heading", { level: 1, name: "My cold water" }).waitFor();
    await open(page, suite.site, "/toolkit");
    await page.getByRole("group", { name: "Arrange My cold water" }).getByRole("button", { name: "Pin" }).tap();
    const changed = await everything(page);

    await other.getByRole("button", { name: "Add to my toolkit" }).tap();
    await other.getByText("Nothing needed adding.").waitFor();
    assert.equal(await everything(other), changed, "the card stays as the client changed it");
  });

  it("a new version never reloads away words being typed in another tab", async () => {
    const site = await serveApp({ copy: true });
    const { page, other } = await twoTabsOneTyping(suite, site, "Half-typed name");
    // Publish a new version, then take it in the first tab.
    const worker = join(site.root, "sw.js");
    const source = await readFile(worker, "utf8");
    await writeFile(worker, source.replace(/const VERSION = "[^"]+"/, 'const VERSION = "next"'));
    await takeTheNewVersion(page);

    // The tab with unsaved words asks, and keeps them until the client chooses.
    await other.getByRole("button", { name: "Open the new version" }).waitFor();
    assert.equal(await other.getByLabel("Name").inputValue(), "Half-typed name");
    await other.getByLabel("Phone number").fill("07700 900009");
    await other.getByRole("button", { name: "Save" }).tap();
    await other.getByText("Half-typed name · 07700 900009").waitFor();
    const otherReloaded = other.waitForEvent("load");
    await other.getByRole("button", { name: "Open the new version" }).tap();
    await otherReloaded;
    await appReady(other);
    await other.getByText("Half-typed name · 07700 900009").waitFor();
    await site.stop();
  });
});

describe("a full phone", () => {
  it("one damaged card leaves every other card open", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.evaluate((card) => {
      localStorage.setItem("harbour.toolkit.card.damaged", "{half a card");
      localStorage.setItem(`harbour.toolkit.card.${card.id}`, JSON.stringify(card));
      localStorage.setItem("harbour.toolkit.order", JSON.stringify(["damaged", card.id]));
    }, COLD_WATER);
    await fillStorage(page);
    const before = await harbourData(page);
    await open(page, suite.site, "/toolkit");
    await page.getByRole("link", { name: "Cold water" }).waitFor();
    assert.equal(await page.getByText("Harbour could not open", { exact: false }).count(), 0);
    assert.equal(await harbourData(page), before, "the damaged card stays where it was");
  });
});

describe("hand-over links", () => {
  it("a link with a space the browser escaped still opens", async () => {
    const { page } = await suite.phone();
    const link = handOverLink(suite.site.url, [COLD_WATER]);
    const cut = link.length - 20;
    await page.goto(`${link.slice(0, cut)}%20${link.slice(cut)}`);
    await appReady(page);
    await page.getByRole("button", { name: "Add to my toolkit" }).waitFor();
    await page.getByText("Cold water").first().waitFor();
  });
});
