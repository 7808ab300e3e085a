# Sourced by the other scripts: installs what Harbour's build and tests need, once, and skips
# whatever is already there, so a fresh machine and a warm one run the same commands.
#   - the wasm32 target, Trunk, the wasm-bindgen CLI matching Cargo.lock exactly, and the
#     splitter that cuts the release wasm into a chunk per screen;
#   - wasm-opt (npm "binaryen"), playwright-core and axe-core, pinned in package-lock.json;
#   - Debian's Chromium and ChromeDriver (the tests never download a browser of their own);
#   - for the journeys in other engines: Debian's WebKitGTK WebDriver (Safari's engine) with a
#     virtual display, Firefox ESR, and geckodriver from crates.io.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# node_modules/.bin first: Debian's own wasm-opt is too old and breaks the app at start.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# Splits the release wasm into chunks; its runtime half (wasm_split_helpers) comes with Leptos.
SPLITTER_VERSION=0.2.4

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

need_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown && return
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
}

need_trunk() {
  [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] && return
  say "Installing Trunk $TRUNK_VERSION (several minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
}

need_wasm_bindgen() {
  local version
  version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ] && return
  say "Installing wasm-bindgen-cli $version (the version in Cargo.lock)"
  # Not --locked: one of its locked dependencies has been yanked.
  cargo install wasm-bindgen-cli --version "$version"
}

need_node_tools() {
  if [ -f "$ROOT/node_modules/.package-lock.json" ] &&
    [ ! "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    return
  fi
  say "Installing wasm-opt, playwright-core and axe-core from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
}

need_chromium() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return
  say "Installing Chromium and ChromeDriver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
}

need_other_engines() {
  if ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null ||
    ! command -v firefox-esr >/dev/null; then
    say "Installing WebKitGTK's WebDriver, a virtual display and Firefox ESR"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq webkit2gtk-driver xvfb firefox-esr
  fi
  geckodriver --version 2>/dev/null | grep -qx "geckodriver $GECKODRIVER_VERSION.*" && return
  say "Installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION"
}

need_splitter() {
  # The splitter has no --version of its own: the installed crate's version is in cargo's list.
  command -v wasm-split-cli >/dev/null && cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$SPLITTER_VERSION:" && return
  say "Installing the wasm splitter $SPLITTER_VERSION (a few minutes, once)"
  cargo install --locked wasm_split_cli_support --version "$SPLITTER_VERSION" --features build-binary
}

need_build_tools() {
  need_wasm_target
  need_trunk
  need_wasm_bindgen
  need_splitter
  need_node_tools
}

build_release() {
  say "Building the release bundle (as clients get it, screens split into chunks) into dist/"
  bash "$ROOT/scripts/release.sh"
}
