//! The treaty tables (data/treaties/*.tsv, from shared/treaties.md): who is party to the
//! Minsk/Chisinau conventions with Kazakhstan and to the Apostille Convention, from when,
//! and which pairs an objection blocks. Each file carries its source and "as of" date; each
//! row its source and whether it was checked against a primary source.
//!
//! The tables are parsed once. A malformed row is skipped (never a panic at run time) and
//! `tests/data_integrity.rs` fails on it, so a bad edit cannot ship.

use std::sync::OnceLock;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::contract::Country;
use super::ruleset::ymd;

/// The "as of" date of the treaty tables: the 2026-12 review (the parties as of 2026-01-14 plus
/// Algeria and Viet Nam, the "to verify" rows re-checked, Moldova's 2026 CIS steps).
pub const TREATIES_AS_OF: NaiveDate = ymd(2026, 12, 1);

/// The last day the table of Apostille parties is known to be complete (129 parties as of
/// 2026-01-14, per the HCCH table and the depositary's change log); Algeria and Viet Nam, which
/// acceded since, are in it, but a 130th party reported for mid-2026 is unknown (treaties.md).
pub const APOSTILLE_PARTIES_COMPLETE_ON: NaiveDate = ymd(2026, 1, 14);

/// How far from the application date a doubtful entry-into-force date still matters: the
/// hedge "confirm with the office" is for doubt near the date, not for a state that has been a
/// party for decades (treaties.md, "Why the mark matters less than it looks").
pub const DOUBT_WINDOW: Months = Months::new(12);

/// `day` lies within [`DOUBT_WINDOW`] of `date`, either side.
fn near(day: NaiveDate, date: NaiveDate) -> bool {
    let from = day
        .checked_sub_months(DOUBT_WINDOW)
        .unwrap_or(NaiveDate::MIN);
    let to = day
        .checked_add_months(DOUBT_WINDOW)
        .unwrap_or(NaiveDate::MAX);
    (from..=to).contains(&date)
}

pub const APOSTILLE_TSV: &str =
    include_str!(concat!(env!("OUT_DIR"), "/data/treaties/apostille.tsv"));
pub const MINSK_CHISINAU_TSV: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/data/treaties/minsk_chisinau.tsv"
));
pub const BLOCKED_TSV: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/data/treaties/apostille_blocked.tsv"
));
pub const NON_PARTIES_TSV: &str = include_str!(concat!(
    env!("OUT_DIR"),
    "/data/treaties/apostille_non_parties.tsv"
));
pub const TERRITORIES_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/data/territories.tsv"));

/// The state a territory belongs to (`data/territories.tsv`: ISO 3166-2 lists it among that
/// state's subdivisions), for a territory with no treaty row of its own.
pub fn state_of_territory(territory: Country) -> Option<Country> {
    data_rows(TERRITORIES_TSV)
        .find(|c| c.first().and_then(|code| Country::parse(code).ok()) == Some(territory))
        .and_then(|c| Country::parse(c.get(1)?).ok())
}

/// One party to the Apostille Convention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApostilleRow {
    pub country: Country,
    pub state: &'static str,
    pub in_force: NaiveDate,
    pub kind: &'static str,
    /// A source states this date ("yes"); false: the row keeps its "to verify" mark.
    pub verified: bool,
    /// Whether an Art. 12 objection could lie between this state and Kazakhstan.
    pub kz_objection: KzObjection,
    pub source: &'static str,
    /// How the date was checked, for the people who keep the table. Empty in the browser
    /// build, which leaves the column out (`build.rs`): nothing in the app reads it.
    pub note: &'static str,
}

/// What the data knows of objections between a party and Kazakhstan (column `kz_objection`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum KzObjection {
    /// No objection to this state's accession is recorded at all ("-").
    NoneRecorded,
    /// Objections by some states; Kazakhstan is shown not to be among them ("none").
    NotKazakhstan,
    /// Objections by some states; the full list of objectors was not seen ("unknown").
    Unknown,
}

impl ApostilleRow {
    /// The entry-into-force date is in doubt near `date`: the row is not confirmed by a source
    /// and the date lies within [`DOUBT_WINDOW`] of `date`, either side.
    pub fn date_in_doubt_near(&self, date: NaiveDate) -> bool {
        !self.verified && near(self.in_force, date)
    }

