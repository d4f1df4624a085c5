//! The UI shell: Leptos components that ask questions, build an `Applicant`, call
//! `evaluate` and render the `Outcome`. No rule logic lives here: which pages exist is
//! `journey::flow`, what the law says is `rules::evaluate`.

mod check;
mod checklist;
mod citations;
mod fresh;
pub(crate) mod lang;
mod markup;
mod pages;
mod questions;
mod result;
mod rules_page;
pub(crate) mod start;
pub mod state;
pub mod text;
mod update;
mod widgets;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::*;
use crate::journey::collation::in_sentence;
use crate::journey::{query, Step};
use crate::rules::{Country, Route, RulesetId};
use crate::ui::lang::use_i18n;
use state::Journey;

/// Where the app runs: decides whether it may touch the page's URL, title and `<html lang>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Host {
    /// Its own page: state in the address (answers after `#`), page title per step.
    #[default]
    Standalone,
    /// Inside an `<iframe>` of a host page: like standalone, plus height messages.
    Iframe,
    /// Mounted into a host page's element: never touches the URL, title, `<html lang>` or
    /// cookies; state lives in memory.
    DirectMount,
}

/// What a host (consulate page) presets. Preset answers are not asked again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presets {
    /// The consulate's country: implies the consular route, and skips the route question
    /// (no question asks the country: `flow::asked_given`).
    pub country: Option<Country>,
    /// Interface language code as given (`en`, `ru`, `kk`); anything else is ignored with a
    /// console warning and the browser's languages decide.
    pub lang: Option<String>,
    /// The rules the consulate declares it applies.
    pub ruleset: Declared,
}

/// What a host declared of the rules it applies: one enum, so that rules both kept and
/// refused cannot be said.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Declared {
    #[default]
    Nothing,
    Rules(RulesetId),
    /// Rules this build cannot use (newer than it, not for consulates, or mistyped): the
    /// applicant is told (`DeclaredRefused`), the host's developers are warned.
    /// `perhaps_newer`: written as ours are, with a later year (`ruleset::perhaps_newer`).
    Refused {
        perhaps_newer: bool,
    },
}

impl Declared {
    pub fn rules(self) -> Option<RulesetId> {
        match self {
            Declared::Rules(id) => Some(id),
            Declared::Nothing | Declared::Refused { .. } => None,
        }
    }
}

/// Options for [`mount_into`].
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    pub host: Host,
    pub presets: Presets,
}

/// A mounted app; dropping it without `unmount` leaves it mounted.
pub struct Mounted {
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Mounted {
    /// Removes the app's DOM and its reactive owner.
    pub fn unmount(mut self) {
        drop(self.handle.take());
    }
}

impl Drop for Mounted {
    /// Leptos's handle unmounts when dropped; a host that lets go of its handle (a JavaScript
    /// object collected as garbage) must not lose the app, so only `unmount` removes it.
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            std::mem::forget(handle);
        }
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// The standalone app's start (`main`): mounts in a task of its own, after the one that
/// instantiated the wasm. The browser can handle input and paint between the two, and
/// neither task alone blocks the main thread as long as both together did (issue 12, Total
/// Blocking Time). The pre-rendered start page stays on screen until the mount replaces it.
pub fn start() {
    widgets::after_render(mount_app);
}

/// Mounts the standalone app into `<body>`, reading answers and presets from the URL. The
/// reader's language is fetched first when it is not compiled in (`ui::lang`; the page of that
/// language preloads it): the app then opens in it, or in English with a notice.
pub fn mount_app() {
    console_error_panic_hook::set_once();
    // A reload of an entry shown again by Back or Forward: with the later answers the page
    // showed (`state::entry_later`), else the address.
    let pairs = state::entry_later().unwrap_or_else(state::location_pairs);
    let iframe = pairs.iter().any(|(k, v)| k == "embed" && v == "iframe");
    // `None`: the link carries answers, which the page module reads (`state::parse_pairs`).
    let read = state::parse_pairs(&pairs);
    let settings = read.clone().unwrap_or_else(|| state::link_settings(&pairs));
    let host = if iframe {
        Host::Iframe
    } else {
        Host::Standalone
    };
    let mut settings = settings;
    settings.lang = settings.lang.or_else(page_file_lang);
    let wanted = wanted_locale(&settings);
    // A link to a later page is checked against its answers before the app shows it, and
    // the check is in the page module (`pages::link_step`), as is the reading of a link's
    // answers: fetch that first, as the texts.
    let later_page = read.is_none() || settings.step.is_some_and(|s| !pages::can_check_link(s));
    if lang::is_loaded(wanted) && !later_page {
        mount_body(host, settings);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            if !lang::is_loaded(wanted) {
                if let Err(e) = lang::load(wanted).await {
                    warn(&e);
                }
            }
            if later_page && !pages::fetch_module().await {
                pages::check_link_later();
            }
            let parsed = match read.or_else(|| state::parse_pairs(&pairs)) {
                Some(parsed) => parsed,
                None => {
                    // The module did not load: the app opens with the link's settings, and
                    // reads its answers once the module is here (Try again). A link to a
                    // later page opens one, which says that it could not be loaded: which page
                    // the link names is read with its answers.
                    let mut settings = settings;
                    let later = query::asks_for_later_page(state::link_iter(&pairs));
                    if later {
                        settings.step = Some(Step::Check);
                    }
                    pages::read_link_later(pairs, later);
                    settings
                }
            };
            mount_body(host, parsed);
        });
    }
}

