//! Checks that a translated dataset is the same dataset in another language: the same ids in
//! the same places, the same figures, sources, dates and links, and every text translated.
//! Used by the checker (`pathfinder-check --pair EN ES`) and the tests.

use super::problem::{Code, Problem, Report};
use serde_json::Value;

/// Fields whose values are the same in every language: ids, references, figures' sources,
/// dates, links, enumerations, and credential names and abbreviations as issued.
const SAME: [&str; 22] = [
    "region",
    "$schema",
    "id",
    "version",
    "schema_version",
    "last_reviewed",
    "url",
    "source",
    "sources",
    "as_of",
    "accessed",
    "soc",
    "issuer",
    "occupation",
    "abbreviation",
    "formerly",
    "status",
    "kind",
    "level",
    "patient_contact",
    "remote_work",
    "clashes",
];

/// Compares `translated` with `original` (both dataset JSON), adding a problem for each
/// difference in structure or in a value that must not change, and a warning for each text
/// left as in the original.
pub fn check_translation(original: &Value, translated: &Value, report: &mut Report) {
    walk(original, translated, "", Class::Text, report);
}

/// How a value must relate to the original.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    /// Must be equal.
    Same,
    /// Should be translated.
    Text,
    /// May be equal or not (proper nouns such as organizations' names).
    Free,
}

fn class_of(parent: &str, key: &str, inherited: Class) -> Class {
    let section = parent.split(['.', '[']).next().unwrap_or("");
    if inherited == Class::Same || SAME.contains(&key) || section == "sources" {
        Class::Same
    } else if section == "certifications" && key == "name" && !parent.contains('.') {
        // A certification's own name, as issued (not a nested "name").
        Class::Same
    } else if (section == "organizations" && key == "name") || key == "publisher" {
        Class::Free
    } else if (section == "paths" && key == "certifications")
        || (section == "certifications" && key == "paths")
        || (key == "value" && parent.ends_with("exam_delivery"))
    {
        // Lists of ids, and where an exam is taken (fixed words; its note is text).
        Class::Same
    } else if key == "locale" {
        Class::Free
    } else {
        Class::Text
    }
}

fn walk(original: &Value, translated: &Value, at: &str, class: Class, report: &mut Report) {
    let differ = |report: &mut Report| {
        report.push(
            Problem::new(Code::TranslationDiffers, at)
                .with("original", short(original))
                .with("translated", short(translated)),
        )
    };
    match (original, translated) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let path = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                match b.get(key) {
                    Some(other) => walk(value, other, &path, class_of(at, key, class), report),
                    None => report.push(Problem::new(Code::TranslationMissing, path)),
                }
            }
            for key in b.keys().filter(|k| !a.contains_key(*k)) {
                let path = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                report.push(Problem::new(Code::TranslationExtra, path));
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                walk(x, y, &format!("{at}[{i}]"), class, report);
            }
        }
        (Value::String(a), Value::String(b)) => match class {
            Class::Same if a != b => differ(report),
            Class::Text if a == b && a.chars().any(char::is_alphabetic) => {
                report.push(Problem::new(Code::Untranslated, at).with("text", short(original)));
            }
            _ => {}
        },
        _ if original != translated => differ(report),
        _ => {}
    }
}

/// A value cut to a readable length for a message.
fn short(value: &Value) -> String {
    let text = match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(a: Value, b: Value) -> Report {
        let mut report = Report::default();
        check_translation(&a, &b, &mut report);
        report
    }

    #[test]
    fn ids_figures_and_links_must_not_change() {
        let en = json!({"paths": [{"id": "coding", "name": "Coding", "months_to_entry": {"min": 9}}],
                        "sources": [{"id": "bls", "url": "https://bls.gov", "title": "Pay"}]});
        let es = json!({"paths": [{"id": "codificacion", "name": "Codificación", "months_to_entry": {"min": 12}}],
                        "sources": [{"id": "bls", "url": "https://bls.gov", "title": "Pay"}]});
        let report = check(en, es);
        assert!(report.contains(Code::TranslationDiffers, "paths[0].id"));
        assert!(report.contains(Code::TranslationDiffers, "paths[0].months_to_entry.min"));
        assert_eq!(report.problems.len(), 2, "{report:?}");
    }

    #[test]
    fn text_left_in_english_is_flagged_but_names_as_issued_are_not() {
        let en = json!({"certifications": [{"name": "Registered Health Information Technician", "summary": "Shows you finished."}],
                        "organizations": [{"name": "AHIMA"}]});
        let es = json!({"certifications": [{"name": "Registered Health Information Technician", "summary": "Shows you finished."}],
                        "organizations": [{"name": "AHIMA"}]});
        let report = check(en, es);
        assert_eq!(
            report.problems,
            vec![
                Problem::new(Code::Untranslated, "certifications[0].summary")
                    .with("text", "Shows you finished.")
            ]
        );
    }

    /// The field names this check classifies are the format's own: a field renamed in
    /// `dataset.rs` fails here rather than silently becoming "text to translate".
    #[test]
    fn every_field_named_here_is_a_field_of_the_format() {
        let fields: Vec<&str> = crate::core::dataset::field_names().collect();
        let named = SAME.iter().chain(&[
            "name",
            "publisher",
            "certifications",
            "paths",
            "value",
            "exam_delivery",
            "locale",
            "organizations",
            "sources",
        ]);
        for name in named {
            assert!(fields.contains(name), "{name} is not a field of the format");
        }
    }

    #[test]
    fn missing_and_extra_fields_are_named() {
        let report = check(json!({"a": "x", "b": 1}), json!({"a": "y", "c": 1}));
        assert!(report.contains(Code::TranslationMissing, "b"));
        assert!(report.contains(Code::TranslationExtra, "c"));
    }
}
