//! The exhaustive sweep: every category x every issuing state (the applicant's citizenship,
//! passport and category document all from that state) x every day of 2024-01-01..2026-12-31
//! x each route. Prints the count, the wall time and evaluations per second, and a verdict
//! histogram as a sanity check. Run: `cargo run --release --example sweep`.

use std::time::Instant;

use chrono::NaiveDate;
use iin_precheck::rules::{
    countries, evaluate, Applicant, Category, Citizenship, Country, HeldCertification,
    HeldDocument, IdentityDocument, IdentityDocumentType, Language, Purpose, Route, Verdict,
};

/// The first document the 2025 rules ask of each category (None: nothing beyond the passport).
fn category_document(category: Category) -> Option<iin_precheck::rules::DocumentId> {
    use iin_precheck::rules::DocumentId as D;
    match category {
        Category::Investor => Some(D::InvestmentContract),
        Category::Exporter => Some(D::MarkingAppointmentOrder),
        Category::Spouse => Some(D::MarriageCertificate),
        Category::Child => Some(D::BirthCertificate),
        Category::Heir => Some(D::Will),
        Category::DigitalNomad => Some(D::ItManagerAppointment),
        Category::Disability => Some(D::DisabilityCertificate),
        Category::PesticideRegistrant | Category::CompanyHead | Category::DiplomaticStaff => {
            Some(D::CategoryProof)
        }
        Category::Senior | Category::Other => None,
    }
}

fn main() {
    let (Some(first), Some(last), Some(birth), Some(expires)) = (
        NaiveDate::from_ymd_opt(2024, 1, 1),
        NaiveDate::from_ymd_opt(2026, 12, 31),
        NaiveDate::from_ymd_opt(1985, 5, 17),
        NaiveDate::from_ymd_opt(2029, 12, 31),
    ) else {
        return;
    };
    let states: Vec<Country> = countries::all()
        .iter()
        .filter_map(|row| Country::parse(row.code).ok())
        .collect();
    let days: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).collect();

    let mut count: u64 = 0;
    let mut verdicts = [0u64; 4];
    let mut checklist_items: u64 = 0;
    let start = Instant::now();
    for category in Category::ALL {
        for &state in &states {
            let documents: Vec<HeldDocument> = category_document(category)
                .map(|id| HeldDocument {
                    id,
                    issuer: Some(state),
                    language: Some(Language::Other),
                    translated: true,
                    certified: HeldCertification::None,
                })
                .into_iter()
                .collect();
            let mut applicant = Applicant {
                date: first,
                ruleset: None,
                route: Route::Consulate,
                purpose: Purpose::Formation,
                category: Some(category),
                citizenship: Citizenship::Of(state),
                birth_date: Some(birth),
                has_iin: false,
                identity_document: Some(IdentityDocument {
                    kind: IdentityDocumentType::Passport,
                    issuer: Some(state),
                    expires: Some(expires),
                    latin_or_cyrillic: true,
                }),
                documents,
                consent: Some(true),
                represented: false,
                imprisoned: false,
            };
            for &day in &days {
                applicant.date = day;
                for route in Route::ALL {
                    applicant.route = route;
                    let outcome = evaluate(&applicant);
                    count += 1;
                    checklist_items += outcome.documents.len() as u64;
                    verdicts[match outcome.verdict {
                        Verdict::Eligible => 0,
                        Verdict::ActionNeeded => 1,
                        Verdict::NotEligible => 2,
                        Verdict::Unavailable => 3,
                    }] += 1;
                }
            }
        }
    }
    let elapsed = start.elapsed();
    let secs = elapsed.as_secs_f64();
    println!(
        "sweep: {} categories x {} issuing states x {} days (2024-01-01..2026-12-31) x {} routes",
        Category::ALL.len(),
        states.len(),
        days.len(),
        Route::ALL.len()
    );
    println!("evaluations: {count}");
    println!("wall time: {secs:.2} s");
    println!(
        "evaluations per second: {:.0} ({:.2} us per evaluation)",
        count as f64 / secs,
        secs * 1e6 / count as f64
    );
    println!(
        "verdicts: eligible {}, action_needed {}, not_eligible {}, unavailable {}; checklist entries {}",
        verdicts[0], verdicts[1], verdicts[2], verdicts[3], checklist_items
    );
}
