//! The rules core: pure functions over dated, cited data. It imports no web crate and never
//! reads the clock (the date is always an input), so it compiles and tests natively.
//!
//! - [`contract`]: the public input/output types (contract.md v1, plus added fields).
//! - [`ruleset`]: the rule sets as dated data, and their selection by route and date.
//! - [`evaluate()`]: applies a rule set to an applicant.
//! - [`legalization`] + [`treaties`]: certification by issuing state and date.
//! - [`sources`]: the registry of public sources and our readings; [`diff`]: what changed
//!   between rule sets, computed from the records.
//! - [`earlier`]: an earlier day to apply that avoids a limit the planned day passes.
//! - [`calendar`]: Kazakhstan working days. [`age`]: completed years. [`iin`]: the checksum.

pub mod age;
pub mod calendar;
pub mod contract;
pub mod countries;
pub mod dates;
pub mod diff;
pub mod documents;
pub mod earlier;
pub mod evaluate;
pub mod iin;
pub mod json;
pub mod legalization;
pub mod order;
pub mod other_ways;
pub mod ruleset;
pub mod schema;
pub mod scripts;
pub mod sources;
pub mod treaties;

pub use contract::*;
pub use evaluate::evaluate;
pub use json::{evaluate_json, parse_applicant, Error};
pub use ruleset::{
    clock_behind, review_outdated, ruleset_for, rulesets, RuleSet, RuleSetInfo, Selection,
    RULES_REVIEWED_ON,
};
pub use treaties::TREATIES_AS_OF;
