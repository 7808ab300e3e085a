// Light to open: a first visit downloads only the first module (home, the check-in form, Help
// now and the frame); every other screen is a chunk fetched when it first opens, kept by the
// service worker so every screen opens with no signal; a chunk that cannot be fetched says so
// calmly, with Help now, and opens once the network is back.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  appReady, assertAccessible, DIST, open, phoneSuite, serveApp, serviceWorkerReady, takeTheNewVersion, twoTabsOneTyping,
} from "./support/harbour.mjs";

const suite = phoneSuite();

/** Every screen but home and Help now, each in a chunk, with its heading. */
const SCREENS = [
  ["/toolkit", "My toolkit"],
  ["/toolkit/add", "Add a card"],
  ["/history", "Your check-ins"],
  ["/hand-over", "Hand cards over"],
  ["/receive", "Cards handed over"],
  ["/come-back", "Ask to come back"],
  ["/practitioner", "My practitioner"],
  ["/people", "My people"],
  ["/my-data", "My data"],
  ["/since-my-last-session", "Since my last session"],
  ["/toolkit-on-paper", "My toolkit and Help now"],
];

/** The wasm files the page itself asks for (the worker's own fetches are not the page's). */
function wasmRequests(page) {
  const asked = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (name.endsWith(".wasm")) asked.push(name);
  });
  return asked;
}

/** Makes the served copy a new build, as a host holds it after an update: the app's parts in
 * a new folder (the old one gone), the page and the worker's list pointing there. */
async function publishANewBuild(root) {
  const old = (await readdir(root)).find((name) => /^app-[0-9a-f]+$/.test(name));
  const next = "app-000000000000next";
  await rename(join(root, old), join(root, next));
  let page = (await readFile(join(root, "index.html"), "utf8")).replaceAll(old, next);
  // The start module names the folder, so the policy's hash of it changes too.
  const start = page.match(/<script type="module">([\s\S]*?)<\/script>/)[1];
  const startHash = createHash("sha256").update(start, "utf8").digest("base64");
  page = page.replace(/'sha256-[^']+'/, `'sha256-${startHash}'`);
  await writeFile(join(root, "index.html"), page);
  const pageHash = createHash("sha256").update(page).digest("hex");
  const worker = (await readFile(join(root, "sw.js"), "utf8"))
    .replaceAll(old, next)
    .replace(/\["\/index\.html","[0-9a-f]+"\]/, `["/index.html","${pageHash}"]`)
    .replace(/const VERSION = "[^"]+"/, 'const VERSION = "next"');
  await writeFile(join(root, "sw.js"), worker);
}

describe("screens on demand", () => {
  it("a first visit fetches only the first module, and a screen's chunk when it opens", async () => {
    const { page } = await suite.phone({ serviceWorkers: "block" });
    const asked = wasmRequests(page);
    await open(page, suite.site, "/");
    await page.getByRole("button", { name: "Calm", exact: true }).waitFor();
    await open(page, suite.site, "/help");
    assert.deepEqual(asked, ["harbour_bg.wasm", "harbour_bg.wasm"], "home and Help now need nothing more");
    asked.length = 0;
    await page.getByRole("link", { name: "My toolkit", exact: true }).tap();
    await page.getByRole("heading", { level: 1, name: "My toolkit" }).waitFor();
    assert.ok(asked.includes("split_toolkit.wasm"), asked.join(", "));
    assert.ok(asked.every((name) => /^(split|chunk)_\w+\.wasm$/.test(name)), asked.join(", "));
  });

  it("every screen opens with no signal once the worker is ready, straight from its address", async () => {
    const site = await serveApp();
    const { context, page } = await suite.phone();
    await open(page, site, "/");
    await serviceWorkerReady(page);
    await site.stop();
    for (const [path, heading] of SCREENS) {
      const cold = await context.newPage();
      await cold.goto(site.url + path);
      await appReady(cold);
      await cold.getByRole("heading", { level: 1, name: heading, exact: true }).waitFor();
      await cold.close();
    }
  });

  it("a chunk that cannot be fetched says so calmly, with Help now, and opens once it can", async () => {
    const { page } = await suite.phone({ serviceWorkers: "block" });
    await page.route("**/split_toolkit.wasm", (route) => route.abort());
    await open(page, suite.site, "/");
    await page.getByRole("link", { name: "My toolkit", exact: true }).tap();
    await page.getByRole("heading", { level: 1, name: "This screen couldn't open" }).waitFor();
    await page.getByRole("alert").getByText("Everything you saved is still on your phone.").waitFor();
    assert.equal(await page.locator("main .danger a").getAttribute("href"), "tel:999");
    await page.getByRole("main").getByRole("link", { name: "Help now" }).waitFor();
    assert.equal(await page.title(), "Couldn't open · Harbour");
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      await assertAccessible(page, `the screen that couldn't open (${colorScheme})`);
    }
    // 320 px wide with text at 200 %: no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 568 });
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling");
    await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
    await page.setViewportSize({ width: 390, height: 844 });

    await page.unroute("**/split_toolkit.wasm");
    await page.getByRole("button", { name: "Try again" }).tap();
    await page.getByRole("heading", { level: 1, name: "My toolkit" }).waitFor();
  });

  it("the server sends the Brotli copy only to a browser that asks for it", async () => {
    const page = await readFile(join(DIST, "index.html"), "utf8");
    const wasm = page.match(/href="(\/app-[0-9a-f]+\/harbour_bg\.wasm)"/)[1];
    const plain = await fetch(suite.site.url + wasm, { headers: { "accept-encoding": "gzip" } });
    assert.equal(plain.headers.get("content-encoding"), null);
    const asked = await fetch(suite.site.url + wasm, { headers: { "accept-encoding": "br, gzip" } });
    assert.equal(asked.headers.get("content-encoding"), "br");
    assert.equal(asked.headers.get("content-type"), "application/wasm");
    // The body, unpacked, is the very file built.
    assert.deepEqual(Buffer.from(await asked.arrayBuffer()), Buffer.from(await plain.arrayBuffer()));
  });

  it("a tab still on the version before opens its screens after a new one takes over", async () => {
    const site = await serveApp({ copy: true });
    // A tab with words no draft keeps stays on its version when a new one takes over.
    const { page, other } = await twoTabsOneTyping(suite, site, "Half-typed");
    await publishANewBuild(site.root);
    await takeTheNewVersion(page);
    await other.getByRole("button", { name: "Open the new version" }).waitFor();

    // With no signal, the tab still on the older version opens a screen it had not opened.
    await site.stop();
    await other.getByRole("link", { name: "Your check-ins", exact: true }).tap();
    await other.getByRole("heading", { level: 1, name: "Your check-ins" }).waitFor();
  });
});