/// The language of the page file opened (index.ru.html, index.kk.html), for a link without
/// `?lang`: a consulate's site may link to the Russian page by its file name, and the page
/// painted in Russian must not turn into the browser's language when the app takes over.
/// index.html names no language: the browser's is used there.
fn page_file_lang() -> Option<String> {
    let path = web_sys::window()?.location().pathname().ok()?;
    let file = path.rsplit('/').next()?;
    query::LANGS
        .iter()
        .find(|code| file == format!("index.{code}.html"))
        .map(|code| (*code).to_owned())
}

fn mount_body(host: Host, mut parsed: query::Parsed) {
    parsed.lang = parsed.lang.or_else(page_file_lang);
    // The start page pre-rendered into the HTML at build time (.ci/prerender.mjs) painted
    // before the wasm arrived; the app replaces it in this same task, so no frame shows the
    // page empty.
    if let Some(prerendered) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerendered"))
    {
        prerendered.remove();
    }
    leptos::mount::mount_to_body(move || view! { <Root host parsed=parsed.clone() /> });
    // The other pages' code, once the start page has settled (`pages`).
    pages::prefetch();
}

/// The language asked for: the URL's (or the host's preset), else the browser's.
fn wanted_locale(parsed: &query::Parsed) -> Locale {
    parsed
        .lang
        .as_deref()
        .and_then(text::from_code)
        .unwrap_or_else(text::from_browser)
}

/// Mounts the app into `element` (the caller provides the Shadow DOM root's container).
pub fn mount_into(element: web_sys::HtmlElement, options: MountOptions) -> Mounted {
    console_error_panic_hook::set_once();
    let mut parsed = query::Parsed::default();
    if let Some(country) = options.presets.country {
        parsed.answers.at = Some(country);
        parsed.answers.route = Some(Route::Consulate);
        parsed.preset_country = true;
    }
    parsed.answers.ruleset = options.presets.ruleset.rules();
    if let Declared::Refused { perhaps_newer } = options.presets.ruleset {
        parsed.ignored_fields.push(query::LinkField::Ruleset);
        parsed.ruleset_perhaps_newer = perhaps_newer;
    }
    // A language tag as the iframe reads it (`ru-RU`, `RU`: Russian; found by an audit: the
    // mount took only `ru` and opened in English).
    let primary = options
        .presets
        .lang
        .as_deref()
        .and_then(query::language_tag);
    match (options.presets.lang.as_deref(), primary) {
        (Some(_), Some(code)) if query::LANGS.contains(&code.as_str()) => parsed.lang = Some(code),
        (Some(other), _) => warn(&format!(
            "iin-precheck: language {} is not available (en, ru, kk); using the browser's",
            crate::embed::validate::shown(other)
        )),
        (None, _) => {}
    }
    let host = options.host;
    let handle = leptos::mount::mount_to(element, move || {
        view! { <Root host parsed=parsed.clone() /> }.into_any()
    });
    Mounted {
        handle: Some(handle),
    }
}

