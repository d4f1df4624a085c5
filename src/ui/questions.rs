//! The question pages, one question per page. Each keeps its field values locally, checks
//! them on Continue, stores the answer and lets the journey pick the next page. None of them
//! decides anything about the law: the choices offered come from the rule set's metadata
//! and the checklist `evaluate` returns.

use leptos::prelude::*;

use super::state::{iso, Journey};
use super::text;
use super::widgets::*;
use crate::i18n::*;
use crate::journey::{
    flow, Answers, CertifiedAnswer, DocAnswer, IdChoice, LanguageAnswer, Step, Tri,
};
use crate::rules::{
    evaluate, iin, Category, Certification, Citizenship, Country, DocumentId, DocumentKind,
    IdentityDocumentType, Purpose, Route, TranslationNeed,
};

fn lang(i18n: leptos_i18n::I18nContext<Locale>) -> &'static str {
    text::code(i18n.get_locale_untracked())
}

/// A choice's value and the function that words it in a language.
type Labelled<T> = (T, fn(Locale) -> Choice);

/// A page with one set of radios whose choices map to values of `T`.
#[component]
fn ChoicePage<T>(
    name: &'static str,
    title: fn(Locale) -> String,
    hint: fn(Locale) -> Option<String>,
    choices: Vec<Labelled<T>>,
    get: fn(&Answers) -> Option<T>,
    set: fn(&mut Answers, T),
    error: fn(Locale) -> String,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let values: Vec<T> = choices.iter().map(|(v, _)| *v).collect();
    let current = j.answers.with_untracked(get);
    let selected = RwSignal::new(current.and_then(|c| values.iter().position(|v| *v == c)));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = {
        let values = values.clone();
        move || match selected
            .get_untracked()
            .and_then(|i| values.get(i).copied())
        {
            Some(v) => {
                j.answers.update(|a| set(a, v));
                j.advance(lang(i18n));
                Vec::new()
            }
            None => vec![FieldError::new(
                format!("{name}-0"),
                error(i18n.get_locale_untracked()),
            )],
        }
    };
    let error_signal = error_for(errors, name);
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                let labels = choices.iter().map(|(_, c)| c(l)).collect::<Vec<_>>();
                view! {
                    <Radios
                        name
                        legend=title(l)
                        hint=hint(l).unwrap_or_default()
                        heading=true
                        choices=labels
                        selected
                        error=error_signal
                    />
                }
            }}
        </QuestionShell>
    }
}

fn choice(label: &str, hint: Option<&str>) -> Choice {
    Choice {
        label: label.to_owned(),
        hint: hint.map(str::to_owned),
    }
}

#[component]
pub fn RoutePage() -> impl IntoView {
    view! {
        <ChoicePage
            name="route"
            title=|l| td_string!(l, q.route.title).to_string()
            hint=|l| Some(td_string!(l, q.route.hint).to_string())
            choices=vec![
                (Route::Consulate, |l| choice(td_string!(l, q.route.consulate), Some(td_string!(l, q.route.consulate_hint)))),
                (Route::Mfa, |l| choice(td_string!(l, q.route.mfa), Some(td_string!(l, q.route.mfa_hint)))),
                (Route::InCountry, |l| choice(td_string!(l, q.route.in_country), Some(td_string!(l, q.route.in_country_hint)))),
            ]
            get=|a| a.route
            set=|a, v| a.route = Some(v)
            error=|l| td_string!(l, q.route.error).to_string()
        />
    }
}

#[component]
pub fn PurposePage() -> impl IntoView {
    view! {
        <ChoicePage
            name="purpose"
            title=|l| td_string!(l, q.purpose.title).to_string()
            hint=|_| None
            choices=vec![
                (Purpose::Formation, |l| choice(td_string!(l, q.purpose.formation), Some(td_string!(l, q.purpose.formation_hint)))),
                (Purpose::Correction, |l| choice(td_string!(l, q.purpose.correction), Some(td_string!(l, q.purpose.correction_hint)))),
            ]
            get=|a| a.purpose
            set=|a, v| a.purpose = Some(v)
            error=|l| td_string!(l, q.purpose.error).to_string()
        />
    }
}

