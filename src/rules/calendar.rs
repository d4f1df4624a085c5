//! Kazakhstan's working days (calendar.md; data/calendar.tsv). A year with a table is
//! exact; any other year is computed by the holiday law's rules (fixed holidays, automatic
//! move of a weekend holiday's day off to the next working day) and flagged as estimated:
//! its Kurban Ait day and any ministerial transfer are unknown.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};

use super::treaties::data_rows;

pub const CALENDAR_TSV: &str = include_str!("../../data/calendar.tsv");

/// The official table of one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearTable {
    pub year: i32,
    /// Non-working weekdays (holidays, moved days off, transfers), sorted.
    pub off: Vec<NaiveDate>,
    /// Weekend days that are working days (transfers), sorted.
    pub work: Vec<NaiveDate>,
    pub sources: &'static str,
}

/// The per-year tables, by year. Malformed rows are skipped (the integrity test catches them).
pub fn tables() -> &'static BTreeMap<i32, YearTable> {
    static TABLES: OnceLock<BTreeMap<i32, YearTable>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut tables: BTreeMap<i32, YearTable> = BTreeMap::new();
        for cols in data_rows(CALENDAR_TSV) {
            match (cols.first().copied(), cols.get(1).copied()) {
                (Some("year"), Some(year)) => {
                    if let Ok(year) = year.parse::<i32>() {
                        tables.insert(
                            year,
                            YearTable {
                                year,
                                off: Vec::new(),
                                work: Vec::new(),
                                sources: cols.get(2).copied().unwrap_or(""),
                            },
                        );
                    }
                }
                (Some(kind @ ("off" | "work")), Some(day)) => {
                    let Some(day) = super::dates::parse_iso(day) else {
                        continue;
                    };
                    if let Some(table) = tables.get_mut(&day.year()) {
                        if kind == "off" {
                            table.off.push(day);
                        } else {
                            table.work.push(day);
                        }
                    }
                }
                _ => {}
            }
        }
        for table in tables.values_mut() {
            table.off.sort();
            table.work.sort();
        }
        tables
    })
}

pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The public holidays of the law (Art. 5), as (month, day), that move when on a weekend.
const MOVING_HOLIDAYS: [(u32, u32); 12] = [
    (1, 1),
    (1, 2),
    (3, 8),
    (3, 21),
    (3, 22),
    (3, 23),
    (5, 1),
    (5, 7),
    (5, 9),
    (7, 6),
    (8, 30),
    (10, 25),
];
/// 16 December (Independence Day; one day since 2022).
const INDEPENDENCE_DAY: (u32, u32) = (12, 16);
/// 7 January: a day off that never moves.
const ORTHODOX_CHRISTMAS: (u32, u32) = (1, 7);

/// Non-working weekdays of `year` computed by the rules alone (no Kurban Ait, whose date is
/// announced each year, and no ministerial transfers).
pub fn computed_off_days(year: i32) -> Vec<NaiveDate> {
    let holidays: Vec<NaiveDate> = MOVING_HOLIDAYS
        .iter()
        .chain(std::iter::once(&INDEPENDENCE_DAY))
        .filter_map(|&(m, d)| NaiveDate::from_ymd_opt(year, m, d))
        .collect();
    let mut off: Vec<NaiveDate> = holidays
        .iter()
        .copied()
        .filter(|d| !is_weekend(*d))
        .collect();
    if let Some(christmas) =
        NaiveDate::from_ymd_opt(year, ORTHODOX_CHRISTMAS.0, ORTHODOX_CHRISTMAS.1)
    {
        if !is_weekend(christmas) {
            off.push(christmas);
        }
    }
    // Each holiday on a weekend moves its day off to the next working day not already off.
    for holiday in holidays.iter().filter(|d| is_weekend(**d)) {
        let mut day = *holiday;
        for _ in 0..14 {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if !is_weekend(day) && !off.contains(&day) && !holidays.contains(&day) {
                off.push(day);
                break;
            }
        }
    }
    off.sort();
    off.dedup();
    off
}