/// The standalone app as a component (tests mount it into a host element).
#[component]
pub fn App() -> impl IntoView {
    let pairs = state::location_pairs();
    let parsed = state::parse_pairs(&pairs).unwrap_or_else(|| state::link_settings(&pairs));
    view! { <Root host=Host::Standalone parsed /> }
}

#[component]
fn Root(host: Host, parsed: query::Parsed) -> impl IntoView {
    // The language: the URL's (or the host's preset), else the browser's (`ui::lang`); English
    // with a notice when its texts could not be fetched. No cookie, and <html lang> is left
    // alone: the shell sets `lang` on its own root, and on <html> only when it owns the page.
    let wanted = wanted_locale(&parsed);
    let initial = if lang::is_loaded(wanted) {
        wanted
    } else {
        Locale::en
    };
    lang::provide(initial, (initial != wanted).then_some(wanted));
    view! { <Shell host parsed initial /> }
}

thread_local! {
    /// The root element of the most recently mounted app, for focus and title updates that
    /// run outside the reactive owner (timeouts).
    static APP_ROOT: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    static OWNS_PAGE: std::cell::Cell<(bool, bool)> = const { std::cell::Cell::new((false, false)) };
}

/// The root element of the app (for focus management).
pub(crate) fn app_root() -> Option<web_sys::Element> {
    APP_ROOT.with(|r| r.borrow().clone())
}

/// Sets the page title from the current page heading ("Error: " first when the page shows
/// errors), only when the app owns the page.
pub(crate) fn update_title() {
    widgets::after_render(|| {
        let (owns, has_error) = OWNS_PAGE.with(|o| o.get());
        if !owns {
            return;
        }
        let Some(root) = app_root() else { return };
        let heading = root
            .query_selector("h1")
            .ok()
            .flatten()
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        let lang = root.get_attribute("lang").unwrap_or_default();
        let l = text::from_code(&lang).unwrap_or(Locale::en);
        // A page whose code is on its way has no heading yet: "Loading…", not a title that
        // starts with a dash (found by an audit of slow links).
        let heading = match heading.trim() {
            "" => td_string!(l, page_loading),
            h => h,
        };
        let mut title = td_string!(l, page_title, page = heading).to_string();
        if has_error {
            title = format!("{} {title}", td_string!(l, error_prefix));
        }
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
        }
    });
}

/// Moves focus to the page heading of app `j` (after a page change; `None`: the last app
/// mounted). A page whose code is still on its way (`pages`) has no heading yet: the wish is
/// kept until it arrives (`page_arrived`).
fn focus_heading(j: Option<Journey>) {
    FOCUS_WANTED.with(|f| f.set(true));
    // At the top before the new page is first painted, not after it: a page drawn at the old
    // one's place (the foot of a long result), then moved, was seen on a slow phone for about
    // 70 ms (found by a slow-phone audit). The focus below waits for the heading.
    if OWNS_PAGE.with(|o| o.get().0) {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
    widgets::after_render(move || {
        let Some(root) = j.map_or_else(app_root, |j| j.root_element()) else {
            return;
        };
        if let Ok(Some(h)) = root.query_selector("h1") {
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                FOCUS_WANTED.with(|f| f.set(false));
                // On its own page, a new page starts at the top, its name and languages in
                // view (found by an audit: Firefox opened a Change 93 px down). Never the
                // host's page: there the focus alone brings the heading into view.
                if OWNS_PAGE.with(|o| o.get().0) {
                    if let Some(w) = web_sys::window() {
                        w.scroll_to_with_x_and_y(0.0, 0.0);
                    }
                }
                let _ = h.focus();
            }
        }
    });
}

/// The page's heading takes back a focus that fell to the body, while this document has the
/// focus (`focus_heading` scrolls only on a page of its own).
pub(crate) fn refocus_lost() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let body: Option<web_sys::Element> = doc.body().map(Into::into);
    let lost = doc.active_element().is_none_or(|a| Some(a) == body);
    if lost && doc.has_focus().unwrap_or(false) {
        if let Some(h) = app_root()
            .and_then(|r| r.query_selector("h1").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h.focus();
        }
    }
}

