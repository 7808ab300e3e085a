#[cfg(target_arch = "wasm32")]
fn main() {
    harbour::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Harbour runs in a web browser: see README.md to build and serve it.");
}
