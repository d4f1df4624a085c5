//! The embedding edge: how consulate sites and integrators use the app (issue 5).
//!
//! - [`validate`]: checks every value a host hands over (pure, tested natively).
//! - `iframe`: the app's side of the iframe embed: accent, height messages to the host
//!   origin only (`main` calls `iframe::boot` before mounting the UI).
//! - `mount`: direct mount into a host element's Shadow DOM (`mount`, `MountHandle`).
//! - `api`: the JavaScript API on the public contract (`evaluate`, `validateIin`,
//!   `rulesets`, ...).
//!
//! The wasm-bindgen exports exist only with the Cargo features `make dist` enables for the
//! library builds: `js-api` (`api`, in `dist/api/`) and `js-mount` (`api` + `mount`, in
//! `dist/api/mount/` and `dist/api/iin_precheck.classic.js`). The app's binary is built
//! with neither and carries none of them. The loader for host pages is `web/embed.js`.

pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(target_arch = "wasm32")]
pub mod iframe;
#[cfg(target_arch = "wasm32")]
pub mod mount;

/// Logs a console warning prefixed with the app's name (rejected host input).
#[cfg(target_arch = "wasm32")]
pub fn warn(message: &str) {
    web_sys::console::warn_1(&format!("IIN Pre-check: {message}").into());
}
