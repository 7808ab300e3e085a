// A small client of the W3C WebDriver protocol, which every engine's own driver speaks:
// ChromeDriver, WebKitWebDriver (WebKitGTK's MiniBrowser, Safari's engine) and geckodriver
// (Firefox). Playwright cannot drive Debian's WebKit and Firefox builds, so the journeys in
// these engines go through this instead.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
const WAIT_MS = 15_000;

/** How to start each engine's driver, and what to ask it for. */
export const ENGINES = {
  chromium: {
    command: (port) => ["chromedriver", [`--port=${port}`]],
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: "/usr/bin/chromium",
        args: [
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=390,844",
        ],
      },
    },
  },
  webkit: {
    // WebKitGTK draws on a display even when driven: a virtual one, from xvfb-run.
    command: (port) => ["xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`]],
    capabilities: {
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    },
  },
  gecko: {
    command: (port) => ["geckodriver", ["--port", String(port)]],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless", "--width=390", "--height=844"],
      },
    },
  },
};

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts an engine's driver on a free port and waits until it answers. */
export async function startDriver(name) {
  const port = await freePort();
  const [command, args] = ENGINES[name].command(port);
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 30_000) throw new Error(`${name}: its driver did not start`);
    await sleep(200);
  }
  return {
    url,
    // The driver and everything it started (a virtual display, the browser) go together.
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    },
  };
}

export class Session {
  static async create(driverUrl, name) {
    const answer = await request(driverUrl, "POST", "/session", {
      capabilities: { alwaysMatch: ENGINES[name].capabilities },
    });
    const session = new Session(driverUrl, answer.sessionId, name);
    return session;
  }

  constructor(driverUrl, id, engine) {
    this.base = `${driverUrl}/session/${id}`;
    this.engine = engine;
  }

  cmd(method, path, body) {
    return request(this.base, method, path, body);
  }

  goto(url) {
    return this.cmd("POST", "/url", { url });
  }

  refresh() {
    return this.cmd("POST", "/refresh", {});
  }

  /** Runs `script` (a function body, with `arguments`) in the page and returns its value. */
  run(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  async quit() {
    await this.cmd("DELETE", "", undefined).catch(() => {});
  }

  /** Waits until `check` (run in the page) returns something true, and returns it. */
  async until(what, script, ...args) {
    const started = Date.now();
    for (;;) {
      const value = await this.run(script, ...args).catch(() => null);
      if (value) return value;
      if (Date.now() - started > WAIT_MS) throw new Error(`${this.engine}: gave up waiting for ${what}`);
      await sleep(100);
    }
  }

  /** Waits for the element `xpath` finds, and returns its reference. */
  async find(xpath) {
    const started = Date.now();
    for (;;) {
      const found = await this.cmd("POST", "/elements", { using: "xpath", value: xpath });
      if (found.length > 0) return found[0][ELEMENT];
      if (Date.now() - started > WAIT_MS) throw new Error(`${this.engine}: nothing matches ${xpath}`);
      await sleep(100);
    }
  }

  /**
   * Waits until the page is still: Harbour scrolls smoothly to what a tap opened, and WebKit's
   * driver refuses an element while the page moves under it ("element not interactable").
   */
  async settle() {
    let [last, still] = [null, 0];
    for (let tries = 0; tries < 60 && still < 3; tries++) {
      const now = await this.run("return window.scrollY;");
      still = now === last ? still + 1 : 0;
      last = now;
      await sleep(80);
    }
  }

  async tap(xpath) {
    await this.settle();
    const element = await this.find(xpath);
    // As a thumb would, with what it taps in the middle of the screen: WebKit's driver leaves
    // an element half under the bar that stays at the top, and then calls it not interactable.
    await this.run("arguments[0].scrollIntoView({ block: 'center' });", { [ELEMENT]: element });
    await this.cmd("POST", `/element/${element}/click`, {});
  }

  async type(xpath, text) {
    await this.settle();
    const element = await this.find(xpath);
    // In sight first, as for a tap: WebKit's driver will not type into a field half hidden.
    await this.run("arguments[0].scrollIntoView({ block: 'center' });", { [ELEMENT]: element });
    await this.cmd("POST", `/element/${element}/clear`, {});
    await this.cmd("POST", `/element/${element}/value`, { text });
  }

  /** Chooses a file in the file input `xpath`, as the phone's file picker would. */
  async choose(xpath, path) {
    const element = await this.find(xpath);
    await this.cmd("POST", `/element/${element}/value`, { text: path });
  }

  async text(xpath) {
    const element = await this.find(xpath);
    return this.cmd("GET", `/element/${element}/text`);
  }

  async attribute(xpath, name) {
    const element = await this.find(xpath);
    return this.cmd("GET", `/element/${element}/attribute/${name}`);
  }
}

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (answer.value?.error) throw new Error(`${method} ${path}: ${answer.value.error}: ${answer.value.message}`);
  return answer.value;
}

/** XPath for an element of `tag` whose words are exactly `words`. */
export function says(tag, words) {
  return `//${tag}[normalize-space()=${quoted(words)}]`;
}

/** An XPath string literal for any text, quotes included. */
export function quoted(text) {
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text.split("'").map((part) => `'${part}'`).join(`, "'", `)})`;
}