/// The skip link's press: the focus to the page's `<main>`, so that the next Tab reaches its
/// first control (a notice's Dismiss, Back), with the address left as it is.
fn skip_to_main(j: Journey, ev: web_sys::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = widgets::in_app::<web_sys::HtmlElement>(j, "main") {
        let _ = main.focus();
    }
}

thread_local! {
    static FOCUS_WANTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// When the last page change put a new page on screen (`Date.now()`, ms).
    static PAGE_SHOWN_AT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
    /// Whether the last press began with a finger or a pen.
    static PRESSED_BY_TOUCH: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The last click taken: when (`Date.now()`) and where (client x, y).
    static LAST_CLICK: std::cell::Cell<(f64, f64, f64)> = const { std::cell::Cell::new((f64::NEG_INFINITY, 0.0, 0.0)) };
    /// Where the click that changed the page was, if a click did.
    static CHANGED_BY: std::cell::Cell<Option<(f64, f64)>> = const { std::cell::Cell::new(None) };
}

/// How long after a page change a second tap (or the second click of a double click) is
/// taken for the end of the press that changed the page.
const SECOND_TAP_WINDOW_MS: f64 = 600.0;

/// How near the tap that changed the page a second tap must land to be held: a finger's
/// double tap lands within a few pixels; a deliberate tap elsewhere on the new page (an answer
/// changed at once) is taken (found by a regression audit).
const SECOND_TAP_RADIUS_PX: f64 = 40.0;

fn page_shown() {
    let now = js_sys::Date::now();
    PAGE_SHOWN_AT.with(|t| t.set(now));
    let (at, x, y) = LAST_CLICK.with(std::cell::Cell::get);
    CHANGED_BY.with(|c| c.set((now - at < SECOND_TAP_WINDOW_MS).then_some((x, y))));
}

