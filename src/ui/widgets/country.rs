//! The country question: a native `<select>`, enhanced into an autocomplete (the ARIA
//! combobox pattern with a listbox, as GOV.UK's accessible-autocomplete does). The select is
//! the plain form of the question (`plain`): the enhancement hides it and keeps it in step.
//! Typing finds a country by any of its names in English, Russian or Kazakh and by the other
//! names people use (Turkey, Великобритания, Киргизия...), ignoring case and diacritics;
//! the list is in the current language's alphabetical order (`journey::country_search`).

use leptos::prelude::*;

use super::{described_by, field_label, FieldMessage};
use crate::i18n::*;
use crate::journey::collation::{fold, Lang};
use crate::journey::country_search::{self, Rank};
use crate::ui::lang::use_i18n;

/// The code of the "stateless" choice (as `Citizenship` reads it).
const STATELESS: &str = "stateless";

fn lang(l: Locale) -> Lang {
    match l {
        Locale::en => Lang::En,
        Locale::ru => Lang::Ru,
        Locale::kk => Lang::Kk,
    }
}

/// The "stateless" choice in each language: it is found by any of them (compiled in even
/// where the other languages' texts are fetched, `ui::lang`).
fn stateless_names() -> impl Iterator<Item = &'static str> {
    // And the words a stateless person may type instead (found by an audit of the questions:
    // "none" and «апатрид» found nothing).
    crate::i18n::STATELESS
        .into_iter()
        .chain(["none", "апатрид"])
}

/// The words the question's hint says to type, each an answer when typed in full (found by an
/// audit of odd input: "stateless" typed, Continue, "Choose your citizenship"). Not searched
/// apart: each is in the choice's own name, which the search finds ("stat" listed the choice
/// first, above the United States, with its word again in brackets: a regression audit).
const HINTED: [&str; 3] = ["stateless", "без гражданства", "азаматтығы жоқ"];

/// One entry of the list: the code, the name shown, and the other name that matched (shown
/// in brackets, so "turkey" lists "Türkiye (Turkey)").
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    code: &'static str,
    name: &'static str,
    also: Option<&'static str>,
    /// A name of it starts with what was typed, or holds it as whole words («Эмираты»): only
    /// such a lone entry is taken by a phone's Go key, not one a later word's start or a piece
    /// of a word found (found by an audit of typing: "INDIAN", as an Indian passport writes
    /// it, found only the British Indian Ocean Territory, and Go took it; India is found by
    /// its nationality now too).
    starts: bool,
}

impl Entry {
    fn text(&self) -> String {
        match self.also {
            Some(a) => format!("{} ({a})", self.name),
            None => self.name.to_owned(),
        }
    }
}

/// The name of `code` in `l` ("stateless" included).
fn name_of(l: Locale, code: &str) -> Option<&'static str> {
    if code == STATELESS {
        return Some(td_string!(l, q.citizenship.stateless));
    }
    country_search::order(lang(l))
        .iter()
        .find(|c| **c == code)
        .and_then(|c| crate::rules::Country::parse(c).ok())
        .map(|c| crate::ui::text::country(l, c))
}

/// Whether a lone entry found as `rank` by `matched` may be taken by Go (`Entry::starts`).
fn takes(query: &str, rank: Rank, matched: &str) -> bool {
    rank <= Rank::Prefix || format!(" {} ", fold(matched)).contains(&format!(" {} ", fold(query)))
}

/// The entries matching `query` in `l`: best matches first, then alphabetical.
fn entries(l: Locale, query: &str, with_stateless: bool) -> Vec<Entry> {
    let hits = country_search::search(lang(l), query);
    let mut list: Vec<(Rank, Entry)> = hits
        .into_iter()
        .filter_map(|h| {
            let name = name_of(l, h.code)?;
            let also = (fold(h.matched) != fold(name)).then_some(h.matched);
            Some((
                h.rank,
                Entry {
                    code: h.code,
                    name,
                    also,
                    starts: takes(query, h.rank, h.matched),
                },
            ))
        })
        .collect();
    if with_stateless {
        let q = fold(query);
        let shown = td_string!(l, q.citizenship.stateless);
        // The name shown first, so it wins a tie.
        let found = if q.is_empty() {
            Some((Rank::Prefix, shown))
        } else {
            std::iter::once(shown)
                .chain(stateless_names())
                .filter_map(|n| Some((country_search::rank(&q, &fold(n))?, n)))
                .min_by_key(|(r, _)| *r)
        };
        if let Some((rank, matched)) = found {
            // Nothing typed: first, not after some 250 countries (found by a keyboard
            // audit: a stateless person pressed the down arrow 251 times to find it).
            let at = if q.is_empty() {
                0
            } else {
                list.iter()
                    .position(|(r, _)| *r > rank)
                    .unwrap_or(list.len())
            };
            let also = (fold(matched) != fold(shown)).then_some(matched);
            list.insert(
                at,
                (
                    rank,
                    Entry {
                        code: STATELESS,
                        name: shown,
                        also,
                        starts: takes(query, rank, matched),
                    },
                ),
            );
        }
    }
    list.into_iter().map(|(_, e)| e).collect()
}

