// Easy on a hard day: the layout and feedback of the screens a person meets first, tried on a
// 390 x 844 phone and on a 320 x 568 one with text at 200 %, in light and dark, with axe on
// every screen touched.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, checkIn, feeling, handOverLink, onEveryPhone, open, phoneSuite, strength, typeHandOverCode } from "./support/harbour.mjs";

const suite = phoneSuite();

/** How far down the screen the bar that stays at the top reaches (0 if nothing stays). */
function barBottom(page) {
  return page.evaluate(() => {
    let bottom = 0;
    for (const element of document.querySelectorAll("body *")) {
      const { position } = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if ((position === "sticky" || position === "fixed") && box.height > 0 && box.top <= 1) {
        bottom = Math.max(bottom, box.bottom);
      }
    }
    return bottom;
  });
}

/**
 * Waits until `locator` is wholly on screen, clear of the bar (scrolling may be smooth); with
 * `topOnly`, until its first line is.
 */
async function waitInSight(page, locator, what, { topOnly = false } = {}) {
  const height = page.viewportSize().height;
  let box;
  for (let tries = 0; tries < 40; tries++) {
    box = await locator.boundingBox();
    const top = await barBottom(page);
    const shown = topOnly ? 40 : Math.min(box?.height ?? 0, height - top);
    if (box && box.y >= top - 1 && box.y + shown <= height + 1) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what} is not in sight: ${JSON.stringify(box)} on a screen ${height}px high`);
}

/** Where every feeling button is, to show that tapping one moves none of the others. */
function feelingPlaces(page) {
  return page.locator("button.feeling").evaluateAll((buttons) =>
    buttons.map((b) => {
      const box = b.getBoundingClientRect();
      return `${b.textContent} ${Math.round(box.left)},${Math.round(box.top + scrollY)} ${Math.round(box.width)}`;
    }),
  );
}

describe("the check-in follows the thumb", () => {
  it("brings the strength into view when a feeling is tapped, then Save, and moves no other feeling", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      const before = await feelingPlaces(page);
      await feeling(page, "Sad").tap();
      assert.deepEqual(await feelingPlaces(page), before, `${where}: no feeling moved or grew`);
      const group = page.getByRole("group", { name: "How strong is “Sad”?" });
      await waitInSight(page, group.getByRole("radio", { name: "0", exact: true }), `${where}: the strength choice`);
      await strength(page, "Sad", 6).tap();
      await waitInSight(page, page.getByRole("button", { name: "Save check-in" }), `${where}: Save`);
      await assertAccessible(page, `the check-in with a feeling chosen (${where})`);
    });
  });
});

/** A phone some weeks in: a pinned card, someone to call, a practitioner, a check-in. */
function aPhoneInUse(page) {
  return page.evaluate(() => {
    const card = {
      id: "walk", pinned: true,
      content: { name: "A walk round the block", skill: "opposite-action", feelings: [], strength: { from: 0, to: 10 }, steps: ["Shoes on.", "Round the block once."] },
    };
    localStorage.setItem("harbour.toolkit.card.walk", JSON.stringify(card));
    localStorage.setItem("harbour.toolkit.order", JSON.stringify(["walk"]));
    localStorage.setItem("harbour.people", JSON.stringify([{ id: "p1", name: "Mum", phone: "07700 900001" }]));
    localStorage.setItem("harbour.practitioner.contact", JSON.stringify({
      contact: { name: "Sam Okafor", phone: "07700 900123", email: "sam.okafor@example.org", channel: "text" },
    }));
    const at = new Date(Date.now() - 3600 * 1000).toISOString();
    localStorage.setItem(`harbour.checkins.${at.slice(0, 7)}`, JSON.stringify([
      { id: "c1", at, feelings: [{ feeling: "Overwhelmed", strength: 6 }], note: "Rang my sister." },
    ]));
  });
}

/** The screens a new client or practitioner meets first, on a phone some weeks in. */
const SCREENS_MET_FIRST = [
  "/", "/help", "/check-in", "/toolkit", "/toolkit/add", "/toolkit/walk", "/since-my-last-session",
  "/my-data", "/people", "/practitioner", "/come-back", "/hand-over",
];

/** What stays on screen while the page scrolls: the height of it, at the page's end. */
function heightThatStays(page) {
  return page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    let total = 0;
    for (const element of document.querySelectorAll("body *")) {
      const { position } = getComputedStyle(element);
      if (position !== "sticky" && position !== "fixed") continue;
      const box = element.getBoundingClientRect();
      total += Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
    }
    return total;
  });
}

/** Words the page breaks across two lines ("Samarit / ans"); an address too long for a line may break. */
function wordsBroken(page) {
  return page.evaluate(() => {
    const broken = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      if (node.parentElement.closest(".visually-hidden, script, style")) continue;
      for (const token of node.textContent.matchAll(/\S+/g)) {
        if (/@|:\/\//.test(token[0])) continue;
        for (const word of token[0].matchAll(/\p{L}+/gu)) {
          const range = document.createRange();
          const start = token.index + word.index;
          range.setStart(node, start);
          range.setEnd(node, start + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(word[0]);
        }
      }
    }
    return broken;
  });
}

describe("large text on a small phone", () => {
  it("keeps what stays on screen to a quarter of it, and breaks no word in two", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await aPhoneInUse(page);
      for (const path of SCREENS_MET_FIRST) {
        await goTo(path);
        const height = page.viewportSize().height;
        const stays = await heightThatStays(page);
        assert.ok(stays <= height / 4, `${where}, ${path}: ${stays}px of ${height}px stays on screen`);
        assert.deepEqual(await wordsBroken(page), [], `${where}, ${path}: words broken across lines`);
      }
    });
  });
});

/**
 * Controls smaller than a finger (44 px tall; 44 wide too, unless a label around them makes the
 * target), and tick boxes or radio buttons closer than 8 px to their words. Links inside a
 * sentence are exempt, as WCAG's target size allows.
 */
function tooSmall(page) {
  return page.evaluate(() => {
    const small = [];
    const name = (e) => (e.getAttribute("aria-label") || e.textContent || e.type || e.tagName).trim().slice(0, 40);
    const targets = "button, .button, select, textarea, summary, input:not([type=radio]):not([type=checkbox]), label:has(> input[type=radio]), label:has(> input[type=checkbox])";
    for (const element of document.querySelectorAll(`main :is(${targets}), header :is(${targets})`)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest(".visually-hidden")) continue;
      if (box.height < 43.5) small.push(`${name(element)}: ${Math.round(box.height)}px tall`);
    }
    for (const box of document.querySelectorAll("main label > input:is([type=radio], [type=checkbox])")) {
      const words = box.nextElementSibling;
      if (!words) continue;
      const gap = words.getBoundingClientRect().left - box.getBoundingClientRect().right;
      if (gap < 8) small.push(`${name(box.parentElement)}: ${Math.round(gap)}px from its words`);
    }
    return small;
  });
}

describe("every control is a finger's width", () => {
  it("has no control under 44 px, file pickers included, and room between a radio and its words", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await aPhoneInUse(page);
      for (const path of [...SCREENS_MET_FIRST, "/toolkit/new", "/history"]) {
        await goTo(path);
        assert.deepEqual(await tooSmall(page), [], `${where}, ${path}: controls too small to tap`);
      }
      await goTo("/my-data");
      await assertAccessible(page, `My data (${where})`);
    });
  });

  it("says how saving a backup and downloading it differ", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/my-data");
    const save = page.getByRole("button", { name: "Save a backup" });
    const download = page.getByRole("button", { name: "Download the file instead" });
    assert.match(await save.getAttribute("aria-describedby").then((id) => page.locator(`#${id}`).textContent()), /share menu/);
    assert.match(await download.getAttribute("aria-describedby").then((id) => page.locator(`#${id}`).textContent()), /Downloads/);
  });
});

