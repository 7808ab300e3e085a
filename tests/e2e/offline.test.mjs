// Installable and offline: after the first visit Harbour opens and saves with no server at
// all, and a new version waits for the client instead of throwing away an open form.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  appReady, checkIn, feeling, launchBrowser, newPhone, open, serveApp, serviceWorkerReady,
} from "./support/harbour.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
});

/** Keeps the worker the app registers as `window.__worker`, from its first moment. */
function watchTheWorker(context) {
  return context.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = async (...args) => {
      const registration = await register(...args);
      window.__worker = registration.installing ?? registration.waiting ?? registration.active;
      return registration;
    };
  });
}

/** Waits until the watched worker installed or gave up: its state, and the caches kept. */
async function theWorkersEnd(page) {
  await page.waitForFunction(() => window.__worker?.state === "redundant" || window.__worker?.state === "activated");
  return page.evaluate(async () => ({ state: window.__worker.state, kept: await caches.keys() }));
}

describe("with no signal", () => {
  it("opens and saves a check-in after the server has gone", async () => {
    const site = await serveApp();
    const { context, page, problems } = await newPhone(browser);
    await open(page, site, "/");
    await serviceWorkerReady(page);
    await site.stop();

    await page.reload();
    await appReady(page);
    await checkIn(page, "Calm", 2);
    await page.goto(site.url + "/history");
    await appReady(page);
    assert.match(await page.locator(".checkin").first().innerText(), /Calm\s+2 out of 10/);
    await page.goto(site.url + "/help");
    await appReady(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("keeps a true offline copy from a host that redirects /index.html to /", async () => {
    const site = await serveApp({ host: { redirectsIndex: true } });
    const { context, page, problems } = await newPhone(browser);
    await open(page, site, "/");
    await serviceWorkerReady(page);
    await site.stop();
    await page.goto(site.url + "/history");
    await appReady(page);
    await page.getByRole("heading", { level: 1, name: "Your check-ins" }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("never keeps a host's web page in place of a missing app file", async () => {
    const site = await serveApp({ copy: true, host: { pageForMissing: true } });
    await rm(join(site.root, "icons", "icon-192.png"));
    const { context, page, problems } = await newPhone(browser);
    await watchTheWorker(context);
    await open(page, site, "/");
    // The worker refuses to install from a host that answered with the wrong thing: nothing
    // half-right is kept, and Harbour carries on working online.
    const outcome = await theWorkersEnd(page);
    assert.equal(outcome.state, "redundant");
    assert.deepEqual(outcome.kept.filter((k) => k.startsWith("harbour-")), []);
    await checkIn(page, "Calm", 3);
    assert.deepEqual(problems, []);
    await context.close();
    await site.stop();
  });

  it("never keeps a file the host changed after it was built", async () => {
    const site = await serveApp({ copy: true });
    // Same name, other bytes: a broken upload, or a host that rewrites files.
    const icon = join(site.root, "favicon.svg");
    await writeFile(icon, (await readFile(icon, "utf8")) + "<!-- changed on the host -->");
    const { context, page, problems } = await newPhone(browser);
    await watchTheWorker(context);
    await open(page, site, "/");
    const outcome = await theWorkersEnd(page);
    assert.equal(outcome.state, "redundant", "the worker refuses to install what the build did not make");
    assert.deepEqual(outcome.kept.filter((k) => k.startsWith("harbour-")), []);
    await checkIn(page, "Calm", 3);
    assert.deepEqual(problems, []);
    await context.close();
    await site.stop();
  });

  it("offers a new version calmly, and keeps the open form when it is taken", async () => {
    const site = await serveApp({ copy: true });
    const { context, page, problems } = await newPhone(browser);
    await open(page, site, "/");
    await serviceWorkerReady(page);
    await feeling(page, "Hopeful").tap();
    await page.getByText("Add a note (if you like)").tap();
    await page.getByLabel("Your note").fill("Half-way through a thought");

    // Publish a new version: any change to the built files gives the worker a new version.
    const worker = join(site.root, "sw.js");
    const source = await readFile(worker, "utf8");
    await writeFile(worker, source.replace(/const VERSION = "[^"]+"/, 'const VERSION = "next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const offer = page.getByText("A new version of Harbour is ready.");
    await offer.waitFor();
    assert.equal(await page.getByLabel("Your note").inputValue(), "Half-way through a thought");
    const otherTab = await context.newPage();
    await open(otherTab, site, "/history");
    const otherReloads = otherTab.waitForEvent("load");
    await page.getByRole("button", { name: "Use it now" }).tap();
    await page.waitForEvent("load");
    await otherReloads;
    await appReady(otherTab);
    await appReady(page);
    const cacheNames = await page.evaluate(() => caches.keys());
    assert.equal(cacheNames.at(-1), "harbour-next");
    assert.ok(cacheNames.length <= 2, "only the version before is kept, for a tab still on it");
    assert.equal(await feeling(page, "Hopeful").getAttribute("aria-pressed"), "true");
    assert.equal(await page.getByLabel("Your note").inputValue(), "Half-way through a thought");
    assert.deepEqual(problems, []);
    await context.close();
    await site.stop();
  });
});