/// A double tap on Continue (or "Change", or Start) on a slow phone: the first tap changes
/// the page, the second lands on whatever of the new page is now under the finger, and
/// answers the next question unasked (found by an audit of a phone in the hand: "Yes" to the
/// passport's letters, so its translation was never asked; "Kazakhstan" as a German birth
/// certificate's issuer). Such a tap, in the first moment of a new page and where the first
/// one was, is ignored. A single mouse click, a key and a click made by code are never held.
fn hold_second_taps(root: &web_sys::Element) {
    let number = |ev: &web_sys::Event, name: &str| {
        js_sys::Reflect::get(ev, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    let pressed = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
        move |ev: web_sys::Event| {
            let kind = js_sys::Reflect::get(&ev, &"pointerType".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            PRESSED_BY_TOUCH.with(|t| t.set(kind == "touch" || kind == "pen"));
        },
    );
    let clicked = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
        move |ev: web_sys::Event| {
            let now = js_sys::Date::now();
            let (x, y) = (
                number(&ev, "clientX").unwrap_or(0.0),
                number(&ev, "clientY").unwrap_or(0.0),
            );
            let soon = now - PAGE_SHOWN_AT.with(std::cell::Cell::get) < SECOND_TAP_WINDOW_MS;
            let near = CHANGED_BY
                .with(std::cell::Cell::get)
                .is_some_and(|(cx, cy)| (x - cx).hypot(y - cy) <= SECOND_TAP_RADIUS_PX);
            let count = number(&ev, "detail").unwrap_or(0.0);
            let touch = PRESSED_BY_TOUCH.with(std::cell::Cell::get);
            if soon && near && ev.is_trusted() && (count >= 2.0 || (touch && count >= 1.0)) {
                ev.prevent_default();
                ev.stop_propagation();
                return;
            }
            LAST_CLICK.with(|c| c.set((now, x, y)));
        },
    );
    for (name, handler) in [("pointerdown", &pressed), ("click", &clicked)] {
        let _ = root.add_event_listener_with_callback_and_bool(
            name,
            handler.as_ref().unchecked_ref(),
            true,
        );
    }
    // For the app's life (one pair per app mounted).
    pressed.forget();
    clicked.forget();
}

/// The next page heading to arrive takes the focus (`page_arrived`).
#[cfg_attr(not(feature = "split"), allow(dead_code))]
pub(crate) fn want_focus() {
    FOCUS_WANTED.with(|f| f.set(true));
}

/// A page that waited for its code is on screen: its title, and the focus a page change asked
/// for.
#[cfg_attr(not(feature = "split"), allow(dead_code))]
pub(crate) fn page_arrived() {
    page_shown();
    update_title();
    if FOCUS_WANTED.with(|f| f.get()) {
        focus_heading(None);
    }
}

#[component]
fn Shell(host: Host, parsed: query::Parsed, initial: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let j = Journey::new(&parsed, host);
    provide_context(j);
    if let Some(lang) = &parsed.unsupported_lang {
        warn(&format!(
            "iin-precheck: no translation for language {} (en, ru, kk); using the browser's",
            crate::embed::validate::shown(lang)
        ));
    }
    if !parsed.ignored.is_empty() {
        warn(&format!(
            "iin-precheck: ignored URL parameters: {}",
            parsed.ignored.join(", ")
        ));
    }
    j.listen_to_history();
    j.forget_when_left();
    j.keep_today();
    let root = j.root;
    root.on_load(move |el| {
        let el: web_sys::Element = el.unchecked_into();
        hold_second_taps(&el);
        APP_ROOT.with(|r| *r.borrow_mut() = Some(el));
    });
    // The URL reflects the validated state from the start (bad parameters dropped, and an
    // IIN an old link carried removed from the address and this history entry).
    // A language whose texts did not load stays in the link, so reloading online opens it.
    if j.owns_page() && !state::location_pairs().is_empty() {
        j.replace_url(text::code(i18n.unavailable_untracked().unwrap_or(initial)));
    }
    // Language: on the app's root always; on <html> only on a page of our own. A switch (not
    // the first run) goes into the URL.
    Effect::new(move |previous: Option<()>| {
        let code = text::code(i18n.get_locale());
        if previous.is_some() {
            j.replace_url(code);
            // Texts that arrive after a page change rebuild its focused heading: the focus
            // fell to the body (found by a regression audit: a language, then Start, pressed
            // before the app took over). On a page or frame of its own, and only while it has
            // the focus: a mounted app never takes the host's.
            if j.owns_page() {
                widgets::after_render(refocus_lost);
            }
        }
        if j.owns_page() {
            if let Some(html) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = html.set_attribute("lang", code);
            }
            // The manifest of the language on screen, so an app installed from this page is
            // named in it and opens in it (found by an audit: it stayed the pre-rendered
            // page's, English at a plain `/` on a Russian phone).
            let manifest = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten());
            if let Some(link) = manifest {
                let file = match code {
                    "en" => "manifest.webmanifest".to_owned(),
                    other => format!("manifest.{other}.webmanifest"),
                };
                let _ = link.set_attribute("href", &file);
            }
        }
    });
    // Focus the new heading on every page change (not on first load: an embedded app must
    // not pull the host page's focus), and keep the title in step.
    Effect::new(move |previous: Option<Step>| {
        let step = j.step.get();
        let _ = i18n.get_locale();
        OWNS_PAGE.with(|o| o.set((j.owns_page(), j.has_error.get())));
        if previous.is_some_and(|p| p != step) {
            page_shown();
            focus_heading(Some(j));
        }
        update_title();
        step
    });
    // The day of the way chosen: it changes only when that day does, not the other zone's
    // (found by a review: a consulate's date page in Berlin rebuilt at midnight in Almaty).
    let day = Memo::new(move |_| j.today());
    // The page this app built last (each app of a host page its own).
    let last_built = StoredValue::new(None::<Step>);
    // The language, where a browser's page translator is at work: then a change of language
    // builds the page anew, as a change of page does (found by an audit of a translated page:
    // after "Русский", the heading, labels and buttons the translator had taken over kept
    // their English, which "Show original" then brought back beside Russian answers).
    // Untranslated, the page's words change in place and what was typed stays.
    let last_language = StoredValue::new(None::<Locale>);
    let translated_language = Memo::new(move |_| {
        let l = i18n.get_locale();
        page_translated().then_some(l)
    });
    let page = move || {
        view! {
            <LanguageNotice />
            <Notice />
            <DeclaredRefused />
            // Each page built anew, never patched from the last (`fresh`: a page translator).
            // The date page follows the day while its date is today's (past midnight, or a
            // tab shown again days later: found by a review).
            {move || {
                let step = j.step.get();
                let language = translated_language.get();
                if step == Step::Date && j.answers.with_untracked(|a| a.date.is_none()) {
                    let _ = day.get();
                }
                // Built anew for a language switch under a translator: the same page, the
                // result's ticks kept and the focus left on the language button (found by a
                // regression audit: the ticks were cleared, the focus taken to the heading).
                let same_page = last_built.get_value() == Some(step);
                let for_language = same_page && last_language.get_value() != language;
                last_language.set_value(language);
                if !for_language {
                    // The ticks are the result page's, forgotten when it is left or built
                    // for other answers (`Journey::ticked`).
                    j.ticked.set(Vec::new());
                }
                // A page built anew for the page shown (Back or Forward to an entry of the same
                // page, other answers; the date page past midnight) has a new heading too: the
                // focus was on the page it replaced (found by a review).
                if same_page && !for_language {
                    request_animation_frame(move || focus_heading(Some(j)));
                }
                last_built.set_value(Some(step));
                fresh::Fresh(pages::page(step))
            }}
            // After the page, held at the bottom of the screen: it comes while someone may be
            // choosing an answer, and must not push the question down under their finger
            // (found by an audit: 120-144 px).
            {j.owns_page().then(|| view! { <update::OfflineStatus /> <update::UpdateNotice /> })}
        }
    };
    // On a page of its own the app has the page's landmarks; inside a host's page it is one
    // labelled region, so the host keeps its own <header> and <main>.
    let frame = if j.owns_page() {
        view! {
            // A keyboard's first stop: past the language buttons to the page. Not a jump to
            // `#main`: what follows `#` is the answers (`state::location_pairs`).
            // Words that change on a language switch while the page stays, built anew
            // (`fresh`: a page translator).
            <a class="skip-link" href="#main" on:click=move |ev| skip_to_main(j, ev)>
                {fresh::fresh_text(move || td_string!(i18n.get_locale(), skip_to_content).to_string())}
            </a>
            <header class="app-header">
                <p class="app-header__name">
                    {fresh::fresh_text(move || td_string!(i18n.get_locale(), app_name).to_string())}
                </p>
                <LanguageSwitch />
            </header>
            <main class="page" id="main" tabindex="-1">{page()}</main>
        }
        .into_any()
    } else {
        view! {
            <section class="page" aria-labelledby="app-name">
                <div class="app-header">
                    <p class="app-header__name" id="app-name">
                        {fresh::fresh_text(move || td_string!(i18n.get_locale(), app_name).to_string())}
                    </p>
                    <LanguageSwitch />
                </div>
                {page()}
            </section>
        }
        .into_any()
    };
    view! {
        <div class="app" lang=move || text::code(i18n.get_locale()) dir="ltr" node_ref=root>
            {frame}
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {fresh::fresh_text(move || j.announce.get())}
            </div>
        </div>
    }
}

