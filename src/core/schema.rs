//! The JSON Schemas of the dataset and school profile formats, generated from the Rust types
//! so they cannot drift. `data/hit-pathfinder.schema.json` and
//! `data/hit-pathfinder-school.schema.json` hold copies; a test fails when a copy is stale.

use super::dataset::Dataset;
use super::school::SchoolProfile;

/// The JSON Schema of a dataset, pretty-printed, ending with a newline.
pub fn dataset_schema_json() -> String {
    schema_json::<Dataset>("HIT Pathfinder dataset (format version 1)")
}

/// The JSON Schema of a school's profile, pretty-printed, ending with a newline.
pub fn school_schema_json() -> String {
    schema_json::<SchoolProfile>("HIT Pathfinder school profile (format version 1)")
}

/// The JSON Schema of `T` with `title`, pretty-printed, ending with a newline.
fn schema_json<T: schemars::JsonSchema>(title: &str) -> String {
    let mut schema = schemars::schema_for!(T);
    schema.insert("title".into(), title.into());
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
