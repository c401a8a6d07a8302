//! The words the widget fetches instead of carrying them in its wasm: the words of dataset
//! problems (`data/problems.<locale>.json`) and the tables of every language but the first
//! (`data/words.<locale>.json`). The files must say what the locale tables say. After
//! changing a text in `locales/`, regenerate them with
//! `HP_WRITE_WORDS=1 cargo test --test fetched_words`.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::{Messages, LANGUAGES, NOT_IN_WIDGET, WIDGET_KEYS_HASH};
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

/// Writes `fresh` to `path` when asked to, then checks that the committed file is `fresh`.
fn check_file(path: &str, fresh: &str) {
    if std::env::var_os("HP_WRITE_WORDS").is_some() {
        std::fs::write(path, fresh).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{path} is stale: run HP_WRITE_WORDS=1 cargo test --test fetched_words"
    );
}

/// The widget's keys: every key but those it leaves out, in order.
fn widget_keys() -> Vec<String> {
    let m = Messages::en_us();
    m.keys()
        .filter(|key| !NOT_IN_WIDGET.iter().any(|prefix| key.starts_with(prefix)))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_fetched_tables_are_the_locale_tables_for_the_widgets_keys() {
    let keys = widget_keys();
    // The hash the widget checks a fetched table against is of these keys.
    let hash = keys
        .join("\u{1f}")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    assert_eq!(format!("{hash:016x}"), WIDGET_KEYS_HASH);
    for (language, locale) in &LANGUAGES[1..] {
        let m = Messages::for_language(language);
        let quote = |s: &str| serde_json::to_string(s).unwrap();
        let mut lines = vec![format!("  {}", quote(WIDGET_KEYS_HASH))];
        lines.extend(keys.iter().map(|key| format!("  {}", quote(m.text(key)))));
        let fresh = format!("[\n{}\n]\n", lines.join(",\n"));
        check_file(
            &format!("{}/data/words.{locale}.json", env!("CARGO_MANIFEST_DIR")),
            &fresh,
        );
    }
}

#[test]
fn the_fetched_problem_words_are_the_locale_tables_words() {
    for (language, locale) in LANGUAGES {
        let path = format!("{}/data/problems.{locale}.json", env!("CARGO_MANIFEST_DIR"));
        check_file(&path, &expected(language));
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
