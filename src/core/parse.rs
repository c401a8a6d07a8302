//! Reading a dataset from JSON text.
//!
//! [`load`] is the one reader, the same in the widget and in the checker: miniserde reads
//! the text into the types of [`super::dataset`] (strictly: an unknown field is an error),
//! and a dataset of the right shape then goes through
//! [`validate`](super::validate::validate), which reports every problem. A text that does
//! not read is refused with one problem: [`Code::InvalidJson`] (not JSON at all),
//! [`Code::NotAnObject`] or [`Code::WrongShape`].
//!
//! [`load_thorough`] (command-line checker only) gives the same verdict with the same codes,
//! since it is [`load`]; it only adds where a refused text goes wrong, from serde: the line
//! and column of a syntax error, and the JSON path of each item of the wrong shape (one
//! malformed certification does not hide a malformed path).

use super::dataset::Dataset;
use super::problem::{Code, Problem, Report};
use super::validate::validate;

/// The largest dataset file accepted, in bytes (a guard against pasting the wrong file).
pub const MAX_DATASET_BYTES: usize = 4 * 1024 * 1024;

/// A dataset that can be used, with any warnings found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The validated dataset.
    pub dataset: Dataset,
    /// Warnings only: problems that do not block the dataset.
    pub report: Report,
}

/// Reads and validates a dataset. `Ok` when it has no errors (it may have warnings);
/// `Err` with the problems found otherwise.
pub fn load(text: &str) -> Result<Loaded, Report> {
    let dataset: Dataset = read_strict(text, MAX_DATASET_BYTES)?;
    let mut report = Report::default();
    validate(&dataset, &mut report);
    if report.has_errors() {
        Err(report)
    } else {
        Ok(Loaded { dataset, report })
    }
}

/// Reads `text` (at most `max` bytes; a leading byte-order mark skipped) into `T` with the
/// one reader, or refuses it with one problem: too large, not JSON, not an object, or not of
/// the format's shape.
pub(crate) fn read_strict<T: miniserde::Deserialize>(text: &str, max: usize) -> Result<T, Report> {
    let text = without_byte_order_mark(text);
    if text.len() > max {
        return Err(Report {
            problems: vec![Problem::new(Code::FileTooLarge, "")
                .with("size", text.len().div_ceil(1024))
                .with("max", max / 1024)],
        });
    }
    miniserde::json::from_str(text).map_err(|_| Report {
        problems: vec![Problem::new(refusal(text), "")],
    })
}

/// Why the reader refused `text`: not JSON at all, JSON but not an object, or an object that
/// does not fit the format.
fn refusal(text: &str) -> Code {
    if miniserde::json::from_str::<any_json::AnyJson>(text).is_err() {
        Code::InvalidJson
    } else if text.trim_start().starts_with('{') {
        Code::WrongShape
    } else {
        Code::NotAnObject
    }
}

/// Like [`load`], with the same verdict and the same problem codes, but a refused text is
/// explained as the checker does: a syntax error with its line and column, and every section
/// and list item of the wrong shape at its JSON path. Larger code, so only the command-line
/// checker has it.
#[cfg(feature = "cli")]
pub fn load_thorough(text: &str) -> Result<Loaded, Report> {
    load(text).map_err(|report| explain(without_byte_order_mark(text), report))
}

/// The byte-order mark some editors (Notepad among them) write at the start of a UTF-8 file.
const BYTE_ORDER_MARK: char = '\u{FEFF}';

/// Skips one leading byte-order mark: a browser's `fetch` drops it before the widget sees the
/// text, but inline JSON or a file read natively still has it.
pub fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text)
}

/// A reader that accepts any JSON and keeps nothing: it tells a file that is not JSON at all
/// from one with the wrong shape, without `miniserde::json::Value`'s map code in the wasm.
mod any_json {
    use miniserde::de::{Deserialize, Map, Seq, Visitor};
    use miniserde::{make_place, Result};

    /// Any JSON value, read and dropped.
    pub struct AnyJson;

    make_place!(Place);

