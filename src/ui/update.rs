//! "A newer version of the rules is available: reload". The service worker (web/sw.js, set up
//! by web/init.js on the app's own page) keeps the build the applicant opened; when a newer
//! build has been deployed it is installed next to it and waits. init.js says so by setting
//! `data-update="ready"` on `<html>` and firing `iin-precheck:update` on the window; this
//! notice then offers the reload, whose button init.js handles (`data-action`): the new
//! worker takes over and the page reloads. Old and new files are never mixed in one page.

use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::lang::use_i18n;

const READY_ATTRIBUTE: &str = "data-update";
const READY_EVENT: &str = "iin-precheck:update";
const OFFLINE_ATTRIBUTE: &str = "data-offline";
const OFFLINE_EVENT: &str = "iin-precheck:offline";

/// Whether init.js has already set `attribute` on `<html>` (before the app mounted).
fn html_says(attribute: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute(attribute))
        .is_some_and(|v| v == "ready")
}

fn update_ready() -> bool {
    html_says(READY_ATTRIBUTE)
}

/// "Saved on this device: it opens without a connection", at the end of every page once this
/// build's files are kept by the service worker (found by an audit: nothing told a first-time
/// visitor, anxious about a corridor with no signal, that the tool would open there). A live
/// region that is on the page from the start: the first visit hears it once, when the worker
/// has installed; a later visit, already saved, shows it without announcing it.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(html_says(OFFLINE_ATTRIBUTE));
    // A live region only on the visit that saves the app: already saved at load, a change of
    // language rewords the line without reading it out again (found by a regression audit).
    let live = !ready.get_untracked();
    // Said, or taken back when the worker could not get every file again (web/init.js).
    let listener = window_event_listener_untyped(OFFLINE_EVENT, move |_| {
        ready.set(html_says(OFFLINE_ATTRIBUTE))
    });
    on_cleanup(move || listener.remove());
    view! {
        <p class="offline-status no-print" role=live.then_some("status")>
            // Built anew when it changes: under a page translator the sentence written into
            // its old text node stayed after the app took it back (found by an audit of a
            // translated page).
            {crate::ui::fresh::fresh_text(move || {
                if ready.get() {
                    td_string!(i18n.get_locale(), offline_ready).to_string()
                } else {
                    String::new()
                }
            })}
        </p>
    }
}

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(update_ready());
    let listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    // The live region is on the page from the start and its words come in: one added with
    // its text already in it is often not read out (found by an audit with a screen reader).
    view! {
        <div class="update-status" role="status">
            {move || {
                ready.get().then(|| {
                    let l = i18n.get_locale();
                    view! {
                        <div class="callout notice notice--update">
                            <p>{td_string!(l, update_available)}</p>
                            <button type="button" class="link-button" data-action="reload-update">
                                {td_string!(l, update_reload)}
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}
