//! One verdict (issue #16): the checker (`load_thorough`) and the widget's reader (`load`, the
//! same code in the wasm) accept and refuse the same files with the same problem codes. Run on
//! the whole bad-dataset corpus, on the cases JSON leaves open (as decided in
//! `docs/dataset.md`, "How the widget and the checker read a file"), and on generated
//! variants of the default datasets.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::dataset::field_names;
use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::{load, load_thorough, Loaded};
use hit_pathfinder::core::problem::{Code, Report};
use hit_pathfinder::core::{DEFAULT_DATASET_ES_JSON, DEFAULT_DATASET_JSON};
use proptest::prelude::*;
use serde_json::Value;

mod bad;

const MINIMAL: &str = bad::MINIMAL;

/// Accepted or not, and the codes of the problems found (errors and warnings), sorted.
fn verdict(result: &Result<Loaded, Report>) -> (bool, Vec<&'static str>) {
    let report = match result {
        Ok(loaded) => &loaded.report,
        Err(report) => report,
    };
    let mut codes: Vec<&'static str> = report.problems.iter().map(|p| p.code.key()).collect();
    codes.sort_unstable();
    codes.dedup();
    (result.is_ok(), codes)
}

/// The widget's verdict on `text`, after checking that the checker's is the same.
fn one_verdict(text: &str) -> (bool, Vec<&'static str>) {
    let widget = load(text);
    let checker = load_thorough(text);
    let describe = |r: &Result<Loaded, Report>| match r {
        Ok(loaded) => format!("accepted\n{}", Messages::en_us().describe(&loaded.report)),
        Err(report) => format!("refused\n{}", Messages::en_us().describe(report)),
    };
    assert_eq!(
        verdict(&widget),
        verdict(&checker),
        "the widget and the checker disagree.\nwidget: {}\nchecker: {}",
        describe(&widget),
        describe(&checker)
    );
    verdict(&widget)
}

fn refused(code: Code) -> (bool, Vec<&'static str>) {
    (false, vec![code.key()])
}

const ACCEPTED: (bool, Vec<&str>) = (true, Vec::new());

#[test]
fn the_default_datasets_and_the_fixture_are_accepted_by_both() {
    for text in [DEFAULT_DATASET_JSON, DEFAULT_DATASET_ES_JSON, MINIMAL] {
        assert_eq!(one_verdict(text), ACCEPTED);
    }
}

#[test]
fn every_bad_dataset_of_the_corpus_gets_one_verdict() {
    let cases = bad::cases();
    assert!(cases.len() >= 40, "{}", cases.len());
    for case in cases {
        let (_, codes) = one_verdict(&case.text);
        assert!(
            codes.contains(&case.code.as_str()),
            "{}: {codes:?}",
            case.name
        );
    }
}

/// `field_names()` (which the translation check's names are tested against) knows every
/// field the default datasets use: a record type left out of it would show here.
#[test]
fn field_names_cover_every_field_of_the_default_datasets() {
    fn keys(value: &Value, parent: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    // The keys of `weights` are path ids, not fields.
                    if parent != "weights" {
                        out.push(key.clone());
                    }
                    keys(item, key, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| keys(item, parent, out)),
            _ => {}
        }
    }
    let known: Vec<&str> = field_names().collect();
    for text in [DEFAULT_DATASET_JSON, DEFAULT_DATASET_ES_JSON] {
        let mut used = Vec::new();
        keys(&serde_json::from_str(text).unwrap(), "", &mut used);
        for key in used {
            assert!(
                known.contains(&key.as_str()),
                "{key} is not in field_names()"
            );
        }
    }
}

