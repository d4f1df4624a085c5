//! The journey's state in signals, and where it is kept: the page's address in a page of our
//! own (so a link restores every answer and the browser's Back button works), memory only when
//! mounted into a host's page (never touch the host's URL). In the address the answers are
//! after `#`, which a browser never sends to a server; the query string holds only the link's
//! settings (`query::in_query`).

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{pages, Host};
use crate::journey::{flow, query, Answers, Locked, Step};

/// Everything a page needs to move the journey on. Copy: signals are handles.
#[derive(Clone, Copy)]
pub struct Journey {
    pub answers: RwSignal<Answers>,
    pub step: RwSignal<Step>,
    /// Came to a question from "Check your answers": Continue returns there.
    pub returning: RwSignal<bool>,
    /// While returning to "Check your answers" (`returning`): the pages the Back link returns
    /// to, the last first, as the browser's Back does: "Check your answers" (where the Change
    /// link was), then each page continued from to a question the change asks anew; their
    /// slugs, read by the page module only (`back`). Found by audits: from the page a Change
    /// link opened, Back went to the question before it on the path, and the person had to
    /// Continue through pages to get back; then the same from a new question one page later.
    /// After "See what to bring to a Public Service Centre", its first word is the way left
    /// (`way_left`), then the pages the person came through on the way in Kazakhstan, until
    /// its result (or another way) is shown.
    trail: RwSignal<String>,
    /// After "See what to bring to a Public Service Centre" on the app's own page, the address
    /// of the result it was pressed on, kept in the history entries of the way in Kazakhstan:
    /// after a reload, whose address holds only that way's answers, the Back link still
    /// returns to that result with the answers only its way asked (found by an audit: it
    /// walked the way in Kazakhstan instead, where the browser's Back returned).
    left_address: RwSignal<Option<String>>,
    /// The questions whose answers in the URL could not be read (shown once, in words,
    /// dismissible).
    pub ignored: RwSignal<Vec<query::LinkField>>,
    /// The current page's validation failed (page title gets "Error:").
    pub has_error: RwSignal<bool>,
    /// Text for the polite live region (the verdict is announced there).
    pub announce: RwSignal<String>,
    /// The result's ticked documents, in memory only: kept through a change of language
    /// (which builds the page anew), forgotten when the result page is left.
    pub ticked: RwSignal<Vec<crate::rules::DocumentId>>,
    /// The page "Rules and sources" was opened from: its Back returns there (an installed
    /// app has no browser Back button).
    pub rules_from: RwSignal<Option<Step>>,
    /// The host preset the embassy or consulate's country (the consular way, its route
    /// question skipped), until the applicant chooses a Public Service Centre instead
    /// (`apply_in_kazakhstan`).
    consulate_preset: RwSignal<bool>,
    /// What the host or the link preset at load: "Start again" returns to it.
    preset_at_load: bool,
    pub host: Host,
    /// Today's date, read again while the page stays open (`keep_today`): a tab restored the
    /// next morning, or days later, must not offer yesterday as today (found by an audit).
    clock: RwSignal<Today>,
    /// This journey's mark on the history entries it writes (`history.state`): the browser's
    /// Back to one of them keeps the later answers, as the app's Back link does; an entry of
    /// another journey (before "Start again", a link pasted in) is taken as it is.
    entries: RwSignal<f64>,
    /// This app's root element (`.app`), once built: focus, printing and the error summary act
    /// on this app's page, not on another app of the same host page (found by a review).
    pub root: NodeRef<leptos::html::Div>,
    /// The host (a consulate's iframe or mount) declared rules this build cannot use.
    pub declared_refused: bool,
    /// Refused, and perhaps rules newer than this build (`ruleset::perhaps_newer`): the result
    /// then says it cannot check, not that no rules are in force.
    pub declared_newer: bool,
}

/// The history entry shown, as the app wrote it.
struct Entry {
    /// Its journey's mark.
    mark: f64,
    /// Its page was opened from "Check your answers" (Continue returns there; found by an
    /// audit: after a reload mid-change, Continue went through every later page).
    returning: bool,
    /// Where its Back link returns (`Journey::trail`).
    trail: String,
    /// After the Public Service Centre button, the address of the way left's result
    /// (`Journey::left_address`).
    left: Option<String>,
    /// In a frame, the way its page was on (`Journey::entry`).
    route: Option<crate::rules::Route>,
}

impl Entry {
    /// The way back its page keeps: the pages before it while returning to "Check your
    /// answers", or after the Public Service Centre button (`way_left`).
    fn way_back(self) -> String {
        if self.returning || way_left(&self.trail).is_some() {
            self.trail
        } else {
            String::new()
        }
    }
}

/// The trail as it was before its last "Check your answers" (where a Change link was
/// pressed), if it has one.
fn before_last_check(trail: &str) -> Option<String> {
    let words: Vec<&str> = trail.split(' ').collect();
    let check = Step::Check.slug();
    let at = words.iter().rposition(|w| *w == check)?;
    Some(words[..at].join(" "))
}