#[component]
pub fn ImprisonedPage() -> impl IntoView {
    view! {
        <ChoicePage
            name="imprisoned"
            title=|l| td_string!(l, q.imprisoned.title).to_string()
            hint=|l| Some(td_string!(l, q.imprisoned.hint).to_string())
            choices=vec![
                (true, |l| choice(td_string!(l, yes), None)),
                (false, |l| choice(td_string!(l, no), None)),
            ]
            get=|a| a.imprisoned
            set=|a, v| a.imprisoned = Some(v)
            error=|l| td_string!(l, q.imprisoned.error).to_string()
        />
    }
}

#[component]
pub fn RepresentedPage() -> impl IntoView {
    view! {
        <ChoicePage
            name="represented"
            title=|l| td_string!(l, q.represented.title).to_string()
            hint=|l| Some(td_string!(l, q.represented.hint).to_string())
            choices=vec![
                (false, |l| choice(td_string!(l, q.represented.no), None)),
                (true, |l| choice(td_string!(l, q.represented.yes), None)),
            ]
            get=|a| a.represented
            set=|a, v| a.represented = Some(v)
            error=|l| td_string!(l, q.represented.error).to_string()
        />
    }
}

#[component]
pub fn ConsentPage() -> impl IntoView {
    view! {
        <ChoicePage
            name="consent"
            title=|l| td_string!(l, q.consent.title).to_string()
            hint=|l| Some(td_string!(l, q.consent.hint).to_string())
            choices=vec![
                (true, |l| choice(td_string!(l, q.consent.yes), None)),
                (false, |l| choice(td_string!(l, q.consent.no), None)),
            ]
            get=|a| a.consent
            set=|a, v| a.consent = Some(v)
            error=|l| td_string!(l, q.consent.error).to_string()
        />
    }
}

