//! Generates the `i18n` module from `locales/{en,ru,kk}.json` (leptos_i18n). The module is
//! included only in the browser build (`src/ui/i18n.rs`); the native build of the rules core
//! runs this script too but never includes its output.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?);
    data_tables(&out_dir)?;
    let out = out_dir.join("i18n");
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

/// The data tables (`data/`) as the code embeds them (`include_str!` of `OUT_DIR/data/..`).
/// The browser build leaves out their comment lines (where each table comes from and how it
/// was checked: for the people who keep it, about a tenth of the app's download in the
/// tables) except `# as_of:`, which the rules page shows. Natively (tests, the examples) the
/// files are embedded whole: the integrity tests read every header.
fn data_tables(out_dir: &Path) -> Result<(), Box<dyn Error>> {
    const TABLES: [&str; 8] = [
        "calendar.tsv",
        "countries.tsv",
        "country-aliases.tsv",
        "scripts.tsv",
        "treaties/apostille.tsv",
        "treaties/apostille_blocked.tsv",
        "treaties/apostille_non_parties.tsv",
        "treaties/minsk_chisinau.tsv",
    ];
    let browser = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    for name in TABLES {
        let source = Path::new("data").join(name);
        println!("cargo::rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)?;
        let kept = if browser {
            text.lines()
                .filter(|line| !line.starts_with('#') || line.starts_with("# as_of:"))
                .flat_map(|line| [line, "\n"])
                .collect()
        } else {
            text
        };
        // The rules page shows each table's date: never build an app without it.
        if !kept.lines().any(|line| line.starts_with("# as_of:")) {
            return Err(format!("{}: no `# as_of:` line", source.display()).into());
        }
        let target = out_dir.join("data").join(name);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(target, kept)?;
    }
    Ok(())
}