    impl Deserialize for AnyJson {
        fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
            Place::new(out)
        }
    }

    impl Visitor for Place<AnyJson> {
        fn null(&mut self) -> Result<()> {
            self.out = Some(AnyJson);
            Ok(())
        }
        fn boolean(&mut self, _: bool) -> Result<()> {
            self.null()
        }
        fn string(&mut self, _: &str) -> Result<()> {
            self.null()
        }
        fn negative(&mut self, _: i64) -> Result<()> {
            self.null()
        }
        fn nonnegative(&mut self, _: u64) -> Result<()> {
            self.null()
        }
        fn float(&mut self, _: f64) -> Result<()> {
            self.null()
        }
        fn seq(&mut self) -> Result<Box<dyn Seq + '_>> {
            self.out = Some(AnyJson);
            Ok(Box::new(Skip))
        }
        fn map(&mut self) -> Result<Box<dyn Map + '_>> {
            self.out = Some(AnyJson);
            Ok(Box::new(Skip))
        }
    }

    /// The members of an array or object, each skipped.
    struct Skip;

    impl Seq for Skip {
        fn element(&mut self) -> Result<&mut dyn Visitor> {
            Ok(<dyn Visitor>::ignore())
        }
        fn finish(&mut self) -> Result<()> {
            Ok(())
        }
    }

    impl Map for Skip {
        fn key(&mut self, _: &str) -> Result<&mut dyn Visitor> {
            Ok(<dyn Visitor>::ignore())
        }
        fn finish(&mut self) -> Result<()> {
            Ok(())
        }
    }
}

/// Adds to the one reader's refusal where it goes wrong, keeping its code: serde's reading
/// only ever places a problem; when serde does not see the same kind of problem (the two
/// readers differ on a detail), the refusal stays as the one reader gave it.
#[cfg(feature = "cli")]
fn explain(text: &str, report: Report) -> Report {
    let code = match report.problems.as_slice() {
        [only] if matches!(only.code, Code::InvalidJson | Code::WrongShape) => only.code,
        _ => return report,
    };
    let placed = match (code, serde_json::from_str::<serde_json::Value>(text)) {
        (Code::InvalidJson, Err(error)) if !error.is_data() => vec![syntax_problem(&error)],
        // JSON to the one reader, but not as far as serde reads (it stops at 128 levels of
        // nesting): serde's message still says where.
        (Code::WrongShape, Err(error)) => vec![shape("", &error.to_string())],
        // Every section and list item of the wrong shape, read from a `Value`, which keeps
        // the last of a field named twice, as the one reader does. The one reader also
        // refuses an earlier value of the wrong type: only reading the text itself sees it.
        (Code::WrongShape, Ok(value)) => match thorough::read(&value) {
            Err(report) => report.problems,
            Ok(_) => {
                let text = &mut serde_json::Deserializer::from_str(text);
                match serde_path_to_error::deserialize::<_, Dataset>(text) {
                    Err(error) => {
                        let path = error.path().to_string();
                        let path = thorough::join_path("", &path);
                        vec![serde_shape(&path, &error.into_inner().to_string())]
                    }
                    Ok(_) => Vec::new(),
                }
            }
        },
        _ => Vec::new(),
    };
    if !placed.is_empty() && placed.iter().all(|p| p.code == code) {
        Report { problems: placed }
    } else {
        report
    }
}

/// A JSON syntax error as a problem with line and column.
#[cfg(feature = "cli")]
fn syntax_problem(error: &serde_json::Error) -> Problem {
    let detail = error.to_string();
    // serde_json appends " at line L column C"; the message gives them separately.
    let detail = detail
        .rsplit_once(" at line ")
        .map(|(head, _)| head.to_owned())
        .unwrap_or(detail);
    Problem::new(Code::InvalidJson, "")
        .with("line", error.line())
        .with("column", error.column())
        .with("detail", detail)
}

/// A shape problem from serde's message; a missing field is placed at the field itself.
#[cfg(feature = "cli")]
pub(crate) fn serde_shape(path: &str, detail: &str) -> Problem {
    let missing = detail
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(field, _)| field);
    match missing {
        Some(field) if path.is_empty() => shape(field, detail),
        Some(field) => shape(&format!("{path}.{field}"), detail),
        None => shape(path, detail),
    }
}

#[cfg(feature = "cli")]
fn shape(path: &str, detail: &str) -> Problem {
    Problem::new(Code::WrongShape, path).with("detail", detail)
}

/// A problem's message and fix as the checker words them: with the line and column, or the
/// field, that the widget's shorter words leave out.
#[cfg(feature = "cli")]
pub fn checker_words(messages: &super::i18n::Messages, problem: &Problem) -> (String, String) {
    let placed = match problem.code {
        Code::InvalidJson => problem.arg("line").is_some(),
        Code::WrongShape => problem.arg("detail").is_some(),
        _ => false,
    };
    if !placed {
        return messages.problem(problem);
    }
    let key = format!("check.{}", problem.code.key());
    let args: Vec<(&str, &str)> = problem.args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    (
        messages.format(&key, &args),
        messages.format(&format!("{key}.fix"), &args),
    )
}