/// The way the Public Service Centre button left, where the trail starts with it
/// (`left-consulate`, `left-mfa`, `left-consulate-DE` with the consulate's preset country):
/// the Back link of the page it opened returns to that way's result, as the browser's Back
/// does (found by an audit: it went to the question before on the way in Kazakhstan, which the
/// person had never seen). Kept in the history entry, so a reload keeps the preset country,
/// which the address of the way in Kazakhstan no longer has.
fn way_left(trail: &str) -> Option<(crate::rules::Route, Option<crate::rules::Country>)> {
    let left = trail.split(' ').next()?.strip_prefix("left-")?;
    let (way, at) = match left.split_once('-') {
        Some((way, at)) => (way, Some(crate::rules::Country::parse(at).ok()?)),
        None => (left, None),
    };
    Some((query::route_from(way)?, at))
}

fn entry_state() -> Option<Entry> {
    let mark = entry_field("journey")?.as_f64()?;
    Some(Entry {
        mark,
        returning: entry_field("returning")
            .and_then(|r| r.as_bool())
            .unwrap_or(false),
        trail: entry_field("trail")
            .and_then(|t| t.as_string())
            .unwrap_or_default(),
        left: entry_field("left").and_then(|t| t.as_string()),
        route: entry_field("route")
            .and_then(|r| r.as_string())
            .and_then(|r| query::route_from(&r)),
    })
}

/// One field of what the app keeps beside the history entry shown (`Journey::entry`).
fn entry_field(name: &str) -> Option<JsValue> {
    let state = web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())?;
    js_sys::Reflect::get(&state, &name.into()).ok()
}

/// The address of the entry shown with the later answers kept in memory when it was shown
/// again by Back or Forward (`restore_now`), on a page of the app's own only: its own address
/// keeps the answers it had, which Back and Forward restore (found by a regression audit:
/// written into the address, an earlier entry's answers undid one changed later), and a reload
/// opens it with all of them (found by an audit of the address bar: a reload after Back lost
/// every later answer the page still showed).
pub fn entry_later() -> Option<Vec<(String, String)>> {
    Some(address_pairs(entry_field("later")?.as_string()?))
}

/// The pairs of an address the app wrote (`Journey::address`).
fn address_pairs(later: String) -> Vec<(String, String)> {
    let (search, hash) = match later.split_once('#') {
        Some((search, hash)) => (search.to_owned(), Some(hash.to_owned())),
        None => (later, None),
    };
    let search = search.split_once('?').map(|(_, q)| q.to_owned());
    pairs_of(search, hash)
}

/// A mark for a new journey's entries.
fn new_mark() -> f64 {
    js_sys::Math::random()
}

/// Today's date here (on this device) and in Kazakhstan. The rules core never reads the clock;
/// the UI passes the date in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Today {
    /// Where the applicant is: a consulate's day is the day of the country it is in.
    pub here: NaiveDate,
    /// The day of Kazakhstan's offices, which may already be tomorrow (or still yesterday)
    /// on the applicant's device.
    pub kazakhstan: NaiveDate,
}

impl Today {
    pub fn now() -> Today {
        let now = js_sys::Date::new_0();
        let here = NaiveDate::from_ymd_opt(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
        .unwrap_or(crate::rules::RULES_REVIEWED_ON);
        let kazakhstan =
            crate::rules::calendar::kazakhstan_day(now.get_time() as i64).unwrap_or(here);
        Today { here, kazakhstan }
    }

    /// The day that counts for a way of applying (`calendar::whose_day`).
    pub fn for_route(self, route: Option<crate::rules::Route>) -> NaiveDate {
        use crate::rules::calendar::{whose_day, WhoseDay};
        match whose_day(route) {
            WhoseDay::Kazakhstan => self.kazakhstan,
            WhoseDay::Applicant => self.here,
        }
    }
}

/// The file name of the app's page in `lang` when the address names the page by its file
/// (`index.html`, `index.ru.html`, `index.kk.html`); `None` for a folder (`/`), which the host
/// serves as it chooses. Each file carries its start page pre-rendered in its language: on a
/// static host that cannot choose it by `?lang=`, an address written after a language switch,
/// and a link copied, name the file of the language on screen, or a reload or the link paints
/// another language first (found by an audit of the embeds).
fn page_file(lang: &str) -> Option<String> {
    let path = web_sys::window()?.location().pathname().ok()?;
    let file = path.rsplit('/').next()?;
    let named = query::LANGS.iter().any(|code| file == page_file_name(code));
    named.then(|| page_file_name(lang))
}

/// `index.html` for English (the default page), `index.LANG.html` for the others.
pub(crate) fn page_file_name(lang: &str) -> String {
    if lang == "en" {
        "index.html".to_owned()
    } else {
        format!("index.{lang}.html")
    }
}

/// The address of the app's page in `lang`, without its query: this page's, with the file of
/// that language where the address names a file (`page_file`).
pub fn page_url(lang: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let path = match page_file(lang) {
        Some(file) => format!("{}{file}", &path[..path.rfind('/').map_or(0, |i| i + 1)]),
        None => path,
    };
    Some(format!("{}{path}", location.origin().ok()?))
}

/// The decoded pairs of the current page's address: its query string, then what follows `#`
/// (where the app writes the answers; a link from before 2026-12-04 has them in the query,
/// read all the same). Empty when there are none.
pub fn location_pairs() -> Vec<(String, String)> {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Vec::new();
    };
    pairs_of(location.search().ok(), location.hash().ok())
}