#[component]
pub fn CategoryPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    // The categories this rule set offers on this route (from its data), then "none of these".
    let offered: Vec<Category> = j.answers.with_untracked(|a| {
        let route = a.route.unwrap_or(Route::Consulate);
        let mut list: Vec<Category> = flow::ruleset_info(a, j.today)
            .map(|info| {
                info.categories
                    .into_iter()
                    .filter(|rc| rc.route == route)
                    .flat_map(|rc| rc.categories)
                    .collect()
            })
            .unwrap_or_default();
        list.retain(|c| *c != Category::Other);
        list.push(Category::Other);
        list
    });
    let current = j.answers.with_untracked(|a| a.category);
    let selected = RwSignal::new(current.and_then(|c| offered.iter().position(|x| *x == c)));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = {
        let offered = offered.clone();
        move || match selected
            .get_untracked()
            .and_then(|i| offered.get(i).copied())
        {
            Some(c) => {
                j.answers.update(|a| a.category = Some(c));
                j.advance(lang(i18n));
                Vec::new()
            }
            None => vec![FieldError::new(
                "category-0",
                td_string!(i18n.get_locale_untracked(), q.category.error),
            )],
        }
    };
    let error = error_for(errors, "category");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                let choices = offered
                    .iter()
                    .map(|c| {
                        let (name, desc) = text::category(l, *c);
                        choice(name, Some(desc))
                    })
                    .collect::<Vec<_>>();
                view! {
                    <Radios
                        name="category"
                        legend=td_string!(l, q.category.title).to_string()
                        hint=td_string!(l, q.category.hint).to_string()
                        heading=true
                        choices
                        selected
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

#[component]
pub fn IdTypePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    // The identity documents this rule set accepts, then "none".
    let accepted: Vec<IdentityDocumentType> = j.answers.with_untracked(|a| {
        flow::ruleset_info(a, j.today)
            .map(|info| info.identity_document_types)
            .unwrap_or_else(|| vec![IdentityDocumentType::Passport])
    });
    let mut options: Vec<IdChoice> = accepted
        .iter()
        .map(|t| match t {
            IdentityDocumentType::Passport => IdChoice::Passport,
            IdentityDocumentType::RefugeeCertificate => IdChoice::RefugeeCertificate,
        })
        .collect();
    options.push(IdChoice::None);
    let current = j.answers.with_untracked(|a| a.id_choice);
    let selected = RwSignal::new(current.and_then(|c| options.iter().position(|x| *x == c)));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = {
        let options = options.clone();
        move || match selected
            .get_untracked()
            .and_then(|i| options.get(i).copied())
        {
            Some(c) => {
                j.answers.update(|a| a.id_choice = Some(c));
                j.advance(lang(i18n));
                Vec::new()
            }
            None => vec![FieldError::new(
                "identity-0",
                td_string!(i18n.get_locale_untracked(), q.id_type.error),
            )],
        }
    };
    let error = error_for(errors, "identity");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                let choices = options
                    .iter()
                    .map(|c| match c {
                        IdChoice::Passport => choice(td_string!(l, q.id_type.passport), None),
                        IdChoice::RefugeeCertificate => {
                            choice(td_string!(l, q.id_type.refugee_certificate), None)
                        }
                        IdChoice::None => choice(td_string!(l, q.id_type.none), None),
                    })
                    .collect::<Vec<_>>();
                view! {
                    <Radios
                        name="identity"
                        legend=td_string!(l, q.id_type.title).to_string()
                        hint=td_string!(l, q.id_type.hint).to_string()
                        heading=true
                        choices
                        selected
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

#[component]
pub fn ConsulatePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(
        j.answers
            .with_untracked(|a| a.at.map(|c| c.as_str().to_owned()))
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || match Country::parse(&value.get_untracked()) {
        Ok(c) => {
            j.answers.update(|a| a.at = Some(c));
            j.advance(lang(i18n));
            Vec::new()
        }
        Err(_) => vec![FieldError::new(
            "consulate",
            td_string!(i18n.get_locale_untracked(), q.consulate.error),
        )],
    };
    let error = error_for(errors, "consulate");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <CountrySelect
                        id="consulate"
                        label=td_string!(l, q.consulate.title).to_string()
                        heading=true
                        hint=td_string!(l, q.consulate.hint).to_string()
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

#[component]
pub fn CitizenshipPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(
        j.answers
            .with_untracked(|a| a.citizenship.map(String::from))
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || match Citizenship::try_from(value.get_untracked()) {
        Ok(c) => {
            j.answers.update(|a| a.citizenship = Some(c));
            j.advance(lang(i18n));
            Vec::new()
        }
        Err(_) => vec![FieldError::new(
            "citizenship",
            td_string!(i18n.get_locale_untracked(), q.citizenship.error),
        )],
    };
    let error = error_for(errors, "citizenship");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <CountrySelect
                        id="citizenship"
                        label=td_string!(l, q.citizenship.title).to_string()
                        heading=true
                        hint=td_string!(l, q.citizenship.hint).to_string()
                        with_stateless=true
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

#[component]
pub fn DatePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(iso(j.answers.with_untracked(|a| a.date).unwrap_or(j.today)));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || {
        let l = i18n.get_locale_untracked();
        match read_date(&value.get_untracked()) {
            DateInput::Valid(d) => {
                j.answers.update(|a| a.date = Some(d));
                j.advance(lang(i18n));
                Vec::new()
            }
            DateInput::Empty => vec![FieldError::new("date", td_string!(l, q.date.error_missing))],
            DateInput::Invalid => {
                vec![FieldError::new("date", td_string!(l, q.date.error_invalid))]
            }
        }
    };
    let error = error_for(errors, "date");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <DateField
                        id="date"
                        label=td_string!(l, q.date.title).to_string()
                        heading=true
                        hint=format!("{} {}", td_string!(l, q.date.hint), td_string!(l, date_hint))
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

#[component]
pub fn BirthDatePage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let value = RwSignal::new(
        j.answers
            .with_untracked(|a| a.birth_date.map(iso))
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || {
        let l = i18n.get_locale_untracked();
        let apply_on = j.answers.with_untracked(|a| a.date).unwrap_or(j.today);
        match read_date(&value.get_untracked()) {
            DateInput::Valid(d) if d > apply_on => vec![FieldError::new(
                "birth-date",
                td_string!(l, q.birth_date.error_future),
            )],
            DateInput::Valid(d) => {
                j.answers.update(|a| a.birth_date = Some(d));
                j.advance(lang(i18n));
                Vec::new()
            }
            DateInput::Empty => vec![FieldError::new(
                "birth-date",
                td_string!(l, q.birth_date.error_missing),
            )],
            DateInput::Invalid => vec![FieldError::new(
                "birth-date",
                td_string!(l, q.birth_date.error_invalid),
            )],
        }
    };
    let error = error_for(errors, "birth-date");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <DateField
                        id="birth-date"
                        label=td_string!(l, q.birth_date.title).to_string()
                        heading=true
                        birth=true
                        hint=format!("{} {}", td_string!(l, q.birth_date.hint), td_string!(l, date_hint))
                        value
                        error
                    />
                }
            }}
        </QuestionShell>
    }
}

