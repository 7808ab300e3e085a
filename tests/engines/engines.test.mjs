// The core journeys in Safari's engine (WebKitGTK), Firefox's (Gecko) and Chromium, through
// each engine's own WebDriver: what works in one engine must work where clients are.
import { after, before, describe, it } from "node:test";
import { serve } from "../../scripts/static-server.mjs";
import { DIST } from "../e2e/support/harbour.mjs";
import { JOURNEYS } from "./journeys.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const ENGINES = (process.env.HARBOUR_ENGINES ?? "webkit,gecko").split(",");

for (const engine of ENGINES) {
  describe(`in ${engine}`, () => {
    let driver;
    before(async () => {
      driver = await startDriver(engine);
    });
    after(() => driver.stop());

    for (const [journey, run] of Object.entries(JOURNEYS)) {
      it(journey, async () => {
        // Each journey is a new phone: its own session, storage and served app.
        const site = await serve(DIST);
        const phone = await Session.create(driver.url, engine);
        try {
          await run(phone, site);
        } finally {
          await phone.quit();
          await site.stop().catch(() => {});
        }
      });
    }
  });
}
