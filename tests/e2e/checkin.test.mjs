// The check-in loop, tapped through on a phone-sized screen.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  appReady, checkIn, feeling, open, phoneSuite, stored, storedKeys, strength,
} from "./support/harbour.mjs";

const suite = phoneSuite();

describe("checking in", () => {
  it("takes three taps from home, and the check-in is there after a reload", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Sad", 7);
    await page.reload();
    await appReady(page);
    await page.getByRole("link", { name: "Your check-ins" }).tap();
    const item = page.locator(".checkin").first();
    await item.waitFor();
    assert.match(await item.innerText(), /Sad\s+7 out of 10/);
    assert.equal(await page.locator(".day h2").first().innerText(), "Today");
  });

  it("keeps several feelings, a note and 'bring this to my next session'", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/check-in");
    await strength(page, "Anxious", 8).waitFor({ state: "detached" });
    await feeling(page, "Anxious").tap();
    await strength(page, "Anxious", 8).tap();
    await feeling(page, "Hopeful").tap();
    await strength(page, "Hopeful", 3).tap();
    await page.getByText("Add a note (if you like)").tap();
    await page.getByLabel("Your note").fill("Rang my sister. <script>alert(1)</script>");
    await page.getByLabel("Bring this to my next session").tap();
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    const text = await page.locator(".checkin").first().innerText();
    assert.match(text, /Anxious\s+8 out of 10/);
    assert.match(text, /Hopeful\s+3 out of 10/);
    assert.match(text, /Rang my sister\. <script>alert\(1\)<\/script>/, "shown as text, never run");
    assert.match(text, /To bring to my next session/);
  });

  it("says kindly what is missing instead of saving half a check-in", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/check-in");
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("alert").getByText("Choose a feeling first").waitFor();
    await feeling(page, "Numb").tap();
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("alert").getByText("How strong is “Numb”?").waitFor();
    assert.deepEqual((await storedKeys(page)).filter((k) => k.startsWith("harbour.checkins.")), []);
  });

  it("keeps the client's own words for next time", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.getByLabel("Or use your own word").fill("  wobbly  ");
    await page.getByLabel("Or use your own word").press("Enter");
    assert.equal(await feeling(page, "wobbly").getAttribute("aria-pressed"), "true");
    await strength(page, "wobbly", 5).tap();
    await page.getByRole("button", { name: "Save check-in" }).tap();
    await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
    await page.reload();
    await appReady(page);
    await feeling(page, "wobbly").waitFor();
    await page.getByLabel("Or use your own word").fill("x".repeat(40));
    await page.getByRole("button", { name: "Add", exact: true }).tap();
    await page.getByText("That is a little long").waitFor();
    assert.equal(await stored(page, "harbour.feelings.own"), '["wobbly"]');
  });

  it("keeps what was being typed through a reload", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await feeling(page, "Lonely").tap();
    await page.getByText("Add a note (if you like)").tap();
    await page.getByLabel("Your note").fill("Nobody called today");
    await page.reload();
    await appReady(page);
    assert.equal(await feeling(page, "Lonely").getAttribute("aria-pressed"), "true");
    assert.equal(await page.getByLabel("Your note").inputValue(), "Nobody called today");
  });

  it("keeps each tab's unsaved words apart, and a tab opened later takes over what was left", async () => {
    const { page: app } = await suite.phone();
    await open(app, suite.site, "/");
    await feeling(app, "Lonely").tap();
    await app.getByText("Add a note (if you like)").tap();
    await app.getByLabel("Your note").fill("Typed in the app");

    // A browser tab opened later starts from the words left, then goes its own way.
    const tab = await app.context().newPage();
    await open(tab, suite.site, "/");
    assert.equal(await tab.getByLabel("Your note").inputValue(), "Typed in the app");
    await tab.getByLabel("Your note").fill("Typed in the tab");
    await app.getByLabel("Your note").fill("Typed in the app, still");

    await app.reload();
    await appReady(app);
    await tab.reload();
    await appReady(tab);
    assert.equal(await app.getByLabel("Your note").inputValue(), "Typed in the app, still");
    assert.equal(await tab.getByLabel("Your note").inputValue(), "Typed in the tab");

    // The app closed by the phone and opened again (a new tab) finds its words.
    await app.close();
    await strength(tab, "Lonely", 4).tap();
    await tab.getByRole("button", { name: "Save check-in" }).tap();
    await tab.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
    const reopened = await tab.context().newPage();
    await open(reopened, suite.site, "/");
    assert.equal(await reopened.getByLabel("Your note").inputValue(), "Typed in the app, still");
  });

  it("changes a check-in, keeping its time", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Angry", 9);
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    const time = await page.locator(".checkin time").first().getAttribute("datetime");
    await page.getByRole("link", { name: /^Change check-in from Today/ }).tap();
    await page.getByRole("heading", { name: "Change this check-in" }).waitFor();
    await strength(page, "Angry", 4).tap();
    await page.getByRole("button", { name: "Save changes" }).tap();
    await page.getByRole("heading", { name: "Your changes are saved." }).waitFor();
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    const item = page.locator(".checkin").first();
    assert.match(await item.innerText(), /Angry\s+4 out of 10/);
    assert.match(await item.innerText(), /changed/);
    assert.equal(await item.locator("time").getAttribute("datetime"), time);
    assert.equal(await page.locator(".checkin").count(), 1);
  });

  it("deletes a check-in, and Undo brings it back", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Tired", 6);
    await page.getByRole("link", { name: "See your check-ins" }).tap();
    await page.getByRole("button", { name: /^Delete check-in from Today/ }).tap();
    await page.getByText("Check-in deleted.").waitFor();
    assert.equal(await page.locator(".checkin").count(), 0);
    await page.getByRole("button", { name: "Undo" }).tap();
    await page.locator(".checkin").first().waitFor();
    await page.reload();
    await appReady(page);
    assert.match(await page.locator(".checkin").first().innerText(), /Tired\s+6 out of 10/);

    await page.getByRole("button", { name: /^Delete check-in from Today/ }).tap();
    await page.getByText("Nothing here yet.").waitFor();
    await page.reload();
    await appReady(page);
    await page.getByText("Nothing here yet.").waitFor();
  });

  it("opens every screen straight from its address, each with its own title", async () => {
    const { page } = await suite.phone();
    for (const [path, heading, title] of [
      ["/", "How are you feeling?", "Home · Harbour"],
      ["/check-in", "How are you feeling?", "Check in · Harbour"],
      ["/history", "Your check-ins", "Your check-ins · Harbour"],
      ["/help", "Help now", "Help now · Harbour"],
      ["/check-in/not-a-real-id", "This check-in isn't here", "Change a check-in · Harbour"],
      ["/somewhere/else", "This page isn't here", "Page not found · Harbour"],
    ]) {
      await open(page, suite.site, path);
      assert.equal(await page.locator("main h1").first().innerText(), heading, path);
      assert.equal(await page.title(), title, path);
    }
  });

  it("moves focus to the new screen's content after a tap on the menu", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await page.getByRole("navigation").getByRole("link", { name: "Your check-ins" }).tap();
    await page.getByRole("heading", { name: "Your check-ins" }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  });
});
