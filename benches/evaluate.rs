//! `evaluate` latency per call for a few representative applicants (criterion; short
//! measurement so the whole bench stays well under two minutes on two cores).

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use iin_precheck::rules::{evaluate, evaluate_json, parse_applicant, Applicant};

fn applicant(json: &str) -> Applicant {
    match parse_applicant(json) {
        Ok(a) => a,
        Err(e) => panic!("bench input rejected: {e}"),
    }
}

const SPOUSE_DE: &str = r#"{"date":"2025-06-02","route":"consulate","category":"spouse","citizenship":"DE",
  "identity_document":{"type":"passport","issuer":"DE","expires":"2030-01-01","latin_or_cyrillic":true},
  "documents":[{"id":"marriage_certificate","issuer":"DE","language":"other","translated":true,"certified":"apostille"}],
  "consent":true}"#;
const NOMAD_CN: &str = r#"{"date":"2025-09-15","route":"consulate","category":"digital_nomad","citizenship":"CN",
  "identity_document":{"type":"passport","issuer":"CN","expires":"2031-01-01","latin_or_cyrillic":false},
  "documents":[{"id":"it_training_certificate","issuer":"CN","language":"other","translated":false}]}"#;
const CORRECTION_RU: &str = r#"{"date":"2026-03-06","route":"in_country","purpose":"correction","citizenship":"RU",
  "has_iin":true,"represented":true,
  "identity_document":{"type":"passport","issuer":"RU","expires":"2028-01-01","latin_or_cyrillic":true},
  "documents":[{"id":"changed_data_certificate","issuer":"RU","language":"ru"},
               {"id":"power_of_attorney","issuer":"RU","language":"ru"}],"consent":true}"#;
const UNAVAILABLE_2026: &str =
    r#"{"date":"2026-04-01","route":"consulate","category":"heir","citizenship":"AE"}"#;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate");
    group
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30);
    for (name, json) in [
        ("spouse_de_eligible", SPOUSE_DE),
        ("digital_nomad_cn_action_needed", NOMAD_CN),
        ("in_country_correction_ru", CORRECTION_RU),
        ("consulate_2026_unavailable", UNAVAILABLE_2026),
    ] {
        let a = applicant(json);
        group.bench_function(name, |b| b.iter(|| evaluate(std::hint::black_box(&a))));
    }
    group.bench_function("evaluate_json_spouse_de", |b| {
        b.iter(|| evaluate_json(std::hint::black_box(SPOUSE_DE)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