/// The section-by-section reading of the command-line checker.
#[cfg(feature = "cli")]
mod thorough {
    use super::{serde_shape, shape};
    use crate::core::dataset::{Dataset, Meta, Quiz};
    use crate::core::problem::{Code, Problem, Report};
    use serde::de::DeserializeOwned;
    use serde_json::{Map, Value};

    /// Reads every section and list item on its own, reporting each that has the wrong shape.
    pub(super) fn read(value: &Value) -> Result<Dataset, Report> {
        let mut report = Report::default();
        let Some(root) = value.as_object() else {
            report.push(Problem::new(Code::NotAnObject, ""));
            return Err(report);
        };
        read_sections(root, &mut report).ok_or(report)
    }

    /// Reads every section; `None` when any part had the wrong shape (all such parts reported).
    fn read_sections(root: &Map<String, Value>, report: &mut Report) -> Option<Dataset> {
        let before = report.problems.len();
        for key in root.keys() {
            if !Dataset::FIELDS.contains(&key.as_str()) {
                report.push(shape(key, &format!("unknown field `{key}`")));
            }
        }
        let schema = optional::<String>(root, "$schema", report);
        let meta = required::<Meta>(root, "meta", report);
        let program = optional(root, "program", report);
        let organizations = list(root, "organizations", report);
        let paths = list(root, "paths", report);
        let certifications = list(root, "certifications", report);
        let occupations = list(root, "occupations", report);
        let quiz = read_quiz(root, report);
        let sources = list(root, "sources", report);
        if report.problems.len() > before {
            return None;
        }
        Some(Dataset {
            schema,
            meta: meta?,
            program,
            organizations,
            paths,
            certifications,
            occupations,
            quiz: quiz?,
            sources,
        })
    }

    /// Reads the quiz, each question on its own.
    fn read_quiz(root: &Map<String, Value>, report: &mut Report) -> Option<Quiz> {
        let Some(value) = root.get("quiz") else {
            report.push(missing("", "quiz"));
            return None;
        };
        let Some(quiz) = value.as_object() else {
            report.push(shape("quiz", "expected an object"));
            return None;
        };
        for key in quiz.keys() {
            if !Quiz::FIELDS.contains(&key.as_str()) {
                report.push(shape(
                    &format!("quiz.{key}"),
                    &format!("unknown field `{key}`"),
                ));
            }
        }
        let intro = match quiz.get("intro") {
            Some(value) => deserialize::<String>(value, "quiz.intro", report),
            None => {
                report.push(missing("quiz", "intro"));
                None
            }
        };
        let questions = list_at(quiz, "questions", "quiz.questions", report);
        Some(Quiz {
            intro: intro?,
            questions,
        })
    }

    /// A required section, read as `T`.
    fn required<T: DeserializeOwned>(
        root: &Map<String, Value>,
        key: &str,
        report: &mut Report,
    ) -> Option<T> {
        match root.get(key) {
            Some(value) => deserialize(value, key, report),
            None => {
                report.push(missing("", key));
                None
            }
        }
    }

    /// An optional section, read as `T` when present.
    fn optional<T: DeserializeOwned>(
        root: &Map<String, Value>,
        key: &str,
        report: &mut Report,
    ) -> Option<T> {
        root.get(key)
            .and_then(|value| deserialize(value, key, report))
    }

    /// A required top-level list, each item read on its own.
    fn list<T: DeserializeOwned>(
        root: &Map<String, Value>,
        key: &str,
        report: &mut Report,
    ) -> Vec<T> {
        list_at(root, key, key, report)
    }

    /// A required list under `key` of `parent`, reported at `path`.
    fn list_at<T: DeserializeOwned>(
        parent: &Map<String, Value>,
        key: &str,
        path: &str,
        report: &mut Report,
    ) -> Vec<T> {
        let Some(value) = parent.get(key) else {
            let parent_path = path.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
            report.push(missing(parent_path, key));
            return Vec::new();
        };
        let Some(items) = value.as_array() else {
            report.push(shape(path, "expected a list in [ ]"));
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| deserialize(item, &format!("{path}[{i}]"), report))
            .collect()
    }

    /// Reads one value as `T`, reporting a shape problem at its exact JSON path.
    fn deserialize<T: DeserializeOwned>(value: &Value, at: &str, report: &mut Report) -> Option<T> {
        match serde_path_to_error::deserialize::<_, T>(value) {
            Ok(item) => Some(item),
            Err(error) => {
                let inner = error.path().to_string();
                let path = join_path(at, &inner);
                report.push(serde_shape(&path, &error.into_inner().to_string()));
                None
            }
        }
    }

