//! A date typed in three boxes (day, month, year: the GOV.UK date pattern), checked box by
//! box so each error can say which box is wrong and why. No web crate: the UI keeps the three
//! texts in one string (`DateParts::to_value`) and asks this module what they say.

use chrono::NaiveDate;

/// The earliest and latest year the questions accept (a birth date, an expiry date, the
/// day of application).
pub const MIN_YEAR: i32 = crate::rules::calendar::FIRST_YEAR;
/// The working-day calendar's last year (`rules::calendar::LAST_YEAR`).
pub const MAX_YEAR: i32 = crate::rules::calendar::LAST_YEAR;

/// Separates the three texts inside the value string: a control character nobody types.
const SEP: char = '\u{1f}';

/// What a date page asks for, for the example its hint and its error give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// The day of application: on or after today.
    Application,
    BirthDate,
    /// A child's date of birth (the child category: under 16).
    ChildBirthDate,
    /// An identity document's expiry date: years ahead.
    Expiry,
}

/// The example date a page shows, as it would be typed into its boxes ("27 3 2027"). The
/// 27th cannot be read as a month, so the order of the boxes is plain. The day of
/// application's example is always after today (a fixed year would be in the past a year
/// later), the expiry's four years ahead; a birth date's is an adult's.
pub fn example(asked: Asked, today: NaiveDate) -> String {
    use chrono::Datelike;
    let year = match asked {
        Asked::Application => today.year() + 1,
        Asked::BirthDate => 1980,
        // A child's, not an adult's: a parent typing for a child follows the example (found
        // by an audit: "your date of birth", 1980, and a parent refused as over 16).
        Asked::ChildBirthDate => today.year() - 6,
        Asked::Expiry => today.year() + 4,
    };
    format!("27 3 {year}")
}

/// One box of the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Day, Part::Month, Part::Year];

    /// The suffix of the box's id (`birth-date-day`) and name.
    pub fn suffix(self) -> &'static str {
        match self {
            Part::Day => "day",
            Part::Month => "month",
            Part::Year => "year",
        }
    }
}

/// What is wrong with one box, or with the date as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The box is empty while another is filled.
    Missing(Part),
    /// Something other than digits.
    NotANumber(Part),
    /// A day outside 1–31, a month outside 1–12.
    OutOfRange(Part),
    /// A year that is not four digits.
    YearNotFourDigits,
    /// Four digits, outside `MIN_YEAR..=MAX_YEAR`.
    YearOutOfRange,
    /// Each box is fine but the date does not exist: 31 April, 29 February 2025. Names the
    /// day box (the one to change) and the month's last day.
    Impossible { last_day: u32 },
}

impl Problem {
    /// The box the problem is shown beside (and which the error summary links to).
    pub fn part(self) -> Part {
        match self {
            Problem::Missing(p) | Problem::NotANumber(p) | Problem::OutOfRange(p) => p,
            Problem::YearNotFourDigits | Problem::YearOutOfRange => Part::Year,
            Problem::Impossible { .. } => Part::Day,
        }
    }
}

/// The texts of the three boxes, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateParts {
    pub fn get(&self, part: Part) -> &str {
        match part {
            Part::Day => &self.day,
            Part::Month => &self.month,
            Part::Year => &self.year,
        }
    }

    pub fn set(&mut self, part: Part, text: &str) {
        // The separator cannot be kept inside a box (it would split the value).
        let text: String = text.chars().filter(|c| *c != SEP).collect();
        match part {
            Part::Day => self.day = text,
            Part::Month => self.month = text,
            Part::Year => self.year = text,
        }
    }

    pub fn from_date(d: NaiveDate) -> DateParts {
        use chrono::Datelike;
        DateParts {
            day: d.day().to_string(),
            month: d.month().to_string(),
            year: d.year().to_string(),
        }
    }

    /// The three texts in one string (empty when all three are empty).
    pub fn to_value(&self) -> String {
        if self.day.is_empty() && self.month.is_empty() && self.year.is_empty() {
            return String::new();
        }
        format!("{}{SEP}{}{SEP}{}", self.day, self.month, self.year)
    }

    /// Reads [`to_value`](Self::to_value)'s string back; also an ISO date (`2026-03-27`),
    /// which is what the pages start from when a date was already answered.
    pub fn from_value(value: &str) -> DateParts {
        let mut parts = value.split(SEP);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(day), Some(month), Some(year), None) => DateParts {
                day: day.to_owned(),
                month: month.to_owned(),
                year: year.to_owned(),
            },
            _ => match crate::rules::dates::parse_iso(value.trim()) {
                Some(d) => DateParts::from_date(d),
                None => DateParts::default(),
            },
        }
    }

    fn is_empty(&self) -> bool {
        Part::ALL.iter().all(|p| self.get(*p).trim().is_empty())
    }
}