/// Whether a browser's page translator has taken the page over: Chrome's marks the root
/// element with the class `translated-ltr` or `translated-rtl`.
fn page_translated() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|html| {
            let list = html.class_list();
            list.contains("translated-ltr") || list.contains("translated-rtl")
        })
}

/// English / Русский / Қазақша, on every page. Each name is written in its own language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    // A language whose texts are on their way: its button shows it is taken (found by an
    // audit: nothing for about a second on a phone link, then the whole page changed).
    let pending = RwSignal::new(None::<Locale>);
    Effect::new(move |_| {
        let (now, failed) = (i18n.get_locale(), i18n.unavailable());
        if pending.get_untracked() == Some(now) || failed.is_some() {
            pending.set(None);
        }
    });
    // The URL, `<html lang>` and the title follow when the texts are here (`Shell`).
    let choose = move |l: Locale| {
        let waits = l != i18n.get_locale_untracked() && !lang::is_loaded(l);
        pending.set(waits.then_some(l));
        i18n.set_locale(l);
    };
    let button = move |l: Locale| {
        view! {
            <li>
                <button
                    type="button"
                    class="lang-switch__button"
                    class:is-pending=move || pending.get() == Some(l)
                    lang=text::code(l)
                    aria-pressed=move || (i18n.get_locale() == l).to_string()
                    aria-busy=move || (pending.get() == Some(l)).then_some("true")
                    on:click=move |_| choose(l)
                >
                    {language_name(l)}
                </button>
            </li>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=move || td_string!(i18n.get_locale(), language)>
            <ul class="lang-switch__list">
                {button(Locale::en)}
                {button(Locale::ru)}
                {button(Locale::kk)}
            </ul>
        </nav>
    }
}

