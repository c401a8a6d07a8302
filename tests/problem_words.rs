//! The words of dataset problems that the widget fetches (`data/problems.<locale>.json`)
//! instead of carrying them in its wasm: the files must say what the locale tables say.
//! After changing a `problem.*` text, regenerate them with
//! `HP_WRITE_PROBLEM_WORDS=1 cargo test --test problem_words`.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::{Messages, LANGUAGES};
use hit_pathfinder::core::problem::Code;

/// The file's text: a JSON list of key, text, key, text, one pair per line.
fn expected(language: &str) -> String {
    let m = Messages::for_language(language);
    let pairs: Vec<String> = m
        .keys()
        .filter(|key| key.starts_with("problem."))
        .map(|key| {
            let quote = |s: &str| serde_json::to_string(s).unwrap();
            format!("  {}, {}", quote(key), quote(m.text(key)))
        })
        .collect();
    format!("[\n{}\n]\n", pairs.join(",\n"))
}

#[test]
fn the_fetched_problem_words_are_the_locale_tables_words() {
    for (language, locale) in LANGUAGES {
        let path = format!("{}/data/problems.{locale}.json", env!("CARGO_MANIFEST_DIR"));
        let fresh = expected(language);
        if std::env::var_os("HP_WRITE_PROBLEM_WORDS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{path} is stale: run HP_WRITE_PROBLEM_WORDS=1 cargo test --test problem_words"
        );
    }
}

#[test]
fn every_problem_the_widget_can_report_has_words_and_a_fix_in_every_language() {
    for (_, locale) in LANGUAGES {
        let path = format!("{}/data/problems.{locale}.json", env!("CARGO_MANIFEST_DIR"));
        let list: Vec<String> =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let pairs: Vec<&[String]> = list.chunks(2).collect();
        for code in Code::ALL {
            for key in [
                format!("problem.{}", code.key()),
                format!("problem.{}.fix", code.key()),
            ] {
                assert!(
                    pairs.iter().any(|p| p[0] == key && !p[1].is_empty()),
                    "{locale}: {key}"
                );
            }
        }
    }
}
