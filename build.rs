//! Generates the `i18n` module from `locales/{en,ru,kk}.json` (`OUT_DIR/i18n.rs`, included
//! only in the browser build) and embeds the data tables (`data/`).
//!
//! The interface texts: every key of `locales/en.json` becomes an index into one table per
//! language, read through `td_string!(locale, key.path)` (a key that does not exist does not
//! build; a text with `{{ values }}` must be given exactly those values, by name). English is
//! always compiled in. Russian and Kazakh are compiled in too, except with the Cargo feature
//! `lazy-locales` (the app's own page, built by Trunk): there each is a file of its own,
//! `locale-<code>-<hash of its contents>.json`, which the page fetches only for a reader of that
//! language (issue 12: a third of the texts instead of all three in every download).
use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?);
    data_tables(&out_dir)?;
    locales(&out_dir)?;
    split_link_args();
    Ok(())
}

/// The app's own page build (feature `split`) is cut into modules after linking
/// (.ci/split-wasm.mjs), which needs the linker's relocations. Only the app binary: the library
/// builds (JS API, tests) go to wasm-opt as they are, which cannot read a linking section.
fn split_link_args() {
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}

/// The interface languages, in the order of `Locale`'s variants; English first (the fallback).
const LOCALES: [&str; 3] = ["en", "ru", "kk"];

/// Whether `key` is a text of the later pages only (the questions, "Check your answers" aside,
/// the result, "Rules and sources"). English's later texts are a table of their own, read only
/// by `lang::later_text`, which only the later pages call: in the app's own page build the
/// wasm splitter then moves that table into the page module with its readers, out of the first
/// download (issue 12). Were a start-page or shell function to read one, the table would simply
/// stay in the first download: the split follows the code, so a wrong guess here costs bytes,
/// never a missing text.
fn is_later(key: &str) -> bool {
    const LATER: [&str; 13] = [
        "q.",
        "categories.",
        "reasons.",
        "notes.",
        "result.",
        "citations.",
        "readings.",
        "rules.",
        "date_input.",
        "country_search.",
        "check.",
        // The notice about a link's unreadable answers names a document and a question: it is
        // worded in the page module, which read the link (`ui::pages::notice_texts`).
        "documents.",
        "link_field.",
    ];
    // The question pages' frame and widgets.
    const LATER_KEYS: [&str; 11] = [
        "notice_params_ignored",
        "notice_link_parts_ignored",
        "error_summary_title",
        "date_hint",
        "continue_button",
        "change",
        "dont_know",
        "choose",
        "optional",
        "back",
        "interpretation_label",
    ];
    // The start page links to "Rules and sources".
    key != "rules.link" && (LATER.iter().any(|p| key.starts_with(p)) || LATER_KEYS.contains(&key))
}

/// A locale file flattened: `q.document.title` -> text, in key order.
fn flatten(
    prefix: &str,
    value: &serde_json::Value,
    out: &mut BTreeMap<String, String>,
) -> Result<(), String> {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&path, v, out)?;
            }
            Ok(())
        }
        serde_json::Value::String(text) => {
            out.insert(prefix.to_owned(), text.clone());
            Ok(())
        }
        other => Err(format!("{prefix}: a text is a string, not {other}")),
    }
}

/// The names of a text's `{{ values }}`.
fn values(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else {
            break;
        };
        names.insert(rest[start + 2..start + 2 + len].trim().to_owned());
        rest = &rest[start + 2 + len + 2..];
    }
    names
}

/// Every order of `names` (a text has at most a few values).
fn permutations(names: &[String]) -> Vec<Vec<String>> {
    if names.len() <= 1 {
        return vec![names.to_vec()];
    }
    let mut all = Vec::new();
    for (i, first) in names.iter().enumerate() {
        let mut rest = names.to_vec();
        rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, first.clone());
            all.push(tail);
        }
    }
    all
}