/// The notice about a link's unreadable parts: the answers, which can be given again, and the
/// link's other parts (the declared rules, the language, the page), simply left out.
pub(crate) fn notice_texts(
    l: Locale,
    ignored: &[query::LinkField],
) -> (Option<String>, Option<String>) {
    // "Answer them again" only of a question the journey asks: a bad birth date in a link for
    // an office in Kazakhstan, which never asks it, is no answer to give again (found by an
    // audit). A document's questions come and go with the checklist: always named.
    let j = Journey::current();
    let asked = j
        .answers
        .with_untracked(|a| crate::journey::flow::questions(a, j.locked(), j.today_untracked()));
    let asks = |f: &query::LinkField| {
        use query::LinkField as F;
        let step = match f {
            F::Route => Step::Route,
            // Never asked: a host's preset is no answer to give again, nor an older link's
            // country of the consulate (no question asks it any more).
            F::Consulate => return false,
            F::Date => Step::Date,
            F::HasIin => Step::HasIin,
            F::Purpose => Step::Purpose,
            F::Citizenship => Step::Citizenship,
            F::BirthDate => Step::BirthDate,
            F::Category => Step::Category,
            F::IdType => Step::IdType,
            F::IdIssuer => Step::IdIssuer,
            F::IdExpires => Step::IdExpiry,
            F::IdLatin => Step::IdLetters,
            F::Imprisoned => Step::Imprisoned,
            F::Represented => Step::Represented,
            F::Document(_) | F::PresetCountry | F::Ruleset | F::Language | F::Page | F::Other => {
                return true
            }
        };
        asked.contains(&step)
    };
    let (answers, parts): (Vec<_>, Vec<_>) = ignored
        .iter()
        .filter(|f| !f.is_answer() || asks(f))
        .partition(|f| f.is_answer());
    let words = |fields: Vec<&query::LinkField>| {
        fields
            .into_iter()
            .map(|f| link_field_words(l, *f))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let answers = (!answers.is_empty())
        .then(|| td_string!(l, notice_params_ignored, list = words(answers)).to_string());
    let parts = (!parts.is_empty())
        .then(|| td_string!(l, notice_link_parts_ignored, list = words(parts)).to_string());
    (answers, parts)
}

/// A link's question in words, for the notice about a damaged link. Where the check page's
/// label is a statement ("Already have an IIN", "Expires on"), the question itself: in the
/// notice the label read as a fact about the reader (found by an audit).
fn link_field_words(l: Locale, field: query::LinkField) -> String {
    use query::LinkField as F;
    match field {
        F::HasIin => td_string!(l, link_field.has_iin).to_string(),
        F::IdExpires => td_string!(l, link_field.id_expires).to_string(),
        F::IdLatin => td_string!(l, link_field.id_latin).to_string(),
        F::Imprisoned => td_string!(l, link_field.imprisoned).to_string(),
        F::Represented => td_string!(l, link_field.represented).to_string(),
        // Check's labels start a row; here they go on a list after a colon, as inside a
        // sentence (found by an audit: "could not be read: Date you plan to apply, your
        // identity document's expiry date").
        F::Route => in_sentence(td_string!(l, check.route)),
        // Not listed (`asks`: no question asks it), named all the same.
        F::Consulate | F::PresetCountry => in_sentence(td_string!(l, check.consulate)),
        F::Date => in_sentence(td_string!(l, check.date)),
        F::Purpose => in_sentence(td_string!(l, check.purpose)),
        F::Citizenship => in_sentence(td_string!(l, check.citizenship)),
        F::BirthDate => in_sentence(td_string!(l, check.birth_date)),
        F::Category => in_sentence(td_string!(l, check.category)),
        F::IdType => in_sentence(td_string!(l, check.id_type)),
        F::IdIssuer => in_sentence(td_string!(l, check.id_issuer)),
        F::Document(id) => text::document_in_sentence(l, id),
        F::Ruleset => td_string!(l, link_field.ruleset).to_string(),
        F::Language => td_string!(l, link_field.language).to_string(),
        F::Page => td_string!(l, link_field.page).to_string(),
        F::Other => td_string!(l, link_field.other).to_string(),
    }
}

/// Says that a language the reader chose could not be fetched (`ui::lang`), dismissible.
#[component]
fn LanguageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let j = Journey::current();
    move || {
        i18n.unavailable().map(|wanted| {
            let l = i18n.get_locale();
            let name = language_name(wanted);
            // Said in the language chosen too, from the table always here: a Russian reader's
            // first visit whose texts failed turned English, with only English to say why
            // (found by an audit of flaky links).
            let own = match wanted {
                Locale::ru => Some(("ru", td_string!(Locale::en, language_unavailable_own.ru))),
                Locale::kk => Some(("kk", td_string!(Locale::en, language_unavailable_own.kk))),
                Locale::en => None,
            }
            .filter(|_| wanted != l)
            .map(|(code, words)| view! { <p lang=code>{words}</p> });
            view! {
                <div class="callout callout--warning notice" role="alert">
                    <p>{td_string!(l, notice_language_unavailable, language = name)}</p>
                    {own}
                    <button type="button" class="link-button" on:click=move |_| {
                        i18n.dismiss();
                        // The button is gone: focus to the page's heading, as the other
                        // notices do (found by an audit: it fell to the body).
                        focus_heading(Some(j));
                    }>
                        {td_string!(l, notice_close)}
                    </button>
                </div>
            }
        })
    }
}

