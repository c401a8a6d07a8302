//! Locale tables: every word the widget and the checker say that is not dataset content.
//!
//! A language's table is a set of flat JSON objects from key to template, one file per part
//! of the widget, in `locales/<tag>/`. Templates name their values in braces:
//! `"Question {number} of {total}"`. Adding a language is adding a folder; no code changes.

use super::problem::Problem;
use std::collections::BTreeMap;

/// The US English table, compiled in: one JSON object per part of the widget (from
/// `locales/en-US/`, minified by `build.rs`).
pub const EN_US: [&str; 5] = [
    include_str!(concat!(env!("OUT_DIR"), "/en-US-common.json")),
    include_str!(concat!(env!("OUT_DIR"), "/en-US-checker.json")),
    include_str!(concat!(env!("OUT_DIR"), "/en-US-paths.json")),
    include_str!(concat!(env!("OUT_DIR"), "/en-US-quiz.json")),
    include_str!(concat!(env!("OUT_DIR"), "/en-US-compare.json")),
];

/// The US Spanish table, compiled in.
pub const ES_US: [&str; 5] = [
    include_str!(concat!(env!("OUT_DIR"), "/es-US-common.json")),
    include_str!(concat!(env!("OUT_DIR"), "/es-US-checker.json")),
    include_str!(concat!(env!("OUT_DIR"), "/es-US-paths.json")),
    include_str!(concat!(env!("OUT_DIR"), "/es-US-quiz.json")),
    include_str!(concat!(env!("OUT_DIR"), "/es-US-compare.json")),
];

/// The languages the widget speaks: primary subtag and the locale of its tables and dataset.
pub const LANGUAGES: [(&str, &str); 2] = [("en", "en-US"), ("es", "es-US")];

/// The first candidate language tag the widget speaks (`es-MX` counts as `es`), else English.
/// The embedding layer passes the element's `lang`, then the page's, then the browser's.
pub fn choose_language(candidates: &[Option<&str>]) -> &'static str {
    candidates
        .iter()
        .flatten()
        .find_map(|tag| {
            let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
            LANGUAGES
                .iter()
                .find(|(p, _)| *p == primary)
                .map(|(p, _)| *p)
        })
        .unwrap_or("en")
}

/// The locale tag (`en-US`, `es-US`) of a language the widget speaks.
pub fn locale_of(language: &str) -> &'static str {
    LANGUAGES
        .iter()
        .find(|(p, _)| *p == language)
        .map_or("en-US", |(_, tag)| *tag)
}

/// One language's table of messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    tag: String,
    table: BTreeMap<String, String>,
}

impl Messages {
    /// Reads a table from the JSON text of its parts.
    pub fn from_json(tag: &str, parts: &[&str]) -> Result<Self, miniserde::Error> {
        let mut table = BTreeMap::new();
        for part in parts {
            table.append(&mut miniserde::json::from_str(part)?);
        }
        Ok(Messages {
            tag: tag.to_owned(),
            table,
        })
    }

    /// The built-in US English table.
    pub fn en_us() -> Self {
        Self::for_language("en")
    }

    /// The built-in table of a language the widget speaks (`en`, `es`); English otherwise.
    pub fn for_language(language: &str) -> Self {
        let (tag, parts) = match language {
            "es" => ("es-US", &ES_US),
            _ => ("en-US", &EN_US),
        };
        // The tables are compiled in and checked by tests; an error here is a build defect.
        Self::from_json(tag, parts).unwrap_or_else(|_| Messages {
            tag: tag.to_owned(),
            table: BTreeMap::new(),
        })
    }

    /// The language tag of this table (e.g. `en-US`).
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The text for a key, or the key itself when the table lacks it (so a gap is visible,
    /// never a crash).
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.table.get(key).map(String::as_str).unwrap_or(key)
    }

