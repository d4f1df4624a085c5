//! The app's entry point. In the browser it mounts the UI shell; natively there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {
    // In an iframe of a consulate page: accent colour and height messages (embed/iframe.rs).
    iin_precheck::embed::iframe::boot();
    iin_precheck::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