/// A language's name in that language (`language_names`, the same in every locale file; read
/// from the English table, which is always here).
fn language_name(l: Locale) -> &'static str {
    match l {
        Locale::en => td_string!(Locale::en, language_names.en),
        Locale::ru => td_string!(Locale::en, language_names.ru),
        Locale::kk => td_string!(Locale::en, language_names.kk),
    }
}

/// A consulate's page declared rules this build cannot use (newer than it, or mistyped): the
/// results follow the rules this tool holds for the date, which the consulate may not apply
/// (found by an audit: "no rules in force" on a consulate's own page, with nothing on screen
/// to say its declaration was dropped; only the console said so).
#[component]
fn DeclaredRefused() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    let shown = RwSignal::new(j.declared_refused);
    move || {
        shown.get().then(|| {
            let l = i18n.get_locale();
            view! {
                <div class="callout callout--warning notice" role="status">
                    <p>{td_string!(l, declared_refused)}</p>
                    <button type="button" class="link-button" on:click=move |_| {
                        shown.set(false);
                        // The button is gone: focus to the page's heading, not the host's body
                        // (found by a regression audit).
                        focus_heading(Some(j));
                    }>
                        {td_string!(l, notice_close)}
                    </button>
                </div>
            }
        })
    }
}

/// Says which answers in the URL could not be read (bad or hostile values), by their
/// questions in words, once, dismissible.
#[component]
fn Notice() -> impl IntoView {
    let j = Journey::current();
    let i18n = use_i18n();
    move || {
        // An answer given again since is not asked for again; the link's other parts stay
        // told until dismissed.
        let ignored: Vec<query::LinkField> = j.answers.with(|a| {
            j.ignored
                .get()
                .into_iter()
                .filter(|f| a.answers_link_field(*f) != Some(true))
                .collect()
        });
        if ignored.is_empty() {
            return None;
        }
        let l = i18n.get_locale();
        // Worded in the page module (`pages::notice_texts`), which read the link: only its
        // whole parse finds a part it cannot read.
        let (answers, parts) = pages::notice_texts(l, &ignored).unwrap_or_default();
        // Nothing to say (an unreadable answer to a question the journey does not ask): no box
        // with only "Dismiss" in it (found by an audit of dates).
        if answers.is_none() && parts.is_none() {
            return None;
        }
        Some({
            view! {
                <div class="callout callout--warning notice" role="status">
                    {answers.map(|t| view! { <p>{t}</p> })}
                    {parts.map(|t| view! { <p>{t}</p> })}
                    <button type="button" class="link-button" on:click=move |_| {
                        j.ignored.set(Vec::new());
                        focus_heading(Some(j));
                    }>
                        {td_string!(l, notice_close)}
                    </button>
                </div>
            }
        })
    }
}
