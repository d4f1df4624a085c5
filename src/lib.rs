//! IIN Pre-check: see ARCHITECTURE.md for the map.
//!
//! - [`rules`]: the rules core (pure, no web crate, never reads the clock).
//! - `ui`: the Leptos shell (browser build only).
//! - [`embed`]: the JavaScript API and embedding edge (its validation is pure; the rest is
//!   browser build only).

pub mod rules;

pub use rules::{evaluate, evaluate_json, Applicant, Error, Outcome};

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub mod embed;
