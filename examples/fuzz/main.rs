//! Decoders under attack: every way Harbour reads what comes from outside the app or out of
//! storage, fed generated and mutated inputs from a plain seeded generator.
//!
//!     cargo run --release --example fuzz -- [target|all] [inputs] [seed]
//!
//! Targets: `handover` (a link or file, open or sealed), `backup` (a backup file, restored on
//! a phone with data), `protected-backup`, `summary-file`, `sealed-value` (a value the lock
//! sealed, read back) and `stored-records` (every record Harbour keeps, opened on start).
//! Each input must end without a panic (the hook prints the input, then the run stops), in
//! less than a second (`native::SLOWEST`), and a refused input must leave what was stored exactly as it was;
//! stored records may only ever be moved aside, never lost. Inputs are capped in size by the
//! generator (`native::LONGEST`) and by each decoder's own limits.

#[cfg(not(target_arch = "wasm32"))]
mod native;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// The decoders are fuzzed on the machine running the command, never in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