fn fnv64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn locales(out_dir: &Path) -> Result<(), Box<dyn Error>> {
    let mut tables = Vec::new();
    for code in LOCALES {
        let path = format!("locales/{code}.json");
        println!("cargo::rerun-if-changed={path}");
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)
            .map_err(|e| format!("{path}: {e}"))?;
        let mut flat = BTreeMap::new();
        flatten("", &json, &mut flat).map_err(|e| format!("{path}: {e}"))?;
        tables.push(flat);
    }
    let en = &tables[0];
    // Every language has every key, none empty, with the same values (tests/locales.rs says
    // which; here a mismatch simply does not build).
    for (code, table) in LOCALES.iter().zip(&tables) {
        for (key, text) in table {
            let Some(english) = en.get(key) else {
                return Err(format!("locales/{code}.json: {key} is not in en.json").into());
            };
            if text.trim().is_empty() || values(text) != values(english) {
                return Err(format!(
                    "locales/{code}.json: {key} is empty or has other values than en.json"
                )
                .into());
            }
        }
        if let Some(missing) = en.keys().find(|k| !table.contains_key(*k)) {
            return Err(format!("locales/{code}.json: {missing} is missing").into());
        }
    }
    // `html.`: the texts of the HTML page around the app (<noscript>, the notice when the app
    // cannot start), written into it by .ci/prerender.mjs. The app never reads them: not in
    // the wasm, nor in the lazy locale files.
    for table in &mut tables {
        table.retain(|key, _| !key.starts_with("html."));
    }
    let en = &tables[0];
    let lazy = std::env::var_os("CARGO_FEATURE_LAZY_LOCALES").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let count = en.len();
    // Index order: the texts the first page may need, then the later pages' (`is_later`).
    let order: Vec<&String> = en
        .keys()
        .filter(|k| !is_later(k))
        .chain(en.keys().filter(|k| is_later(k)))
        .collect();
    let first_later = en.keys().filter(|k| !is_later(k)).count();
    let mut code = String::new();
    code.push_str(
        "/// The interface texts (generated by build.rs from locales/*.json).
pub mod i18n {
    /// An interface language.
    #[allow(non_camel_case_types)]
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum Locale { #[default] en, ru, kk }
    /// How many texts each language has.
",
    );
    writeln!(code, "    pub const COUNT: usize = {count};")?;
    writeln!(
        code,
        "    /// The index of the first text of the later pages (build.rs, `is_later`)."
    )?;
    writeln!(code, "    pub const FIRST_LATER: usize = {first_later};")?;
    let values_of = |t: &BTreeMap<String, String>| -> Vec<String> {
        order.iter().map(|k| t[*k].clone()).collect()
    };
    let table_of = |t: &BTreeMap<String, String>| -> String {
        values_of(t)
            .iter()
            .map(|s| format!("{s:?},"))
            .collect::<String>()
    };
    let english = values_of(en);
    let literals = |texts: &[String]| texts.iter().map(|s| format!("{s:?},")).collect::<String>();
    writeln!(
        code,
        "    pub static EN: [&str; {first_later}] = [{}];",
        literals(&english[..first_later])
    )?;
    writeln!(
        code,
        "    pub static EN_LATER: [&str; {}] = [{}];",
        count - first_later,
        literals(&english[first_later..])
    )?;
    if lazy {
        // Each file next to the wasm (target/.../release/locales/), copied into dist/ by `make
        // dist`; the old ones removed, so the copy never ships a file of an earlier build.
        let release = out_dir
            .ancestors()
            .nth(3)
            .ok_or("OUT_DIR has no target directory")?;
        let dir = release.join("locales");
        std::fs::create_dir_all(&dir)?;
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "json") {
                std::fs::remove_file(path)?;
            }
        }
        writeln!(
            code,
            "    /// The file of each language the page fetches (English is compiled in)."
        )?;
        writeln!(
            code,
            "    pub fn file(l: Locale) -> Option<&'static str> {{ match l {{"
        )?;
        writeln!(code, "        Locale::en => None,")?;
        for (code_name, table) in LOCALES.iter().zip(&tables).skip(1) {
            let json = serde_json::to_string(&values_of(table))?;
            let name = format!("locale-{code_name}-{:016x}.json", fnv64(json.as_bytes()));
            let path = dir.join(&name);
            std::fs::write(&path, &json)?;
            // Deleted by hand, it is written again.
            println!("cargo::rerun-if-changed={}", path.display());
            writeln!(code, "        Locale::{code_name} => Some({name:?}),")?;
        }
        writeln!(code, "    }} }}")?;
    } else {
        writeln!(
            code,
            "    pub static RU: [&str; {count}] = [{}];",
            table_of(&tables[1])
        )?;
        writeln!(
            code,
            "    pub static KK: [&str; {count}] = [{}];",
            table_of(&tables[2])
        )?;
    }
    // Read in every language whatever the reader's: the country search finds "stateless"
    // typed in any of them.
    let key = "q.citizenship.stateless";
    let names = tables
        .iter()
        .map(|t| t.get(key).map(|s| format!("{s:?}")).ok_or(key))
        .collect::<Result<Vec<_>, _>>()?;
    writeln!(code, "    /// `{key}` in English, Russian and Kazakh.")?;
    writeln!(
        code,
        "    pub static STATELESS: [&str; 3] = [{}];",
        names.join(", ")
    )?;
    // `td_string!`: one arm per key, and per order of its values, so a key that does not
    // exist, a value a text does not have or a missing one does not build.
    code.push_str(
        "    /// A text in `locale`: `td_string!(l, q.document.title)` (a `&'static str`), or with\n    \
         /// its values, `td_string!(l, q.document.title, name = x)` (a `String`).\n    \
         macro_rules! td_string {\n",
    );
    for (index, key) in order.iter().enumerate() {
        let text = &en[*key];
        let (read, fill) = if is_later(key) {
            ("later_text", "later_format")
        } else {
            ("text", "format")
        };
        let names: Vec<String> = values(text).into_iter().collect();
        if names.is_empty() {
            writeln!(
                code,
                "        ($l:expr, {key}) => {{ $crate::ui::lang::{read}($l, {index}) }};"
            )?;
            continue;
        }
        for order in permutations(&names) {
            let pattern: Vec<String> = order
                .iter()
                .enumerate()
                .map(|(i, n)| format!("{n} = $v{i}:expr"))
                .collect();
            let args: Vec<String> = order
                .iter()
                .enumerate()
                .map(|(i, n)| format!("({n:?}, &$v{i} as &dyn ::core::fmt::Display)"))
                .collect();
            writeln!(
                code,
                "        ($l:expr, {key}, {} $(,)?) => {{ $crate::ui::lang::{fill}($l, {index}, &[{}]) }};",
                pattern.join(", "),
                args.join(", ")
            )?;
        }
    }
    code.push_str("    }\n    pub(crate) use td_string;\n}\n");
    std::fs::write(out_dir.join("i18n.rs"), code)?;
    Ok(())
}

