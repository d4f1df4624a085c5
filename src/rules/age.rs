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

/// Whether the applicant is under 18 on the day they can submit, for what the sources leave
/// open about children (a representative, a parent's consent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Minor {
    /// Known to be an adult (a birth date, or a category only adults are in).
    No,
    /// Not known: the birth date is asked only where an age limit applies.
    Maybe,
    /// Known to be a child: the child category, or a birth date.
    Yes,
}

/// Whether the applicant may be a minor on `submit`, the day they can submit (ages count on
/// it, as in `evaluate`). The birth date is asked only where an age limit applies (the 2025
/// child and senior groups); without it, a category only adults are in (a diplomat, a digital
/// nomad) says it, as does a way whose groups are all adults' (`child_offered` false: the
/// journey's `flow::may_be_for_a_child`).
pub fn minor(
    birth: Option<NaiveDate>,
    category: Option<super::contract::Category>,
    submit: NaiveDate,
    child_offered: bool,
) -> Minor {
    use super::contract::Category;
    let under_18 = birth.map(|b| completed_years(b, submit) < ADULT_AT);
    if under_18 == Some(true) || category == Some(Category::Child) {
        Minor::Yes
    } else if under_18.is_none()
        && !category.is_some_and(Category::describes_an_adult)
        && child_offered
    {
        Minor::Maybe
    } else {
        Minor::No
    }
}

pub fn is_leap_day(date: NaiveDate) -> bool {
    date.month() == 2 && date.day() == 29
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    /// Under 18 on the day they can submit, the child group, or nothing known where a child may
    /// apply: a minor or perhaps one; an adult's birth date or group: not.
    #[test]
    fn a_minor_is_known_from_the_birth_date_or_the_group() {
        use crate::rules::contract::Category;
        let submit = ymd(2025, 6, 2);
        let born = |y| Some(ymd(y, 6, 3));
        // 18 on 3 June 2025: still 17 on the 2nd.
        assert_eq!(minor(born(2007), None, submit, true), Minor::Yes);
        assert_eq!(minor(born(2006), None, submit, true), Minor::No);
        assert_eq!(
            minor(None, Some(Category::Child), submit, false),
            Minor::Yes
        );
        assert_eq!(minor(None, None, submit, true), Minor::Maybe);
        assert_eq!(minor(None, None, submit, false), Minor::No);
        assert_eq!(
            minor(None, Some(Category::DiplomaticStaff), submit, true),
            Minor::No
        );
    }

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

    /// Only 29 February is the leap day that gets the "reached on 1 March" note (found by
    /// mutation testing: `is_leap_day` could say always, never, or any 29th or any February).
    #[test]
    fn only_29_february_is_a_leap_day() {
        assert!(is_leap_day(ymd(1960, 2, 29)));
        assert!(is_leap_day(ymd(2024, 2, 29)));
        for day in [
            ymd(1960, 2, 28),
            ymd(1960, 3, 1),
            ymd(1960, 3, 29),
            ymd(1961, 1, 29),
        ] {
            assert!(!is_leap_day(day), "{day}");
        }
    }
}