/// The message for an IIN that failed the check.
fn iin_error(l: Locale, e: iin::IinError) -> &'static str {
    match e {
        iin::IinError::WrongLength { .. } => td_string!(l, q.has_iin.iin_error_length),
        iin::IinError::NonDigit { .. } => td_string!(l, q.has_iin.iin_error_digits),
        iin::IinError::BadChecksum => td_string!(l, q.has_iin.iin_error_checksum),
        iin::IinError::IsBin { .. } => td_string!(l, q.has_iin.iin_error_bin),
        iin::IinError::BadCenturyDigit { .. } | iin::IinError::ImpossibleDate => {
            td_string!(l, q.has_iin.iin_error_date)
        }
    }
}

#[component]
pub fn HasIinPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let selected = RwSignal::new(j.answers.with_untracked(|a| match a.has_iin {
        Some(true) => Some(0),
        Some(false) => Some(1),
        None => None,
    }));
    let number = RwSignal::new(
        j.answers
            .with_untracked(|a| a.iin.clone())
            .unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || {
        let l = i18n.get_locale_untracked();
        let Some(choice) = selected.get_untracked() else {
            return vec![FieldError::new("has-iin-0", td_string!(l, q.has_iin.error))];
        };
        let has = choice == 0;
        let typed = number.get_untracked();
        let typed = typed.trim();
        if has && !typed.is_empty() {
            if let Err(e) = iin::check(typed) {
                return vec![FieldError::new("iin-number", iin_error(l, e))];
            }
        }
        j.answers.update(|a| {
            a.has_iin = Some(has);
            a.iin = (has && !typed.is_empty()).then(|| typed.to_owned());
        });
        j.advance(lang(i18n));
        Vec::new()
    };
    let choice_error = error_for(errors, "has-iin");
    let number_error = error_for(errors, "iin-number");
    let decoded = move || {
        let l = i18n.get_locale();
        iin::check(number.get().trim()).ok().map(|info| {
            td_string!(l, q.has_iin.iin_ok, date = text::date(l, info.birth_date)).to_string()
        })
    };
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <Radios
                        name="has-iin"
                        legend=td_string!(l, q.has_iin.title).to_string()
                        hint=td_string!(l, q.has_iin.hint).to_string()
                        heading=true
                        choices=yes_no_choices(l, false)
                        selected
                        error=choice_error
                    />
                }
            }}
            <Show when=move || selected.get() == Some(0)>
                <div class="field conditional" class:field--error=move || number_error.get().is_some()>
                    <label class="label" for="iin-number">
                        {t!(i18n, q.has_iin.iin_label)} " " {t!(i18n, optional)}
                    </label>
                    <p class="hint" id="iin-number-hint">{t!(i18n, q.has_iin.iin_hint)}</p>
                    <FieldMessage id="iin-number-error".to_owned() error=number_error />
                    <input
                        class="input input--iin"
                        id="iin-number"
                        name="iin-number"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        maxlength="20"
                        aria-describedby="iin-number-hint iin-number-status"
                        prop:value=move || number.get()
                        on:input=move |ev| number.set(event_target_value(&ev))
                    />
                    <p class="hint iin-status" id="iin-number-status" aria-live="polite">{decoded}</p>
                </div>
            </Show>
        </QuestionShell>
    }
}

