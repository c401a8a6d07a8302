//! The pure core: no browser, no I/O. Everything here is tested natively with `cargo test`.

pub mod compare;
pub mod config;
#[macro_use]
pub mod dataset;
pub mod format;
pub mod i18n;
pub mod parse;
pub mod problem;
pub mod quiz;
pub mod region;
#[cfg(feature = "cli")]
pub mod schema;
pub mod school;
#[cfg(feature = "cli")]
pub mod translation;
pub mod validate;

/// The default dataset in US English (the widget fetches it from its `data/` folder; tests
/// read it from here).
pub const DEFAULT_DATASET_JSON: &str = include_str!("../../data/hit-pathfinder.en-US.json");

/// The default dataset in US Spanish.
pub const DEFAULT_DATASET_ES_JSON: &str = include_str!("../../data/hit-pathfinder.es-US.json");
