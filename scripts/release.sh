#!/usr/bin/env bash
# The release bundle, as clients get it, in dist/: the app split into a first module (home,
# the check-in form, Help now and the frame) and a chunk for every other screen, each fetched
# the first time it opens. Trunk cannot split (its hooks run too early or too late), so this
# runs the steps itself: cargo with relocations kept, the splitter, wasm-bindgen on the first
# module, wasm-opt on every part; then release.mjs lays out dist/ (see there).
# Run by the README's commands through setup.sh's build_release, after the tools are installed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
STAGE="$ROOT/target/release-stage"
rm -rf "$STAGE"
mkdir -p "$STAGE/split" "$STAGE/app"

# The target's own rustflags (.cargo/config.toml) still apply: this adds to them.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs --cfg harbour_split" \
  cargo build --release --target wasm32-unknown-unknown --bin harbour
wasm-split-cli --out-name harbour target/wasm32-unknown-unknown/release/harbour.wasm "$STAGE/split"
# The chunks use the first module's memory and table: lld's exports must stay.
wasm-bindgen "$STAGE/split/harbour.wasm" --out-dir "$STAGE/app" --target web \
  --keep-lld-exports --no-demangle --no-typescript
cp "$STAGE/split/__wasm_split.js" "$STAGE/app/"
# Optimised only after splitting: the splitter needs the linker's relocations as they were.
wasm-opt -Oz "$STAGE/app/harbour_bg.wasm" -o "$STAGE/app/harbour_bg.wasm"
for chunk in "$STAGE"/split/split_*.wasm "$STAGE"/split/chunk_*.wasm; do
  [ -e "$chunk" ] || continue
  # (It warns of a name subsection it does not know in each chunk: harmless.)
  wasm-opt -Oz "$chunk" -o "$STAGE/app/$(basename "$chunk")" 2>/dev/null
done
node "$ROOT/scripts/release.mjs" "$STAGE/app" "$ROOT/dist"
