//! The rules core: pure functions over dated, cited data. It imports no web crate and never
//! reads the clock (the date is always an input), so it compiles and tests natively.

pub mod contract;
pub mod countries;

pub use contract::*;
