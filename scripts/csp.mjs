// Build step (called by precache.sh): gives index.html a Content-Security-Policy that lets
// the page load only Harbour's own files. The one inline script (Trunk's loader) is allowed
// by its hash, WebAssembly by 'wasm-unsafe-eval'; nothing else may run, connect or load.
// Usage: node csp.mjs path/to/index.html
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

const file = process.argv[2];
let html = await readFile(file, "utf8");
const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (scripts.length !== 1) throw new Error(`csp: expected Trunk's one inline loader, found ${scripts.length}`);
const hash = createHash("sha256").update(scripts[0], "utf8").digest("base64");
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("csp: index.html has a policy already");
html = html.replace(/<head>/, `<head>\n    ${meta}`);
await writeFile(file, html);