    /// An objection could apply between this state and Kazakhstan (objections exist and the
    /// data cannot rule Kazakhstan out).
    pub fn objection_could_apply(&self) -> bool {
        self.kz_objection == KzObjection::Unknown
    }
}

/// One state with which the Minsk and/or Chisinau Convention is in force with Kazakhstan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LegalAssistanceRow {
    pub country: Country,
    pub state: &'static str,
    /// None: in force with Kazakhstan before 2001 (from Kazakhstan's ratification at the
    /// earliest; a date before 2001 is hedged: `LEGAL_ASSISTANCE_DATES_FROM`).
    pub from: Option<NaiveDate>,
    /// The last day it applied (None: still in force).
    pub to: Option<NaiveDate>,
    pub chisinau: Chisinau,
    pub verified: bool,
    /// Whether the state's status is settled or under review (the table's `status` column:
    /// not read from the maintainers' note, whose words may say "review" of anything).
    pub status: TreatyStatus,
    pub source: &'static str,
    /// For the people who keep the table; the browser build leaves it out (`build.rs`).
    pub note: &'static str,
}

/// Whether the Chisinau Convention is in force between a state and Kazakhstan (the table's
/// `chisinau` column). Only `Yes` is cited: the Minsk Convention exempts either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Chisinau {
    Yes,
    No,
    ToVerify,
}

/// A Minsk row's standing (the table's `status` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TreatyStatus {
    Settled,
    /// Flagged for review (e.g. Moldova leaving CIS structures): the result says so.
    UnderReview,
}

impl LegalAssistanceRow {
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }

    /// A date of this row is in doubt near `date`: the row is not confirmed by a source and its
    /// first or last day lies within [`DOUBT_WINDOW`] of `date` (no first day: in force
    /// before 2001; a date before 2001 is hedged by the caller).
    pub fn date_in_doubt_near(&self, date: NaiveDate) -> bool {
        !self.verified && self.from.into_iter().chain(self.to).any(|d| near(d, date))
    }

    /// Flagged in the data for review (e.g. Moldova leaving CIS structures).
    pub fn under_review(&self) -> bool {
        self.status == TreatyStatus::UnderReview
    }
}

/// A pair the Apostille Convention does not bind (an Art. 12 objection).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockedPair {
    pub a: Country,
    pub b: Country,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub source: &'static str,
}

/// A state listed as not party to the Apostille Convention (informational).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NonPartyRow {
    pub country: Country,
    pub state: &'static str,
    pub verified: bool,
}

