//! Locale tables: every word the widget and the checker say that is not dataset content.
//!
//! A table is a flat JSON object from key to template, in `locales/<tag>.json`. Templates
//! name their values in braces: `"Question {number} of {total}"`. Adding a language is adding
//! a file; no code changes.

use super::problem::Problem;
use std::collections::BTreeMap;

/// The US English table, compiled in.
pub const EN_US_JSON: &str = include_str!("../../locales/en-US.json");

/// One language's table of messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    tag: String,
    table: BTreeMap<String, String>,
}

impl Messages {
    /// Reads a table from its JSON text.
    pub fn from_json(tag: &str, json: &str) -> Result<Self, miniserde::Error> {
        Ok(Messages {
            tag: tag.to_owned(),
            table: miniserde::json::from_str(json)?,
        })
    }

    /// The built-in US English table.
    pub fn en_us() -> Self {
        // The table is compiled in and checked by a test; an error here is a build defect.
        Self::from_json("en-US", EN_US_JSON).unwrap_or_else(|_| Messages {
            tag: "en-US".to_owned(),
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

    /// A problem's message and its fix, in this language.
    pub fn problem(&self, problem: &Problem) -> (String, String) {
        let args: Vec<(&str, &str)> = problem
            .args
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
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
        let messages = Messages::from_json("en-US", EN_US_JSON).expect("en-US.json is valid");
        for code in Code::ALL {
            let key = format!("problem.{}", code.key());
            assert!(messages.has(&key), "en-US lacks {key}");
            assert!(messages.has(&format!("{key}.fix")), "en-US lacks {key}.fix");
        }
    }

    #[test]
    fn a_missing_key_shows_the_key_rather_than_nothing() {
        assert_eq!(Messages::en_us().text("no.such.key"), "no.such.key");
    }
}