describe("saving says so", () => {
  it("opens a saved card at its top with Saved, and says Saved for a person and a practitioner", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/toolkit/new");
      await page.getByLabel("Name", { exact: true }).fill("Cold water on my face");
      await page.getByLabel("Steps").fill("Run the cold tap.\nSplash my face.");
      await page.getByRole("button", { name: "Save card" }).tap();
      const name = page.getByRole("heading", { level: 1, name: "Cold water on my face" });
      await name.waitFor();
      await waitInSight(page, name, `${where}: the saved card's name`, { topOnly: true });
      await waitInSight(page, page.getByRole("status").getByText("Saved."), `${where}: Saved, on the card`);
      await assertAccessible(page, `a card just saved (${where})`);

      await page.getByRole("link", { name: "My toolkit", exact: true }).first().tap();
      await page.getByRole("heading", { level: 1, name: "My toolkit" }).waitFor();
      assert.equal(await page.getByText("Saved.").count(), 0, `${where}: Saved goes with the screen it was for`);

      await goTo("/people");
      await page.getByRole("button", { name: "Add someone" }).tap();
      await page.getByLabel("Name").fill("Mum");
      await page.getByLabel("Phone number").fill("07700 900001");
      await page.getByRole("button", { name: "Save" }).tap();
      await waitInSight(page, page.getByRole("status").getByText("Saved."), `${where}: Saved, for a person`);

      await goTo("/practitioner");
      await page.getByLabel("Their name").fill("Jo Reid");
      await page.getByLabel("Phone, for texts and calls").fill("07700 900456");
      await page.getByLabel("A text").check();
      await page.getByRole("button", { name: "Save" }).tap();
      await waitInSight(page, page.getByRole("status").getByText("Saved."), `${where}: Saved, for the practitioner`);
      await assertAccessible(page, `the practitioner just saved (${where})`);
    });
  });
});

