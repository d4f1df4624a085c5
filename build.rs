//! Generates the `i18n` module from `locales/{en,ru,kk}.json` (leptos_i18n). The module is
//! included only in the browser build (`src/ui/i18n.rs`); the native build of the rules core
//! runs this script too but never includes its output.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?).join("i18n");
    // `interpolate_display`: texts with `{{ values }}` are also usable as plain strings
    // (attributes, the page title), not only as views.
    let config = Config::new("en")?
        .add_locale("ru")?
        .add_locale("kk")?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(config)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}