/// Data rows of a TSV file: comments (`#`) and blank lines skipped, columns split on tabs.
pub fn data_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// The value of a `# key: value` header line.
pub fn header(text: &'static str, key: &str) -> Option<&'static str> {
    text.lines()
        .filter_map(|line| line.strip_prefix('#'))
        .filter_map(|line| line.trim().strip_prefix(key))
        .filter_map(|rest| rest.strip_prefix(':'))
        .map(str::trim)
        .next()
}

fn date(text: &str) -> Option<NaiveDate> {
    super::dates::parse_iso(text)
}

fn optional_date(text: &str) -> Option<Option<NaiveDate>> {
    if text.is_empty() {
        Some(None)
    } else {
        date(text).map(Some)
    }
}

fn verified(text: &str) -> Option<bool> {
    match text {
        "yes" => Some(true),
        "to verify" => Some(false),
        _ => None,
    }
}

fn kz_objection(text: &str) -> Option<KzObjection> {
    match text {
        "-" => Some(KzObjection::NoneRecorded),
        "none" => Some(KzObjection::NotKazakhstan),
        "unknown" => Some(KzObjection::Unknown),
        _ => None,
    }
}

fn parse_apostille(cols: &[&'static str]) -> Option<ApostilleRow> {
    let kind: &'static str = cols.get(3)?;
    let kz_objection = kz_objection(cols.get(5)?)?;
    // Only an accession with objections (A**) can carry a doubt about Kazakhstan; a row
    // that says otherwise is malformed (skipped, and the integrity test fails).
    if (kind == "A**") == (kz_objection == KzObjection::NoneRecorded) {
        return None;
    }
    Some(ApostilleRow {
        country: Country::parse(cols.first()?).ok()?,
        state: cols.get(1)?,
        in_force: date(cols.get(2)?)?,
        kind,
        verified: verified(cols.get(4)?)?,
        kz_objection,
        source: cols.get(6).copied().filter(|s| !s.is_empty())?,
        note: cols.get(7).copied().unwrap_or(""),
    })
}

fn parse_legal_assistance(cols: &[&'static str]) -> Option<LegalAssistanceRow> {
    Some(LegalAssistanceRow {
        country: Country::parse(cols.first()?).ok()?,
        state: cols.get(1)?,
        from: optional_date(cols.get(2)?)?,
        to: optional_date(cols.get(3)?)?,
        chisinau: match *cols.get(4)? {
            "yes" => Chisinau::Yes,
            "no" => Chisinau::No,
            "to verify" => Chisinau::ToVerify,
            _ => return None,
        },
        verified: verified(cols.get(5)?)?,
        status: match *cols.get(6)? {
            "settled" => TreatyStatus::Settled,
            "under review" => TreatyStatus::UnderReview,
            _ => return None,
        },
        source: cols.get(7).copied().filter(|s| !s.is_empty())?,
        note: cols.get(8).copied().unwrap_or(""),
    })
}

fn parse_blocked(cols: &[&'static str]) -> Option<BlockedPair> {
    Some(BlockedPair {
        a: Country::parse(cols.first()?).ok()?,
        b: Country::parse(cols.get(1)?).ok()?,
        from: date(cols.get(2)?)?,
        to: optional_date(cols.get(3)?)?,
        source: cols.get(4).copied().filter(|s| !s.is_empty())?,
    })
}

fn parse_non_party(cols: &[&'static str]) -> Option<NonPartyRow> {
    Some(NonPartyRow {
        country: Country::parse(cols.first()?).ok()?,
        state: cols.get(1)?,
        verified: verified(cols.get(2)?)?,
    })
}

/// Apostille parties, sorted by country code.
pub fn apostille_rows() -> &'static [ApostilleRow] {
    static ROWS: OnceLock<Vec<ApostilleRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows: Vec<ApostilleRow> = data_rows(APOSTILLE_TSV)
            .filter_map(|c| parse_apostille(&c))
            .collect();
        super::order::sort_by_key(&mut rows, |r| r.country);
        rows
    })
}

/// Minsk/Chisinau rows, sorted by country code.
pub fn legal_assistance_rows() -> &'static [LegalAssistanceRow] {
    static ROWS: OnceLock<Vec<LegalAssistanceRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        let mut rows: Vec<LegalAssistanceRow> = data_rows(MINSK_CHISINAU_TSV)
            .filter_map(|c| parse_legal_assistance(&c))
            .collect();
        super::order::sort_by_key(&mut rows, |r| r.country);
        rows
    })
}

pub fn blocked_pairs() -> &'static [BlockedPair] {
    static ROWS: OnceLock<Vec<BlockedPair>> = OnceLock::new();
    ROWS.get_or_init(|| {
        data_rows(BLOCKED_TSV)
            .filter_map(|c| parse_blocked(&c))
            .collect()
    })
}

pub fn non_parties() -> &'static [NonPartyRow] {
    static ROWS: OnceLock<Vec<NonPartyRow>> = OnceLock::new();
    ROWS.get_or_init(|| {
        data_rows(NON_PARTIES_TSV)
            .filter_map(|c| parse_non_party(&c))
            .collect()
    })
}

/// The Minsk/Chisinau row for `country` if either convention is in force with Kazakhstan
/// on `date`.
pub fn legal_assistance_in_force(
    country: Country,
    date: NaiveDate,
) -> Option<&'static LegalAssistanceRow> {
    let rows = legal_assistance_rows();
    rows.binary_search_by_key(&country, |r| r.country)
        .ok()
        .and_then(|i| rows.get(i))
        .filter(|r| date >= MINSK_RATIFIED_BY_KAZAKHSTAN && r.in_force_on(date))
}

/// The Apostille row for `country` if the Convention is in force between it and Kazakhstan on
/// `date`: for both (Kazakhstan since 2001-01-30, its own row; found by an audit: a German
/// document of 1999 was told it needed an apostille).
pub fn apostille_in_force(country: Country, date: NaiveDate) -> Option<&'static ApostilleRow> {
    let kazakhstan = apostille_row(Country::KZ).map(|r| r.in_force);
    apostille_row(country).filter(|r| date >= r.in_force && kazakhstan.is_some_and(|kz| date >= kz))
}

