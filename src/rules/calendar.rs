//! Kazakhstan's working days (data/calendar.tsv, the source of truth). A year with a table is
//! exact; any other year is computed from the holiday rules in force that year (the file's
//! `holiday` rows, each with its first and last year) and that year's Kurban Ait row, and
//! flagged as estimated: ministerial transfers cannot be derived. The rules change by year as
//! data (the 2026 Constitution moved Constitution Day from 30 August to 15 March), so a change
//! of the law is a new row, not new code.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::treaties::data_rows;

pub const CALENDAR_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/calendar.tsv"));

/// The official table of one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearTable {
    pub year: i32,
    /// Non-working weekdays (holidays, moved days off, transfers), sorted.
    pub off: Vec<NaiveDate>,
    /// Weekend days that are working days (transfers), sorted.
    pub work: Vec<NaiveDate>,
    /// Why each listed day is off or worked (the row's third column), in the file's order.
    pub why: Vec<(NaiveDate, &'static str)>,
    pub sources: &'static str,
}

impl YearTable {
    /// Why `day` is listed (off or worked), if it is.
    pub fn why_of(&self, day: NaiveDate) -> Option<&'static str> {
        self.why.iter().find(|(d, _)| *d == day).map(|(_, w)| *w)
    }
}

/// Values by year: a handful of years, so a list searched in order.
/// Not a `BTreeMap`: each of its key and value types compiles its own tree code into the
/// browser build (issue 12), for maps of ten entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ByYear<V>(Vec<(i32, V)>);

impl<V> Default for ByYear<V> {
    fn default() -> Self {
        ByYear(Vec::new())
    }
}

impl<V> ByYear<V> {
    pub fn get(&self, year: &i32) -> Option<&V> {
        self.0.iter().find(|(y, _)| y == year).map(|(_, v)| v)
    }

    fn get_mut(&mut self, year: &i32) -> Option<&mut V> {
        self.0.iter_mut().find(|(y, _)| y == year).map(|(_, v)| v)
    }

    /// Adds `value` for `year` unless the year has one; false when it had.
    fn insert_new(&mut self, year: i32, value: V) -> bool {
        if self.get(&year).is_some() {
            return false;
        }
        self.0.push((year, value));
        true
    }

    /// The years (the tables' in ascending order).
    pub fn keys(&self) -> impl Iterator<Item = &i32> {
        self.0.iter().map(|(y, _)| y)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V> std::ops::Index<&i32> for ByYear<V> {
    type Output = V;
    fn index(&self, year: &i32) -> &V {
        self.get(year).expect("a year the calendar has")
    }
}

// The codes are those of data/calendar.tsv (a `holiday` row's last column; Kurban Ait has
// rows of its own), so that the app can name the holiday in the applicant's language.
/// A public holiday of Kazakhstan, by its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Holiday {
    NewYear,
    OrthodoxChristmas,
    WomensDay,
    ConstitutionDay,
    Nauryz,
    UnityDay,
    DefenderDay,
    VictoryDay,
    CapitalDay,
    RepublicDay,
    IndependenceDay,
    KurbanAit,
}

impl Holiday {
    pub fn from_code(code: &str) -> Option<Holiday> {
        Some(match code {
            "new_year" => Holiday::NewYear,
            "orthodox_christmas" => Holiday::OrthodoxChristmas,
            "womens_day" => Holiday::WomensDay,
            "constitution_day" => Holiday::ConstitutionDay,
            "nauryz" => Holiday::Nauryz,
            "unity_day" => Holiday::UnityDay,
            "defender_day" => Holiday::DefenderDay,
            "victory_day" => Holiday::VictoryDay,
            "capital_day" => Holiday::CapitalDay,
            "republic_day" => Holiday::RepublicDay,
            "independence_day" => Holiday::IndependenceDay,
            "kurban_ait" => Holiday::KurbanAit,
            _ => return None,
        })
    }
}

/// A holiday's new name from a day on (a `renamed` row): the 2026 Constitution, in force
/// 2026-07-01, renamed 25 October "Day of the Republic of Kazakhstan", the date unchanged.
/// Only the name said for the day depends on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renaming {
    pub holiday: Holiday,
    pub from: NaiveDate,
    /// The new name in English, as the source gives it (the app's texts translate it).
    pub name: &'static str,
    pub source: &'static str,
}

// Worked out by `closed_because`; in the JSON outcome as `office_closed`.
/// Why offices in Kazakhstan are closed on a day, e.g. `{"kind": "holiday", "holiday":
/// "independence_day"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Closed {
    /// A Saturday that is not worked.
    Saturday,
    /// A Sunday.
    Sunday,
    /// The day of a holiday (also when it falls on a weekend).
    Holiday { holiday: Holiday },
    /// The day off of a holiday that fell on a weekend, moved to this weekday.
    MovedHoliday { holiday: Holiday },
    /// A weekday off that no holiday rule explains: a day of rest moved by an order of the
    /// Minister of Labour (Labour Code Art. 85(3), since 2024), as the year's table lists it.
    Transfer,
}

