//! Print the JSON Schemas of the contract: `cargo run --example schema -- applicant|outcome`.
//! (`UPDATE_SCHEMA=1 cargo test --test schema` rewrites schema/*.schema.json.)

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("outcome") => print!("{}", iin_precheck::rules::schema::outcome_schema()),
        _ => print!("{}", iin_precheck::rules::schema::applicant_schema()),
    }
}