/// What the three boxes say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// All three empty: the page's own "Enter the date" message.
    Empty,
    /// One problem per box at most, in box order.
    Problems(Vec<Problem>),
    Valid(NaiveDate),
}

/// A digit typed in full width (`２０３１`, as a Chinese or Japanese input method in its
/// full-width mode types it), or in Arabic-Indic or Persian digits (`٢٠٣١`, `۲۰۳۱`, an Arabic
/// or Persian keyboard), as the ASCII digit it means (found by audits: "The year must have 4
/// digits" of a year with four); any other character unchanged.
pub fn ascii_digit(c: char) -> char {
    let zero = match c {
        '０'..='９' => '０',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        other => return other,
    };
    char::from(b'0' + (u32::from(c) - u32::from(zero)) as u8)
}

/// A whole date typed or pasted into one box, where it reads one way only: day, month and year
/// with full stops (`01.05.1990`, as passports and forms in Kazakhstan and Russia write it),
/// or an ISO date (`1990-05-01`); the page then spreads it over the three boxes (found by an
/// audit of typing: pasted into Day, three messages, none naming the cause, and a box showing
/// "01.0"). A date with slashes stays as typed: `05/01/1990` is 5 January in one country and
/// 1 May in another.
pub fn spread(text: &str) -> Option<DateParts> {
    let t: String = text.trim().chars().map(ascii_digit).collect();
    if let Some(d) = crate::rules::dates::parse_iso(&t) {
        return Some(DateParts::from_date(d));
    }
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
    };
    match t
        .trim_end_matches('.')
        .split('.')
        .map(str::trim)
        .collect::<Vec<_>>()[..]
    {
        [day, month, year] if digits(day, 1..=2) && digits(month, 1..=2) && digits(year, 4..=4) => {
            Some(DateParts {
                day: day.to_owned(),
                month: month.to_owned(),
                year: year.to_owned(),
            })
        }
        _ => None,
    }
}

/// A box's number: digits only (spaces around allowed, and a full stop, comma, slash or dash
/// after it, which a phone's number pad puts beside the digits: "1." is 1, found by an audit
/// of typing), at most `max_len` of them.
fn number(text: &str, part: Part, problems: &mut Vec<Problem>) -> Option<u32> {
    let t: String = text.trim().chars().map(ascii_digit).collect();
    let t = t.trim_end_matches(['.', ',', '/', '-']).trim_end();
    if t.is_empty() {
        problems.push(Problem::Missing(part));
        return None;
    }
    if !t.chars().all(|c| c.is_ascii_digit()) {
        problems.push(Problem::NotANumber(part));
        return None;
    }
    if part == Part::Year && t.len() != 4 {
        problems.push(Problem::YearNotFourDigits);
        return None;
    }
    // At most "0031": longer runs of digits are out of range, not an overflow.
    match t.trim_start_matches('0').parse::<u32>() {
        Ok(n) => Some(n),
        Err(_) if t.trim_start_matches('0').is_empty() => Some(0),
        Err(_) => Some(u32::MAX),
    }
}

/// Checks the three boxes.
pub fn check(parts: &DateParts) -> Checked {
    if parts.is_empty() {
        return Checked::Empty;
    }
    let mut problems = Vec::new();
    let day = number(&parts.day, Part::Day, &mut problems);
    let day = day.filter(|d| {
        let ok = (1..=31).contains(d);
        if !ok {
            problems.push(Problem::OutOfRange(Part::Day));
        }
        ok
    });
    let month = number(&parts.month, Part::Month, &mut problems);
    let month = month.filter(|m| {
        let ok = (1..=12).contains(m);
        if !ok {
            problems.push(Problem::OutOfRange(Part::Month));
        }
        ok
    });
    let year = number(&parts.year, Part::Year, &mut problems);
    let year = year.filter(|y| {
        let ok = (MIN_YEAR as u32..=MAX_YEAR as u32).contains(y);
        if !ok {
            problems.push(Problem::YearOutOfRange);
        }
        ok
    });
    let (Some(day), Some(month), Some(year)) = (day, month, year) else {
        return Checked::Problems(problems);
    };
    // In range by the checks above: the year fits an i32.
    let year = year as i32;
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => Checked::Valid(d),
        None => Checked::Problems(vec![Problem::Impossible {
            last_day: last_day(year, month),
        }]),
    }
}