/// Whether a holiday on a weekend moves its day off to the next working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// A public holiday: on a Saturday or Sunday, the next working day is off instead.
    Moves,
    /// A religious day off (7 January): off only when it falls on a weekday.
    Stays,
}

/// One holiday of the law, in force from `from` to `to` (years, inclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayRule {
    pub month: u32,
    pub day: u32,
    pub movement: Movement,
    /// None: in force before any year this tool computes.
    pub from: Option<i32>,
    /// None: still in force.
    pub to: Option<i32>,
    pub name: &'static str,
    pub source: &'static str,
    pub holiday: Holiday,
}

impl HolidayRule {
    pub fn in_force(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.to.is_none_or(|t| year <= t)
    }

    /// The holiday's date in `year`, if it is in force then.
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        if self.in_force(year) {
            NaiveDate::from_ymd_opt(year, self.month, self.day)
        } else {
            None
        }
    }
}

/// How certain a Kurban Ait date is (a lunar date announced each year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KurbanAitStatus {
    /// Observed as announced (reported with the year's calendar).
    Confirmed,
    /// Announced in advance by the Spiritual Administration of Muslims; no later confirmation.
    Announced,
    /// The expected lunar date of a year without an announcement.
    Estimated,
}

/// The first day of Kurban Ait of one year: a day off that never moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KurbanAit {
    pub date: NaiveDate,
    pub status: KurbanAitStatus,
    pub source: &'static str,
}

/// Everything `data/calendar.tsv` says.
#[derive(Debug, Default)]
pub struct CalendarData {
    pub tables: ByYear<YearTable>,
    pub holidays: Vec<HolidayRule>,
    /// In date order. A Gregorian year can hold two (2039, 2071): the lunar year is shorter.
    pub kurban_ait: Vec<KurbanAit>,
    /// In date order.
    pub renamings: Vec<Renaming>,
    /// Data rows parsed (the integrity test compares this with the file's data lines).
    pub rows_parsed: usize,
}

fn optional_year(text: &str) -> Option<Option<i32>> {
    if text.is_empty() {
        Some(None)
    } else {
        text.parse::<i32>().ok().map(Some)
    }
}

fn parse_holiday(cols: &[&'static str]) -> Option<HolidayRule> {
    let (month, day) = cols.get(1)?.split_once('-')?;
    let (month, day) = (month.parse::<u32>().ok()?, day.parse::<u32>().ok()?);
    // 2024 is a leap year: any real month-day is valid in it.
    NaiveDate::from_ymd_opt(2024, month, day)?;
    let movement = match *cols.get(2)? {
        "moves" => Movement::Moves,
        "stays" => Movement::Stays,
        _ => return None,
    };
    Some(HolidayRule {
        month,
        day,
        movement,
        from: optional_year(cols.get(3)?)?,
        to: optional_year(cols.get(4)?)?,
        name: cols.get(5).copied().filter(|s| !s.is_empty())?,
        source: cols.get(6).copied().filter(|s| !s.is_empty())?,
        holiday: Holiday::from_code(cols.get(7)?)?,
    })
}

fn parse_kurban_ait(cols: &[&'static str]) -> Option<KurbanAit> {
    Some(KurbanAit {
        date: super::dates::parse_iso(cols.get(1)?)?,
        status: match *cols.get(2)? {
            "confirmed" => KurbanAitStatus::Confirmed,
            "announced" => KurbanAitStatus::Announced,
            "estimated" => KurbanAitStatus::Estimated,
            _ => return None,
        },
        source: cols.get(3).copied().filter(|s| !s.is_empty())?,
    })
}

fn parse_renaming(cols: &[&'static str]) -> Option<Renaming> {
    Some(Renaming {
        holiday: Holiday::from_code(cols.get(1)?)?,
        from: super::dates::parse_iso(cols.get(2)?)?,
        name: cols.get(3).copied().filter(|s| !s.is_empty())?,
        source: cols.get(4).copied().filter(|s| !s.is_empty())?,
    })
}

/// The calendar file, parsed once. Malformed rows are skipped (the integrity test catches
/// them: `rows_parsed` falls short of the data lines).
pub fn data() -> &'static CalendarData {
    static DATA: OnceLock<CalendarData> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut data = CalendarData::default();
        for cols in data_rows(CALENDAR_TSV) {
            match (cols.first().copied(), cols.get(1).copied()) {
                (Some("year"), Some(year)) => {
                    if let Ok(year) = year.parse::<i32>() {
                        // A second table for a year is not counted (integrity test).
                        let table = YearTable {
                            year,
                            off: Vec::new(),
                            work: Vec::new(),
                            why: Vec::new(),
                            sources: cols.get(2).copied().unwrap_or(""),
                        };
                        if data.tables.insert_new(year, table) {
                            data.rows_parsed += 1;
                        }
                    }
                }
                (Some(kind @ ("off" | "work")), Some(day)) => {
                    let Some(day) = super::dates::parse_iso(day) else {
                        continue;
                    };
                    if let Some(table) = data.tables.get_mut(&day.year()) {
                        if kind == "off" {
                            table.off.push(day);
                        } else {
                            table.work.push(day);
                        }
                        table.why.push((day, cols.get(2).copied().unwrap_or("")));
                        data.rows_parsed += 1;
                    }
                }
                (Some("holiday"), _) => {
                    if let Some(rule) = parse_holiday(&cols) {
                        data.holidays.push(rule);
                        data.rows_parsed += 1;
                    }
                }
                (Some("renamed"), _) => {
                    if let Some(r) = parse_renaming(&cols) {
                        data.renamings.push(r);
                        data.rows_parsed += 1;
                    }
                }
                (Some("kurban_ait"), _) => {
                    if let Some(k) = parse_kurban_ait(&cols) {
                        // One per date: a second row for a date is not counted (integrity test),
                        // nor one less than 300 days after the one before (a lunar year is 354).
                        let close = data
                            .kurban_ait
                            .iter()
                            .any(|o: &KurbanAit| (o.date - k.date).num_days().abs() < 300);
                        if !close {
                            data.kurban_ait.push(k);
                            data.rows_parsed += 1;
                        }
                    }
                }
                _ => {}
            }
        }
        // By year, as the rules page lists them (the file is in order; this keeps it so).
        super::order::sort_by_key(&mut data.tables.0, |(year, _)| *year);
        super::order::sort_by_key(&mut data.kurban_ait, |k| k.date);
        super::order::sort_by_key(&mut data.renamings, |r| r.from);
        for (_, table) in data.tables.0.iter_mut() {
            super::order::sort(&mut table.off);
            super::order::sort(&mut table.work);
        }
        data
    })
}

