//! `pathfinder-check`: checks a HIT Pathfinder dataset file and explains every problem.
//!
//! ```text
//! cargo run --bin pathfinder-check -- my-school.json [more.json ...]
//! cargo run --bin pathfinder-check -- --lang es mi-escuela.json
//! cargo run --bin pathfinder-check -- --schema > data/hit-pathfinder.schema.json
//! cargo run --bin pathfinder-check -- --pair data/hit-pathfinder.en-US.json data/hit-pathfinder.es-US.json
//! cargo run --bin pathfinder-check -- --school lakeview.json [my-school.json]
//! cargo run --bin pathfinder-check -- --school-schema > data/hit-pathfinder-school.schema.json
//! ```
//! Exits 0 when every file can be used (warnings allowed), 1 when any file has errors,
//! 2 when a file cannot be read or the command is misused.

use hit_pathfinder::core::i18n::{choose_language, Messages};
use hit_pathfinder::core::parse::{checker_words, load_thorough, without_byte_order_mark};
use hit_pathfinder::core::problem::{Problem, Report, Severity};
use hit_pathfinder::core::schema::{dataset_schema_json, school_schema_json};
use hit_pathfinder::core::school::read_school_thorough;
use hit_pathfinder::core::translation::check_translation;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--lang es` (or a Spanish LANG in the environment) for messages in Spanish.
    let env_lang = std::env::var("LANG").ok();
    let lang = match args.iter().position(|a| a == "--lang") {
        Some(at) if at + 1 < args.len() => {
            let lang = args.remove(at + 1);
            args.remove(at);
            Some(lang)
        }
        _ => None,
    };
    let messages = Messages::for_language(choose_language(&[lang.as_deref(), env_lang.as_deref()]));
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("{}", messages.text("check.usage"));
        return ExitCode::from(2);
    }
    if args == ["--schema"] {
        print!("{}", dataset_schema_json());
        return ExitCode::SUCCESS;
    }
    if args == ["--school-schema"] {
        print!("{}", school_schema_json());
        return ExitCode::SUCCESS;
    }
    if args.len() == 3 && args[0] == "--pair" {
        return check_pair(&messages, &args[1], &args[2]);
    }
    if matches!(args.len(), 2 | 3) && args[0] == "--school" {
        return check_school(&messages, &args[1], args.get(2).map(String::as_str));
    }
    let mut worst = ExitCode::SUCCESS;
    for file in &args {
        let text = match read(&messages, file) {
            Ok(text) => text,
            Err(code) => return code,
        };
        let (problems, usable) = match load_thorough(&text) {
            Ok(loaded) => (loaded.report.problems, true),
            Err(report) => (report.problems, false),
        };
        print_report(&messages, file, &problems);
        if !usable {
            worst = ExitCode::from(1);
        }
    }
    worst
}

/// Checks `translated` as a translation of `original`, after checking each on its own.
fn check_pair(messages: &Messages, original: &str, translated: &str) -> ExitCode {
    let mut texts = Vec::new();
    let mut usable = true;
    for file in [original, translated] {
        let text = match read(messages, file) {
            Ok(text) => text,
            Err(code) => return code,
        };
        let problems = match load_thorough(&text) {
            Ok(loaded) => loaded.report.problems,
            Err(report) => {
                usable = false;
                report.problems
            }
        };
        print_report(messages, file, &problems);
        texts.push(text);
    }
    let (Ok(a), Ok(b)) = (
        serde_json::from_str(without_byte_order_mark(&texts[0])),
        serde_json::from_str(without_byte_order_mark(&texts[1])),
    ) else {
        return ExitCode::from(1);
    };
    let mut report = Report::default();
    check_translation(&a, &b, &mut report);
    let label = format!("{translated} / {original}");
    print_report(messages, &label, &report.problems);
    if usable && !report.has_errors() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Checks a school's profile against the dataset it overlays (`dataset`, else the default
/// US English dataset), after checking that dataset.
fn check_school(messages: &Messages, file: &str, dataset: Option<&str>) -> ExitCode {
    let dataset_text = match dataset {
        Some(path) => match read(messages, path) {
            Ok(text) => text,
            Err(code) => return code,
        },
        None => hit_pathfinder::core::DEFAULT_DATASET_JSON.to_owned(),
    };
    let dataset = match load_thorough(&dataset_text) {
        Ok(loaded) => loaded.dataset,
        Err(report) => {
            print_report(messages, dataset.unwrap_or_default(), &report.problems);
            return ExitCode::from(1);
        }
    };
    let text = match read(messages, file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let (problems, usable) = match read_school_thorough(&text, &dataset) {
        Ok((_, report)) => (report.problems, true),
        Err(report) => (report.problems, false),
    };
    print_report(messages, file, &problems);
    if usable {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The text of `file`, or exit code 2 after saying why it cannot be read.
fn read(messages: &Messages, file: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(file).map_err(|error| {
        let detail = error.to_string();
        eprintln!(
            "{}",
            messages.format("check.unreadable", &[("file", file), ("detail", &detail)])
        );
        ExitCode::from(2)
    })
}

/// Prints one file's summary line, then each problem with its place and fix.
fn print_report(messages: &Messages, file: &str, problems: &[Problem]) {
    let errors = problems
        .iter()
        .filter(|p| p.severity() == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let (errors, warnings) = (errors.to_string(), warnings.to_string());
    let summary = if problems.is_empty() {
        messages.format("check.ok", &[("file", file)])
    } else {
        messages.format(
            "check.summary",
            &[("file", file), ("errors", &errors), ("warnings", &warnings)],
        )
    };
    println!("{summary}");
    for problem in problems {
        let label = match problem.severity() {
            Severity::Error => messages.text("check.error"),
            Severity::Warning => messages.text("check.warning"),
        };
        let place = if problem.path.is_empty() {
            messages.text("check.whole_file").to_owned()
        } else {
            problem.path.clone()
        };
        let (message, fix) = checker_words(messages, problem);
        println!("  {label}: {place}");
        println!("    {message}");
        println!("    {}", messages.format("check.fix", &[("fix", &fix)]));
    }
}