/// The pairs of an address's query and the part after `#`.
fn pairs_of(search: Option<String>, hash: Option<String>) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for part in [search, hash].into_iter().flatten() {
        // `#main` is the skip link's own target (`ui::skip_to_main`), followed before the app
        // had taken the page over: no answer, and nothing to report as unreadable.
        if part == "#main" {
            continue;
        }
        decode_into(part.strip_prefix('#').unwrap_or(&part), &mut pairs);
    }
    pairs
}

/// Appends the pairs of `encoded` (`a=1&b=2`, a leading `?` allowed), decoded by the browser.
fn decode_into(encoded: &str, pairs: &mut Vec<(String, String)>) {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(encoded) else {
        return;
    };
    // URLSearchParams is iterable as [key, value] arrays.
    if let Ok(Some(iter)) = js_sys::try_iter(&params) {
        for entry in iter.flatten() {
            let entry: js_sys::Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            let value = entry.get(1).as_string().unwrap_or_default();
            pairs.push((key, value));
        }
    }
}

/// Parses query pairs with the journey's rules. `None` when the link carries answers (or a
/// value the first download does not read) and the page module that reads them is not here
/// yet (`pages::parse_link`): `link_settings` is then what can be read without it.
pub fn parse_pairs(pairs: &[(String, String)]) -> Option<query::Parsed> {
    let (settings, complete) = query::parse_settings(link_iter(pairs));
    if complete {
        Some(settings)
    } else {
        pages::parse_link(pairs)
    }
}

/// The language, page, preset country and declared rules of a link, without its answers.
pub fn link_settings(pairs: &[(String, String)]) -> query::Parsed {
    query::parse_settings(link_iter(pairs)).0
}

/// `pairs` as the end of an address, encoded by the browser: `?` and the settings, then `#`
/// and the rest (`query::in_query`), each left out when empty. The question mark is always
/// there: a relative address without one would keep the current query.
fn encode(pairs: &[(String, String)]) -> Option<String> {
    let query = web_sys::UrlSearchParams::new().ok()?;
    let fragment = web_sys::UrlSearchParams::new().ok()?;
    for (k, v) in pairs {
        let part = if query::in_query(k, v) {
            &query
        } else {
            &fragment
        };
        part.append(k, v);
    }
    let fragment = String::from(fragment.to_string());
    let mut address = format!("?{}", String::from(query.to_string()));
    if !fragment.is_empty() {
        address.push('#');
        address.push_str(&fragment);
    }
    Some(address)
}

