//! The committed JSON Schema matches the Rust types.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::schema::{dataset_schema_json, school_schema_json};

const COMMITTED: &str = "data/hit-pathfinder.schema.json";

#[test]
fn committed_schema_is_up_to_date() {
    let fresh = dataset_schema_json();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(COMMITTED);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).expect("write schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{COMMITTED} is out of date with src/core/dataset.rs; regenerate it with\n  \
         UPDATE_SCHEMA=1 cargo test --test schema"
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
fn committed_school_schema_is_up_to_date() {
    const SCHOOL: &str = "data/hit-pathfinder-school.schema.json";
    let fresh = school_schema_json();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHOOL);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).expect("write schema");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{SCHOOL} is out of date with src/core/school.rs; regenerate it with\n  \
         UPDATE_SCHEMA=1 cargo test --test schema"
    );
    let schema: serde_json::Value = serde_json::from_str(&fresh).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["$defs"]["SchoolProgram"]["additionalProperties"],
        false
    );
}