/// The first day the legal-assistance table's rows are dated for: a row without a first day was
/// in force before it. Before it, a decision from the table is hedged (`legalization`).
pub const LEGAL_ASSISTANCE_DATES_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2001, 1, 1) {
    Some(d) => d,
    None => panic!("a real date"),
};

/// Kazakhstan ratified the Minsk Convention on 1993-03-31 (shared/treaties.md): no row of
/// the legal-assistance table (each a Minsk party) is read as in force with it before that day
/// (its entry into force may be later: no source here gives it, so such a date is hedged).
pub const MINSK_RATIFIED_BY_KAZAKHSTAN: NaiveDate = match NaiveDate::from_ymd_opt(1993, 3, 31) {
    Some(d) => d,
    None => panic!("a real date"),
};

pub fn apostille_row(country: Country) -> Option<&'static ApostilleRow> {
    let rows = apostille_rows();
    rows.binary_search_by_key(&country, |r| r.country)
        .ok()
        .and_then(|i| rows.get(i))
}

/// The country a state name of the citations stands for: the treaty tables' own names
/// ("Russia", "Viet Nam", "United States of America", written as their sources write them)
/// or the English name of `countries.tsv` (a non-party's). The UI turns it into the reader's
/// language; a name neither knows stays as written.
pub fn country_named(name: &str) -> Option<Country> {
    let apostille = apostille_rows().iter().map(|r| (r.state, r.country));
    let legal = legal_assistance_rows().iter().map(|r| (r.state, r.country));
    apostille
        .chain(legal)
        .find(|(state, _)| *state == name)
        .map(|(_, country)| country)
        .or_else(|| {
            super::countries::all()
                .iter()
                .find(|row| row.en == name)
                .and_then(|row| Country::parse(row.code).ok())
        })
}

/// An objection that blocks the Convention between `a` and `b` on `date`, if any.
pub fn blocked(a: Country, b: Country, date: NaiveDate) -> Option<&'static BlockedPair> {
    blocked_pairs().iter().find(|p| {
        ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            && date >= p.from
            && p.to.is_none_or(|t| date <= t)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's status is its `status` column: a note that speaks of a review does not make it
    /// "under review", and a value the parser does not know drops the row (which the integrity
    /// test of every row then reports) rather than guessing.
    #[test]
    fn a_minsk_row_s_status_is_its_column_not_its_note() {
        let row = |chisinau, status, note| {
            parse_legal_assistance(&[
                "AZ",
                "Azerbaijan",
                "",
                "",
                chisinau,
                "yes",
                status,
                "gov.kz",
                note,
            ])
        };
        let settled = row("to verify", "settled", "reviewed 2026-12, no change").unwrap();
        assert!(!settled.under_review());
        assert_eq!(settled.chisinau, Chisinau::ToVerify);
        assert!(row("yes", "under review", "").unwrap().under_review());
        assert!(row("yes", "review", "").is_none());
        assert!(row("maybe", "settled", "").is_none());
    }

    /// A Minsk row's date is in doubt only where the row is not confirmed by a source and the
    /// date lies within a year of the day asked about: Ukraine's confirmed last day
    /// (2023-12-28) puts no "confirm with the office" on a Ukrainian document of 2023 (found
    /// by mutation testing: the table's only dated unconfirmed row, Moldova's of 1996, is
    /// hedged anyway as before 2001, so no test told the cases apart).
    #[test]
    fn a_minsk_row_s_date_is_in_doubt_only_when_unconfirmed_and_near() {
        let row = |to, verified| {
            parse_legal_assistance(&[
                "AZ",
                "Azerbaijan",
                "",
                to,
                "yes",
                verified,
                "settled",
                "gov.kz",
                "",
            ])
            .unwrap()
        };
        assert!(row("2026-06-30", "to verify").date_in_doubt_near(ymd(2026, 3, 1)));
        assert!(!row("2026-06-30", "yes").date_in_doubt_near(ymd(2026, 3, 1)));
        assert!(!row("2026-06-30", "to verify").date_in_doubt_near(ymd(2028, 1, 1)));
        let ukraine = Country::parse("UA").unwrap();
        let ua =
            legal_assistance_in_force(ukraine, ymd(2023, 6, 1)).expect("Minsk until 2023-12-28");
        assert!(ua.verified && !ua.date_in_doubt_near(ymd(2023, 6, 1)));
    }
}
