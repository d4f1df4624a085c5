//! A view built anew whenever it changes, never patched in place.
//!
//! Why: a browser's page translator (Chrome's "Translate this page", Firefox's) replaces each
//! text node it translates with its own elements. Leptos updates a changed text by writing
//! into the text node it created, which is then no longer on the page: the change never shows.
//! Found by an audit simulating the translator: the country list kept the names of an earlier
//! search while a click chose by the new list (a Turkish applicant saved as Turkmen), the
//! result page kept the heading of "Check your answers", the IIN box kept an old birth date.
//! A view wrapped in [`Fresh`] replaces its nodes instead, which the translator then
//! translates as new. Only where a text changes while the page stays: everything else is
//! built once per page.

use leptos::prelude::AnyView;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::any_view::AnyViewState;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

/// `view` (an element or elements, not a bare text: a translated text node has left the
/// page and no longer marks where its successor goes), replaced whole on each change.
pub struct Fresh(pub AnyView);

impl Render for Fresh {
    type State = AnyViewState;

    fn build(self) -> AnyViewState {
        self.0.build()
    }

    fn rebuild(self, state: &mut AnyViewState) {
        let mut new = self.0.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

leptos::tachys::no_attrs!(Fresh);

/// The HTML form, for completeness of the view traits: this app renders in the browser only.
impl RenderHtml for Fresh {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> AnyViewState {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self {
        self
    }
}

/// A text that changes while the page stays (a live region's words), in a `<span>` replaced
/// whole when the words change, and only then: replaced with the same words, a screen reader
/// would announce them again at each key press (found by an audit).
pub fn fresh_text(
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    let text = Memo::new(move |_| text());
    move || Fresh(view! { <span>{text.get()}</span> }.into_any())
}