/** True when `locator` lies wholly within the first screen, before any scrolling. */
async function inFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= page.viewportSize().height;
}

describe("pinned cards are easy to reach", () => {
  it("shows them as large buttons in the first screen of home, and when no card fits a check-in", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await aPhoneInUse(page);
      await goTo("/");
      const pinned = page.getByRole("region", { name: "My pinned cards" }).getByRole("link", { name: "A walk round the block" });
      assert.ok(await inFirstScreen(page, pinned), `${where}: the pinned card is in the first screen`);
      assert.ok((await pinned.boundingBox()).height >= 48, `${where}: it is a large button`);
      await assertAccessible(page, `home with a pinned card (${where})`);

      // A card for calm only: none fits a sad check-in, so the pinned one is offered instead.
      await page.evaluate(() => {
        const card = JSON.parse(localStorage.getItem("harbour.toolkit.card.walk"));
        card.content.feelings = ["Calm"];
        localStorage.setItem("harbour.toolkit.card.walk", JSON.stringify(card));
      });
      await goTo("/check-in");
      await checkIn(page, "Sad", 6);
      const offer = page.getByRole("region", { name: "What might help now" });
      await offer.getByText("None of your cards are for this feeling at this strength yet. Your pinned cards:").waitFor();
      await offer.getByRole("link", { name: "A walk round the block" }).waitFor();
      await offer.getByRole("button", { name: /^I tried this/ }).waitFor();
      await offer.getByRole("link", { name: "Open my toolkit" }).waitFor();
      await assertAccessible(page, `what might help when no card fits (${where})`);

      await goTo("/");
      await pinned.tap();
      await page.getByRole("heading", { level: 1, name: "A walk round the block" }).waitFor();
    });
  });
});

describe("since my last session reads as a page", () => {
  it("shows the period in a line with the way to share, the preview as page text, and emails the practitioner", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await aPhoneInUse(page);
      await goTo("/since-my-last-session");
      const glance = page.locator(".glance");
      assert.match(await glance.innerText(), /^1 check-in on 1 day\. Choose what to share$/, where);
      const jump = glance.getByRole("link", { name: "Choose what to share" });
      const dayByDay = page.getByRole("heading", { name: "Day by day" });
      assert.ok((await jump.boundingBox()).y < (await dayByDay.boundingBox()).y, `${where}: the way to sharing comes before the days`);
      if (where.startsWith("390")) assert.ok(await inFirstScreen(page, jump), `${where}: the way to sharing is in the first screen`);
      await jump.tap();
      await waitInSight(page, page.getByRole("heading", { name: "Share what I choose" }), `${where}: Share what I choose`, { topOnly: true });

      const email = page.getByRole("link", { name: "Email it to Sam Okafor" });
      assert.match(await email.getAttribute("href"), /^mailto:sam\.okafor@example\.org\?/, `${where}: addressed to the practitioner`);
      const preview = page.locator("pre.preview");
      const own = await preview.evaluate((p) => ({
        scrolls: p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1,
        overflow: getComputedStyle(p).overflowY,
      }));
      assert.deepEqual(own, { scrolls: false, overflow: "visible" }, `${where}: the preview is page text, not a box that scrolls`);
      await assertAccessible(page, `since my last session (${where})`);
    });
  });
});

