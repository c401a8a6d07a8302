//! The bad-dataset corpus: each case is a small patch on `tests/fixtures/minimal.json`, kept
//! in `tests/bad-datasets/cases.json` with the problem it must produce, so that a change to
//! the format (a new required field) touches one fixture, not forty copies of it.
//!
//! A case is an object:
//! - `code` and `at`: the problem it must produce (a code's key, such as `unsafe_link`, and
//!   the JSON path the checker gives it; `""` for the whole file);
//! - `why` (optional): a note;
//! - `remove`: JSON pointers of values to remove; `set`: JSON pointer to the value to put
//!   there (a new field, or in place of a value). With either, the fixture is read, changed
//!   and written back as JSON (on one line);
//! - `edit`: pairs of text to find in the fixture (it must be there) and text to put in its
//!   place, first occurrence only; `text`: the whole text instead; `before` and `after`: text
//!   added around it. These keep the fixture's lines, for syntax errors.
//!
//! Shared by the native tests and the browser tests (miniserde works on both).
#![allow(dead_code)]

use miniserde::json::{self, Value};

/// The smallest valid dataset, which every case patches.
pub const MINIMAL: &str = include_str!("../fixtures/minimal.json");

const CASES: &str = include_str!("../bad-datasets/cases.json");

/// One bad dataset and the problem it must produce.
pub struct Case {
    /// The case's name, such as `javascript-link`.
    pub name: String,
    /// The key of the problem's code, such as `unsafe_link`.
    pub code: String,
    /// Where the checker places the problem (a JSON path; empty for the whole file).
    pub at: String,
    /// The bad dataset.
    pub text: String,
}

fn object(value: &Value) -> &json::Object {
    match value {
        Value::Object(object) => object,
        _ => panic!("cases.json: expected an object"),
    }
}

fn string(value: &Value) -> &str {
    match value {
        Value::String(text) => text,
        _ => panic!("cases.json: expected a string"),
    }
}

fn list(value: &Value) -> &[Value] {
    match value {
        Value::Array(items) => items,
        _ => panic!("cases.json: expected a list"),
    }
}

/// Every case, by name.
pub fn cases() -> Vec<Case> {
    let all: Value = json::from_str(CASES).expect("cases.json is JSON");
    object(&all)
        .iter()
        .map(|(name, case)| {
            let case = object(case);
            let get = |key: &str| case.get(key).map(string).unwrap_or("").to_owned();
            Case {
                name: name.clone(),
                code: get("code"),
                at: get("at"),
                text: patch(name, case),
            }
        })
        .collect()
}

/// The bad dataset of the case `name`.
pub fn dataset(name: &str) -> String {
    cases()
        .into_iter()
        .find(|case| case.name == name)
        .unwrap_or_else(|| panic!("no bad dataset {name}"))
        .text
}

/// Applies a case's changes to the fixture.
fn patch(name: &str, case: &json::Object) -> String {
    for key in case.keys() {
        assert!(
            ["why", "code", "at", "remove", "set", "edit", "text", "before", "after"]
                .contains(&key.as_str()),
            "{name}: unknown key {key}"
        );
    }
    let mut text = MINIMAL.to_owned();
    if case.contains_key("remove") || case.contains_key("set") {
        let mut value: Value = json::from_str(MINIMAL).expect("the fixture is JSON");
        for pointer in case.get("remove").map(list).unwrap_or(&[]) {
            let pointer = string(pointer);
            let (parent, last) = parent_of(&mut value, pointer, name);
            let removed = match parent {
                Value::Object(object) => object.remove(&last).is_some(),
                Value::Array(items) => {
                    let i: usize = last.parse().expect("an index");
                    i < items.len() && {
                        items.remove(i);
                        true
                    }
                }
                _ => false,
            };
            assert!(removed, "{name}: nothing to remove at {pointer}");
        }
        for (pointer, new) in case.get("set").map(object).into_iter().flatten() {
            if pointer.is_empty() {
                value = new.clone();
                continue;
            }
            let (parent, last) = parent_of(&mut value, pointer, name);
            match parent {
                Value::Object(object) => {
                    object.insert(last, new.clone());
                }
                Value::Array(items) => {
                    let i: usize = last.parse().expect("an index");
                    *items
                        .get_mut(i)
                        .unwrap_or_else(|| panic!("{name}: no item at {pointer}")) = new.clone();
                }
                _ => panic!("{name}: {pointer} is inside neither an object nor a list"),
            }
        }
        text = json::to_string(&value);
    }
    for pair in case.get("edit").map(list).unwrap_or(&[]) {
        let [find, replace] = list(pair) else {
            panic!("{name}: an edit is [find, replace]")
        };
        let (find, replace) = (string(find), string(replace));
        assert!(text.contains(find), "{name}: the fixture has no {find:?}");
        text = text.replacen(find, replace, 1);
    }
    if let Some(whole) = case.get("text") {
        text = string(whole).to_owned();
    }
    let around = |key: &str| case.get(key).map(string).unwrap_or("");
    format!("{}{text}{}", around("before"), around("after"))
}

/// The value holding the last step of `pointer`, and that step (`~1` and `~0` undone).
fn parent_of<'a>(value: &'a mut Value, pointer: &str, name: &str) -> (&'a mut Value, String) {
    let steps: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|step| step.replace("~1", "/").replace("~0", "~"))
        .collect();
    let (last, path) = steps
        .split_last()
        .unwrap_or_else(|| panic!("{name}: {pointer:?} is not a JSON pointer"));
    let mut at = value;
    for step in path {
        at = match at {
            Value::Object(object) => object.get_mut(step),
            Value::Array(items) => step.parse().ok().and_then(|i: usize| items.get_mut(i)),
            _ => None,
        }
        .unwrap_or_else(|| panic!("{name}: nothing at {step} of {pointer}"));
    }
    (at, last.clone())
}
