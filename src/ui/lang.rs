//! The reader's language: one signal in the app's context, read by every translated text.
//!
//! The texts themselves come from leptos_i18n (`td_string!`, keys checked at compile time).
//! Its context provider is not used: it also works out the browser's language with ICU locale
//! matching (and a cookie option), which this app does itself in a few lines
//! (`text::from_browser`, the URL's `lang`) — about 15 KB of code the applicant would download
//! for nothing (issue 12).
use crate::i18n::Locale;
use leptos::prelude::*;

/// The language the app is shown in. Copy; reads are reactive like any signal.
#[derive(Clone, Copy)]
pub struct I18n(RwSignal<Locale>);

impl I18n {
    /// The language, tracked: a view or memo reading it follows a switch.
    pub fn get_locale(self) -> Locale {
        self.0.get()
    }

    /// The language, untracked (event handlers).
    pub fn get_locale_untracked(self) -> Locale {
        self.0.get_untracked()
    }

    /// Switches every text to `locale`.
    pub fn set_locale(self, locale: Locale) {
        self.0.set(locale);
    }
}

/// Provides the language to the components below the caller's owner.
pub fn provide(initial: Locale) -> I18n {
    let i18n = I18n(RwSignal::new(initial));
    provide_context(i18n);
    i18n
}

/// The app's language. Outside the app's root (never in the app itself) English, so a
/// component never panics for want of it.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n(RwSignal::new(Locale::en)))
}

/// A translated text as a view that follows the language: `t!(i18n, result.title)`. A derived
/// signal rather than a bare closure: Leptos compiles its rendering code once per closure
/// type, but once for every `Signal<&str>` (about 6 KB less wasm for the app's 23 uses).
macro_rules! t {
    ($i18n:expr, $($key:tt)+) => {{
        let i18n: $crate::ui::lang::I18n = $i18n;
        ::leptos::prelude::Signal::derive(move || $crate::i18n::td_string!(i18n.get_locale(), $($key)+))
    }};
}
pub(crate) use t;
