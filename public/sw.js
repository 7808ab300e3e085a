// Harbour's service worker: keeps the app on the phone so it opens with no signal.
// The build fills in the file list, each file's SHA-256, and the version
// (scripts/precache.sh); do not edit them here.
const VERSION = "__VERSION__";
const BUILT = "__PRECACHE__";
const PRECACHE = BUILT.map(([url]) => url);
const CACHE = `harbour-${VERSION}`;

// What each kind of file must be. A host that answers a missing file with a web page (some
// do, with 200) must never have that page kept as the app.
const TYPES = {
  html: "text/html",
  js: "javascript",
  wasm: "application/wasm",
  css: "text/css",
  svg: "image/svg+xml",
  png: "image/png",
  webmanifest: "json",
};

function isRightKind(url, response) {
  const extension = new URL(url, self.location.origin).pathname.split(".").pop();
  const expected = TYPES[extension];
  const type = response.headers.get("content-type") ?? "";
  return !expected || type.includes(expected);
}

/** True when the bytes are exactly the file the build made: a file changed in place on the
 * host (a broken upload, a host that rewrites pages) is never kept as the app. */
async function isAsBuilt(url, response) {
  const expected = BUILT.find(([path]) => path === url)?.[1];
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return hex === expected;
}

/** Fetches a file fresh from the host and checks it is what Harbour built. */
async function fetchToKeep(url) {
  // Fresh from the host, never from the browser's own HTTP cache.
  const response = await fetch(new Request(url, { cache: "reload" }));
  if (!response.ok || response.type !== "basic" || !isRightKind(url, response)) {
    throw new Error(`Not keeping ${url}: ${response.status} ${response.headers.get("content-type")}`);
  }
  if (!(await isAsBuilt(url, response))) throw new Error(`Not keeping ${url}: not the file built`);
  if (!response.redirected) return response;
  // A host that redirects `/index.html` to `/`: the page is right, but a redirected
  // response cannot answer a navigation, so it is rebuilt without the redirect. Any other
  // redirected file is refused.
  if (!url.endsWith(".html")) throw new Error(`Not keeping ${url}: it was redirected`);
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener("install", (event) => {
  // Everything or nothing: a half-cached or poisoned version must never take over.
  event.waitUntil(
    (async () => {
      const responses = await Promise.all(PRECACHE.map(fetchToKeep));
      const cache = await caches.open(CACHE);
      await Promise.all(PRECACHE.map((url, i) => cache.put(url, responses[i])));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  // The version before this one is kept too: a tab still open on it (one that asked before
  // reloading, as it held unsaved words) can still open its screens' chunks, which live in a
  // folder of their own. Anything older goes.
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).filter((key) => key.startsWith("harbour-") && key !== CACHE);
      for (const key of older.slice(0, -1)) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// A new version waits until the client chooses to use it (the app asks; the open form is
// kept as a draft), or until Harbour is next opened.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is the same shell; the app routes itself.
  const key = request.mode === "navigate" ? "/index.html" : request;
  event.respondWith(
    (async () => {
      // This version's copy first, then the one before (a tab still on it); if neither can
      // answer (missing, or the browser cleared it), the host can.
      const kept = await caches
        .open(CACHE)
        .then((cache) => cache.match(key))
        .then((found) => found ?? caches.match(key))
        .catch(() => undefined);
      return kept ?? fetch(request);
    })(),
  );
});