/// The per-year tables, by year.
pub fn tables() -> &'static ByYear<YearTable> {
    &data().tables
}

/// The latest renaming of `holiday` in force on `day`, if any: the name said for that day.
pub fn renamed_on(holiday: Holiday, day: NaiveDate) -> Option<&'static Renaming> {
    data()
        .renamings
        .iter()
        .rfind(|r| r.holiday == holiday && r.from <= day)
}

/// The holiday rules of the law, each with the years it is in force.
pub fn holiday_rules() -> &'static [HolidayRule] {
    &data().holidays
}

/// The first days of Kurban Ait in `year` that the data has (none, one, or two: 2039).
pub fn kurban_ait(year: i32) -> impl Iterator<Item = &'static KurbanAit> {
    data()
        .kurban_ait
        .iter()
        .filter(move |k| k.date.year() == year)
}

pub fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The weekday of `day` when it is a Saturday or Sunday made a working day (a transfer by
/// order of the Minister of Labour): a page that gives it as a day to apply or collect says so.
pub fn worked_weekend_day(day: NaiveDate) -> Option<Weekday> {
    (is_weekend(day) && is_working_day(day).0).then(|| day.weekday())
}

/// A day that breaks the Monday-to-Friday week: a weekday off or a weekend day worked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub date: NaiveDate,
    /// A weekend day that is a working day (a transfer); false: a weekday off.
    pub working: bool,
    pub why: String,
    pub source: &'static str,
    /// Computed by the rules for a year without an official table.
    pub estimated: bool,
}

/// Non-working weekdays of `year` computed by the rules in force that year: the holidays
/// (a weekend holiday's day off moved to the next working day), the days off that never move,
/// and Kurban Ait if the data has its date. No ministerial transfers (they cannot be derived).
pub fn computed_exceptions(year: i32) -> Vec<Exception> {
    computed_off(year).into_iter().map(|(e, _)| e).collect()
}