fn computed_for(year: i32) -> &'static [NaiveDate] {
    // A small cache of the years asked for; the computation is cheap, this keeps sweeps fast.
    static CACHE: OnceLock<BTreeMap<i32, Vec<NaiveDate>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| (2000..=2100).map(|y| (y, computed_off_days(y))).collect());
    cache.get(&year).map(Vec::as_slice).unwrap_or(&[])
}

/// Whether `day` is a working day in Kazakhstan, and whether that is an estimate.
pub fn is_working_day(day: NaiveDate) -> (bool, bool) {
    match tables().get(&day.year()) {
        Some(table) => {
            let working = if table.work.binary_search(&day).is_ok() {
                true
            } else if is_weekend(day) {
                false
            } else {
                table.off.binary_search(&day).is_err()
            };
            (working, false)
        }
        None => {
            let year = day.year();
            let off = if (2000..=2100).contains(&year) {
                computed_for(year).binary_search(&day).is_ok()
            } else {
                computed_off_days(year).contains(&day)
            };
            let working = !is_weekend(day) && !off;
            (working, true)
        }
    }
}

/// The expected result day: the first working day after `submitted` (the submission day is
/// not counted; one working day). `None` only at the end of the representable calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadyDay {
    pub date: NaiveDate,
    /// Some day examined lies in a year without an official table.
    pub estimated: bool,
}

pub fn next_working_day(submitted: NaiveDate) -> Option<ReadyDay> {
    let mut day = submitted;
    let mut estimated = false;
    // The longest run of days off in the law is well under a month.
    for _ in 0..40 {
        day = day.succ_opt()?;
        let (working, est) = is_working_day(day);
        estimated |= est;
        if working {
            return Some(ReadyDay {
                date: day,
                estimated,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    #[test]
    fn rules_reproduce_the_official_tables_but_for_kurban_ait_and_transfers() {
        // 2025: the table = rules + Kurban Ait (06-06) + the 01-03 transfer.
        let mut expected = computed_off_days(2025);
        expected.extend([ymd(2025, 1, 3), ymd(2025, 6, 6)]);
        expected.sort();
        assert_eq!(tables()[&2025].off, expected);
        // 2026: the table = rules + Kurban Ait (05-27).
        let mut expected = computed_off_days(2026);
        expected.push(ymd(2026, 5, 27));
        expected.sort();
        assert_eq!(tables()[&2026].off, expected);
        // 2024: the table = rules + the 05-08 transfer (Kurban Ait on a Sunday).
        let mut expected = computed_off_days(2024);
        expected.push(ymd(2024, 5, 8));
        expected.sort();
        assert_eq!(tables()[&2024].off, expected);
    }

    #[test]
    fn edges() {
        // Sunday 2025-01-05 was a working day.
        assert_eq!(is_working_day(ymd(2025, 1, 5)), (true, false));
        assert_eq!(
            next_working_day(ymd(2024, 12, 31)).unwrap().date,
            ymd(2025, 1, 5)
        );
        // Saturday 2024-05-04 was worked; 2024-05-08 was off.
        assert_eq!(
            next_working_day(ymd(2024, 5, 3)).unwrap().date,
            ymd(2024, 5, 4)
        );
        assert_eq!(
            next_working_day(ymd(2024, 5, 6)).unwrap().date,
            ymd(2024, 5, 10)
        );
        // 2027 has no table: estimated.
        let r = next_working_day(ymd(2026, 12, 31)).unwrap();
        // 1 Jan 2027 is a Friday; 2 Jan (Saturday) moves its day off to Monday 4 Jan.
        assert_eq!((r.date, r.estimated), (ymd(2027, 1, 5), true));
        assert!(next_working_day(NaiveDate::MAX).is_none());
    }
}
