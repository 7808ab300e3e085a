// What the end-to-end tests share: the built app served on 127.0.0.1, a phone-sized touch
// browser, and small helpers that read like what a person does.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { after, afterEach, before } from "node:test";
import { serve } from "../../../scripts/static-server.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DIST = join(ROOT, "dist");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// Run through the browser's debugging protocol, which the page's security policy does not
// govern: a script tag added to the page would be refused, as it should be.
const AXE_SOURCE = await readFile(AXE, "utf8");

// As root on a closed network, Chromium needs these to start quietly (see TOOLCHAIN notes).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** A fresh phone: 390 x 844, touch, its own storage and service workers. */
export async function newPhone(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    ...options,
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  return { context, page, problems };
}

/**
 * The hooks most test files share: one browser and the served app for the whole file, and
 * phones that are checked for script errors and closed after each test. `suite.site` is set
 * before the first test runs; `suite.phone()` opens a fresh phone.
 */
export function phoneSuite() {
  const suite = { browser: null, site: null, phones: [] };
  before(async () => {
    suite.browser = await launchBrowser();
    suite.site = await serveApp();
  });
  after(async () => {
    await suite.browser.close();
    await suite.site.stop();
  });
  afterEach(async () => {
    for (const phone of suite.phones.splice(0)) {
      assert.deepEqual(phone.problems, [], "no script errors");
      assert.deepEqual(phone.elsewhere, [], "no request to any origin but Harbour's own");
      await phone.context.close();
    }
  });
  suite.phone = async (options) => {
    const phone = await newPhone(suite.browser, options);
    // Every server in these tests is Harbour's own, on 127.0.0.1.
    phone.elsewhere = [];
    phone.context.on("request", (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.hostname !== "127.0.0.1") phone.elsewhere.push(url.href);
    });
    suite.phones.push(phone);
    return phone;
  };
  return suite;
}

/**
 * Serves the release bundle. With `copy`, serves a private copy the test may change; `host`
 * imitates a particular host (see scripts/static-server.mjs).
 */
export async function serveApp({ copy = false, host = {} } = {}) {
  let root = DIST;
  if (copy) {
    root = await mkdtemp(join(tmpdir(), "harbour-dist-"));
    await cp(DIST, root, { recursive: true });
  }
  const site = await serve(root, 0, host);
  return { ...site, root };
}

/** Text at 200 %, as a phone's largest text setting gives it. Through the page's style
 * object: the security policy refuses added style sheets. Lasts until the page is loaded again. */
export function largeText(page) {
  return page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
}

/** The two phones a hard day is tried on: an ordinary one, and a small one with the largest text. */
export const PHONE_SIZES = [
  { name: "390 x 844", viewport: { width: 390, height: 844 }, largeText: false },
  { name: "320 x 568 at 200% text", viewport: { width: 320, height: 568 }, largeText: true },
];

/**
 * Runs `journey` on a fresh phone of each size, in light and in dark. It gets the `page`, a
 * `where` to name the phone in messages, and `goTo(path)`, which opens a screen at that size's
 * text (every new page load needs it again).
 */
export async function onEveryPhone(suite, journey) {
  for (const size of PHONE_SIZES) {
    for (const colorScheme of ["light", "dark"]) {
      const { page } = await suite.phone({ viewport: size.viewport, colorScheme });
      const goTo = async (path) => {
        await open(page, suite.site, path);
        if (size.largeText) await largeText(page);
      };
      await journey({ page, where: `${size.name}, ${colorScheme}`, goTo });
    }
  }
}

/** Waits until the app has started (its boot screen is gone and a heading is shown). */
export async function appReady(page) {
  await page.locator("#boot").waitFor({ state: "detached" });
  await page.locator("main h1").first().waitFor();
}

export async function open(page, site, path = "/") {
  await page.goto(site.url + path);
  await appReady(page);
}

export function feeling(page, word) {
  return page.getByRole("button", { name: word, exact: true });
}

export function strength(page, word, value) {
  return page
    .getByRole("group", { name: `How strong is “${word}”?` })
    .getByRole("radio", { name: String(value), exact: true });
}

/** The three taps: a feeling, how strong, save. */
export async function checkIn(page, word, value) {
  await feeling(page, word).tap();
  await strength(page, word, value).tap();
  await page.getByRole("button", { name: "Save check-in" }).tap();
  await page.getByRole("heading", { name: "Saved. Thank you for checking in." }).waitFor();
}

/** The code each hand-over link made in these tests opens with, as its giving screen showed it. */
const handOverCodes = new Map();

/** The code the giving screen shows beside the hand-over, as read out to the client. */
export async function shownHandOverCode(page) {
  return (await page.locator(".hand-over-code .code [aria-hidden]").innerText()).trim();
}

/** The link of the hand-over just made on `page`, remembering its code for `typeHandOverCode`. */
export async function handOverLink(page) {
  await page.getByText("Show the link").tap();
  const link = await page.getByLabel("The hand-over link").inputValue();
  handOverCodes.set(link, await shownHandOverCode(page));
  return link;
}

/** Types the code of the hand-over `link` on the phone it was opened on, as the client would. */
export async function typeHandOverCode(page, link) {
  await page.getByLabel("The hand-over code").fill(handOverCodes.get(link));
  await page.getByRole("button", { name: "Open the hand-over" }).tap();
}

/** Opens a hand-over link as the camera would, then types its code. */
export async function openHandOver(page, link) {
  await page.goto(link);
  await appReady(page);
  await typeHandOverCode(page, link);
}

export async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).sort());
}

export async function stored(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** Resolves once a service worker controls the page, so it can open with no server. */
export async function serviceWorkerReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
  });
}

/**
 * Two tabs of one phone on `site`, the service worker ready: the first on home, the second
 * holding `name` typed into My people and not yet saved (words no draft keeps).
 */
export async function twoTabsOneTyping(suite, site, name) {
  const { context, page } = await suite.phone();
  await open(page, site, "/");
  await serviceWorkerReady(page);
  const other = await context.newPage();
  await open(other, site, "/people");
  await other.getByRole("button", { name: "Add someone" }).tap();
  await other.getByLabel("Name").fill(name);
  return { page, other };
}

/** In `page`, takes the new version the host now serves: the offer, then "Use it now". */
export async function takeTheNewVersion(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.getByText("A new version of Harbour is ready.").waitFor();
  const reloaded = page.waitForEvent("load");
  await page.getByRole("button", { name: "Use it now" }).tap();
  await reloaded;
  await appReady(page);
}

/** Runs axe-core in the page and fails with a readable list of any violations. */
export async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
  assert.deepEqual(violations, [], `axe found problems on ${label}`);
}

/** Fills the site's storage to the last character, as a phone that has run out of room. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    for (let i = 0; chunk.length > 0; ) {
      try {
        localStorage.setItem(`filler.${i}`, chunk);
        i += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
}

/** Everything Harbour keeps (not what `fillStorage` added), to compare before and after. */
export async function harbourData(page) {
  return page.evaluate(() =>
    JSON.stringify(Object.entries(localStorage).filter(([k]) => !k.startsWith("filler.")).sort()),
  );
}

/** A check-in as Harbour stores it: `feelings` as [word, strength] pairs, then anything else. */
export const storedCheckin = (id, at, feelings, extra = {}) => ({
  id,
  at,
  feelings: feelings.map(([feeling, strength]) => ({ feeling, strength })),
  ...extra,
});

/** A table's body rows as arrays of cell text, header cells included. */
export function tableRows(table) {
  return table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
}
