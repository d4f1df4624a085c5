//! `YYYY-MM-DD`, the only date format the contract, the data files and the URL speak.
//! A strict parser of our own: chrono's general `parse_from_str` machinery costs tens of
//! kilobytes in the browser build for a format this simple.

use chrono::NaiveDate;

/// Parses exactly four digits, `-`, two digits, `-`, two digits, as a calendar date.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// The date as `YYYY-MM-DD`. Written out rather than through chrono's `format("%Y-%m-%d")`,
/// whose general formatting machinery costs about ten kilobytes in the browser build.
pub fn format_iso(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_chrono_does() {
        let mut d = NaiveDate::from_ymd_opt(999, 1, 1).unwrap();
        while d.format("%Y").to_string() != "2101" {
            assert_eq!(format_iso(d), d.format("%Y-%m-%d").to_string());
            assert_eq!(parse_iso(&format_iso(d)), Some(d));
            d = d.checked_add_days(chrono::Days::new(97)).unwrap();
        }
    }

    #[test]
    fn strict_iso_dates_only() {
        assert_eq!(
            parse_iso("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        assert_eq!(parse_iso("0999-01-01"), NaiveDate::from_ymd_opt(999, 1, 1));
        for bad in [
            "2025-02-29",
            "2025-2-01",
            "2025-02-1",
            "25-02-01",
            "2025/02/01",
            // One separator wrong is as wrong as both (found by mutation testing).
            "2025-02/01",
            "2025/02-01",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "+202-01-01",
            "2025-01-01 ",
            "",
            "２０２５-01-01",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn agrees_with_chrono_on_every_day_of_four_years() {
        let mut d = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        while d.format("%Y").to_string() != "2027" {
            let text = d.format("%Y-%m-%d").to_string();
            assert_eq!(parse_iso(&text), Some(d));
            d = d.succ_opt().unwrap();
        }
    }
}
