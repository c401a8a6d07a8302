//! A corpus of bad datasets, each with the problem it must produce, and a property test that
//! no input, however malformed, makes reading or checking a dataset panic.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::{checker_words, load, load_thorough};
use hit_pathfinder::core::problem::{Code, Severity};
use proptest::prelude::*;
use std::path::PathBuf;

/// Each file in `tests/bad-datasets/` with the problem it must report: code and JSON path.
const CORPUS: &[(&str, Code, &str)] = &[
    ("syntax-missing-comma", Code::InvalidJson, ""),
    ("syntax-trailing-garbage", Code::InvalidJson, ""),
    ("not-an-object", Code::NotAnObject, ""),
    ("empty-file", Code::InvalidJson, ""),
    (
        "schema-version-2",
        Code::SchemaVersion,
        "meta.schema_version",
    ),
    (
        "wrong-type-schema-version",
        Code::WrongShape,
        "meta.schema_version",
    ),
    ("missing-meta-title", Code::WrongShape, "meta.title"),
    ("missing-quiz", Code::WrongShape, "quiz"),
    ("unknown-field-in-path", Code::WrongShape, "paths[0].colour"),
    (
        "bad-enum-patient-contact",
        Code::WrongShape,
        "paths[1].patient_contact",
    ),
    (
        "duplicate-certification-id",
        Code::DuplicateId,
        "certifications[1].id",
    ),
    ("bad-path-id", Code::BadId, "paths[0].id"),
    (
        "unknown-path-reference",
        Code::UnknownReference,
        "certifications[0].paths[1]",
    ),
    (
        "unknown-issuer",
        Code::UnknownReference,
        "certifications[0].issuer",
    ),
    (
        "unknown-occupation",
        Code::UnknownReference,
        "paths[0].occupation",
    ),
    ("javascript-link", Code::UnsafeLink, "organizations[0].url"),
    ("data-link", Code::UnsafeLink, "sources[0].url"),
    ("empty-summary", Code::EmptyText, "paths[0].summary"),
    ("name-too-long", Code::TextTooLong, "paths[0].name"),
    (
        "pay-out-of-range",
        Code::OutOfRange,
        "occupations[0].pay[0].median_annual",
    ),
    (
        "pay-month-13",
        Code::OutOfRange,
        "occupations[0].pay[0].month",
    ),
    (
        "fact-with-value-and-unknown",
        Code::FactBoth,
        "certifications[0].exam_minutes",
    ),
    (
        "fact-with-neither",
        Code::FactNeither,
        "certifications[0].exam_fee",
    ),
    (
        "unknown-source",
        Code::UnknownReference,
        "certifications[1].renewal.source",
    ),
    ("impossible-date", Code::BadDate, "meta.last_reviewed"),
    ("bad-locale", Code::BadLocale, "meta.locale"),
    ("bad-source-lang", Code::BadLocale, "sources[2].lang"),
    (
        "quiz-without-questions",
        Code::NoQuestions,
        "quiz.questions",
    ),
    (
        "question-with-one-option",
        Code::TooFewOptions,
        "quiz.questions[0].options",
    ),
    (
        "path-no-answer-recommends",
        Code::UnreachablePath,
        "paths[1]",
    ),
    (
        "weight-above-ten",
        Code::OutOfRange,
        "quiz.questions[0].options[0].weights.coding",
    ),
    (
        "weight-not-a-byte",
        Code::WrongShape,
        "quiz.questions[0].options[0].weights.coding",
    ),
    (
        "months-inverted",
        Code::InvertedRange,
        "paths[0].months_to_entry",
    ),
    (
        "unconfirmed-without-note",
        Code::UnconfirmedWithoutNote,
        "certifications[0].status_note",
    ),
    ("paths-not-a-list", Code::WrongShape, "paths"),
    (
        "empty-delivery",
        Code::EmptyList,
        "certifications[0].exam_delivery.value",
    ),
    // Zero-width space, word joiner, Hangul filler, braille blank and byte-order mark only.
    ("invisible-path-name", Code::EmptyText, "paths[0].name"),
    (
        "bidi-override-in-reason",
        Code::BidiControl,
        "quiz.questions[0].options[0].reason",
    ),
    (
        "outlook-to-year-out-of-range",
        Code::OutOfRange,
        "occupations[0].outlook[0].to_year",
    ),
    (
        "outlook-same-years",
        Code::InvertedRange,
        "occupations[0].outlook[0]",
    ),
    (
        "openings-out-of-range",
        Code::OutOfRange,
        "occupations[0].outlook[0].openings_per_year",
    ),
    (
        "pay-low-above-median",
        Code::PayOutOfOrder,
        "occupations[0].pay[0].low_10",
    ),
    // A warning: the dataset loads, but the report must name the second certification.
    (
        "duplicate-certification-abbreviation",
        Code::DuplicateAbbreviation,
        "certifications[1].abbreviation",
    ),
];

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/bad-datasets")
}

/// The widget's reader and the checker must both refuse each file with its problem (or, for a
/// warning, accept it and report the warning); the checker also places it at its JSON path.
#[test]
fn every_bad_dataset_is_refused_with_its_problem_at_its_path() {
    for (name, code, path) in CORPUS {
        let text = std::fs::read_to_string(corpus_dir().join(format!("{name}.json")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for (reader, read) in [
            ("load", load as fn(&str) -> _),
            ("load_thorough", load_thorough),
        ] {
            let report = match read(&text) {
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
                report.contains(*code, at),
                "{name}: {reader} should report {code:?} at {at:?}, found:\n{}",
                Messages::en_us().describe(&report)
            );
        }
    }
}

#[test]
fn the_corpus_table_names_every_file_and_has_at_least_25() {
    let mut files: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut named: Vec<String> = CORPUS.iter().map(|(n, _, _)| format!("{n}.json")).collect();
    named.sort();
    assert_eq!(files, named);
    assert!(CORPUS.len() >= 25);
}

#[test]
fn a_syntax_error_says_where_it_is() {
    let text = std::fs::read_to_string(corpus_dir().join("syntax-missing-comma.json")).unwrap();
    let report = load_thorough(&text).unwrap_err();
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
    let read =
        |name: &str| std::fs::read_to_string(corpus_dir().join(format!("{name}.json"))).unwrap();
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