/// Query pairs as the `query` functions take them.
pub fn link_iter(pairs: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> {
    pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
}

/// The unreadable parts of a link that the applicant is told about. In a host's iframe or
/// mount the country, the declared rules and the language come from the host's embedding
/// code, which the applicant neither opened nor can answer again: not in this notice, but in
/// the console, where the host's developers look (`Shell` warns of every one). Declared rules
/// the app cannot use are told to the applicant in words of their own (`DeclaredRefused`).
pub(crate) fn shown_ignored(fields: &[query::LinkField], host: Host) -> Vec<query::LinkField> {
    use query::LinkField::{Consulate, Language, PresetCountry, Ruleset};
    fields
        .iter()
        .copied()
        .filter(|f| {
            host == Host::Standalone || !matches!(f, Consulate | PresetCountry | Ruleset | Language)
        })
        .collect()
}

impl Journey {
    /// The journey of the app a component is in (`Shell` provides it).
    pub fn current() -> Journey {
        // Not `expect_context`: its message formats the type's name with `{:?}`, which
        // compiles the debug escaping of strings into the app (issue 12: the download).
        use_context::<Journey>()
            .unwrap_or_else(|| panic!("iin-precheck: a page was built outside the app's shell"))
    }

    pub fn new(parsed: &query::Parsed, host: Host) -> Journey {
        let clock = Today::now();
        // The history entry is the app's only on a page of its own (a host's page may keep
        // its own state there; found by a review).
        let own_entry = (host != Host::DirectMount).then(entry_state).flatten();
        let today = clock.for_route(parsed.answers.route);
        let locked = Locked {
            consulate: parsed.preset_country,
        };
        let preset = parsed.preset_country;
        let answers = parsed.answers.clone();
        // A link's page once checked against its answers. Unchecked only when the page
        // module did not load (`mount_app` waited for it): that page then says so, with Try
        // again, and the check runs once the module is here (`pages::check_link_later`).
        let step = match parsed.step {
            Some(s) => pages::link_step(s, &answers, locked, today).unwrap_or(s),
            None => Step::Start,
        };
        // Returning to "Check your answers" only on the entry's own page: a frame reloaded
        // forgets its answers and shows another page (found by a regression audit: its Back
        // then led to the page itself).
        let (mark, kept) = match own_entry {
            Some(e) => (e.mark, Some(e).filter(|_| parsed.step == Some(step))),
            None => (new_mark(), None),
        };
        let left = kept.as_ref().and_then(|e| e.left.clone());
        Journey {
            answers: RwSignal::new(answers),
            step: RwSignal::new(step),
            returning: RwSignal::new(kept.as_ref().is_some_and(|e| e.returning)),
            trail: RwSignal::new(kept.map(Entry::way_back).unwrap_or_default()),
            left_address: RwSignal::new(left),
            ignored: RwSignal::new(shown_ignored(&parsed.ignored_fields, host)),
            has_error: RwSignal::new(false),
            announce: RwSignal::new(String::new()),
            ticked: RwSignal::new(Vec::new()),
            rules_from: RwSignal::new(None),
            consulate_preset: RwSignal::new(preset),
            preset_at_load: preset,
            host,
            clock: RwSignal::new(clock),
            // A reload keeps the journey: the entries before it are still its own.
            entries: RwSignal::new(mark),
            root: NodeRef::new(),
            declared_refused: host != Host::Standalone
                && parsed.ignored_fields.contains(&query::LinkField::Ruleset),
            declared_newer: host != Host::Standalone
                && parsed.ignored_fields.contains(&query::LinkField::Ruleset)
                && parsed.ruleset_perhaps_newer,
        }
    }

    /// Today, for the way chosen (`Today::for_route`); a page that shows it follows the day
    /// when it changes. The way is read untracked: it changes only with the page.
    /// This app's root element once built, else the last app mounted's.
    pub fn root_element(self) -> Option<web_sys::Element> {
        self.root
            .get_untracked()
            .map(|div| web_sys::Element::clone(&div))
            .or_else(super::app_root)
    }

    pub fn today(self) -> NaiveDate {
        let route = self.answers.with_untracked(|a| a.route);
        self.clock.get().for_route(route)
    }

    /// The device's own day, whatever the way (the day a page is printed on).
    pub fn device_today(self) -> NaiveDate {
        self.clock.get().here
    }

    /// `today` where nothing is to follow it (a press, a page being built once).
    pub fn today_untracked(self) -> NaiveDate {
        let route = self.answers.with_untracked(|a| a.route);
        self.clock.get_untracked().for_route(route)
    }

    /// Reads the clock again when the applicant comes back to the page (a tab shown again, a
    /// window focused, a page restored from the browser's cache), and once a minute while it
    /// stays open: past midnight the date page offers the new day, and the result page
    /// says the day chosen has passed.
    pub fn keep_today(self) {
        let read = move || {
            let now = Today::now();
            if self.clock.try_get_untracked().is_some_and(|t| t != now) {
                self.clock.set(now);
            }
        };
        let shown = window_event_listener_untyped("visibilitychange", move |_| read());
        let focused = window_event_listener_untyped("focus", move |_| read());
        let restored = window_event_listener_untyped("pageshow", move |_| read());
        let minute = set_interval_with_handle(read, std::time::Duration::from_secs(60)).ok();
        on_cleanup(move || {
            shown.remove();
            focused.remove();
            restored.remove();
            if let Some(m) = minute {
                m.clear();
            }
        });
    }

    /// Whether the embassy or consulate's country is preset (the consular way).
    pub fn preset_country(self) -> bool {
        self.consulate_preset.get_untracked()
    }

    /// The questions the host's preset answers.
    pub fn locked(self) -> Locked {
        Locked {
            consulate: self.preset_country(),
        }
    }

    /// "See what to bring to a Public Service Centre", where the consular way does not serve
    /// the applicant: the way in Kazakhstan, a consulate's preset country left for this
    /// journey (found by an audit: a consulate's embed recommended it and offered no way to
    /// it), and the questions it asks next; the answers given are kept.
    pub fn apply_in_kazakhstan(self, lang: &str) {
        // The entry left keeps the consulate's answers: the browser's Back returns to them.
        self.replace_url(lang);
        self.left_address.set(
            (self.host == Host::Standalone)
                .then(|| self.address(Step::Result, lang))
                .flatten(),
        );
        let preset = self.preset_country();
        self.consulate_preset.set(false);
        let mut left = String::new();
        self.answers.update(|a| {
            let before = a.route;
            if let Some(way) = before {
                left = format!("left-{}", query::route_code(way));
                if let Some(at) = a.at.filter(|_| preset) {
                    left = format!("{left}-{}", at.as_str());
                }
            }
            a.route = Some(crate::rules::Route::InCountry);
            self.today_follows_the_way(before, a);
        });
        // The answers already given stand: the first question this way asks that has none,
        // as after a Change, else "Check your answers" (found by an audit: four questions
        // answered at the consulate were asked again, one by one).
        let next = self.answers.with_untracked(|a| {
            flow::next(Step::Date, a, self.locked(), self.today_untracked(), true)
        });
        self.returning.set(next != Step::Check);
        self.trail.set(left);
        self.go_from(next, lang, false);
    }

    /// Whether the answers, on the way left (`way_left`), reach its result.
    fn reaches_the_way_left(
        self,
        (way, at): (crate::rules::Route, Option<crate::rules::Country>),
        mut a: Answers,
    ) -> bool {
        let before = a.route;
        a.route = Some(way);
        if at.is_some() {
            a.at = at;
        }
        self.today_follows_the_way(before, &mut a);
        let locked = Locked {
            consulate: at.is_some(),
        };
        let today = self.clock.get_untracked().for_route(Some(way));
        flow::reachable(Step::Result, &a, locked, today) == Step::Result
    }

    /// The Back link where the Public Service Centre button was pressed (`way_left`): the way
    /// left and its result again, with the answers given since, as `apply_in_kazakhstan` left
    /// it (the date that was "today" there is "today" again; the host's preset country back).
    fn back_to_the_way_left(
        self,
        (way, at): (crate::rules::Route, Option<crate::rules::Country>),
        lang: &str,
    ) {
        self.replace_url(lang);
        self.consulate_preset.set(at.is_some());
        self.answers.update(|a| {
            let before = a.route;
            a.route = Some(way);
            if at.is_some() {
                a.at = at;
            }
            self.today_follows_the_way(before, a);
        });
        self.returning.set(false);
        self.trail.set(String::new());
        let step = self.answers.with_untracked(|a| {
            flow::reachable(Step::Result, a, self.locked(), self.today_untracked())
        });
        self.go_from(step, lang, false);
    }

    /// A date that was "today" for the way chosen before is "today" for the new way: the
    /// consulate's (the device's day) and the offices' in Kazakhstan (UTC+5) differ for some
    /// hours of each day (found by audits: "5 December is in the past" in the evening in New
    /// York after the Public Service Centre button, then after a Change of the way, for a
    /// date the applicant never typed).
    pub fn today_follows_the_way(self, before: Option<crate::rules::Route>, a: &mut Answers) {
        let today = self.clock.get_untracked();
        let (was, now) = (today.for_route(before), today.for_route(a.route));
        if before != a.route && a.date == Some(was) && now != was {
            a.set_date(now);
        }
    }

    /// Whether the app owns the page's URL and title.
    pub fn owns_page(self) -> bool {
        self.host != Host::DirectMount
    }

    /// The link's pairs for the current answers, `step` and language. Before any question is
    /// answered the first download writes them itself; answers come from the question pages
    /// or from a link read in the page module, which is then here (`pages::link_pairs`).
    /// Until the module has read a link's answers (it did not load: `pages::read_link_later`)
    /// they stay as the link gave them, on the start page and "Rules and sources" too; `None`
    /// on a later page, whose address is then left as it is, answers and all.
    fn pairs(self, step: Step, lang: &str) -> Option<Vec<(String, String)>> {
        if let Some(unread) = pages::unread_link() {
            return query::relink_unread(&unread, step, lang);
        }
        self.answers.with_untracked(|a| {
            let (settings, complete) = query::settings_pairs(a, step, lang, self.preset_country());
            if complete {
                Some(settings)
            } else {
                pages::link_pairs(a, step, lang, self.preset_country(), self.today_untracked())
            }
        })
    }

    /// The address (after the path: `?` settings `#` answers, see `encode`) for the current
    /// answers, page and language (`pairs`).
    pub fn address(self, step: Step, lang: &str) -> Option<String> {
        // A language asked for whose texts did not load stays in the address on every page,
        // so a reload online opens it, as its notice says (found by an audit of a failing
        // network: kept only until the first page change, then a reload opened English).
        let asked = crate::ui::lang::asked_unavailable();
        let lang: &str = match asked {
            Some(l) => crate::ui::text::code(l),
            None => lang,
        };
        let mut pairs = self.pairs(step, lang)?;
        if self.host == Host::Iframe {
            // No answer in a frame's address: the browser keeps a frame's addresses in its
            // history and session files on disk, where the host's page promises nothing is
            // kept (found by an audit of the privacy promise: a child's birth date in
            // Chromium's History). The entries carry the page only; Back and Forward take the
            // answers from memory (`restore_now`, this journey's entries), and a reload or
            // another journey's entry (after Start again) starts without them.
            pairs.retain(|(k, v)| k == "step" || query::in_query(k, v));
            // Keep the embedding parameters so a reload inside the frame still works.
            pairs.extend(
                location_pairs()
                    .into_iter()
                    .filter(|(k, _)| query::EMBED_KEYS.contains(&k.as_str())),
            );
        }
        let address = encode(&pairs)?;
        Some(match page_file(lang) {
            Some(file) => format!("{file}{address}"),
            None => address,
        })
    }

    /// A link that restores every answer (standalone address of this page).
    pub fn share_link(self, lang: &str) -> Option<String> {
        let address = encode(&self.pairs(Step::Result, lang)?)?;
        Some(format!("{}{address}", page_url(lang)?))
    }

    /// Shows `step`, recording the page left in the browser's history on a page of the app's
    /// own (in a frame or a host's page the Back link's way back is the journey's: `back`).
    pub fn go(self, step: Step, lang: &str) {
        self.go_from(step, lang, true);
    }

    /// "Start again": the answers cleared but for what the host preset (its country, its
    /// declared rules), and the start page shown. The result's history entry is left as it
    /// was: Back returns to the result, not to an empty question.
    pub fn start_again(self, lang: &str) {
        self.returning.set(false);
        self.trail.set(String::new());
        self.consulate_preset.set(self.preset_at_load);
        self.answers.update(|a| {
            *a = self.unanswered(a);
            self.entries.set(new_mark());
        });
        self.go_from(Step::Start, lang, false);
    }

    /// The answers before any question is answered: only what the host or the link preset
    /// (the rules declared; the consulate's country and so the consular way).
    fn unanswered(self, a: &Answers) -> Answers {
        let preset = self.preset_at_load;
        let mut fresh = Answers {
            ruleset: a.ruleset,
            ..Answers::default()
        };
        if preset {
            fresh.at = a.at;
            fresh.route = Some(crate::rules::Route::Consulate);
        }
        fresh
    }

    /// No question answered yet (`unanswered`).
    pub fn nothing_answered(self) -> bool {
        self.answers.with_untracked(|a| *a == self.unanswered(a))
    }

    /// `go`; `record_left`: first write the answers into the entry being left.
    fn go_from(self, step: Step, lang: &str, record_left: bool) {
        self.has_error.set(false);
        // The result of the way in Kazakhstan ends the way back to the way left (found by a
        // regression audit: "Change your answers" there, then Back, led to the consulate).
        if step == Step::Result && way_left(&self.trail.get_untracked()).is_some() {
            self.trail.set(String::new());
        }
        let from = self.step.get_untracked();
        if step == Step::Rules && from != Step::Rules {
            self.rules_from.set(Some(from));
        }
        if self.owns_page() {
            // First record the answer just given in the entry being left, so the browser's
            // Back button shows that page with its answer; then add the new page's entry.
            if record_left {
                self.replace_url(lang);
            }
            if let (Some(address), Some(history)) = (
                self.address(step, lang),
                web_sys::window().and_then(|w| w.history().ok()),
            ) {
                let _ = history.push_state_with_url(&self.entry(None), "", Some(&address));
            }
        }
        self.step.set(step);
    }

    /// What the app keeps in a history entry beside its address (`entry_state`,
    /// `entry_later`).
    fn entry(self, later: Option<String>) -> JsValue {
        let state = js_sys::Object::new();
        if let Some(later) = later {
            let _ = js_sys::Reflect::set(&state, &"later".into(), &later.into());
        }
        let _ = js_sys::Reflect::set(
            &state,
            &"journey".into(),
            &self.entries.get_untracked().into(),
        );
        let _ = js_sys::Reflect::set(
            &state,
            &"returning".into(),
            &self.returning.get_untracked().into(),
        );
        let trail = self.trail.get_untracked();
        if let Some(left) = self
            .left_address
            .get_untracked()
            .filter(|_| way_left(&trail).is_some())
        {
            let _ = js_sys::Reflect::set(&state, &"left".into(), &left.into());
        }
        let _ = js_sys::Reflect::set(&state, &"trail".into(), &trail.into());
        // A frame's address holds no answer (`address`), so its entry keeps the way its page
        // is on: after the Public Service Centre button, Back to the consulate's result (its
        // address presets the consulate) then Forward showed the consulate's "Check your
        // answers", the way taken from memory (found on a walk, stop 64). The way is no
        // personal datum, and the trail beside it already names the way left.
        if self.host == Host::Iframe {
            if let Some(route) = self.answers.with_untracked(|a| a.route) {
                let _ =
                    js_sys::Reflect::set(&state, &"route".into(), &query::route_code(route).into());
            }
        }
        state.into()
    }

    /// Rewrites the current history entry (a language switch, an answer on the same page).
    pub fn replace_url(self, lang: &str) {
        if !self.owns_page() {
            return;
        }
        if let (Some(address), Some(history)) = (
            self.address(self.step.get_untracked(), lang),
            web_sys::window().and_then(|w| w.history().ok()),
        ) {
            let _ = history.replace_state_with_url(&self.entry(None), "", Some(&address));
        }
    }

    /// Keeps beside the current entry, its address unchanged, the address with every answer
    /// (`entry_later`).
    fn keep_later(self, lang: &str) {
        if self.host != Host::Standalone {
            return;
        }
        if let (Some(address), Some(history)) = (
            self.address(self.step.get_untracked(), lang),
            web_sys::window().and_then(|w| w.history().ok()),
        ) {
            let _ = history.replace_state(&self.entry(Some(address)), "");
        }
    }

    /// Continue from the current page after its answer was stored.
    pub fn advance(self, lang: &str) {
        let current = self.step.get_untracked();
        // The way to an embassy or consulate chosen again, where the host or the link preset
        // one and the applicant left it for a Public Service Centre: that consulate again,
        // its country preset (found by a review: another country could be chosen, judged by
        // the first consulate's declared rules).
        let consulate =
            self.answers.with_untracked(|a| a.route) == Some(crate::rules::Route::Consulate);
        if current == Step::Route && consulate && self.preset_at_load && !self.preset_country() {
            self.consulate_preset.set(true);
        }
        let returning = self.returning.get_untracked();
        let next = self.answers.with_untracked(|a| {
            flow::next(current, a, self.locked(), self.today_untracked(), returning)
        });
        // The page left keeps, in its history entry, that it was opened from Check.
        self.replace_url(lang);
        // The way in Kazakhstan left for another (a Change of the way): its Back no longer
        // returns to the way the Public Service Centre button left.
        let in_country =
            self.answers.with_untracked(|a| a.route) == Some(crate::rules::Route::InCountry);
        if !in_country && way_left(&self.trail.get_untracked()).is_some() {
            self.trail.update(|t| {
                *t = t
                    .split_once(' ')
                    .map(|(_, rest)| rest.to_owned())
                    .unwrap_or_default()
            });
        }
        let left = way_left(&self.trail.get_untracked()).is_some();
        let came_through = move || {
            self.trail.update(|t| {
                if !t.is_empty() {
                    t.push(' ');
                }
                t.push_str(&current.slug());
            })
        };
        // Out of the questions (to Check, or to the result where the way is closed: found by
        // a regression audit, "Change your answers" then led Back to the changed page). On the
        // way the Public Service Centre button opened, Check's Back retraces the questions
        // answered (found by a regression audit: it jumped over them to the way left).
        if matches!(next, Step::Check | Step::Result) {
            self.returning.set(false);
            if left && next == Step::Check {
                // Back at Check after a Change: the way back as before the Change link (found
                // by a regression audit: Check came back after every change); else the page
                // continued from.
                match self.trail.with_untracked(|t| before_last_check(t)) {
                    Some(before) => self.trail.set(before),
                    None => came_through(),
                }
            } else {
                self.trail.set(String::new());
            }
        } else if returning || left {
            // A question the change (or the way in Kazakhstan) asks anew: its Back returns to
            // this page.
            came_through();
        }
        self.go_from(next, lang, false);
    }

    /// The Back link: the previous page on the path; after a Change link, the page the
    /// person came from (`trail`), "Check your answers" last (where a question is still
    /// unanswered, that question: a link or Back never skips one, `flow::reachable`).
    pub fn back(self, lang: &str) {
        let current = self.step.get_untracked();
        let (locked, today) = (self.locked(), self.today_untracked());
        let mut trail = self.trail.get_untracked();
        let returning = self.returning.get_untracked();
        let in_country =
            self.answers.with_untracked(|a| a.route) == Some(crate::rules::Route::InCountry);
        let mut left = way_left(&trail).filter(|_| in_country);
        // On the page the Public Service Centre button opened (a question it asks, or "Check
        // your answers"), the way left and its result (`way_left`), where the answers given
        // since still reach it; else, as without the button, the question before on the path
        // (found by a regression audit: a date changed to 2025 made the consulate's way ask
        // the group, and Back opened that question, never seen).
        if let Some(way) = left.filter(|_| !trail.contains(' ')) {
            if self.reaches_the_way_left(way, self.answers.get_untracked()) {
                return self.back_to_the_way_left(way, lang);
            }
            // After a reload, the answers only the way left asked are in its result's address.
            let mut filled = self.answers.get_untracked();
            if let Some(then) = self
                .left_address
                .get_untracked()
                .and_then(|address| pages::parse_link(&address_pairs(address)))
            {
                filled.fill_from(&then.answers);
                if self.reaches_the_way_left(way, filled.clone()) {
                    self.answers.set(filled);
                    return self.back_to_the_way_left(way, lang);
                }
            }
            left = None;
            trail.clear();
            self.trail.set(String::new());
        }
        let came_from = if returning || left.is_some() {
            let (rest, last) = trail.rsplit_once(' ').unwrap_or(("", trail.as_str()));
            let came_from = Step::from_slug(last);
            trail = rest.to_owned();
            came_from
        } else {
            None
        };
        // Never forward to a question still unanswered (found by a regression audit: Back
        // from the changed page led to the new question it had just left): then, as without
        // a Change, the question before on the path.
        let previous = self.answers.with_untracked(|a| {
            came_from
                .filter(|step| flow::reachable(*step, a, locked, today) == *step)
                .unwrap_or_else(|| flow::previous(current, a, locked, today))
        });
        // The page left keeps its own way back in its history entry.
        self.replace_url(lang);
        if came_from.is_some() {
            self.trail.set(trail);
            if previous == Step::Check {
                self.returning.set(false);
            }
        }
        self.go_from(previous, lang, false);
    }

    /// A Change link on "Check your answers".
    pub fn change(self, step: Step, lang: &str) {
        self.replace_url(lang);
        self.returning.set(true);
        // After the Public Service Centre button, the pages before Check stay on the way back.
        self.trail.update(|t| {
            *t = if way_left(t).is_some() {
                format!("{t} {}", Step::Check.slug())
            } else {
                Step::Check.slug()
            };
        });
        self.go_from(step, lang, false);
    }

    /// Restores answers and page from the URL after the browser's Back or Forward; `lang`:
    /// the language on screen.
    pub fn restore_from_location(self, lang: &'static str) {
        if !self.restore_now(lang) {
            // The page module that reads the entry's answers, or checks its page, is not here
            // yet: once it is, again.
            leptos::task::spawn_local(async move {
                if pages::fetch_module().await {
                    self.restore_from_location(lang);
                }
            });
        }
    }

    /// `restore_from_location` now; false when that needs the page module, which is not here.
    fn restore_now(self, lang: &'static str) -> bool {
        let pairs = location_pairs();
        // While the module has not read a link's answers, the entries the app wrote for the
        // start page and "Rules and sources" carry them unread (`pairs`): those pages open
        // with the link's settings, and the answers wait with the link's (`pages`).
        let unread_entry = || {
            pages::unread_link()
                .map(|_| link_settings(&pairs))
                .filter(|settings| settings.step.is_some())
        };
        let Some(mut parsed) = parse_pairs(&pairs).or_else(unread_entry) else {
            return false;
        };
        // An entry this journey wrote before its later answers were given: they are kept
        // (found by an audit: Back eight times, another group chosen, and the identity pages
        // came up empty; the app's Back link kept them). Another journey's entry (before Start
        // again) or a link pasted in is taken as it is, and its journey continues.
        // Nothing is changed before the page is known (it may need the page module: then
        // all this again once it is here).
        let entry = entry_state();
        let ours = entry
            .as_ref()
            .is_some_and(|e| e.mark == self.entries.get_untracked());
        // Answers kept from memory are kept beside the entry too, for a reload (`keep_later`).
        let mut filled = false;
        if ours {
            let before = parsed.answers.clone();
            // A frame's entry: its way from the entry, not from memory (`entry`).
            if parsed.answers.route.is_none() {
                parsed.answers.route = entry.as_ref().and_then(|e| e.route);
            }
            self.answers.with_untracked(|a| parsed.answers.fill_from(a));
            filled = parsed.answers != before;
        }
        // The typed IIN is never in the URL: kept from memory while the answer stands, and
        // only in this journey's entries (found by a review: another applicant's IIN on the
        // first one's pages after Start again and Back).
        parsed.answers.iin = None;
        if ours && parsed.answers.has_iin == Some(crate::journey::Tri::Yes) {
            parsed.answers.iin = self.answers.with_untracked(|a| a.iin.clone());
        }
        // An entry from before "apply in Kazakhstan instead" carries the preset country.
        let locked = Locked {
            consulate: parsed.preset_country,
        };
        let today = self.clock.get_untracked().for_route(parsed.answers.route);
        let step = match parsed.step {
            Some(s) => match pages::link_step(s, &parsed.answers, locked, today) {
                Some(step) => step,
                None => return false,
            },
            None => Step::Start,
        };
        // The entry's journey goes on. A link pasted into this tab (an entry the app did not
        // write) starts a journey of its own: Back to the earlier one never takes its answers
        // (found by a review: one person's passport on another's pages).
        let pasted = entry.is_none();
        let moved = parsed.step.unwrap_or(Step::Start) != step;
        self.entries
            .set(entry.as_ref().map_or_else(new_mark, |e| e.mark));
        // Returning to "Check your answers" only on the entry's own page (as at a load).
        let kept = entry.filter(|_| !moved);
        self.returning
            .set(kept.as_ref().is_some_and(|e| e.returning));
        self.left_address
            .set(kept.as_ref().and_then(|e| e.left.clone()));
        self.trail
            .set(kept.map(Entry::way_back).unwrap_or_default());
        self.consulate_preset.set(parsed.preset_country);
        self.answers.set(parsed.answers);
        self.has_error.set(false);
        self.step.set(step);
        // Not only Back and Forward to the entries the app wrote: a link pasted into this tab
        // that differs from its address after '#' alone opens in this page, with no load.
        // Such a link is told and rewritten as one that loads the page is (`Shell`): its
        // unreadable parts named, the address at the page shown and without them.
        let dropped = !parsed.ignored_fields.is_empty();
        if dropped {
            self.ignored
                .set(shown_ignored(&parsed.ignored_fields, self.host));
        }
        // The language on screen stays, and the address says it (found by an audit: after a
        // switch to Russian, Back showed Russian under `lang=en`, and a reload English).
        if moved || dropped || pasted || parsed.lang.as_deref() != Some(lang) {
            self.replace_url(lang);
        } else if filled {
            self.keep_later(lang);
        }
        true
    }

    /// Embedded, the answers do not outlive the visit to the host's page, as the page says
    /// ("gone when you leave or reload it"): a browser's back/forward cache brought the
    /// whole result, the typed IIN too, back after the host's page was left and Back pressed
    /// (found by an audit of the privacy promise). Hidden as the page is left; shown again,
    /// from that cache, as "Start again" leaves it.
    pub fn forget_when_left(self) {
        if self.host == Host::Standalone {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let root = self.root;
        // A mount unmounted since (`unmount`): its journey is gone, nothing to do.
        let alive = move || self.step.try_get_untracked().is_some();
        let hide = Closure::<dyn Fn()>::new(move || {
            if !alive() {
                return;
            }
            if let Some(el) = root.get_untracked() {
                let _ = el.set_attribute("hidden", "");
            }
        });
        let i18n = super::lang::use_i18n();
        let show = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            if !alive() {
                return;
            }
            let restored = js_sys::Reflect::get(&event, &"persisted".into())
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            if restored {
                self.start_again(super::text::code(i18n.get_locale_untracked()));
            }
            if let Some(el) = root.get_untracked() {
                let _ = el.remove_attribute("hidden");
            }
        });
        let _ = window.add_event_listener_with_callback("pagehide", hide.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback("pageshow", show.as_ref().unchecked_ref());
        // As long as the page: never removed.
        hide.forget();
        show.forget();
    }

    /// Listens to the browser's Back and Forward buttons (own page only).
    pub fn listen_to_history(self) {
        if !self.owns_page() {
            return;
        }
        // Back and Forward show a page anew, at its top with its heading focused: the browser
        // restoring the old scroll position after that (Firefox does) left the focused heading
        // off screen (found by an audit).
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
        }
        let i18n = super::lang::use_i18n();
        let handler = Closure::<dyn Fn()>::new(move || {
            self.restore_from_location(super::text::code(i18n.get_locale_untracked()))
        });
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("popstate", handler.as_ref().unchecked_ref());
        }
        // The app lives as long as the page: the listener is never removed.
        handler.forget();
    }
}

/// "2026-11-21" for a date input's value.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}