#[component]
pub fn IdDetailsPage() -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let (issuer, expires, latin) = j.answers.with_untracked(|a| {
        (
            a.id_issuer
                .or(a.citizenship.and_then(Citizenship::country))
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            a.id_expires.map(iso).unwrap_or_default(),
            a.id_latin.map(|b| if b { 0 } else { 1 }),
        )
    });
    let issuer = RwSignal::new(issuer);
    let expires = RwSignal::new(expires);
    let latin = RwSignal::new(latin);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || {
        let l = i18n.get_locale_untracked();
        let mut errs = Vec::new();
        let country = Country::parse(&issuer.get_untracked()).ok();
        if country.is_none() {
            errs.push(FieldError::new(
                "id-issuer",
                td_string!(l, q.id_details.error_issuer),
            ));
        }
        let date = match read_date(&expires.get_untracked()) {
            DateInput::Valid(d) => Some(d),
            DateInput::Empty => {
                errs.push(FieldError::new(
                    "id-expires",
                    td_string!(l, q.id_details.error_expires_missing),
                ));
                None
            }
            DateInput::Invalid => {
                errs.push(FieldError::new(
                    "id-expires",
                    td_string!(l, q.id_details.error_expires_invalid),
                ));
                None
            }
        };
        let latin_value = latin.get_untracked().map(|i| i == 0);
        if latin_value.is_none() {
            errs.push(FieldError::new(
                "id-latin-0",
                td_string!(l, q.id_details.error_latin),
            ));
        }
        if !errs.is_empty() {
            return errs;
        }
        j.answers.update(|a| {
            a.id_issuer = country;
            a.id_expires = date;
            a.id_latin = latin_value;
        });
        j.advance(lang(i18n));
        Vec::new()
    };
    let issuer_error = error_for(errors, "id-issuer");
    let expires_error = error_for(errors, "id-expires");
    let latin_error = error_for(errors, "id-latin");
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <h1 class="heading" tabindex="-1">{td_string!(l, q.id_details.title)}</h1>
                    <CountrySelect
                        id="id-issuer"
                        label=td_string!(l, q.id_details.issuer_label).to_string()
                        value=issuer
                        error=issuer_error
                    />
                    <DateField
                        id="id-expires"
                        label=td_string!(l, q.id_details.expires_label).to_string()
                        hint=format!("{} {}", td_string!(l, q.id_details.expires_hint), td_string!(l, date_hint))
                        value=expires
                        error=expires_error
                    />
                    <Radios
                        name="id-latin"
                        legend=td_string!(l, q.id_details.latin_label).to_string()
                        hint=td_string!(l, q.id_details.latin_hint).to_string()
                        choices=yes_no_choices(l, false)
                        selected=latin
                        error=latin_error
                    />
                }
            }}
        </QuestionShell>
    }
}

