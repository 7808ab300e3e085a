// The page's Content-Security-Policy, as a <meta> for index.html (release.mjs): the page may
// load only Harbour's own files. WebAssembly is allowed by 'wasm-unsafe-eval'; an inline
// script by its hash (the release page has one, the module that starts the app); nothing
// else may run, connect or load.
import { createHash } from "node:crypto";

export function contentSecurityPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error("csp: index.html has a policy already");
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
  );
  const policy = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline].join(" "),
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
