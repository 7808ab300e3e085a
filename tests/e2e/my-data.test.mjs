// What Harbour keeps on the phone is the client's: deleting everything leaves nothing behind.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  checkIn, fillStorage, harbourData, open, phoneSuite, serviceWorkerReady, storedKeys,
} from "./support/harbour.mjs";

const suite = phoneSuite();

describe("my data", () => {
  it("deletes everything, after asking, leaving no harbour key but keeping the offline app", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Calm", 2);
    await serviceWorkerReady(page);
    assert.ok((await page.evaluate(() => caches.keys())).some((k) => k.startsWith("harbour-")));
    const before = await storedKeys(page);

    await page.getByRole("link", { name: "My data" }).tap();
    await page.getByText("Less than 1% of Harbour's space on this phone is used.").waitFor();
    await page.getByText(/This browser (has agreed|hasn't promised) to keep Harbour's data/).waitFor();
    await page.getByRole("button", { name: "Delete all my data" }).tap();
    await page.getByRole("button", { name: "Keep my data" }).tap();
    assert.deepEqual(await storedKeys(page), before, "keeping changes nothing");

    await page.getByRole("button", { name: "Delete all my data" }).tap();
    await page.getByRole("button", { name: "Yes, delete everything" }).tap();
    await page.getByText("Everything Harbour kept on this phone is deleted.").waitFor();
    assert.deepEqual((await storedKeys(page)).filter((k) => k.startsWith("harbour.")), []);
    // The offline app holds nothing of the client's: it stays, so Help now opens with no signal.
    const offline = await page.evaluate(async () => ({
      cached: (await caches.keys()).some((k) => k.startsWith("harbour-")),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(offline, { cached: true, workers: 1 });
    await page.getByRole("link", { name: "Your check-ins" }).tap();
    await page.getByText("Nothing here yet.").waitFor();
  });
});

describe("a full phone", () => {
  it("opens with everything readable and says plainly that Harbour's space is full", async () => {
    const { page } = await suite.phone();
    await open(page, suite.site, "/");
    await checkIn(page, "Hopeful", 5);
    const before = await harbourData(page);
    await fillStorage(page);
    await open(page, suite.site, "/history");
    await page.getByText("Harbour's space on this phone is full.", { exact: false }).waitFor();
    await page.locator(".checkin").getByText("Hopeful").waitFor();
    const after = await harbourData(page);
    assert.equal(after, before, "everything saved before is still there, unchanged");
  });
});