/// The code whose name (in any language) or other name is exactly `text`.
fn exact(text: &str, with_stateless: bool) -> Option<&'static str> {
    let folded = fold(text);
    if with_stateless
        && !folded.is_empty()
        && stateless_names().chain(HINTED).any(|n| fold(n) == folded)
    {
        return Some(STATELESS);
    }
    country_search::exact(text)
}

/// A country question (plus "stateless" first when asked for). `value` is the chosen code
/// ("" for none); `typed`: what the search box holds, the page's own so that a half-typed
/// name outlives the widget, which a language switch re-creates (found by an audit: "Turk"
/// typed, Русский pressed, an empty box). `plain`: only the native select, no autocomplete.
#[component]
pub fn CountrySelect(
    id: &'static str,
    label: String,
    #[prop(optional)] heading: bool,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] with_stateless: bool,
    #[prop(optional)] plain: bool,
    value: RwSignal<String>,
    typed: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let hint = hint.filter(|h| !h.is_empty());
    let (hint_id, error_id, described) = described_by(id, hint.is_some(), error);
    let listbox_label = label.clone();
    let label_view = field_label(id, label, heading);
    let enhanced = !plain;
    let select_id = if enhanced {
        format!("{id}-select")
    } else {
        id.to_owned()
    };
    let described = Signal::derive(described);
    // The options carry the selection they start with; afterwards the select's `value`
    // property follows the answer. Not a reactive `selected` per option: that was some 250
    // effects on every country page, each re-run at every change of the answer.
    let initial = value.get_untracked();
    let stateless = with_stateless.then(|| {
        view! { <option value=STATELESS selected=initial == STATELESS>{td_string!(l, q.citizenship.stateless)}</option> }
    });
    let options = country_search::order(lang(l))
        .iter()
        .filter_map(|code| Some((*code, name_of(l, code)?)))
        .map(|(code, name)| {
            view! { <option value=code selected=initial == code>{name}</option> }
        })
        .collect_view();
    let select = view! {
        <select
            class="select"
            id=select_id
            name=id
            hidden=enhanced
            aria-describedby=move || (!enhanced).then(|| described.get()).flatten()
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))
        >
            <option value="" selected=initial.is_empty()>{td_string!(l, choose)}</option>
            {stateless}
            {options}
        </select>
    };
    let combobox = enhanced.then(
        || view! { <Combobox id label=listbox_label with_stateless value typed error described /> },
    );
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            {label_view}
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{crate::ui::markup::Markup::new(crate::ui::markup::kept(&h))}</p> })}
            <FieldMessage id=error_id.clone() error />
            {select}
            {combobox}
        </div>
    }
}

