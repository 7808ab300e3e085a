// A plain static server for the built app on 127.0.0.1, as any host would serve it: files
// from dist/, and index.html for app paths like /history so deep links and reloads work.
// Stopping it is how the tests take the phone offline.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** The Brotli copy beside `path`, if there is one as new as the file itself (a file changed
 * after the build, as the tests change one, is sent as it now is). */
async function brotliCopy(path) {
  try {
    const [file, copy] = await Promise.all([stat(path), stat(`${path}.br`)]);
    return copy.isFile() && copy.mtimeMs >= file.mtimeMs ? `${path}.br` : null;
  } catch {
    return null;
  }
}

async function fileFor(root, pathname) {
  const path = normalize(join(root, pathname));
  // Never a file outside the folder, whatever the request says.
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    if ((await stat(path)).isFile()) return path;
  } catch {
    // Not a file: an app path, answered with the app shell below.
  }
  return extname(pathname) ? null : join(root, "index.html");
}

/**
 * Serves `root` on 127.0.0.1 at `port` (0 picks a free one). `host` imitates hosts Harbour
 * must survive: `redirectsIndex` sends `/index.html` to `/`; `pageForMissing` answers a
 * missing file with the app's page and 200, as some single-page hosts do.
 */
export async function serve(root, port = 0, host = {}) {
  root = normalize(root);
  const server = createServer(async (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400).end("Bad request");
      return;
    }
    if (host.redirectsIndex && pathname === "/index.html") {
      response.writeHead(301, { location: "/" }).end();
      return;
    }
    let path = await fileFor(root, pathname);
    if (!path && host.pageForMissing) path = join(root, "index.html");
    if (!path) {
      response.writeHead(404).end("Not found");
      return;
    }
    const headers = { "content-type": TYPES[extname(path)] ?? "application/octet-stream" };
    // The service worker script must always be checked for a new version.
    if (path.endsWith("sw.js") || path.endsWith("index.html")) headers["cache-control"] = "no-cache";
    // The Brotli copy the build wrote beside the file, to a browser that asks for it.
    headers.vary = "accept-encoding";
    const brotli = /\bbr\b/.test(request.headers["accept-encoding"] ?? "") ? await brotliCopy(path) : null;
    if (brotli) headers["content-encoding"] = "br";
    response.writeHead(200, headers).end(await readFile(brotli ?? path));
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// `node server.mjs DIR [PORT]` serves a folder by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await serve(process.argv[2] ?? "dist", Number(process.argv[3] ?? 8080));
  console.log(`Serving ${process.argv[2] ?? "dist"} at ${site.url}`);
}