/// One document of the checklist: do you have it, and if so what it is like. The follow-up
/// questions appear only where the rules make them matter for this document: the language
/// for a document issued abroad, the certification when `evaluate` says it needs one.
#[component]
pub fn DocumentPage(id: DocumentId) -> impl IntoView {
    let j = expect_context::<Journey>();
    let i18n = use_i18n();
    let stored = j
        .answers
        .with_untracked(|a| a.docs.get(&id).copied())
        .unwrap_or_default();
    let default_issuer = j
        .answers
        .with_untracked(|a| a.citizenship.and_then(Citizenship::country));
    let have = RwSignal::new(stored.have.map(|h| if h { 0 } else { 1 }));
    let issuer = RwSignal::new(
        stored
            .issuer
            .or(default_issuer)
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default(),
    );
    let language = RwSignal::new(stored.language.map(|l| match l {
        LanguageAnswer::Kk => 0,
        LanguageAnswer::Ru => 1,
        LanguageAnswer::Other => 2,
        LanguageAnswer::Unknown => 3,
    }));
    let translated = RwSignal::new(stored.translated.map(|t| match t {
        Tri::Yes => 0,
        Tri::No => 1,
        Tri::Unknown => 2,
    }));
    let certified = RwSignal::new(stored.certified.map(|c| match c {
        CertifiedAnswer::None => 0,
        CertifiedAnswer::Apostille => 1,
        CertifiedAnswer::Legalization => 2,
        CertifiedAnswer::Unknown => 3,
    }));
    let languages = [
        LanguageAnswer::Kk,
        LanguageAnswer::Ru,
        LanguageAnswer::Other,
        LanguageAnswer::Unknown,
    ];
    let tris = [Tri::Yes, Tri::No, Tri::Unknown];
    let certs = [
        CertifiedAnswer::None,
        CertifiedAnswer::Apostille,
        CertifiedAnswer::Legalization,
        CertifiedAnswer::Unknown,
    ];
    // The answer as the fields describe it now.
    let draft = move || DocAnswer {
        have: have.get().map(|i| i == 0),
        issuer: Country::parse(&issuer.get()).ok(),
        language: language.get().map(|i| languages[i]),
        translated: translated.get().map(|i| tris[i]),
        certified: certified.get().map(|i| certs[i]),
    };
    // What `evaluate` says of this document with the draft answer: drives which follow-up
    // questions are worth asking.
    let judge = move |d: DocAnswer| {
        let mut answers = j.answers.get_untracked();
        answers.docs.insert(
            id,
            DocAnswer {
                have: Some(true),
                ..d
            },
        );
        evaluate(&answers.to_applicant(j.today))
            .documents
            .into_iter()
            .find(|i| i.id == id)
    };
    let item = Memo::new(move |_| judge(draft()));
    // Ask the language only where it can matter: when this document, from this issuer and
    // written in another language, would need a translation (the rules decide, not the page).
    let language_matters = Memo::new(move |_| {
        judge(DocAnswer {
            language: Some(LanguageAnswer::Other),
            translated: Some(Tri::No),
            ..draft()
        })
        .is_some_and(|i| i.translation == TranslationNeed::Required)
    });
    let needs_certification = move || {
        item.with(|i| {
            i.as_ref().is_some_and(|i| {
                matches!(
                    i.certification,
                    Certification::Apostille | Certification::Legalization
                )
            })
        })
    };
    let is_notarial =
        move || item.with(|i| i.as_ref().is_some_and(|i| i.kind == DocumentKind::Notarial));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let on_continue = move || {
        let l = i18n.get_locale_untracked();
        let mut errs = Vec::new();
        let Some(h) = have.get_untracked() else {
            return vec![FieldError::new(
                "doc-have-0",
                td_string!(l, q.document.have_error),
            )];
        };
        let mut answer = DocAnswer {
            have: Some(h == 0),
            ..DocAnswer::default()
        };
        if h == 0 {
            answer.issuer = Country::parse(&issuer.get_untracked()).ok();
            if answer.issuer.is_none() {
                errs.push(FieldError::new(
                    "doc-issuer",
                    td_string!(l, q.document.issuer_error),
                ));
            }
            if language_matters.get_untracked() {
                answer.language = language.get_untracked().map(|i| languages[i]);
                if answer.language.is_none() {
                    errs.push(FieldError::new(
                        "doc-language-0",
                        td_string!(l, q.document.language_error),
                    ));
                }
                if answer.language == Some(LanguageAnswer::Other) {
                    answer.translated = translated.get_untracked().map(|i| tris[i]);
                    if answer.translated.is_none() {
                        errs.push(FieldError::new(
                            "doc-translated-0",
                            td_string!(l, q.document.translated_error),
                        ));
                    }
                }
            }
            if needs_certification() {
                answer.certified = certified.get_untracked().map(|i| certs[i]);
                if answer.certified.is_none() {
                    errs.push(FieldError::new(
                        "doc-certified-0",
                        td_string!(l, q.document.certified_error),
                    ));
                }
            }
        }
        if !errs.is_empty() {
            return errs;
        }
        j.answers.update(|a| {
            a.docs.insert(id, answer);
        });
        j.advance(lang(i18n));
        Vec::new()
    };
    let have_error = error_for(errors, "doc-have");
    let issuer_error = error_for(errors, "doc-issuer");
    let language_error = error_for(errors, "doc-language");
    let translated_error = error_for(errors, "doc-translated");
    let certified_error = error_for(errors, "doc-certified");
    // The group this document belongs to, to say "one of these is enough".
    let group_hint = move |l: Locale| -> Option<String> {
        let outcome = evaluate(&j.answers.get_untracked().to_applicant(j.today));
        let me = outcome.documents.iter().find(|i| i.id == id)?;
        if me.optional {
            return Some(td_string!(l, q.document.optional_hint).to_string());
        }
        let group = me.group.clone()?;
        let members: Vec<&str> = outcome
            .documents
            .iter()
            .filter(|i| i.group.as_deref() == Some(group.as_str()))
            .map(|i| text::document(l, i.id))
            .collect();
        let mut hint = td_string!(l, q.document.one_of, list = members.join("; ")).to_string();
        if me.alternative.is_some() {
            hint.push(' ');
            hint.push_str(td_string!(l, q.document.alternative));
        }
        Some(hint)
    };
    view! {
        <QuestionShell errors on_continue>
            {move || {
                let l = i18n.get_locale();
                view! {
                    <Radios
                        name="doc-have"
                        legend=td_string!(l, q.document.title, name = text::document(l, id)).to_string()
                        hint=group_hint(l).unwrap_or_default()
                        heading=true
                        choices=yes_no_choices(l, false)
                        selected=have
                        error=have_error
                    />
                }
            }}
            <Show when=move || have.get() == Some(0)>
                <div class="conditional">
                    {move || {
                        let l = i18n.get_locale();
                        let notarial = is_notarial();
                        view! {
                            <CountrySelect
                                id="doc-issuer"
                                label=td_string!(l, q.document.issuer_label).to_string()
                                hint=if notarial { td_string!(l, q.document.issuer_hint_notarial).to_string() } else { String::new() }
                                value=issuer
                                error=issuer_error
                            />
                        }
                    }}
                    <Show when=move || language_matters.get()>
                        {move || {
                            let l = i18n.get_locale();
                            let choices = vec![
                                choice(td_string!(l, q.document.language_kk), None),
                                choice(td_string!(l, q.document.language_ru), None),
                                choice(td_string!(l, q.document.language_other), None),
                                choice(td_string!(l, dont_know), Some(td_string!(l, q.document.language_unknown_hint))),
                            ];
                            view! {
                                <Radios
                                    name="doc-language"
                                    legend=td_string!(l, q.document.language_label).to_string()
                                    choices
                                    selected=language
                                    error=language_error
                                />
                            }
                        }}
                        <Show when=move || language.get() == Some(2)>
                            {move || {
                                let l = i18n.get_locale();
                                view! {
                                    <Radios
                                        name="doc-translated"
                                        legend=td_string!(l, q.document.translated_label).to_string()
                                        choices=yes_no_choices(l, true)
                                        selected=translated
                                        error=translated_error
                                    />
                                }
                            }}
                        </Show>
                    </Show>
                    <Show when=needs_certification>
                        {move || {
                            let l = i18n.get_locale();
                            let choices = vec![
                                choice(td_string!(l, q.document.certified_none), None),
                                choice(td_string!(l, q.document.certified_apostille), None),
                                choice(td_string!(l, q.document.certified_legalization), None),
                                choice(td_string!(l, dont_know), None),
                            ];
                            view! {
                                <Radios
                                    name="doc-certified"
                                    legend=td_string!(l, q.document.certified_label).to_string()
                                    hint=td_string!(l, q.document.certified_hint).to_string()
                                    choices
                                    selected=certified
                                    error=certified_error
                                />
                            }
                        }}
                    </Show>
                </div>
            </Show>
        </QuestionShell>
    }
}

/// The page for `step` (questions only; start, check and result live elsewhere).
pub fn question(step: Step) -> AnyView {
    match step {
        Step::Route => view! { <RoutePage /> }.into_any(),
        Step::Consulate => view! { <ConsulatePage /> }.into_any(),
        Step::Date => view! { <DatePage /> }.into_any(),
        Step::HasIin => view! { <HasIinPage /> }.into_any(),
        Step::Purpose => view! { <PurposePage /> }.into_any(),
        Step::Citizenship => view! { <CitizenshipPage /> }.into_any(),
        Step::BirthDate => view! { <BirthDatePage /> }.into_any(),
        Step::Category => view! { <CategoryPage /> }.into_any(),
        Step::IdType => view! { <IdTypePage /> }.into_any(),
        Step::IdDetails => view! { <IdDetailsPage /> }.into_any(),
        Step::Imprisoned => view! { <ImprisonedPage /> }.into_any(),
        Step::Represented => view! { <RepresentedPage /> }.into_any(),
        Step::Document(id) => view! { <DocumentPage id /> }.into_any(),
        Step::Consent => view! { <ConsentPage /> }.into_any(),
        Step::Start | Step::Check | Step::Result | Step::Rules => ().into_any(),
    }
}