/// [`computed_exceptions`], each with why offices are closed on it.
fn computed_off(year: i32) -> Vec<(Exception, Closed)> {
    let off_day = |date: NaiveDate, why: String, source: &'static str, closed: Closed| {
        let e = Exception {
            date,
            working: false,
            why,
            source,
            estimated: true,
        };
        (e, closed)
    };
    let mut rules: Vec<(NaiveDate, &HolidayRule)> = holiday_rules()
        .iter()
        .filter_map(|r| r.date_in(year).map(|d| (d, r)))
        .collect();
    // In date order, so that 21-23 March on a weekend fill the following weekdays in turn.
    super::order::sort_by_key(&mut rules, |(d, _)| *d);
    let holidays: Vec<NaiveDate> = rules.iter().map(|(d, _)| *d).collect();
    let mut off: Vec<(Exception, Closed)> = rules
        .iter()
        .filter(|(d, _)| !is_weekend(*d))
        .map(|(d, r)| {
            off_day(
                *d,
                r.name.to_owned(),
                r.source,
                Closed::Holiday { holiday: r.holiday },
            )
        })
        .collect();
    for k in kurban_ait(year).filter(|k| !is_weekend(k.date)) {
        if !off.iter().any(|(e, _)| e.date == k.date) {
            let closed = Closed::Holiday {
                holiday: Holiday::KurbanAit,
            };
            off.push(off_day(k.date, "Kurban Ait".to_owned(), k.source, closed));
        }
    }
    // Each holiday on a weekend moves its day off to the next working day not already off.
    for (holiday, rule) in rules
        .iter()
        .filter(|(d, r)| r.movement == Movement::Moves && is_weekend(*d))
    {
        let mut day = *holiday;
        for _ in 0..14 {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if !is_weekend(day)
                && !off.iter().any(|(e, _)| e.date == day)
                && !holidays.contains(&day)
            {
                let why = format!("{} ({holiday} on a {:?})", rule.name, holiday.weekday());
                off.push(off_day(
                    day,
                    why,
                    rule.source,
                    Closed::MovedHoliday {
                        holiday: rule.holiday,
                    },
                ));
                break;
            }
        }
    }
    super::order::sort_by_key(&mut off, |(e, _)| e.date);
    off
}

/// Why offices in Kazakhstan are closed on `day`; `None` on a working day. A holiday is named
/// whatever the weekday; a weekday off of a year's table that the holiday rules do not explain
/// is a transfer by order of the Minister of Labour.
pub fn closed_because(day: NaiveDate) -> Option<Closed> {
    if is_working_day(day).0 {
        return None;
    }
    let year = day.year();
    let holiday = holiday_rules()
        .iter()
        .find(|r| r.date_in(year) == Some(day))
        .map(|r| r.holiday)
        .or_else(|| {
            kurban_ait(year)
                .any(|k| k.date == day)
                .then_some(Holiday::KurbanAit)
        });
    if let Some(h) = holiday {
        return Some(Closed::Holiday { holiday: h });
    }
    if is_weekend(day) {
        return Some(match day.weekday() {
            Weekday::Sat => Closed::Saturday,
            _ => Closed::Sunday,
        });
    }
    let computed = computed_off(year).into_iter().find(|(e, _)| e.date == day);
    Some(computed.map_or(Closed::Transfer, |(_, closed)| closed))
}

/// Days in a row that offices are closed for the same reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosedSpan {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub why: Closed,
}

/// The closed days strictly between `after` and `before`, as spans of one reason each
/// ("21–23 March: Nauryz", then "24 March: its day off moved from a weekend"). At most two
/// weeks are read: the longest run of days off in the law is well under that.
pub fn closed_between(after: NaiveDate, before: NaiveDate) -> Vec<ClosedSpan> {
    let mut spans: Vec<ClosedSpan> = Vec::new();
    let mut day = after;
    for _ in 0..14 {
        let Some(next) = day.succ_opt().filter(|d| *d < before) else {
            break;
        };
        day = next;
        let Some(why) = closed_because(day) else {
            continue;
        };
        match spans.last_mut() {
            Some(span) if span.why == why && span.to.succ_opt() == Some(day) => span.to = day,
            _ => spans.push(ClosedSpan {
                from: day,
                to: day,
                why,
            }),
        }
    }
    spans
}

/// The non-working weekdays of `year` by the rules alone (see [`computed_exceptions`]).
pub fn computed_off_days(year: i32) -> Vec<NaiveDate> {
    computed_exceptions(year).iter().map(|e| e.date).collect()
}

/// Every exception to the Monday-to-Friday week in `year`, in date order, with why and its
/// source: from the year's table, else computed (estimated). For the cross-check with other
/// calendars (`make check-calendar`, `examples/workdays.rs`).
pub fn exceptions(year: i32) -> Vec<Exception> {
    let Some(table) = tables().get(&year) else {
        return computed_exceptions(year);
    };
    let mut out: Vec<Exception> = table
        .off
        .iter()
        .map(|d| (d, false))
        .chain(table.work.iter().map(|d| (d, true)))
        .map(|(d, working)| Exception {
            date: *d,
            working,
            why: table.why_of(*d).unwrap_or("").to_owned(),
            source: table.sources,
            estimated: false,
        })
        .collect();
    super::order::sort_by_key(&mut out, |e| e.date);
    out
}

