//! The `pathfinder-check` command as a school web editor runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

mod bad;

/// Writes the bad dataset `name` (see `tests/bad/mod.rs`) to a file of that name, as a school
/// editor's file, and returns its path.
fn bad_file(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("hp-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, bad::dataset(name)).unwrap();
    file.to_string_lossy().into_owned()
}

fn check(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_pathfinder-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn the_default_dataset_passes_with_exit_code_zero() {
    let (code, text) = check(&["data/hit-pathfinder.en-US.json"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("no problems found"), "{text}");
}

#[test]
fn a_bad_dataset_fails_and_every_problem_is_explained_with_its_place_and_fix() {
    let (code, text) = check(&[&bad_file("javascript-link")]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("errors: 1"), "{text}");
    assert!(text.contains("organizations[0].url"), "{text}");
    assert!(text.contains("javascript:alert(document.cookie)"), "{text}");
    assert!(
        text.contains("How to fix: Use a full address that starts with https://"),
        "{text}"
    );
}

#[test]
fn the_checker_reports_each_malformed_item_not_only_the_first() {
    let (code, text) = check(&[
        &bad_file("bad-enum-patient-contact"),
        &bad_file("unknown-field-in-path"),
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("paths[1].patient_contact"), "{text}");
    assert!(text.contains("paths[0].colour"), "{text}");
}

#[test]
fn a_missing_file_is_exit_code_two_with_a_plain_message() {
    let (code, text) = check(&["no-such-file.json"]);
    assert_eq!(code, 2);
    assert!(text.contains("Cannot read no-such-file.json"), "{text}");
}

#[test]
fn schema_flag_prints_the_committed_schema() {
    let (code, text) = check(&["--schema"]);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hit-pathfinder.schema.json"),
    )
    .unwrap();
    assert_eq!(text, committed);
}

#[test]
fn a_school_editor_can_read_the_problems_in_spanish() {
    let (code, text) = check(&["--lang", "es", &bad_file("javascript-link")]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("organizations[0].url"), "{text}");
    assert!(!text.contains("How to fix"), "{text}");
}

#[test]
fn a_translation_saved_with_a_byte_order_mark_is_paired_like_any_other() {
    let spanish = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/hit-pathfinder.es-US.json"),
    )
    .unwrap();
    let file = std::env::temp_dir().join(format!("hp-bom-{}.json", std::process::id()));
    std::fs::write(&file, format!("\u{feff}{spanish}")).unwrap();
    let (code, out) = check(&[
        "--pair",
        "data/hit-pathfinder.en-US.json",
        file.to_str().unwrap(),
    ]);
    std::fs::remove_file(&file).ok();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("/ data/hit-pathfinder.en-US.json: no problems found"),
        "{out}"
    );
}
