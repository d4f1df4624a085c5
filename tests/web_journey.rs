//! Browser tests of the journey's pieces, each opened from a URL as a shared link would:
//! the IIN check messages (and the IIN kept out of the URL), the checklist with a one-of
//! group, the verdict announced in the live region, the notice for bad URL parameters (in
//! words), the document's issuer page (never pre-filled), the group page, errors re-worded
//! on a language switch, and the early end of a closed route.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser;
use browser::{find, open, settle, text, type_into};

wasm_bindgen_test_configure!(run_in_browser);

const ANSWERS: &str = "route=consulate&at=DE&date=2025-06-02&has_iin=no&cit=DE&dob=1985-01-01\
    &id=passport&id_by=DE&id_exp=2030-01-01&id_latin=yes&consent=yes";

#[wasm_bindgen_test]
async fn the_iin_field_names_a_bin_and_decodes_a_valid_iin() {
    let host = open("?lang=en&route=in_country&date=2025-06-02&has_iin=yes&step=iin");
    settle().await;
    type_into(&find(&host, "#iin-number"), "850101300015");
    settle().await;
    assert!(
        text(&find(&host, "#iin-number-status")).contains("1 January 1985"),
        "{}",
        text(&host)
    );
    type_into(&find(&host, "#iin-number"), "040540100010");
    find(&host, "form button[type=submit]").click();
    settle().await;
    assert!(
        text(&find(&host, "#error-summary")).contains("business identification number (BIN)"),
        "{}",
        text(&host)
    );
    // While the error stands, the number is not also said to match (read together by a
    // screen reader): Continue checks it again.
    type_into(&find(&host, "#iin-number"), "850101300015");
    settle().await;
    assert_eq!(
        text(&find(&host, "#iin-number-status")),
        "",
        "{}",
        text(&host)
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn the_checklist_groups_the_investors_alternatives_and_the_verdict_is_announced() {
    let host = open(&format!(
        "?lang=en&{ANSWERS}&cat=investor&doc.investor_council_membership=no\
         &doc.investment_contract=yes-KZ-ru-_-_&step=result"
    ));
    settle().await;
    let page = text(&host);
    assert!(page.contains("Your result"), "{page}");
    assert!(page.contains("One of these is enough:"), "{page}");
    assert!(page.contains("Investment contract"), "{page}");
    assert!(page.contains("Issued in Kazakhstan: no apostille or legalization needed."));
    let live = find(&host, "[role=status][aria-live=polite]");
    assert_eq!(
        live.text_content().unwrap(),
        "You can get an IIN at an embassy or consulate with the documents you described."
    );
    host.remove();
}

/// A link as the app writes it since 2026-12-04: the settings in the query, the answers
/// after '#', which a browser never sends to a server. An older link, with its answers in
/// the query, opens the same page, and the address then keeps them after '#' only.
#[wasm_bindgen_test]
async fn the_answers_live_after_the_hash_and_older_links_still_open() {
    for link in [
        format!("?lang=en#{ANSWERS}&cat=spouse&doc.marriage_certificate=no&step=result"),
        format!("?lang=en&{ANSWERS}&cat=spouse&doc.marriage_certificate=no&step=result"),
    ] {
        let host = open(&link);
        settle().await;
        let page = text(&host);
        assert!(page.contains("Your result"), "{link}: {page}");
        assert!(page.contains("Marriage certificate"), "{link}: {page}");
        let location = web_sys::window().unwrap().location();
        let (search, hash) = (location.search().unwrap(), location.hash().unwrap());
        assert_eq!(search, "?lang=en", "{link}");
        for answer in ["cit=DE", "cat=spouse", "step=result"] {
            assert!(hash.contains(answer), "{link}: {answer} not in {hash}");
        }
        // A spouse is not asked her date of birth (no age limit): the address holds only the
        // answers in effect (`flow::in_effect`).
        assert!(!hash.contains("dob="), "{link}: {hash}");
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn a_kazakh_link_shows_the_result_in_kazakh_with_localized_dates() {
    let host = open(&format!(
        "?lang=kk&{ANSWERS}&cat=spouse&doc.marriage_certificate=yes-DE-other-yes-apostille&step=result"
    ));
    settle().await;
    assert_eq!(
        find(&host, ".app").get_attribute("lang").as_deref(),
        Some("kk")
    );
    let page = text(&host);
    assert!(page.contains("2025 жылғы 3 маусым"), "{page}");
    assert!(page.contains("Германия"), "{page}");
    host.remove();
}

#[wasm_bindgen_test]
async fn bad_url_parameters_are_named_and_the_page_still_works() {
    let host =
        open("?lang=en&route=%3Cscript%3Ealert(1)%3C%2Fscript%3E&date=2025-02-30&step=result");
    settle().await;
    let page = text(&host);
    assert!(
        page.contains("could not be read: where you will apply, date you plan to apply."),
        "named in words, not by parameter: {page}"
    );
    assert!(host.query_selector("script").unwrap().is_none());
    // A link never skips a question: the first unanswered one is shown.
    assert_eq!(
        find(&host, "h1").text_content().unwrap(),
        "Where will you apply for your IIN?"
    );
    host.remove();
}

/// A link's settings that cannot be read (the declared rules, the page) are said to be left
/// out; nobody is asked to "answer them again", as there is no question for them.
#[wasm_bindgen_test]
async fn unreadable_link_settings_are_left_out_not_asked_again() {
    let host = open("?lang=en&ruleset=nonsense&step=nowhere");
    settle().await;
    let notice = text(&find(&host, ".notice"));
    assert!(
        notice.contains(
            "could not be read and were left out: the rules the embassy or consulate applies, \
             the page to open."
        ),
        "{notice}"
    );
    assert!(!notice.contains("answer them again"), "{notice}");
    host.remove();
    // With a damaged answer as well: each in its own sentence.
    let host = open("?lang=en&ruleset=nonsense&route=nowhere");
    settle().await;
    let notice = text(&find(&host, ".notice"));
    assert!(
        notice.contains("could not be read: where you will apply. Please answer them again."),
        "{notice}"
    );
    assert!(
        notice.contains("left out: the rules the embassy or consulate applies."),
        "{notice}"
    );
    host.remove();
}

fn click_radio(host: &web_sys::HtmlElement, id: &str) {
    find(host, &format!("#{id}")).click();
}

fn submit(host: &web_sys::HtmlElement) {
    find(host, "form button[type=submit]").click();
}

fn h1(host: &web_sys::HtmlElement) -> String {
    find(host, "h1").text_content().unwrap_or_default()
}

fn choose_country(host: &web_sys::HtmlElement, id: &str, code: &str) {
    let select: web_sys::HtmlSelectElement = find(host, &format!("#{id}")).unchecked_into();
    select.set_value(code);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

const POA: &str = "?lang=en&route=in_country&date=2025-06-02&has_iin=yes&purpose=correction&cit=AE\
     &id=passport&id_exp=2030-01-01&id_latin=yes&rep=yes&doc.changed_data_certificate=no\
     &doc.power_of_attorney=yes-_-_-_-_";

#[wasm_bindgen_test]
async fn the_issuer_is_never_guessed_and_decides_whether_the_language_is_asked() {
    let host = open(&format!("{POA}&step=issuer-power_of_attorney"));
    settle().await;
    assert!(h1(&host).contains("power of attorney"), "{}", text(&host));
    let checked = host
        .query_selector_all("input[name=doc-issuer]:checked")
        .unwrap()
        .length();
    assert_eq!(checked, 0, "nothing chosen for the applicant");
    assert!(host
        .query_selector("#doc-issuer-country")
        .unwrap()
        .is_none());
    // Made abroad (in the UAE): a power of attorney in another language needs a
    // translation, so its language is asked next.
    click_radio(&host, "doc-issuer-1");
    settle().await;
    choose_country(&host, "doc-issuer-country-select", "AE");
    submit(&host);
    settle().await;
    assert!(
        h1(&host).ends_with("which language is it written in?"),
        "{}",
        h1(&host)
    );
    // Made by a notary in Kazakhstan: no language question.
    find(&host, ".back-link").click();
    settle().await;
    click_radio(&host, "doc-issuer-0");
    submit(&host);
    settle().await;
    assert!(
        !h1(&host).ends_with("which language is it written in?"),
        "{}",
        h1(&host)
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_issuer_is_shown_as_an_assumption() {
    let host = open(&format!(
        "{}&consent=yes&step=check",
        POA.replace("yes-_-_-_-_", "yes-unknown-kk-_-none")
    ));
    settle().await;
    let page = text(&host);
    assert!(
        page.contains("You don't know: we assume the United Arab Emirates"),
        "{page}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_one_of_group_is_one_page_with_none_yet() {
    let host = open(&format!(
        "?lang=en&{ANSWERS}&cat=heir&step=which-heir_proof"
    ));
    settle().await;
    assert_eq!(h1(&host), "Which of these do you have?");
    let labels: Vec<String> = {
        let list = host.query_selector_all(".radio__label").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(labels.len(), 3, "{labels:?}");
    assert_eq!(labels[2], "None of these yet");
    click_radio(&host, "doc-group-2");
    submit(&host);
    settle().await;
    // The answers are after '#', which no browser sends to a server; the query has none.
    let location = web_sys::window().unwrap().location();
    let (search, hash) = (location.search().unwrap(), location.hash().unwrap());
    assert!(hash.contains("doc.will=no"), "{hash}");
    assert!(hash.contains("doc.death_certificate=no"), "{hash}");
    assert!(!search.contains("doc."), "{search}");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_language_switch_rewords_the_errors_shown() {
    let host = open("?lang=en&step=route");
    settle().await;
    submit(&host);
    settle().await;
    assert!(
        text(&find(&host, "#error-summary")).contains("Choose where you will apply"),
        "{}",
        text(&host)
    );
    let russian = host
        .query_selector_all(".lang-switch__button")
        .unwrap()
        .item(1)
        .unwrap();
    russian.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    settle().await;
    let summary = text(&find(&host, "#error-summary"));
    assert!(
        summary.contains("Выберите, где вы будете подавать заявление"),
        "{summary}"
    );
    assert!(!text(&host).contains("Choose where you will apply"));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_typed_iin_never_enters_the_url() {
    let host = open("?lang=en&route=in_country&date=2025-06-02&step=iin");
    settle().await;
    click_radio(&host, "has-iin-0");
    settle().await;
    type_into(&find(&host, "#iin-number"), "850101300015");
    submit(&host);
    settle().await;
    let window = web_sys::window().unwrap();
    let href = window.location().href().unwrap();
    assert!(href.contains("#") && href.contains("has_iin=yes"), "{href}");
    assert!(!href.contains("850101300015"), "{href}");
    // The entry left behind (Back) holds no IIN either.
    window.history().unwrap().back().unwrap();
    settle().await;
    settle().await;
    let href = window.location().href().unwrap();
    assert!(!href.contains("850101300015"), "{href}");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_consulate_today_ends_on_the_result_after_the_date() {
    let host = open("?lang=en&route=consulate&date=2026-12-01&step=date");
    settle().await;
    submit(&host);
    settle().await;
    assert!(
        host.query_selector("form.question").unwrap().is_none(),
        "no more questions: {}",
        text(&host)
    );
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.contains("step=result"), "{hash}");
    host.remove();
}

/// "Check your answers" words the issuer of a notarial act as where it was notarized.
#[wasm_bindgen_test]
async fn a_translation_is_notarized_in_a_country_not_issued_by_it() {
    let host = open(
        "?lang=en&route=consulate&at=CN&date=2025-06-03&has_iin=no&cit=CN&dob=1980-05-05\
         &cat=spouse&id=passport&id_by=CN&id_exp=2031-01-01&id_latin=no&consent=yes\
         &doc.passport_translation=yes-CN-_-_-apostille&doc.marriage_certificate=no&step=check",
    );
    settle().await;
    let page = text(&host);
    assert!(
        page.contains("Notarized translation of the passport: notarized in"),
        "{page}"
    );
    assert!(
        !page.contains("Notarized translation of the passport: issued by"),
        "{page}"
    );
    host.remove();
}
