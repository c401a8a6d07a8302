//! A school's profile (issue #19): read strictly, checked against the dataset it overlays.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::compare::{Attribute, Comparison, Value};
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

#[test]
fn the_overlay_removes_hidden_paths_and_puts_in_the_schools_call_to_action() {
    let mut dataset = dataset();
    let (profile, _) = read_school(LAKEVIEW, &dataset).expect("valid");
    let before = dataset.paths.len();
    profile.overlay(&mut dataset);
    assert_eq!(dataset.paths.len(), before - 1);
    assert!(
        dataset.path("him-manager").is_none(),
        "hidden paths never show"
    );
    let program = dataset
        .program
        .as_ref()
        .expect("the school's call to action");
    assert_eq!(program.url, "https://lakeview.example.edu/hit");
    // The comparison's "paths it fits" no longer names the hidden path.
    let m = hit_pathfinder::core::i18n::Messages::en_us();
    let rhia = ["rhia".to_owned(), "rhit".to_owned()];
    let comparison = Comparison::new(&dataset, &m, &rhia).with_school(&profile, &m, "en-US");
    let paths = comparison
        .rows
        .iter()
        .find(|r| r.attribute == Attribute::Paths)
        .expect("paths row");
    assert!(!format!("{:?}", paths.cells[0].value).contains("him-manager"));
    // The school's row, before the sources: RHIA has no program, RHIT the AAS.
    let school = &comparison.rows[comparison.rows.len() - 2];
    assert_eq!(school.attribute, Attribute::School);
    assert_eq!(school.cells[0].value, Value::Text("No program".into()));
    assert_eq!(
        school.cells[1].value,
        Value::List(vec!["Health Information Technology, AAS".into()])
    );
}

#[test]
fn a_path_gets_its_programs_or_the_closest_one_by_shared_certifications() {
    let dataset = dataset();
    let (profile, _) = read_school(LAKEVIEW, &dataset).expect("valid");
    let ids =
        |path: &str| -> Vec<String> { profile.programs_for(path).map(|p| p.id.clone()).collect() };
    assert_eq!(ids("coding-professional"), ["medical-coding-certificate"]);
    assert_eq!(ids("him-technician"), ["hit-aas"]);
    assert!(ids("cancer-registry").is_empty());
    // Cancer registry lists the ODS and the RHIT; the AAS prepares for the RHIT.
    let registry = dataset.path("cancer-registry").expect("in the dataset");
    let (nearest, shared) = profile.nearest(registry).expect("a closest program");
    assert_eq!(nearest.id, "hit-aas");
    assert_eq!(shared, ["rhit"]);
    // Medical assistant shares no certification with any program: nothing is closest.
    let assistant = dataset.path("medical-assistant").expect("in the dataset");
    assert!(profile.nearest(assistant).is_none());
}

#[test]
fn featured_paths_come_first_in_the_profiles_order_and_the_rest_keep_theirs() {
    let dataset = dataset();
    let (profile, _) = read_school(LAKEVIEW, &dataset).expect("valid");
    let mut paths: Vec<_> = dataset.paths.iter().collect();
    profile.featured_first(&mut paths);
    let order: Vec<&str> = paths.iter().map(|p| p.id.as_str()).collect();
    let featured = ["coding-professional", "him-technician"];
    let rest = (dataset.paths.iter())
        .map(|p| p.id.as_str())
        .filter(|id| !featured.contains(id));
    let expected: Vec<&str> = featured.into_iter().chain(rest).collect();
    assert_eq!(order, expected);
}

#[test]
fn a_program_without_an_address_is_told_the_address_is_missing() {
    let blank = LAKEVIEW.replace("\"https://lakeview.example.edu/hit/coding\"", "\" \"");
    let report = read_school(&blank, &dataset()).expect_err("refused");
    assert!(report.contains(Code::MissingLink, "programs[0].url"));
    assert!(!report.contains(Code::UnsafeLink, "programs[0].url"));
}

#[test]
fn a_profile_may_not_hide_every_path() {
    let dataset = dataset();
    let every: Vec<String> = dataset
        .paths
        .iter()
        .map(|p| format!("\"{}\"", p.id))
        .collect();
    let all = LAKEVIEW
        .replace(
            "\"featured\": [\"coding-professional\", \"him-technician\"],",
            "",
        )
        .replace("[\"him-manager\"]", &format!("[{}]", every.join(", ")));
    let report = read_school(&all, &dataset).expect_err("refused");
    assert!(report.contains(Code::HidesEveryPath, "hidden"));
}
