//! The country table: every ISO 3166-1 alpha-2 code (plus `XK`) with its names in English,
//! Russian and Kazakh. Data: `data/countries.tsv` (source and "as of" in its header).

use std::sync::OnceLock;

use super::contract::Country;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/countries.tsv"));

/// One row of the country table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryRow {
    pub code: &'static str,
    pub en: &'static str,
    pub ru: &'static str,
    pub kk: &'static str,
    /// The English name inside a sentence: "issued in the United States", not "in United
    /// States"; "the Democratic Republic of the Congo", not the list's "Congo, The Democratic
    /// Republic of the". The list name where the table gives none.
    pub en_in_sentence: &'static str,
}

/// All rows, sorted by code.
pub fn all() -> &'static [CountryRow] {
    static ROWS: OnceLock<Vec<CountryRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let (code, en, ru, kk) = (cols.next()?, cols.next()?, cols.next()?, cols.next()?);
                let en_in_sentence = cols.next().filter(|s| !s.is_empty()).unwrap_or(en);
                Some(CountryRow {
                    code,
                    en,
                    ru,
                    kk,
                    en_in_sentence,
                })
            })
            .collect()
    })
}

/// Every code of the table, two letters each, in its order (written by build.rs). Apart from
/// the names: a link's answers are parsed on the start page, which needs only the codes, and
/// the app's own page build then downloads the names with the later pages (issue 12).
const CODES: &str = include_str!(concat!(env!("OUT_DIR"), "/data/country-codes.txt"));

pub fn is_known(country: Country) -> bool {
    CODES
        .as_bytes()
        .chunks_exact(2)
        .any(|code| code == country.as_str().as_bytes())
}

pub fn find(country: Country) -> Option<&'static CountryRow> {
    let rows = all();
    rows.binary_search_by(|row| row.code.cmp(country.as_str()))
        .ok()
        .map(|i| &rows[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_complete_and_well_formed() {
        let rows = all();
        assert_eq!(rows.len(), 250, "249 ISO 3166-1 codes plus XK");
        assert!(
            rows.windows(2).all(|w| w[0].code < w[1].code),
            "sorted, no duplicates"
        );
        let codes: String = rows.iter().map(|r| r.code).collect();
        assert_eq!(CODES, codes, "the code list is the table's codes");
        for row in rows {
            assert_eq!(row.code.len(), 2);
            assert!(
                row.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{}",
                row.code
            );
            assert!(
                !row.en.is_empty() && !row.ru.is_empty() && !row.kk.is_empty(),
                "{}",
                row.code
            );
        }
    }

    #[test]
    fn english_names_read_as_english_inside_a_sentence() {
        let sentence = |code: &str| {
            let row = find(Country::parse(code).unwrap()).unwrap();
            row.en_in_sentence
        };
        assert_eq!(sentence("US"), "the United States");
        assert_eq!(sentence("CD"), "the Democratic Republic of the Congo");
        assert_eq!(sentence("VG"), "the British Virgin Islands");
        assert_eq!(
            sentence("DE"),
            "Germany",
            "the list name where none is given"
        );
        for row in all() {
            let name = row.en_in_sentence;
            // No ISO list form ("Micronesia, Federated States of", "Virgin Islands, U.S.").
            assert!(
                !name.ends_with(" of") && !name.ends_with(" the") && !name.contains(", The"),
                "{}: {name}",
                row.code
            );
            assert!(
                !["Virgin Islands,", "Palestine, State", "Micronesia,"]
                    .iter()
                    .any(|form| name.starts_with(form)),
                "{}: {name}",
                row.code
            );
            // A plural or "Republic/Kingdom/States/Federation/Emirates" name takes "the".
            let words = [
                "Republic",
                "Kingdom",
                "States",
                "Federation",
                "Emirates",
                "Islands",
            ];
            let plural = [
                "Bahamas",
                "Netherlands",
                "Philippines",
                "Maldives",
                "Comoros",
            ];
            if words.iter().chain(&plural).any(|w| row.en.contains(w)) && !row.en.contains(" and ")
            {
                assert!(name.starts_with("the "), "{}: {name}", row.code);
            }
        }
    }

    #[test]
    fn parses_known_codes_in_any_case_and_rejects_others() {
        assert_eq!(Country::parse("kz").unwrap(), Country::KZ);
        assert_eq!(find(Country::parse("DE").unwrap()).unwrap().en, "Germany");
        assert!(Country::parse("XK").is_ok());
        assert!(Country::parse("ZZ").is_err());
        assert!(Country::parse("DEU").is_err());
        assert!(Country::parse("").is_err());
        assert!(Country::parse("д1").is_err());
    }
}
