#!/usr/bin/env bash
# Trunk post-build hook: gives index.html its Content-Security-Policy (csp.mjs), then fills in
# the service worker's precache list and cache version from the files Trunk has just built,
# so the list can never go stale. Each file is listed with the SHA-256 of what the build
# made, and the worker keeps only files that match it. The version is a hash of every file's
# content, so any change to the app gives a new cache and a calm update.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"

# First the page's security policy, since it changes index.html and so the version.
node "$here/csp.mjs" index.html

files=$(find . -type f ! -name sw.js | sed 's|^\./|/|' | LC_ALL=C sort)
list=""
for file in $files; do
  hash=$(sha256sum ".$file" | cut -d' ' -f1)
  list+="[\"$file\",\"$hash\"],"
done
list="[${list%,}]"
version=$(find . -type f ! -name sw.js -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)

sed -i -e "s|\"__PRECACHE__\"|$list|" -e "s|__VERSION__|$version|" sw.js
grep -q "__PRECACHE__\|__VERSION__" sw.js && { echo "precache: placeholders left in sw.js" >&2; exit 1; }
echo "precache: $(wc -w <<<"$files") files, version $version"
