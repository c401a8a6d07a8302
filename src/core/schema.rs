//! The JSON Schema of the dataset format, generated from the Rust types so it cannot drift.
//! `data/hit-pathfinder.schema.json` holds a copy; a test fails when the copy is stale.

use super::dataset::Dataset;

/// The JSON Schema of a dataset, pretty-printed, ending with a newline.
pub fn dataset_schema_json() -> String {
    let mut schema = schemars::schema_for!(Dataset);
    schema.insert(
        "title".into(),
        "HIT Pathfinder dataset (format version 1)".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