/// The last day of `month` in `year` (28 to 31).
fn last_day(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|d| NaiveDate::from_ymd_opt(year, month, *d).is_some())
        .unwrap_or(28)
}

/// What a date field's value says, in the three cases a page distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateInput {
    Empty,
    Invalid,
    Valid(NaiveDate),
}

/// Reads a date field's value (three boxes, or an ISO date).
pub fn read(value: &str) -> DateInput {
    match check(&DateParts::from_value(value)) {
        Checked::Empty => DateInput::Empty,
        Checked::Problems(_) => DateInput::Invalid,
        Checked::Valid(d) => DateInput::Valid(d),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_whole_date_in_one_box_is_spread_where_it_reads_one_way_only() {
        let parts = |d: &str, m: &str, y: &str| DateParts {
            day: d.into(),
            month: m.into(),
            year: y.into(),
        };
        assert_eq!(spread("01.05.2030"), Some(parts("01", "05", "2030")));
        assert_eq!(spread(" 1.5.2030. "), Some(parts("1", "5", "2030")));
        assert_eq!(spread("1990-05-01"), Some(parts("1", "5", "1990")));
        assert_eq!(spread("31.04.2030"), Some(parts("31", "04", "2030")));
        for left in [
            "05/01/1990",
            "1.5.90",
            "1 мая 1990",
            "01",
            "1.",
            "2030",
            "1990-02-30",
        ] {
            assert_eq!(spread(left), None, "{left}");
        }
        // Checked as any three boxes are: the day the month does not have is said so.
        assert!(matches!(
            check(&spread("31.04.2030").unwrap()),
            Checked::Problems(_)
        ));
    }

    #[test]
    fn a_full_stop_after_a_number_is_the_number() {
        let typed = DateParts {
            day: "1.".into(),
            month: "5,".into(),
            year: "2030".into(),
        };
        assert_eq!(
            check(&typed),
            Checked::Valid(NaiveDate::from_ymd_opt(2030, 5, 1).unwrap())
        );
    }

    use super::*;

    fn parts(day: &str, month: &str, year: &str) -> DateParts {
        DateParts {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    fn problems(day: &str, month: &str, year: &str) -> Vec<Problem> {
        match check(&parts(day, month, year)) {
            Checked::Problems(p) => p,
            other => panic!("{day}/{month}/{year}: {other:?}"),
        }
    }

    #[test]
    fn a_real_date_in_three_boxes_with_or_without_leading_zeros() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 27).unwrap();
        assert_eq!(check(&parts("27", "3", "2026")), Checked::Valid(d));
        assert_eq!(check(&parts(" 27 ", "03", "2026")), Checked::Valid(d));
        assert_eq!(
            check(&parts("1", "1", "1900")),
            Checked::Valid(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap())
        );
        assert_eq!(
            check(&parts("29", "2", "2024")),
            Checked::Valid(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }

    #[test]
    fn full_width_digits_are_read_as_digits() {
        assert_eq!(
            check(&parts("２０", "８", "２０３１")),
            Checked::Valid(NaiveDate::from_ymd_opt(2031, 8, 20).unwrap())
        );
        assert_eq!(ascii_digit('７'), '7');
        assert_eq!(
            check(&parts("٢٠", "۸", "٢٠٣١")),
            Checked::Valid(NaiveDate::from_ymd_opt(2031, 8, 20).unwrap())
        );
        assert_eq!(ascii_digit('x'), 'x');
    }

    #[test]
    fn every_box_empty_is_empty_and_one_missing_box_is_named() {
        assert_eq!(check(&parts("", " ", "")), Checked::Empty);
        assert_eq!(problems("", "3", "2026"), [Problem::Missing(Part::Day)]);
        assert_eq!(
            problems("27", "", ""),
            [Problem::Missing(Part::Month), Problem::Missing(Part::Year)]
        );
    }

    #[test]
    fn each_box_says_what_is_wrong_with_it() {
        assert_eq!(
            problems("32", "1", "2026"),
            [Problem::OutOfRange(Part::Day)]
        );
        assert_eq!(problems("0", "1", "2026"), [Problem::OutOfRange(Part::Day)]);
        assert_eq!(
            problems("1", "13", "2026"),
            [Problem::OutOfRange(Part::Month)]
        );
        assert_eq!(
            problems("1", "00", "2026"),
            [Problem::OutOfRange(Part::Month)]
        );
        assert_eq!(problems("1", "1", "26"), [Problem::YearNotFourDigits]);
        assert_eq!(problems("1", "1", "20260"), [Problem::YearNotFourDigits]);
        assert_eq!(problems("1", "1", "1850"), [Problem::YearOutOfRange]);
        assert_eq!(
            problems("1a", "March", "2026"),
            [
                Problem::NotANumber(Part::Day),
                Problem::NotANumber(Part::Month)
            ]
        );
        assert_eq!(
            problems("-1", "1", "２０２６"),
            // A full-width year is read as one (`ascii_digit`).
            [Problem::NotANumber(Part::Day)]
        );
        assert_eq!(
            problems("99999999999999999999", "1", "2026"),
            [Problem::OutOfRange(Part::Day)]
        );
    }

    #[test]
    fn an_impossible_date_names_the_months_last_day() {
        assert_eq!(
            problems("31", "4", "2026"),
            [Problem::Impossible { last_day: 30 }]
        );
        assert_eq!(
            problems("29", "2", "2025"),
            [Problem::Impossible { last_day: 28 }]
        );
        assert_eq!(
            problems("30", "2", "2024"),
            [Problem::Impossible { last_day: 29 }]
        );
        assert_eq!(Problem::Impossible { last_day: 30 }.part(), Part::Day);
    }

    #[test]
    fn examples_are_typed_as_the_boxes_read_and_the_application_one_is_never_past() {
        for today in [(2026, 1, 1), (2026, 12, 3), (2026, 12, 31), (2031, 3, 28)] {
            let today = NaiveDate::from_ymd_opt(today.0, today.1, today.2).unwrap();
            for asked in [
                Asked::Application,
                Asked::BirthDate,
                Asked::ChildBirthDate,
                Asked::Expiry,
            ] {
                let text = example(asked, today);
                let DateInput::Valid(d) = read(&text.replace(" ", "\u{1f}")) else {
                    panic!("{text} is not a date the boxes accept");
                };
                match asked {
                    Asked::Application | Asked::Expiry => assert!(d > today, "{text} on {today}"),
                    Asked::BirthDate | Asked::ChildBirthDate => {
                        assert!(d < today, "{text} on {today}")
                    }
                }
            }
        }
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(example(Asked::Application, today), "27 3 2027");
        assert_eq!(example(Asked::Expiry, today), "27 3 2030");
        assert_eq!(example(Asked::BirthDate, today), "27 3 1980");
        assert_eq!(example(Asked::ChildBirthDate, today), "27 3 2020");
    }

    #[test]
    fn the_value_string_keeps_the_boxes_as_typed_and_reads_iso_dates() {
        let p = parts("7", "", "19x");
        assert_eq!(DateParts::from_value(&p.to_value()), p);
        assert_eq!(DateParts::default().to_value(), "");
        assert_eq!(
            DateParts::from_value("2026-03-27"),
            parts("27", "3", "2026")
        );
        assert_eq!(DateParts::from_value("garbage"), DateParts::default());
        let mut q = DateParts::default();
        q.set(Part::Day, "1\u{1f}2");
        assert_eq!(q.day, "12");
        assert_eq!(read(""), DateInput::Empty);
        assert_eq!(
            read("2026-03-27"),
            DateInput::Valid(NaiveDate::from_ymd_opt(2026, 3, 27).unwrap())
        );
        assert_eq!(
            read(&parts("31", "4", "2026").to_value()),
            DateInput::Invalid
        );
        assert_eq!(read("1800-01-01"), DateInput::Invalid);
    }
}
