// Harbour's service worker: keeps the app on the phone so it opens with no signal.
// The build fills in the file list and version (scripts/precache.sh); do not edit them here.
const VERSION = "__VERSION__";
const PRECACHE = "__PRECACHE__";
const CACHE = `harbour-${VERSION}`;

self.addEventListener("install", (event) => {
  // Everything or nothing: a half-cached version must never take over.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("harbour-") && key !== CACHE) await caches.delete(key);
      }
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
    caches.open(CACHE).then((cache) => cache.match(key)).then((hit) => hit || fetch(request)),
  );
});
