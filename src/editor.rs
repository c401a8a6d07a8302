//! What the snippet builder's form for a school's profile calls (`editor.html`): the widget's
//! own checker, so that the form names each problem as the widget would, beside its field.

use crate::core::i18n::Messages;
use crate::core::parse::load;
use crate::core::problem::Severity;
use crate::core::school::read_school;
use wasm_bindgen::prelude::*;

/// Checks the profile `profile` against the dataset `dataset` (both JSON texts) and says each
/// problem in `language` (`en`, `es`) with the problem words `words` (the text of
/// `data/problems.<locale>.json`; without them each problem is named by its code). Returns
/// four texts per problem, `path`, `error` or `warning`, message, fix, each ended by the
/// character U+001F, as the locale tables are stored (the least code in the widget: no JSON
/// writer, no JavaScript objects); empty when the profile can be used as it is. A dataset that
/// cannot be used is answered with its own problems.
#[wasm_bindgen]
pub fn check_school(profile: &str, dataset: &str, language: &str, words: &str) -> String {
    let words = miniserde::json::from_str(words).unwrap_or_default();
    let m = Messages::for_language(language).with(words);
    let report = match load(dataset) {
        Err(report) => report,
        Ok(loaded) => match read_school(profile, &loaded.dataset) {
            Ok((_, report)) | Err(report) => report,
        },
    };
    let mut said = String::new();
    for problem in &report.problems {
        let (message, fix) = m.problem(problem);
        let severity = match problem.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        for text in [problem.path.as_str(), severity, &message, &fix] {
            said.push_str(text);
            said.push('\u{1f}');
        }
    }
    said
}
