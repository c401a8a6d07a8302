//! A school's profile (issue #19): read strictly, checked against the dataset it overlays.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::problem::Code;
use hit_pathfinder::core::school::{read_school, Award, ProgramDelivery};
use hit_pathfinder::core::DEFAULT_DATASET_JSON;

const LAKEVIEW: &str = include_str!("../docs/examples/lakeview.json");

fn dataset() -> hit_pathfinder::core::dataset::Dataset {
    load(DEFAULT_DATASET_JSON)
        .expect("the default dataset loads")
        .dataset
}

#[test]
fn the_documented_example_reads_with_its_programs_paths_and_names() {
    let (profile, report) = read_school(LAKEVIEW, &dataset()).expect("the example is valid");
    assert!(report.problems.is_empty(), "{report:?}");
    assert_eq!(profile.name, "Lakeview College");
    assert_eq!(profile.region.as_deref(), Some("TX"));
    let coding = &profile.programs[0];
    assert_eq!(coding.award, Award::Certificate);
    assert_eq!(coding.delivery, ProgramDelivery::Hybrid);
    assert_eq!(
        coding.paths,
        ["coding-professional", "coding-outpatient-facility"]
    );
    assert_eq!(
        coding.name_in("es-US"),
        "Certificado en Codificación Médica"
    );
    assert_eq!(coding.name_in("en-US"), "Medical Coding Certificate");
}

#[test]
fn every_problem_is_named_at_its_place() {
    let bad = LAKEVIEW
        .replace("\"region\": \"TX\"", "\"region\": \"Texas\"")
        .replace(
            "\"hidden\": [\"him-manager\"]",
            "\"hidden\": [\"him-technician\", \"nurses\"]",
        )
        .replace(
            "\"id\": \"hit-aas\"",
            "\"id\": \"medical-coding-certificate\"",
        )
        .replace(
            "https://lakeview.example.edu/hit/coding",
            "javascript:alert(1)",
        )
        .replace(
            "[\"coding-professional\", \"coding-outpatient-facility\"]",
            "[]",
        )
        .replace("[\"rhit\", \"ccs\"]", "[\"rhit\", \"ccs-x\"]")
        .replace("\"months\": 24", "\"months\": 0");
    let report = read_school(&bad, &dataset()).expect_err("refused");
    for (code, at) in [
        (Code::UnknownRegion, "region"),
        (Code::UnknownReference, "hidden[1]"),
        (Code::FeaturedAndHidden, "featured[1]"),
        (Code::DuplicateId, "programs[1].id"),
        (Code::UnsafeLink, "programs[0].url"),
        (Code::ProgramLeadsNowhere, "programs[0].paths"),
        (Code::UnknownReference, "programs[1].certifications[1]"),
        (Code::OutOfRange, "programs[1].months"),
    ] {
        assert!(report.contains(code, at), "{code:?} at {at}: {report:?}");
    }
    assert_eq!(report.problems.len(), 8, "{report:?}");
}

#[test]
fn a_profile_is_read_as_strictly_as_a_dataset() {
    let typo = LAKEVIEW.replacen("\"delivery\"", "\"delivry\"", 1);
    let report = read_school(&typo, &dataset()).expect_err("an unknown field is refused");
    assert_eq!(report.problems[0].code, Code::WrongShape);
    let report = read_school("[]", &dataset()).expect_err("not an object");
    assert_eq!(report.problems[0].code, Code::NotAnObject);
    let report = read_school("{", &dataset()).expect_err("not JSON");
    assert_eq!(report.problems[0].code, Code::InvalidJson);
    let newer = LAKEVIEW.replace("\"schema_version\": 1", "\"schema_version\": 2");
    let report = read_school(&newer, &dataset()).expect_err("another version");
    assert!(report.contains(Code::SchemaVersion, "schema_version"));
}