/// The autocomplete: an input with `role="combobox"`, its listbox, and a polite status
/// that says how many countries were found. Keys: ArrowDown opens the list and moves down,
/// ArrowUp moves up, Enter chooses, Escape closes.
#[component]
fn Combobox(
    id: &'static str,
    /// The question, also the name of the list of answers.
    label: String,
    with_stateless: bool,
    value: RwSignal<String>,
    /// The box's text, kept by the page.
    typed: RwSignal<String>,
    error: Signal<Option<String>>,
    described: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = i18n.get_locale_untracked();
    let listbox_id = format!("{id}-listbox");
    let assistive_id = format!("{id}-assistive");
    let option_id = move |i: usize| format!("{id}-option-{i}");
    // A chosen country by its name in this language; else what was typed, as it was.
    let text = typed;
    if let Some(name) = name_of(l, &value.get_untracked()) {
        text.set(name.to_owned());
    }
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let list = Memo::new(move |_| {
        if open.get() {
            entries(l, &text.get(), with_stateless)
        } else {
            Vec::new()
        }
    });
    let listbox = NodeRef::<leptos::html::Ul>::new();
    let input = NodeRef::<leptos::html::Input>::new();
    // The list closes when the box loses focus, but not before the press that took the focus
    // away is over: closing it moves what is below it up, and a press on Continue just under
    // the list would then end beside the button and be lost (the first tap after typing a
    // name did nothing). A pointer still down: the list closes once it is up; a tap (whose
    // mouse events come after the pointer is up, in one task) or a key: after the events of
    // this task. Not if the box has the focus again by then.
    let pressing = StoredValue::new(false);
    let close_on_release = StoredValue::new(false);
    let close_later = move || {
        super::after_render(move || {
            // The page may have gone by then (Continue): its box and signals with it.
            let focused = input.try_get_untracked().flatten().is_some_and(|i| {
                i.owner_document()
                    .and_then(|d| d.active_element())
                    .is_some_and(|a| a == **i)
            });
            if !focused {
                let _ = open.try_set(false);
                let _ = active.try_set(None);
            }
        })
    };
    // Every access may come after the page has gone (a press that took it away, the box's
    // blur as it is removed): `try_` then does nothing.
    let down = window_event_listener_untyped("pointerdown", move |_| {
        let _ = pressing.try_set_value(true);
    });
    let released = move |_| {
        let _ = pressing.try_set_value(false);
        if close_on_release.try_get_value() == Some(true) {
            let _ = close_on_release.try_set_value(false);
            close_later();
        }
    };
    let up = window_event_listener_untyped("pointerup", released);
    let cancel = window_event_listener_untyped("pointercancel", released);
    on_cleanup(move || {
        down.remove();
        up.remove();
        cancel.remove();
    });
    // Keeps the active option in view: inside the scrolling list, and on the page, which the
    // browser does not scroll itself while the focus stays in the box (found by an audit at
    // 200% and 400% zoom: from the third arrow press the option Enter would choose was below
    // the screen's edge). "Nearest": nothing moves while it is in view.
    // Back to the box (an arrow up past the first option): the box itself, which the page
    // had scrolled past (found by a regression audit at 400% zoom); never at first, which
    // would scroll a host's page to a mounted app.
    Effect::new(move |before: Option<Option<usize>>| {
        let now = active.get();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        match (now, listbox.get()) {
            (Some(i), Some(ul)) => {
                if let Ok(Some(li)) = ul.query_selector(&format!("#{}", option_id(i))) {
                    li.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
            (None, _) if matches!(before, Some(Some(_))) => {
                if let Some(input) = input.get() {
                    input.scroll_into_view_with_scroll_into_view_options(&options);
                }
            }
            _ => {}
        }
        now
    });
    // On a short screen (a phone with its keyboard up) the list opens under the keyboard: the
    // box goes to the top of what is visible as the list opens, so its first countries show
    // (found by an audit of a phone: nine matches for «Ка», none in view). Never at first.
    Effect::new(move |was: Option<bool>| {
        let now = open.get();
        if now && was == Some(false) {
            if let Some(input) = input.get_untracked() {
                lift_above_keyboard(&input);
            }
        }
        now
    });
    let choose = move |i: usize| {
        if let Some(e) = list.with_untracked(|v| v.get(i).cloned()) {
            value.set(e.code.to_owned());
            text.set(e.name.to_owned());
        }
        open.set(false);
        active.set(None);
    };
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        // Typing changes the answer: only an exact name counts until one is chosen.
        value.set(exact(&typed, with_stateless).unwrap_or("").to_owned());
        open.set(!typed.trim().is_empty());
        active.set(None);
        text.set(typed);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = list.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "Down" => {
                ev.prevent_default();
                if !open.get_untracked() {
                    open.set(true);
                    active.set(None);
                    return;
                }
                if n > 0 {
                    active.set(Some(match active.get_untracked() {
                        None => 0,
                        Some(i) => (i + 1).min(n - 1),
                    }));
                }
            }
            "ArrowUp" | "Up" if open.get_untracked() => {
                ev.prevent_default();
                active.set(match active.get_untracked() {
                    None | Some(0) => None,
                    Some(i) => Some(i - 1),
                });
            }
            "Enter" if open.get_untracked() => {
                // Choosing, not sending the form. A phone's keyboard has no arrows: its Go key
                // takes the one country found (found by an audit of a phone: "Germ", Go:
                // "Choose your citizenship"), where one of its names starts so (`starts`).
                let lone = n == 1 && list.with_untracked(|v| v.first().is_some_and(|e| e.starts));
                match active.get_untracked() {
                    Some(i) => {
                        ev.prevent_default();
                        choose(i);
                    }
                    None if lone => {
                        ev.prevent_default();
                        choose(0);
                    }
                    // Several found and none picked: the form is sent and says to choose (a
                    // first one highlighted was often not the one meant: "United", Tanzania,
                    // found by a regression audit); a name typed in full is the answer.
                    None => {}
                }
            }
            // Leaving the box with an option highlighted takes it, as GOV.UK's accessible
            // autocomplete does on blur (found by a keyboard audit: "Узб", Uzbekistan
            // highlighted, Tab, Continue: "Choose your citizenship").
            "Tab" => {
                if let (true, Some(i)) = (open.get_untracked(), active.get_untracked()) {
                    choose(i);
                }
            }
            "Escape" | "Esc" if open.get_untracked() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    // Nothing found for the USSR or a Soviet republic where a document's issuer is asked:
    // which state to choose (one of today), shown under the box and read out. Not for a
    // citizenship, which is of a state of today or none.
    let ussr = Memo::new(move |_| {
        !with_stateless
            && open.get()
            && list.with(Vec::is_empty)
            && country_search::names_the_ussr(&text.get())
    });
    let status = move || {
        if !open.get() {
            return String::new();
        }
        if ussr.get() {
            return td_string!(l, country_search.former_ussr).to_string();
        }
        match list.with(Vec::len) {
            0 => td_string!(l, country_search.results_none).to_string(),
            1 => td_string!(l, country_search.results_one).to_string(),
            n => td_string!(l, country_search.results_many, count = n).to_string(),
        }
    };
    let described_input = {
        let a = assistive_id.clone();
        move || match described.get() {
            Some(d) => format!("{d} {a}"),
            None => a.clone(),
        }
    };
    view! {
        <div class="autocomplete">
            <input
                class="input autocomplete__input"
                type="text"
                id=id
                role="combobox"
                aria-autocomplete="list"
                aria-expanded=move || if open.get() && !list.with(Vec::is_empty) { "true" } else { "false" }
                aria-controls=listbox_id.clone()
                aria-activedescendant=move || active.get().map(option_id)
                aria-describedby=described_input
                aria-invalid=move || error.get().is_some().then_some("true")
                autocomplete="off"
                autocapitalize="none"
                spellcheck="false"
                prop:value=move || text.get()
                on:input=on_input
                on:keydown=on_keydown
                // A tap on a box whose words were not chosen from the list (sent, and told to
                // choose) opens the list again (found by an audit of odd input: on a phone,
                // with no arrow keys, only editing the words brought it back).
                on:click=move |_| {
                    if !open.get_untracked() && value.get_untracked().is_empty()
                        && !text.get_untracked().trim().is_empty()
                    {
                        open.set(true);
                    }
                }
                node_ref=input
                on:blur=move |_| {
                    if pressing.try_get_value() == Some(true) {
                        let _ = close_on_release.try_set_value(true);
                    } else {
                        close_later();
                    }
                }
            />
            <ul
                class="autocomplete__menu"
                id=listbox_id
                role="listbox"
                aria-label=label
                // Out of the Tab order: a list that scrolls is a tab stop of its own in
                // Chromium, and Tab from the box focused it, closed it and left focus on the
                // page body (found by an audit with a screen reader). Arrows reach the options.
                tabindex="-1"
                node_ref=listbox
                hidden=move || !open.get() || list.with(Vec::is_empty)
            >
                // The options built anew at each search, never renamed in place: under a page
                // translator the names shown stayed the last search's while a click chose by
                // the new list (`ui::fresh`).
                {move || crate::ui::fresh::Fresh({
                    list.get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, e)| {
                            let text = e.text();
                            view! {
                                <li
                                    class="autocomplete__option"
                                    class:autocomplete__option--active=move || active.get() == Some(i)
                                    id=option_id(i)
                                    role="option"
                                    aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                                    on:mousedown=|ev: leptos::ev::MouseEvent| ev.prevent_default()
                                    on:click=move |_| choose(i)
                                >
                                    {text}
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                })}
            </ul>
            <Show when=move || ussr.get()>
                <p class="autocomplete__note">
                    {td_string!(l, country_search.former_ussr)}
                </p>
            </Show>
            // Said on screen, not only to a screen reader (found by an audit of a translated
            // page: a name typed as the translator showed it, "Almanya", found nothing, and
            // the page said nothing). The status region below says it to a screen reader.
            <Show when=move || {
                open.get() && !ussr.get() && list.with(Vec::is_empty) && !text.with(|t| t.trim().is_empty())
            }>
                <p class="autocomplete__note" aria-hidden="true">
                    {td_string!(l, country_search.none_shown)}
                </p>
            </Show>
            <p class="visually-hidden" id=assistive_id>{td_string!(l, country_search.assistive)}</p>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {crate::ui::fresh::fresh_text(status)}
            </div>
        </div>
    }
}

/// Scrolls `field` to the top of the visible area when that area is short (under 560 px: a
/// phone with its keyboard up; the visual viewport where the browser has one) on a touch
/// screen.
fn lift_above_keyboard(field: &web_sys::Element) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let visual = js_sys::Reflect::get(&w, &"visualViewport".into())
        .ok()
        .filter(|v| v.is_object())
        .and_then(|v| js_sys::Reflect::get(&v, &"height".into()).ok())
        .and_then(|h| h.as_f64());
    let height = visual.or_else(|| w.inner_height().ok().and_then(|h| h.as_f64()));
    // A finger's screen only: on a laptop's short window the page would move under the
    // mouse (found by a regression audit: "Niger" under a still pointer).
    let touch = w
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if touch && height.is_some_and(|h| h < 560.0) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        field.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
