//! Our Kazakhstan calendar's exceptions to the Monday-to-Friday week, for a cross-check with
//! other calendars (`make check-calendar`, scripts/check_calendar.py). One line per day:
//! `date <TAB> off|work <TAB> table|estimated <TAB> why <TAB> source`, where "off" is a
//! weekday off and "work" a weekend day worked.
//! Run: `cargo run --example workdays -- 2024 2027` (first and last year, inclusive).

use iin_precheck::rules::calendar;

fn main() {
    let years: Vec<i32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let (first, last) = match years.as_slice() {
        [first, last] if first <= last && last - first <= 100 => (*first, *last),
        [year] => (*year, *year),
        _ => {
            eprintln!("usage: workdays FIRST_YEAR [LAST_YEAR] (at most 100 years)");
            std::process::exit(2);
        }
    };
    for year in first..=last {
        for e in calendar::exceptions(year) {
            println!(
                "{}\t{}\t{}\t{}\t{}",
                e.date,
                if e.working { "work" } else { "off" },
                if e.estimated { "estimated" } else { "table" },
                e.why,
                e.source
            );
        }
    }
}
