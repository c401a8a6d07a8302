//! The committed JSON Schema matches the Rust types.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::schema::{dataset_schema_json, school_schema_json};

/// Writes `fresh` to the committed copy at `committed` when asked to (`UPDATE_SCHEMA=1`), then
/// checks that the copy is `fresh`; `types` names the file whose types it comes from.
fn check_committed(committed: &str, fresh: &str, types: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(committed);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, fresh).expect("write schema");
    }
    let copy = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        copy == fresh,
        "{committed} is out of date with {types}; regenerate it with\n  \
         UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn committed_schema_is_up_to_date() {
    check_committed(
        "data/hit-pathfinder.schema.json",
        &dataset_schema_json(),
        "src/core/dataset.rs",
    );
}

#[test]
fn schema_rejects_unknown_fields_so_editors_flag_typos() {
    let schema: serde_json::Value = serde_json::from_str(&dataset_schema_json()).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["$defs"]["Certification"]["additionalProperties"],
        false
    );
}

#[test]
fn committed_school_schema_is_up_to_date_and_refuses_unknown_fields() {
    let fresh = school_schema_json();
    check_committed(
        "data/hit-pathfinder-school.schema.json",
        &fresh,
        "src/core/school.rs",
    );
    let schema: serde_json::Value = serde_json::from_str(&fresh).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["$defs"]["SchoolProgram"]["additionalProperties"],
        false
    );
}