    /// Joins a base JSON path with a path inside it (serde_path_to_error writes `.` for itself).
    pub(super) fn join_path(base: &str, inner: &str) -> String {
        match inner {
            "." | "" => base.to_owned(),
            _ if inner.starts_with('[') || base.is_empty() => format!("{base}{inner}"),
            _ => format!("{base}.{inner}"),
        }
    }

    fn missing(parent: &str, key: &str) -> Problem {
        let path = if parent.is_empty() {
            key.to_owned()
        } else {
            format!("{parent}.{key}")
        };
        shape(&path, &format!("missing field `{key}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syntax_error_is_invalid_json_for_the_widget_and_the_checker() {
        let text = "{\n  \"meta\": {,\n}";
        assert_eq!(
            load(text).unwrap_err().problems,
            [Problem::new(Code::InvalidJson, "")]
        );
    }

    #[cfg(feature = "cli")]
    #[test]
    fn the_checker_places_a_syntax_error_by_line_and_column() {
        let report = load_thorough("{\n  \"meta\": {,\n}").unwrap_err();
        let problem = &report.problems[0];
        assert_eq!(problem.code, Code::InvalidJson);
        assert_eq!(problem.arg("line"), Some("2"));
        assert_eq!(problem.arg("column"), Some("12"));
        assert!(!problem.arg("detail").unwrap().contains("at line"));
    }

    #[test]
    fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
        let huge = format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_DATASET_BYTES));
        let report = load(&huge).expect_err("too large");
        assert_eq!(report.problems[0].code, Code::FileTooLarge);
        assert_eq!(report.problems[0].arg("max"), Some("4096"));
        assert_eq!(report.problems[0].arg("size"), Some("4097"));
    }

    #[test]
    fn a_path_weighted_twice_keeps_the_last_points_in_every_reader() {
        let text = include_str!("../../tests/fixtures/minimal.json").replace(
            r#""weights": { "coding": 5 }"#,
            r#""weights": { "coding": 2, "coding": 9 }"#,
        );
        fn points(dataset: &Dataset) -> Vec<(String, u8)> {
            let codes = dataset.quiz.questions[0]
                .options
                .iter()
                .find(|o| o.id == "codes");
            codes.map_or(Vec::new(), |o| {
                o.weights.iter().map(|(p, n)| (p.to_owned(), n)).collect()
            })
        }
        let read = load(&text).expect("loads");
        assert_eq!(points(&read.dataset), [("coding".to_owned(), 9)]);
        #[cfg(feature = "cli")]
        {
            let thorough = load_thorough(&text).expect("loads");
            assert_eq!(points(&thorough.dataset), [("coding".to_owned(), 9)]);
        }
    }

    #[test]
    fn one_leading_byte_order_mark_is_skipped_by_load_and_load_thorough() {
        let text = include_str!("../../tests/fixtures/minimal.json");
        assert!(load(text).is_ok());
        let marked = format!("\u{FEFF}{text}");
        assert!(
            load(&marked).is_ok(),
            "load refused a leading byte-order mark"
        );
        #[cfg(feature = "cli")]
        assert!(
            load_thorough(&marked).is_ok(),
            "load_thorough refused a leading byte-order mark"
        );
        // Only one, and only at the start: anything else is still not JSON.
        let twice = format!("\u{FEFF}\u{FEFF}{text}");
        assert!(load(&twice).is_err());
        assert_eq!(without_byte_order_mark("\u{FEFF}{}"), "{}");
        assert_eq!(without_byte_order_mark("{}\u{FEFF}"), "{}\u{FEFF}");
    }

    #[test]
    fn a_list_instead_of_an_object_is_named_plainly() {
        let report = load("[]").unwrap_err();
        assert_eq!(report.problems, vec![Problem::new(Code::NotAnObject, "")]);
    }

    #[cfg(feature = "cli")]
    #[test]
    fn join_path_handles_root_index_and_field() {
        use super::thorough::join_path;
        assert_eq!(join_path("paths[2]", "."), "paths[2]");
        assert_eq!(
            join_path("paths[2]", "steps[0].title"),
            "paths[2].steps[0].title"
        );
        assert_eq!(join_path("paths", "[3]"), "paths[3]");
        assert_eq!(join_path("", "meta"), "meta");
    }
}
