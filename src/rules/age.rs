//! Ages in completed years on a date (contract.md). A 29 February birthday is reached on
//! 1 March in a common year (an interpretation the UI must state): comparing (month, day)
//! pairs gives exactly that, since (2, 28) < (2, 29) and (3, 1) > (2, 29).

use chrono::{Datelike, NaiveDate};

/// Completed years on `on` (negative when `on` is before `birth`).
pub fn completed_years(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

/// The first day on which `years` completed years are reached: the birthday that year, or
/// 1 March for a 29 February birthday in a common year (as `completed_years` counts).
pub fn reached_on(birth: NaiveDate, years: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(years).ok()?)?;
    birth
        .with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// The age of majority in Kazakhstan (Civil Code, Art. 17), in completed years. No rule set
/// turns on it; the result page uses it only to leave out what the rules leave open "for a
/// child" when it cannot concern the applicant.
pub const ADULT_AT: i32 = 18;

pub fn is_leap_day(date: NaiveDate) -> bool {
    date.month() == 2 && date.day() == 29
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    #[test]
    fn birthday_counts_on_the_day() {
        assert_eq!(completed_years(ymd(1960, 6, 2), ymd(2025, 6, 1)), 64);
        assert_eq!(completed_years(ymd(1960, 6, 2), ymd(2025, 6, 2)), 65);
    }

    #[test]
    fn leap_day_birthday_is_reached_on_1_march_in_a_common_year() {
        let birth = ymd(1960, 2, 29);
        assert_eq!(completed_years(birth, ymd(2025, 2, 28)), 64);
        assert_eq!(completed_years(birth, ymd(2025, 3, 1)), 65);
        // In a leap year, on the day itself.
        assert_eq!(completed_years(birth, ymd(2024, 2, 29)), 64);
        assert_eq!(completed_years(birth, ymd(2024, 2, 28)), 63);
    }

    #[test]
    fn an_age_is_reached_on_the_day_completed_years_first_count_it() {
        for (birth, years) in [
            (ymd(1960, 6, 2), 65),
            (ymd(1960, 2, 29), 65),
            (ymd(1960, 2, 29), 64),
        ] {
            let day = reached_on(birth, years).unwrap();
            assert_eq!(completed_years(birth, day), years as i32, "{birth} {years}");
            assert_eq!(
                completed_years(birth, day.pred_opt().unwrap()),
                years as i32 - 1
            );
        }
        assert_eq!(reached_on(ymd(1960, 2, 29), 65), Some(ymd(2025, 3, 1)));
        assert_eq!(reached_on(ymd(1960, 2, 29), 64), Some(ymd(2024, 2, 29)));
    }

    #[test]
    fn before_birth_is_negative() {
        assert_eq!(completed_years(ymd(2026, 1, 1), ymd(2025, 1, 1)), -1);
    }
}
