//! Which states write an official language in letters other than Latin or Cyrillic. The
//! identity document needs a notarized translation when the holder's name and place of birth
//! are not in Latin or Cyrillic letters; for a passport of a state that writes all its
//! official languages in those letters the answer is known, so the journey need not ask.
//! Data: `data/scripts.tsv` (source, "as of" and why doubtful states are listed, in its header).

use super::contract::Country;

const TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/data/scripts.tsv"));

/// The listed states' codes, in table order (sorted; checked by a test).
fn listed() -> impl Iterator<Item = &'static str> {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split('\t').next())
}

/// Whether documents of `issuer` may show the name or place of birth only in letters other
/// than Latin or Cyrillic: a listed state, or an issuer not told (`None`).
pub fn may_need_other_letters(issuer: Option<Country>) -> bool {
    match issuer {
        None => true,
        Some(country) => listed().any(|code| code == country.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::countries;

    fn c(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    #[test]
    fn table_is_sorted_known_and_well_formed() {
        let codes: Vec<_> = listed().collect();
        assert!(codes.len() > 40, "{}", codes.len());
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let cols: Vec<_> = line.split('\t').collect();
            assert_eq!(cols.len(), 2, "{line}");
            assert!(countries::is_known(c(cols[0])), "{line}");
            // ISO 15924 codes: four letters, capitalised.
            for script in cols[1].split(' ') {
                assert!(
                    script.len() == 4 && script.chars().next().unwrap().is_ascii_uppercase(),
                    "{line}"
                );
            }
        }
        assert!(TABLE.contains("\n# as_of: "), "an as-of date in the header");
    }

    #[test]
    fn known_latin_and_cyrillic_states_are_not_asked_about() {
        for code in ["TR", "DE", "RU", "KZ", "UZ", "KG", "US", "VN", "AZ"] {
            assert!(!may_need_other_letters(Some(c(code))), "{code}");
        }
        for code in ["CN", "JP", "IR", "IN", "GE", "AM", "IL", "GR", "KR", "AE"] {
            assert!(may_need_other_letters(Some(c(code))), "{code}");
        }
        assert!(
            may_need_other_letters(None),
            "an issuer not told is asked about"
        );
    }
}