describe("no stale or contradictory words", () => {
  it("lets go of a choice once made, says where cards went, and offers only moves that can happen", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await aPhoneInUse(page);
      await goTo("/hand-over");
      await page.getByRole("button", { name: "Make the hand-over" }).tap();
      await page.getByText("Choose at least one card to hand over.").waitFor();
      await page.getByLabel("A walk round the block").check();
      assert.equal(await page.getByText("Choose at least one card to hand over.").count(), 0, `${where}: the stale problem goes`);

      await goTo("/toolkit");
      const arrange = page.getByRole("group", { name: "Arrange A walk round the block" });
      assert.equal(await arrange.getByRole("button", { name: /^Move (up|down)$/ }).count(), 0, `${where}: one card has nowhere to move`);
      const putAway = arrange.getByRole("button", { name: "Put away" });
      const means = await putAway.getAttribute("aria-describedby");
      assert.match(await page.locator(`#${means}`).innerText(), /without deleting it/, `${where}: Put away says what it does`);
      await assertAccessible(page, `the toolkit with one card (${where})`);

      await goTo("/people");
      assert.equal(await page.getByRole("button", { name: /^Move (up|down)$/ }).count(), 0, `${where}: one person has nowhere to move`);

      // A session whose card was handed over and removed from this device.
      await page.evaluate(() => localStorage.setItem("harbour.session", JSON.stringify({
        started: new Date(Date.now() - 3600 * 1000).toISOString(), cards: ["handed-over"],
      })));
      await goTo("/session/end");
      await page.getByText("1 card made or changed together is no longer on this device: handed over, or deleted.").waitFor();
      assert.equal(await page.getByText("No cards were made").count(), 0, `${where}: no contradiction`);
      assert.equal(await page.getByRole("link", { name: "Hand these over to another phone" }).count(), 0, `${where}: nothing to hand over`);
      await assertAccessible(page, `the end of a session whose cards left (${where})`);
    });
  });
});

describe("the practitioner's details are their own choice", () => {
  it("keeps cards without the details unless the client chooses them", async () => {
    await onEveryPhone(suite, async ({ page, where, goTo }) => {
      await goTo("/");
      await page.evaluate(() => {
        const card = { id: "ice", content: { name: "Ice in my hand", feelings: [], strength: { from: 0, to: 10 }, steps: ["Hold it."] } };
        localStorage.setItem("harbour.toolkit.card.ice", JSON.stringify(card));
        localStorage.setItem("harbour.toolkit.order", JSON.stringify(["ice"]));
      });
      await goTo("/hand-over");
      await page.getByLabel("Ice in my hand").check();
      await page.getByLabel("Include my contact details (for practitioners)").check();
      await page.getByLabel("Your name").fill("Sam Okafor");
      await page.getByLabel("Phone", { exact: true }).fill("07700 900123");
      await page.getByLabel("A text message").check();
      await page.getByRole("button", { name: "Make the hand-over" }).tap();
      const link = await handOverLink(page);

      await page.evaluate(() => localStorage.clear());
      await page.goto("about:blank");
      const { pathname, hash } = new URL(link);
      await goTo(pathname + hash);
      await typeHandOverCode(page, link);
      const choice = page.getByRole("group", { name: "Save these details on your phone?" });
      assert.equal(await choice.getByLabel("Not now").isChecked(), true, `${where}: nothing chosen for the client`);
      await assertAccessible(page, `a hand-over with cards and details (${where})`);
      await page.getByRole("button", { name: "Add to my toolkit" }).tap();
      await page.getByText("1 card added. Your practitioner's details weren't saved.").waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem("harbour.practitioner.contact")), null, where);
    });
  });
});
