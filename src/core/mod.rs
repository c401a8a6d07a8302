//! The pure core: no browser, no I/O. Everything here is tested natively with `cargo test`.

pub mod compare;
pub mod config;
pub mod dataset;
pub mod format;
pub mod i18n;
pub mod parse;
pub mod problem;
pub mod quiz;
#[cfg(feature = "cli")]
pub mod schema;
pub mod validate;

/// The default dataset (US English) shipped inside the widget.
pub const DEFAULT_DATASET_JSON: &str = include_str!("../../data/hit-pathfinder.en-US.json");