    /// True when the table has this key.
    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    /// Every key in the table.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.table.keys().map(String::as_str)
    }

    /// The text for a key with its `{name}` placeholders filled in.
    pub fn format(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The text for `key.one` when `count` is 1, else `key.other`, with `{count}` and the
    /// other placeholders filled in. (English and Spanish need only these two forms.)
    pub fn format_count(&self, key: &str, count: usize, args: &[(&str, &str)]) -> String {
        let form = if count == 1 { "one" } else { "other" };
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(args);
        self.format(&format!("{key}.{form}"), &all)
    }

    /// Every problem of a report on a line of its own, its place then its message (for logs
    /// and test failures).
    pub fn describe(&self, report: &super::problem::Report) -> String {
        report
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.path, self.problem(p).0))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A problem's message and its fix, in this language.
    pub fn problem(&self, problem: &Problem) -> (String, String) {
        // A reference's kind ("path", "source", ...) is a word of the table too.
        let kinds: Vec<String> = problem
            .args
            .iter()
            .map(|(name, value)| match *name {
                "kind" => self.text(&format!("kind.{value}")).to_owned(),
                _ => value.clone(),
            })
            .collect();
        let args: Vec<(&str, &str)> = problem
            .args
            .iter()
            .zip(&kinds)
            .map(|((name, _), value)| (*name, value.as_str()))
            .collect();
        let key = format!("problem.{}", problem.code.key());
        let fix = format!("{key}.fix");
        (self.format(&key, &args), self.format(&fix, &args))
    }
}

/// Replaces each `{name}` in a template by its value; unknown names are left as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::problem::Code;

    #[test]
    fn fill_replaces_named_values_and_keeps_unknown_ones() {
        assert_eq!(
            fill("Question {n} of {total}", &[("n", "3"), ("total", "12")]),
            "Question 3 of 12"
        );
        assert_eq!(fill("{missing} stays", &[]), "{missing} stays");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }

    #[test]
    fn english_table_parses_and_covers_every_problem_code() {
        let messages = Messages::from_json("en-US", &EN_US).expect("en-US tables are valid");
        for code in Code::ALL {
            let key = format!("problem.{}", code.key());
            assert!(messages.has(&key), "en-US lacks {key}");
            assert!(messages.has(&format!("{key}.fix")), "en-US lacks {key}.fix");
        }
    }

    #[test]
    fn language_follows_the_first_candidate_the_widget_speaks() {
        assert_eq!(choose_language(&[Some("es"), Some("en-US")]), "es");
        assert_eq!(choose_language(&[None, Some("es-MX")]), "es");
        assert_eq!(choose_language(&[Some("fr"), Some("ES_us")]), "es");
        assert_eq!(choose_language(&[Some("fr"), None, Some("de-DE")]), "en");
        assert_eq!(choose_language(&[]), "en");
        assert_eq!(locale_of("es"), "es-US");
    }

    #[test]
    fn spanish_has_every_key_of_english_and_no_other() {
        let en = Messages::for_language("en");
        let es = Messages::for_language("es");
        assert_eq!(es.tag(), "es-US");
        let en_keys: Vec<&str> = en.keys().collect();
        let es_keys: Vec<&str> = es.keys().collect();
        assert_eq!(en_keys, es_keys);
    }

    #[test]
    fn placeholders_match_between_languages() {
        let en = Messages::for_language("en");
        let es = Messages::for_language("es");
        let names = |text: &str| {
            let mut names: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(n, _)| n.to_owned()))
                .collect();
            names.sort();
            names
        };
        for key in en.keys() {
            assert_eq!(names(en.text(key)), names(es.text(key)), "{key}");
        }
    }

    #[test]
    fn no_key_is_defined_in_two_parts() {
        let mut seen = std::collections::BTreeSet::new();
        for part in EN_US {
            let table: BTreeMap<String, String> = miniserde::json::from_str(part).unwrap();
            for key in table.into_keys() {
                assert!(seen.insert(key.clone()), "{key} is defined twice");
            }
        }
    }

    #[test]
    fn counts_choose_the_singular_or_plural_form() {
        let m = Messages::en_us();
        assert_eq!(
            m.format_count("results.based_on", 1, &[]),
            "Based on your 1 answer, these paths may fit you best. This is a starting point, not a promise: talk it over with an advisor."
        );
        assert!(m
            .format_count("results.based_on", 5, &[])
            .starts_with("Based on your 5 answers,"));
    }

    #[test]
    fn a_missing_key_shows_the_key_rather_than_nothing() {
        assert_eq!(Messages::en_us().text("no.such.key"), "no.such.key");
    }
}
