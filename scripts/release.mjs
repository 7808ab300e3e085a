// Lays out the release bundle in dist/ from the split, bound and optimised app (release.sh):
// - the app's parts in a folder named by their content, /app-<version>/, so the chunks of two
//   builds never mix (chunk names are not hashed) and a tab keeps the parts it started with;
// - the style sheet under a name hashed from its content, and public/ (manifest, icons,
//   service worker) at the root;
// - index.html from the one in the repository (the loading screen with Help now), with the
//   style sheet, the app's start (one inline module, allowed by its hash) and a
//   Content-Security-Policy (csp.mjs);
// - the service worker's precache list: every file with the SHA-256 the worker checks;
// - a Brotli copy (.br) beside every file a host may send compressed.
// Usage: node scripts/release.mjs STAGE_DIR DIST_DIR
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { contentSecurityPolicy } from "./csp.mjs";
import { filesUnder } from "./files.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const [stage, dist] = process.argv.slice(2);
if (!stage || !dist) throw new Error("usage: node scripts/release.mjs STAGE_DIR DIST_DIR");

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await cp(join(ROOT, "public"), dist, { recursive: true });

// The app's parts, in a folder of this build's own.
const parts = await filesUnder(stage);
const everyPart = createHash("sha256");
for (const part of parts) everyPart.update(relative(stage, part)).update(await readFile(part));
const appDir = `app-${everyPart.digest("hex").slice(0, 16)}`;
await cp(stage, join(dist, appDir), { recursive: true });
const script = await readFile(join(dist, appDir, "harbour.js"));
const loader = await readFile(join(dist, appDir, "__wasm_split.js"));

const css = await readFile(join(ROOT, "style", "harbour.css"));
const cssName = `harbour-${sha256(css).slice(0, 16)}.css`;
await writeFile(join(dist, cssName), css);

// index.html: the repository's own, its build instructions for Trunk (used by `trunk serve`
// while working on the code) replaced by what they stand for.
let html = await readFile(join(ROOT, "index.html"), "utf8");
const replaced = (pattern, by) => {
  if (!pattern.test(html)) throw new Error(`release: index.html has no ${pattern}`);
  html = html.replace(pattern, by);
};
replaced(/<link data-trunk rel="css" href="style\/harbour.css" \/>/, `<link rel="stylesheet" href="/${cssName}" integrity="${sri(css)}" />`);
replaced(/\n\s*<link data-trunk rel="copy-dir"[^>]*\/>/, "");
replaced(
  /<link data-trunk rel="rust"[^>]*\/>/,
  [
    `<link rel="modulepreload" href="/${appDir}/harbour.js" integrity="${sri(script)}" />`,
    `<link rel="modulepreload" href="/${appDir}/__wasm_split.js" integrity="${sri(loader)}" />`,
    `<link rel="preload" href="/${appDir}/harbour_bg.wasm" as="fetch" type="application/wasm" crossorigin />`,
    // Inline, so the start waits on no file of its own; the policy allows it by its hash.
    `<script type="module">import init from "/${appDir}/harbour.js"; init({ module_or_path: "/${appDir}/harbour_bg.wasm" });</script>`,
  ].join("\n    "),
);
html = html.replace(/<head>/, `<head>\n    ${contentSecurityPolicy(html)}`);
await writeFile(join(dist, "index.html"), html);

// The worker's list: every file but itself, with the SHA-256 of the bytes built.
const built = [];
for (const file of await filesUnder(dist)) {
  const path = `/${relative(dist, file).split(sep).join("/")}`;
  if (path === "/sw.js") continue;
  built.push([path, sha256(await readFile(file))]);
}
const version = sha256(JSON.stringify(built)).slice(0, 16);
const worker = join(dist, "sw.js");
const source = await readFile(worker, "utf8");
const filled = source.replace('"__PRECACHE__"', JSON.stringify(built)).replace("__VERSION__", version);
if (/__PRECACHE__|__VERSION__/.test(filled)) throw new Error("release: placeholders left in sw.js");
await writeFile(worker, filled);

// Brotli beside every text or wasm file, for hosts (and the local server) that send it.
for (const file of await filesUnder(dist)) {
  if (!/\.(html|js|wasm|css|svg|webmanifest)$/.test(file)) continue;
  const bytes = await readFile(file);
  const quality = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } };
  await writeFile(`${file}.br`, brotliCompressSync(bytes, quality));
}
console.log(`release: ${built.length} files in dist/, the app in /${appDir}/, version ${version}`);