/// A data row as the browser build keeps it. Three tables end with a `note` column for the
/// people who keep them, which nothing in the app reads: the Apostille table's (how each
/// date was checked), the Minsk table's (its `status` column says what the result reads) and
/// the aliases' (where a name comes from). Left out, they are 2.3 KB less to download
/// (brotli).
fn browser_columns<'a>(table: &str, line: &'a str) -> &'a str {
    let kept = match table {
        "treaties/apostille.tsv" => 7,
        "treaties/minsk_chisinau.tsv" => 8,
        "country-aliases.tsv" => 3,
        _ => return line,
    };
    if line.starts_with('#') {
        return line;
    }
    match line.match_indices('\t').nth(kept - 1) {
        Some((end, _)) => &line[..end],
        None => line,
    }
}

/// The data tables (`data/`) as the code embeds them (`include_str!` of `OUT_DIR/data/..`).
/// The browser build leaves out their comment lines (where each table comes from and how it
/// was checked: for the people who keep it, about a tenth of the app's download in the
/// tables) except `# as_of:`, which the rules page shows. Natively (tests, the examples) the
/// files are embedded whole: the integrity tests read every header.
fn data_tables(out_dir: &Path) -> Result<(), Box<dyn Error>> {
    const TABLES: [&str; 9] = [
        "calendar.tsv",
        "countries.tsv",
        "country-aliases.tsv",
        "scripts.tsv",
        "territories.tsv",
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
                .map(|line| browser_columns(name, line))
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
        // The codes alone, two letters each in the table's order: what a country code is
        // checked against (`countries::is_known`). Parsing a link's answers needs no more, and
        // the start page parses them: apart from the names, the app's own page build leaves
        // the names (most of the table) to the later pages' module (issue 12).
        if name == "countries.tsv" {
            let codes: String = kept
                .lines()
                .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
                .filter_map(|line| line.split('\t').next())
                .collect();
            std::fs::write(out_dir.join("data").join("country-codes.txt"), codes)?;
        }
        std::fs::write(target, kept)?;
    }
    Ok(())
}
