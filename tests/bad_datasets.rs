//! A corpus of bad datasets, each a small patch on the minimal fixture with the problem it
//! must produce (`tests/bad-datasets/cases.json`, read by `tests/bad/mod.rs`), and a property
//! test that no input, however malformed, makes reading or checking a dataset panic.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::{checker_words, load, load_thorough};
use hit_pathfinder::core::problem::{Code, Severity};
use proptest::prelude::*;

mod bad;

/// The widget's reader and the checker must both refuse each bad dataset with its problem
/// (or, for a warning, accept it and report the warning); the checker also places it at its
/// JSON path.
#[test]
fn every_bad_dataset_is_refused_with_its_problem_at_its_path() {
    for case in bad::cases() {
        let (name, path) = (&case.name, case.at.as_str());
        let code = *Code::ALL
            .iter()
            .find(|code| code.key() == case.code)
            .unwrap_or_else(|| panic!("{name}: no code {}", case.code));
        for (reader, read) in [
            ("load", load as fn(&str) -> _),
            ("load_thorough", load_thorough),
        ] {
            let report = match read(&case.text) {
                Ok(loaded) if code.severity() == Severity::Warning => loaded.report,
                Ok(_) => {
                    panic!("{name}: {reader} accepted it, but must report {code:?} at {path:?}")
                }
                Err(report) => report,
            };
            // The widget's reader says what is wrong with a file it cannot read, not where.
            let at = match (reader, code) {
                ("load", Code::InvalidJson | Code::WrongShape) => "",
                _ => path,
            };
            assert!(
                report.contains(code, at),
                "{name}: {reader} should report {code:?} at {at:?}, found:\n{}",
                Messages::en_us().describe(&report)
            );
        }
    }
}

#[test]
fn the_corpus_has_at_least_40_cases_each_a_change_to_the_fixture() {
    let cases = bad::cases();
    assert!(cases.len() >= 40, "{}", cases.len());
    for case in &cases {
        assert_ne!(case.text, bad::MINIMAL, "{}", case.name);
    }
    // The corpus is patches, not copies of the fixture.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-datasets");
    let files: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert_eq!(files.len(), 1, "tests/bad-datasets/ holds cases.json only");
}

#[test]
fn a_syntax_error_says_where_it_is() {
    let report = load_thorough(&bad::dataset("syntax-missing-comma")).unwrap_err();
    let problem = &report.problems[0];
    // The comma is missing at the end of line 5; JSON notices at the next token, on line 6.
    assert_eq!(problem.arg("line"), Some("6"));
    let (message, fix) = checker_words(&Messages::en_us(), problem);
    assert!(message.contains("line 6, column 5"), "{message}");
    assert!(fix.contains("missing comma"), "{fix}");
}

/// The new checks say what is wrong in words an editor can act on, in both languages.
#[test]
fn invisible_characters_pay_order_and_shared_abbreviations_are_explained() {
    let read = bad::dataset;
    let en = Messages::en_us();
    let es = Messages::for_language("es");
    let find = |report: &hit_pathfinder::core::problem::Report, code: Code| {
        report
            .problems
            .iter()
            .find(|p| p.code == code)
            .cloned()
            .unwrap_or_else(|| panic!("{code:?} not reported"))
    };

    let report = load(&read("bidi-override-in-reason")).unwrap_err();
    let (message, fix) = en.problem(&find(&report, Code::BidiControl));
    assert!(
        message.contains("reverses the direction of text"),
        "{message}"
    );
    assert!(message.contains("U+202E, character 10"), "{message}");
    assert!(fix.starts_with("Delete it."), "{fix}");
    let (message, _) = es.problem(&find(&report, Code::BidiControl));
    assert!(message.contains("U+202E"), "{message}");

    let report = load(&read("pay-low-above-median")).unwrap_err();
    let (message, _) = en.problem(&find(&report, Code::PayOutOfOrder));
    assert_eq!(
        message,
        "These pay figures are out of order: low_10 (61140) is larger than median_annual (51140)."
    );

    let loaded = load(&read("duplicate-certification-abbreviation")).unwrap();
    let (message, _) = en.problem(&find(&loaded.report, Code::DuplicateAbbreviation));
    assert!(message.contains("\"r hit\""), "{message}");
    assert!(
        message.contains("\"rhit\" at certifications[0]"),
        "{message}"
    );

    let report = load(&read("invisible-path-name")).unwrap_err();
    let (message, _) = en.problem(&find(&report, Code::EmptyText));
    assert!(message.contains("invisible characters"), "{message}");
}

/// A file saved with a byte-order mark (as Notepad does) reads like one without.
#[test]
fn a_leading_byte_order_mark_is_skipped_by_both_readers() {
    let text = format!("\u{FEFF}{}", include_str!("fixtures/minimal.json"));
    assert!(load(&text).is_ok());
    assert!(load_thorough(&text).is_ok());
}

#[test]
fn all_problems_are_reported_not_just_the_first() {
    let base = include_str!("fixtures/minimal.json");
    let text = base
        .replace("\"occupation\": \"mrs\"", "\"occupation\": \"nurses\"")
        .replace("https://www.ahima.org\"", "javascript:alert(1)\"")
        .replace("\"patient_contact\": \"none\"", "\"patient_contact\": 3");
    let report = load_thorough(&text).unwrap_err();
    // The checker finds both shape errors (one per path); reference checks wait for a sound shape.
    assert!(report.contains(Code::WrongShape, "paths[0].patient_contact"));
    assert!(report.contains(Code::WrongShape, "paths[1].patient_contact"));

    let text = base
        .replace("\"occupation\": \"mrs\"", "\"occupation\": \"nurses\"")
        .replace("https://www.ahima.org\"", "javascript:alert(1)\"");
    let report = load(&text).unwrap_err();
    assert!(report.contains(Code::UnknownReference, "paths[0].occupation"));
    assert!(report.contains(Code::UnknownReference, "paths[1].occupation"));
    assert!(report.contains(Code::UnsafeLink, "organizations[0].url"));
    assert_eq!(
        report.errors().count(),
        3,
        "{}",
        Messages::en_us().describe(&report)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = load(&text);
        let _ = load_thorough(&text);
    }

    #[test]
    fn any_single_byte_change_to_a_valid_dataset_never_panics(at in 0usize..8000, byte in any::<u8>()) {
        let mut bytes = include_str!("fixtures/minimal.json").as_bytes().to_vec();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = load(&text);
            let _ = load_thorough(&text);
        }
    }

    #[test]
    fn cutting_a_valid_dataset_short_never_panics(len in 0usize..8000) {
        let text = include_str!("fixtures/minimal.json");
        let cut = text.char_indices().map(|(i, _)| i).take_while(|i| *i <= len).last().unwrap_or(0);
        let _ = load(&text[..cut]);
        let _ = load_thorough(&text[..cut]);
    }
}
