//! The questionnaire as plain data: the answers (with "I don't know"), which question pages
//! apply and in what order, and the link (its address) that stores every answer. No web crate
//! and no rule of law: pages follow the rule sets' metadata and `evaluate`'s checklist. The UI
//! shell (`ui/`) renders it; tests run natively.

pub mod answers;
pub mod collation;
pub mod country_search;
pub mod date_input;
pub mod flow;
pub mod iin_input;
pub mod query;

pub use answers::{
    Answers, CertifiedAnswer, DocAnswer, IdChoice, IssuerAnswer, LanguageAnswer, Tri,
};
pub use flow::{Locked, Step};