/// The last year whose working days this calendar holds (its Kurban Ait rows end there): the
/// date question and the contract's `date` stop there.
pub const LAST_YEAR: i32 = 2100;

/// The first year a date is taken in (the contract's `date`, the date questions): a year
/// without an official table is computed by today's law and marked as an estimate.
pub const FIRST_YEAR: i32 = 1900;

/// The years [`computed_for`] keeps.
const CACHED_YEARS: std::ops::RangeInclusive<i32> = 2000..=LAST_YEAR;

fn computed_for(year: i32) -> &'static [NaiveDate] {
    // Each year computed once, when first asked for (the browser computes only the years
    // an applicant's dates fall in); the computation is cheap, this keeps sweeps fast.
    static CACHE: [OnceLock<Vec<NaiveDate>>; 101] = [const { OnceLock::new() }; 101];
    if !CACHED_YEARS.contains(&year) {
        return &[];
    }
    CACHE[(year - CACHED_YEARS.start()) as usize].get_or_init(|| computed_off_days(year))
}

/// Whether what this calendar says of `day` is an estimate: its year has no official table.
pub fn is_estimated(day: NaiveDate) -> bool {
    tables().get(&day.year()).is_none()
}

/// Whether `day`'s year is after every official table held: its calendar of days off is not
/// published yet. (A year before them is estimated too, but its calendar was published: we
/// do not hold it, which is another sentence.)
pub fn not_yet_published(day: NaiveDate) -> bool {
    is_estimated(day) && tables().keys().all(|y| *y < day.year())
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

/// Kazakhstan's one time zone, UTC+5 in the whole country since 1 March 2024, in seconds.
const KAZAKHSTAN_UTC_OFFSET_SECONDS: i64 = 5 * 3600;

/// The day in Kazakhstan at an instant (milliseconds since the Unix epoch, UTC): the day of
/// its offices, which may already be tomorrow (or still yesterday) on the applicant's device.
/// `None` outside chrono's range.
pub fn kazakhstan_day(utc_millis: i64) -> Option<NaiveDate> {
    let local = utc_millis.checked_add(KAZAKHSTAN_UTC_OFFSET_SECONDS * 1000)?;
    chrono::DateTime::from_timestamp_millis(local).map(|t| t.date_naive())
}

/// Whose day counts as "today" for a way of applying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhoseDay {
    /// Kazakhstan's (its offices, and the Ministry of Foreign Affairs in Astana).
    Kazakhstan,
    /// The applicant's own, where they are: a consulate's day is the day of the country it
    /// is in; also before a way is chosen.
    Applicant,
}

/// Whose day counts for `route` (found by an audit: a traveller's laptop on home time filed a
/// passport expiring today in Almaty as still valid, or a Saturday there as a Friday).
pub fn whose_day(route: Option<super::contract::Route>) -> WhoseDay {
    use super::contract::Route;
    match route {
        Some(Route::InCountry | Route::Mfa) => WhoseDay::Kazakhstan,
        Some(Route::Consulate) | None => WhoseDay::Applicant,
    }
}

/// The expected result day of a service taking `days` working days: the `days`-th working day
/// after `submitted` (the submission day not counted).
pub fn working_days_after(submitted: NaiveDate, days: std::num::NonZeroU8) -> Option<ReadyDay> {
    let mut ready = next_working_day(submitted)?;
    for _ in 1..days.get() {
        let next = next_working_day(ready.date)?;
        ready = ReadyDay {
            date: next.date,
            estimated: ready.estimated || next.estimated,
        };
    }
    Some(ready)
}

