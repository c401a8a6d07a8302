//! The shipped default dataset and the test fixture load with no errors.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::DEFAULT_DATASET_JSON;

fn describe(report: &hit_pathfinder::core::problem::Report) -> String {
    let messages = Messages::en_us();
    report
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.path, messages.problem(p).0))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_default_dataset_has_no_errors_and_no_warnings() {
    match load(DEFAULT_DATASET_JSON) {
        Ok(loaded) => assert!(
            loaded.report.problems.is_empty(),
            "warnings:\n{}",
            describe(&loaded.report)
        ),
        Err(report) => panic!("errors:\n{}", describe(&report)),
    }
}

#[test]
fn the_minimal_fixture_is_valid() {
    let json = include_str!("fixtures/minimal.json");
    if let Err(report) = load(json) {
        panic!("errors:\n{}", describe(&report));
    }
}