/// Replaces the weight of `coding` in the fixture's first option by `raw` JSON.
fn weight(raw: &str) -> String {
    let at = r#""weights": { "coding": 5 }"#;
    assert!(MINIMAL.contains(at));
    MINIMAL.replace(at, &format!(r#""weights": {{ "coding": {raw} }}"#))
}

/// Replaces the fixture's title by `raw` JSON.
fn title(raw: &str) -> String {
    let at = r#""title": "Test dataset""#;
    assert!(MINIMAL.contains(at));
    MINIMAL.replace(at, &format!(r#""title": {raw}"#))
}

#[test]
fn unknown_fields_are_refused_everywhere_but_schema_is_known() {
    let typo = DEFAULT_DATASET_JSON.replacen("\"exam_fee\"", "\"exam_fe\"", 1);
    assert_eq!(one_verdict(&typo), refused(Code::WrongShape));
    let top = MINIMAL.replacen('{', r#"{ "notes": "mine","#, 1);
    assert_eq!(one_verdict(&top), refused(Code::WrongShape));
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let nested = MINIMAL.replacen('{', &format!(r#"{{ "x": {deep},"#), 1);
    assert_eq!(one_verdict(&nested), refused(Code::WrongShape));
    // The checker names the field.
    let report = load_thorough(&typo).unwrap_err();
    assert!(report.problems[0].path.ends_with(".exam_fe"), "{report:?}");
    // `$schema` is a field of the format (text), and optional.
    let at = r#""$schema": "../../data/hit-pathfinder.schema.json","#;
    assert!(MINIMAL.contains(at));
    assert_eq!(one_verdict(&MINIMAL.replace(at, "")), ACCEPTED);
    let schema = MINIMAL.replace(at, r#""$schema": 1,"#);
    assert_eq!(one_verdict(&schema), refused(Code::WrongShape));
    assert!(field_names().any(|name| name == "$schema"));
}

#[test]
fn a_field_named_twice_keeps_its_last_value() {
    let twice = title(r#""First", "title": "Test dataset""#);
    assert_eq!(one_verdict(&twice), ACCEPTED);
    assert_eq!(load(&twice).unwrap().dataset.meta.title, "Test dataset");
    // Each value must still have the right type.
    assert_eq!(
        one_verdict(&title(r#"3, "title": "Test dataset""#)),
        refused(Code::WrongShape)
    );
    let report = load_thorough(&title(r#"3, "title": "Test dataset""#)).unwrap_err();
    assert_eq!(report.problems.len(), 1, "{report:?}");
    assert_eq!(report.problems[0].path, "meta.title", "{report:?}");
}

#[test]
fn whole_numbers_are_plain_digits() {
    for raw in [
        "10.0", "5.0", "1e1", "1E0", "5e0", "-0", "-0.0", "-1", "300",
    ] {
        assert_eq!(
            one_verdict(&weight(raw)),
            refused(Code::WrongShape),
            "{raw}"
        );
    }
    assert_eq!(one_verdict(&weight("05")), refused(Code::InvalidJson));
    assert_eq!(one_verdict(&weight("+5")), refused(Code::InvalidJson));
    assert_eq!(one_verdict(&weight("11")), refused(Code::OutOfRange));
    assert_eq!(one_verdict(&weight("10")), ACCEPTED);
    // A signed field: -0 is no more a whole number there.
    let growth = |raw: &str| {
        let text = DEFAULT_DATASET_JSON.replacen(
            "\"growth_percent\": 8",
            &format!("\"growth_percent\": {raw}"),
            1,
        );
        assert_ne!(text, DEFAULT_DATASET_JSON);
        text
    };
    assert_eq!(one_verdict(&growth("-3")), ACCEPTED);
    // Where a number may be negative, -0 is 0.
    assert_eq!(one_verdict(&growth("-0")), ACCEPTED);
    assert_eq!(one_verdict(&growth("8.0")), refused(Code::WrongShape));
}

#[test]
fn escapes_are_read_and_broken_ones_are_not_json() {
    let escaped = title(r#""Test \u00e9 \"quoted\" \/ \\ \ud83d\ude00 dataset""#);
    assert_eq!(one_verdict(&escaped), ACCEPTED);
    assert_eq!(
        load(&escaped).unwrap().dataset.meta.title,
        "Test é \"quoted\" / \\ \u{1F600} dataset"
    );
    for raw in [
        r#""\ud800 x""#,
        r#""\udc00 x""#,
        r#""\x""#,
        "\"tab\there\"",
        "\"line\nbreak\"",
    ] {
        assert_eq!(
            one_verdict(&title(raw)),
            refused(Code::InvalidJson),
            "{raw}"
        );
    }
}

#[test]
fn one_leading_byte_order_mark_is_skipped_and_no_other() {
    assert_eq!(one_verdict(&format!("\u{feff}{MINIMAL}")), ACCEPTED);
    assert_eq!(
        one_verdict(&format!("\u{feff}\u{feff}{MINIMAL}")),
        refused(Code::InvalidJson)
    );
    assert_eq!(
        one_verdict(&MINIMAL.replacen('{', "{\u{feff}", 1)),
        refused(Code::InvalidJson)
    );
}

#[test]
fn deep_nesting_is_read_and_refused_as_the_wrong_shape() {
    for depth in [3, 200, 20_000] {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(
            one_verdict(&weight(&deep)),
            refused(Code::WrongShape),
            "{depth}"
        );
    }
    // Not JSON at depth is still not JSON.
    assert_eq!(
        one_verdict(&weight(&"[".repeat(20_000))),
        refused(Code::InvalidJson)
    );
}

#[test]
fn what_is_not_json_or_not_an_object_is_named_the_same() {
    assert_eq!(one_verdict(""), refused(Code::InvalidJson));
    assert_eq!(one_verdict("[1,"), refused(Code::InvalidJson));
    assert_eq!(
        one_verdict(&format!("{MINIMAL} x")),
        refused(Code::InvalidJson)
    );
    assert_eq!(one_verdict(&format!("{MINIMAL} \n\t ")), ACCEPTED);
    for text in ["[]", "null", "3", "\"text\"", " [1, 2]"] {
        assert_eq!(one_verdict(text), refused(Code::NotAnObject), "{text}");
    }
}

/// Raw JSON that a mutation puts in place of a value (some spellings `Value` cannot hold).
const RAW_VALUES: &[&str] = &[
    "10.0",
    "1e1",
    "-0",
    "0",
    "-1",
    "11",
    "300",
    "70000",
    "4294967296",
    "\"\"",
    "\"x\"",
    "\"\\u200b\"",
    "\"\\ud800\"",
    "null",
    "true",
    "[]",
    "{}",
    "[[[[[[]]]]]]",
    "{\"a\": 1}",
    "\"https://example.org\"",
    "\"javascript:x\"",
    "\"2026-02-30\"",
    "\"coding\"",
];

/// A change to one place of a dataset.
#[derive(Debug, Clone)]
enum Mutation {
    /// Adds a field to an object (a name of the format, or not).
    AddField(String, usize),
    /// Removes a field from an object.
    RemoveField,
    /// Misspells a field's name.
    Misspell,
    /// Replaces a value by raw JSON.
    Replace(usize),
    /// Names a field twice, the first time with raw JSON.
    Twice(usize),
    /// Removes an item of a list.
    RemoveItem,
    /// Repeats an item of a list.
    RepeatItem,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let known: Vec<String> = field_names().map(str::to_owned).collect();
    prop_oneof![
        (prop::sample::select(known), 0..RAW_VALUES.len())
            .prop_map(|(n, v)| Mutation::AddField(n, v)),
        ("[a-z_]{1,10}", 0..RAW_VALUES.len()).prop_map(|(n, v)| Mutation::AddField(n, v)),
        Just(Mutation::RemoveField),
        Just(Mutation::Misspell),
        (0..RAW_VALUES.len()).prop_map(Mutation::Replace),
        (0..RAW_VALUES.len()).prop_map(Mutation::Twice),
        Just(Mutation::RemoveItem),
        Just(Mutation::RepeatItem),
    ]
}

/// Every object and list of `value` with its JSON pointer.
fn places(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            out.push(at.clone());
            for (key, item) in map {
                places(
                    item,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            out.push(at.clone());
            for (i, item) in items.iter().enumerate() {
                places(item, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Applies `mutation` at the object or list at `place`, then writes the JSON text with the raw
/// values in it; `None` when the mutation does not apply there.
fn mutate(
    original: &str,
    mutation: &Mutation,
    place: prop::sample::Index,
    pick: prop::sample::Index,
) -> Option<(String, String)> {
    const RAW: &str = "\u{1}raw\u{1}";
    let mut value: Value = serde_json::from_str(original).unwrap();
    let mut all = Vec::new();
    places(&value, String::new(), &mut all);
    let at = place.get(&all).clone();
    let node = value.pointer_mut(&at).unwrap();
    let mut raw = None;
    let mut twice = None;
    match (node, mutation) {
        (Value::Object(map), Mutation::AddField(name, v)) => {
            map.insert(name.clone(), Value::String(RAW.into()));
            raw = Some(RAW_VALUES[*v]);
        }
        (Value::Object(map), Mutation::RemoveField | Mutation::Misspell) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = pick.get(&keys).clone();
            let item = map.remove(&key).unwrap();
            if matches!(mutation, Mutation::Misspell) {
                let mut typo = key.clone();
                typo.pop();
                map.insert(typo, item);
            }
        }
        (Value::Object(map), Mutation::Replace(v) | Mutation::Twice(v)) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = pick.get(&keys).clone();
            if matches!(mutation, Mutation::Twice(_)) {
                twice = Some((key.clone(), RAW_VALUES[*v]));
            } else {
                map.insert(key, Value::String(RAW.into()));
                raw = Some(RAW_VALUES[*v]);
            }
        }
        (Value::Array(items), Mutation::Replace(v)) if !items.is_empty() => {
            let i = pick.index(items.len());
            items[i] = Value::String(RAW.into());
            raw = Some(RAW_VALUES[*v]);
        }
        (Value::Array(items), Mutation::RemoveItem) if !items.is_empty() => {
            items.remove(pick.index(items.len()));
        }
        (Value::Array(items), Mutation::RepeatItem) if !items.is_empty() => {
            let item = items[pick.index(items.len())].clone();
            items.push(item);
        }
        _ => return None,
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap();
    if let Some(raw) = raw {
        text = text.replacen(&format!("\"{}\"", "\\u0001raw\\u0001"), raw, 1);
    }
    if let Some((key, raw)) = twice {
        // The first occurrence of the key gets a twin before it, holding the raw value.
        let quoted = serde_json::to_string(&key).unwrap();
        let pattern = format!("{quoted}: ");
        if let Some(at) = text.find(&pattern) {
            text.insert_str(at, &format!("{quoted}: {raw}, "));
        }
    }
    Some((text, at))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Generated variants of the default datasets: the widget and the checker agree.
    #[test]
    fn a_changed_default_dataset_gets_one_verdict(
        spanish in any::<bool>(),
        mutation in mutation(),
        place in any::<prop::sample::Index>(),
        pick in any::<prop::sample::Index>(),
    ) {
        let original = if spanish { DEFAULT_DATASET_ES_JSON } else { DEFAULT_DATASET_JSON };
        let Some((text, at)) = mutate(original, &mutation, place, pick) else {
            return Ok(());
        };
        let (accepted, codes) = one_verdict(&text);
        // A field the format does not have is refused (in `weights`, names are path ids).
        if let Mutation::AddField(name, _) = &mutation {
            if !field_names().any(|known| known == name) && !at.ends_with("/weights") {
                prop_assert!(!accepted, "{name} at {at}: {codes:?}");
                prop_assert!(codes.contains(&Code::WrongShape.key()) || codes.contains(&Code::InvalidJson.key()), "{name} at {at}: {codes:?}");
            }
        }
        if let Mutation::Misspell = mutation {
            prop_assert!(!accepted || at.ends_with("/weights"), "a misspelled field at {at} was accepted");
        }
    }

    /// Changes to the text itself (a byte, a byte-order mark, a cut): one verdict.
    #[test]
    fn a_changed_text_gets_one_verdict(at in 0usize..8000, byte in any::<u8>(), cut in any::<bool>()) {
        let mut bytes = MINIMAL.as_bytes().to_vec();
        let at = at % bytes.len();
        if cut {
            bytes.truncate(at);
        } else {
            bytes[at] = byte;
        }
        if let Ok(text) = String::from_utf8(bytes) {
            one_verdict(&text);
            one_verdict(&format!("\u{feff}{text}"));
        }
    }
}