/// The law behind the days from `from` to `to` (a day to apply, the first day offices open,
/// the ready date), for a page that names them: the holidays law and the Labour Code's days off
/// and transfers where the days cross a day off or a weekend day worked; the 2026 Constitution
/// where they cross a day it moved (30 August no longer a holiday from 2026, 15 March one from
/// 2027, each with the weekend's day off after it). None for two working days in a row, which
/// rest on the rules' term alone.
pub fn law_for(from: NaiveDate, to: NaiveDate) -> Vec<super::sources::Cite> {
    use super::sources as src;
    let days = || from.iter_days().take_while(move |d| *d <= to);
    let mut law = Vec::new();
    if days().any(|d| closed_because(d).is_some() || worked_weekend_day(d).is_some()) {
        law.extend([src::HOLIDAY_LAW, src::LABOUR_CODE_TRANSFERS]);
    }
    let moved_by_the_constitution = |d: NaiveDate| match (d.year(), d.month(), d.day()) {
        (y, 8, 30..=31) | (y, 9, 1) => y >= 2026,
        (y, 3, 15..=17) => y >= 2027,
        _ => false,
    };
    if days().any(moved_by_the_constitution) {
        law.push(src::CONSTITUTION_DAY_2026);
    }
    law
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ruleset::ymd;

    /// The law named for a span of days: none for two working days in a row; the holidays law
    /// and the Labour Code across a day off; the 2026 Constitution only across a day it moved
    /// (found by a regression audit: cited for January 2026).
    #[test]
    fn the_law_named_for_days_is_the_law_they_cross() {
        use crate::rules::sources as src;
        assert!(law_for(ymd(2025, 6, 2), ymd(2025, 6, 3)).is_empty());
        assert_eq!(
            law_for(ymd(2025, 12, 31), ymd(2026, 1, 5)),
            [src::HOLIDAY_LAW, src::LABOUR_CODE_TRANSFERS]
        );
        assert!(law_for(ymd(2027, 3, 12), ymd(2027, 3, 16)).contains(&src::CONSTITUTION_DAY_2026));
        // Monday 31 August 2026, a working day since the Constitution moved the holiday.
        assert_eq!(
            law_for(ymd(2026, 8, 31), ymd(2026, 9, 1)),
            [src::CONSTITUTION_DAY_2026]
        );
    }

    #[test]
    fn the_days_closed_between_a_saturday_and_the_next_open_day_come_as_spans() {
        // Saturday 20 March 2027; Nauryz 21-23 March, its Sunday's day off moved to the 24th.
        let spans = closed_between(ymd(2027, 3, 20), ymd(2027, 3, 25));
        let nauryz = Closed::Holiday {
            holiday: Holiday::Nauryz,
        };
        assert_eq!(
            spans,
            vec![
                ClosedSpan {
                    from: ymd(2027, 3, 21),
                    to: ymd(2027, 3, 23),
                    why: nauryz
                },
                ClosedSpan {
                    from: ymd(2027, 3, 24),
                    to: ymd(2027, 3, 24),
                    why: Closed::MovedHoliday {
                        holiday: Holiday::Nauryz
                    }
                },
            ]
        );
        // A plain weekend: the Sunday alone.
        let weekend = closed_between(ymd(2027, 12, 4), ymd(2027, 12, 6));
        assert_eq!(weekend.len(), 1);
        assert_eq!(weekend[0].why, Closed::Sunday);
    }

    #[test]
    fn rules_reproduce_the_official_tables_but_for_transfers() {
        // 2025: the table = rules (incl. Kurban Ait 06-06) + the 01-03 transfer.
        let mut expected = computed_off_days(2025);
        expected.push(ymd(2025, 1, 3));
        expected.sort();
        assert_eq!(tables()[&2025].off, expected);
        // 2026: the table = rules (incl. Kurban Ait 05-27; no 30 August any more).
        assert_eq!(tables()[&2026].off, computed_off_days(2026));
        // 2024: the table = rules + the 05-08 transfer (Kurban Ait on a Sunday).
        let mut expected = computed_off_days(2024);
        expected.push(ymd(2024, 5, 8));
        expected.sort();
        assert_eq!(tables()[&2024].off, expected);
    }

    #[test]
    fn a_closed_day_says_why() {
        use Closed::*;
        // Working days: nothing to say. Monday 2026-08-31: no longer Constitution Day's day off.
        assert_eq!(closed_because(ymd(2026, 12, 2)), None);
        assert_eq!(closed_because(ymd(2026, 8, 31)), None);
        assert_eq!(closed_because(ymd(2026, 12, 5)), Some(Saturday));
        assert_eq!(closed_because(ymd(2026, 12, 6)), Some(Sunday));
        // A holiday on a weekday, and on a weekend (named, not "a Saturday").
        assert_eq!(
            closed_because(ymd(2026, 12, 16)),
            Some(Holiday {
                holiday: super::Holiday::IndependenceDay
            })
        );
        assert_eq!(
            closed_because(ymd(2026, 3, 21)),
            Some(Holiday {
                holiday: super::Holiday::Nauryz
            })
        );
        assert_eq!(
            closed_because(ymd(2026, 5, 27)),
            Some(Holiday {
                holiday: super::Holiday::KurbanAit
            })
        );
        assert_eq!(
            closed_because(ymd(2027, 3, 15)),
            Some(Holiday {
                holiday: super::Holiday::ConstitutionDay
            })
        );
        // Nauryz 21 March 2026 on a Saturday: its day off is Tuesday 24 March (the table's).
        assert_eq!(
            closed_because(ymd(2026, 3, 24)),
            Some(MovedHoliday {
                holiday: super::Holiday::Nauryz
            })
        );
        assert_eq!(
            closed_because(ymd(2025, 9, 1)),
            Some(MovedHoliday {
                holiday: super::Holiday::ConstitutionDay
            })
        );
        // Transfers by order: Friday 2025-01-03 and Wednesday 2024-05-08.
        assert_eq!(closed_because(ymd(2025, 1, 3)), Some(Transfer));
        assert_eq!(closed_because(ymd(2024, 5, 8)), Some(Transfer));
        // A worked Saturday (2024-05-04) is not closed.
        assert_eq!(closed_because(ymd(2024, 5, 4)), None);
        // Every weekday off of the tabled years is a holiday, a moved one or a transfer.
        for table in tables().values() {
            for day in &table.off {
                assert!(closed_because(*day).is_some(), "{day}");
            }
        }
    }

    #[test]
    fn the_2026_constitution_moves_constitution_day() {
        // Monday 2026-08-31 (30 August on a Sunday) is a working day from 2026.
        assert_eq!(is_working_day(ymd(2026, 8, 31)), (true, false));
        // From 2027: 15 March off, 30 August a working day (both estimated: no table).
        assert_eq!(is_working_day(ymd(2027, 3, 15)), (false, true));
        assert_eq!(is_working_day(ymd(2027, 8, 30)), (true, true));
        // Under the rules in force in 2025, 30 August on a Saturday moved to Monday.
        assert_eq!(is_working_day(ymd(2025, 9, 1)), (false, false));
        // A 15 March in 2026 (a Sunday) moves nothing: the holiday starts in 2027.
        assert!(computed_off_days(2026)
            .iter()
            .all(|d| *d != ymd(2026, 3, 16)));
        // A later year keeps the rule, moved when on a weekend: 15 March 2031 is a Saturday.
        assert!(computed_off_days(2031).contains(&ymd(2031, 3, 17)));
    }

    #[test]
    fn republic_day_is_renamed_when_the_2026_constitution_came_into_force() {
        // calendar.md: in force 2026-07-01, 25 October renamed, the date unchanged.
        assert_eq!(renamed_on(Holiday::RepublicDay, ymd(2026, 6, 30)), None);
        let r = renamed_on(Holiday::RepublicDay, ymd(2026, 7, 1)).expect("renamed");
        assert_eq!(r.name, "Day of the Republic of Kazakhstan");
        assert!(r.source.contains("2026-07-01"), "{}", r.source);
        assert!(renamed_on(Holiday::RepublicDay, ymd(2031, 10, 25)).is_some());
        assert_eq!(
            renamed_on(Holiday::IndependenceDay, ymd(2031, 12, 16)),
            None
        );
    }

    #[test]
    fn the_estimated_2027_calendar_of_calendar_md() {
        let expected: Vec<NaiveDate> = [
            (1, 1),
            (1, 4),
            (1, 7),
            (3, 8),
            (3, 15),
            (3, 22),
            (3, 23),
            (3, 24),
            (5, 3),
            (5, 7),
            (5, 10),
            (7, 6),
            (10, 25),
            (12, 16),
        ]
        .iter()
        .map(|&(m, d)| ymd(2027, m, d))
        .collect();
        assert_eq!(computed_off_days(2027), expected);
        assert!(tables().get(&2027).is_none());
        // Kurban Ait 2027 is an estimate, on a Sunday: no weekday off.
        let k = kurban_ait(2027).next().unwrap();
        assert_eq!(
            (k.date, k.status),
            (ymd(2027, 5, 16), KurbanAitStatus::Estimated)
        );
        assert!(exceptions(2027).iter().all(|e| e.estimated && !e.working));
    }

    #[test]
    fn a_computed_year_has_its_kurban_ait_two_in_2039() {
        // Found by an audit: 2028 had none, so Friday 5 May 2028 was a working day. With it,
        // 7 May on a Sunday moves to Monday the 8th, and 9 May is off: ready on the 10th.
        assert_eq!(
            closed_because(ymd(2028, 5, 5)),
            Some(Closed::Holiday {
                holiday: Holiday::KurbanAit
            })
        );
        let ready = next_working_day(ymd(2028, 5, 4)).unwrap();
        assert_eq!((ready.date, ready.estimated), (ymd(2028, 5, 10), true));
        let days: Vec<NaiveDate> = kurban_ait(2039).map(|k| k.date).collect();
        assert_eq!(days, vec![ymd(2039, 1, 5), ymd(2039, 12, 26)]);
        assert!(!is_working_day(ymd(2039, 12, 26)).0);
        // Every year a planned date can take has one at least.
        assert!((2024..=LAST_YEAR).all(|y| kurban_ait(y).next().is_some()));
        // Not published yet: only after the last table; before the first, estimated all the same.
        assert!(not_yet_published(ymd(2027, 12, 31)));
        assert!(!not_yet_published(ymd(2026, 12, 31)));
        assert!(!not_yet_published(ymd(2023, 12, 29)) && is_estimated(ymd(2023, 12, 29)));
    }

    #[test]
    fn kurban_ait_dates_carry_their_status() {
        assert_eq!(
            kurban_ait(2024).next().unwrap().status,
            KurbanAitStatus::Confirmed
        );
        assert_eq!(
            kurban_ait(2025).next().unwrap().status,
            KurbanAitStatus::Confirmed
        );
        let k2026 = kurban_ait(2026).next().unwrap();
        assert_eq!(
            (k2026.date, k2026.status),
            (ymd(2026, 5, 27), KurbanAitStatus::Announced)
        );
        assert!(k2026.source.contains("zakon.kz 2025-11-06"));
    }

    #[test]
    fn exceptions_name_their_source() {
        let e2024 = exceptions(2024);
        let worked = e2024.iter().find(|e| e.working).unwrap();
        assert_eq!(worked.date, ymd(2024, 5, 4));
        assert!(!worked.estimated && worked.source.contains("2024-04-17"));
        let nauryz = exceptions(2027)
            .into_iter()
            .find(|e| e.date == ymd(2027, 3, 24))
            .unwrap();
        assert!(
            nauryz.why.starts_with("Nauryz (2027-03-21"),
            "{}",
            nauryz.why
        );
        assert!(nauryz.source.contains("Law on holidays"));
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

    /// Kazakhstan's day at an instant: UTC+5, so 19:00 UTC is already the next day there.
    #[test]
    fn kazakhstan_s_day_is_utc_plus_five() {
        let at = |iso: &str| {
            chrono::DateTime::parse_from_rfc3339(iso)
                .unwrap()
                .timestamp_millis()
        };
        assert_eq!(
            kazakhstan_day(at("2026-12-06T18:59:59Z")),
            Some(ymd(2026, 12, 6))
        );
        assert_eq!(
            kazakhstan_day(at("2026-12-06T19:00:00Z")),
            Some(ymd(2026, 12, 7))
        );
        assert_eq!(kazakhstan_day(i64::MAX), None);
        use super::super::contract::Route;
        assert_eq!(whose_day(Some(Route::InCountry)), WhoseDay::Kazakhstan);
        assert_eq!(whose_day(Some(Route::Mfa)), WhoseDay::Kazakhstan);
        assert_eq!(whose_day(Some(Route::Consulate)), WhoseDay::Applicant);
        assert_eq!(whose_day(None), WhoseDay::Applicant);
    }

    /// A term of several working days (`RuleSet::processing`, data) counts working days only:
    /// one day is the next working day; more step over weekends and holidays, and a day
    /// counted in a year without a table makes the date an estimate.
    #[test]
    fn a_term_of_several_working_days_counts_working_days_only() {
        let days = |n| std::num::NonZeroU8::new(n).unwrap();
        for submitted in [ymd(2024, 5, 3), ymd(2024, 12, 31), ymd(2025, 6, 2)] {
            assert_eq!(
                working_days_after(submitted, days(1)),
                next_working_day(submitted)
            );
        }
        // Friday 3 May 2024: Saturday 4 May worked, Monday 6 May working, 7 May Defender of the
        // Fatherland Day, 8 May off (transfer), 9 May Victory Day: the third working day is
        // Friday 10 May, the fourth Monday 13 May.
        let third = working_days_after(ymd(2024, 5, 3), days(3)).unwrap();
        assert_eq!((third.date, third.estimated), (ymd(2024, 5, 10), false));
        assert_eq!(
            working_days_after(ymd(2024, 5, 3), days(4)).unwrap().date,
            ymd(2024, 5, 13)
        );
        // Across New Year 2027, a year without a table: estimated.
        let r = working_days_after(ymd(2026, 12, 30), days(2)).unwrap();
        assert_eq!((r.date, r.estimated), (ymd(2027, 1, 5), true));
        assert!(working_days_after(NaiveDate::MAX, days(2)).is_none());
    }

    #[test]
    fn a_weekend_day_worked_by_order_is_named_others_are_not() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        // Sunday 5 January 2025 and Saturday 4 May 2024 were worked (calendar.tsv "work").
        assert_eq!(worked_weekend_day(d(2025, 1, 5)), Some(Weekday::Sun));
        assert_eq!(worked_weekend_day(d(2024, 5, 4)), Some(Weekday::Sat));
        assert_eq!(worked_weekend_day(d(2025, 1, 4)), None);
        assert_eq!(worked_weekend_day(d(2025, 1, 6)), None);
    }

    /// A day of a year with an official table is not an estimate: the result page says "Dates
    /// in {year} are computed by the holiday rules" only of years without one (found by
    /// mutation testing: every day called estimated went unnoticed).
    #[test]
    fn a_day_of_a_tabled_year_is_not_an_estimate() {
        assert!(!is_estimated(ymd(2026, 12, 7)));
        assert!(!is_estimated(ymd(2024, 5, 4)));
        assert!(is_estimated(ymd(2027, 1, 4)));
    }
}
