//! Prepares what is compiled into the widget. The stylesheet is minified: comments and
//! layout whitespace are bytes every visitor downloads for nothing. The locale tables become
//! Rust constants (`locales.rs`): every key once, sorted, and each language's texts in the
//! same order, so the widget neither parses JSON nor builds a map to say a word. The sources
//! stay readable in `styles/` and `locales/`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

const STYLES: [&str; 4] = ["base", "quiz", "paths", "compare"];
/// The table every other falls back to; its language is the widget's default.
const FIRST_LOCALE: &str = "en-US";
const PARTS: [&str; 5] = ["common", "checker", "paths", "quiz", "compare"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut css = String::new();
    for name in STYLES {
        let path = format!("styles/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        css.push_str(&minify_css(&read(&path)));
    }
    css.push_str(&light_dark_fallback(&css));
    write(&out, "widget.css", &css);
    write(&out, "locales.rs", &locale_constants());
}

/// Keys (by prefix) left out of the widget's tables: the checker's own words, and the
/// problems of a dataset, which the widget fetches (`data/problems.<locale>.json`) only when
/// a dataset has problems, rather than make every visitor download them. Written into
/// `locales.rs` too, as `i18n::NOT_IN_WIDGET`, for the tests that make those files.
const NOT_IN_WIDGET: [&str; 2] = ["check.", "problem."];

/// Separates the entries of the generated key and text lists (never used in a text).
const SEPARATOR: char = '\u{1f}';

/// `KEYS` (every key, sorted), `LANGUAGES` (one per folder of `locales/`) and `TABLES` (each
/// language's texts in the order of `KEYS`), the lists joined by [`SEPARATOR`].
/// Fails the build when a key is defined twice, a locale lacks a key another has, or a text
/// contains the separator.
fn locale_constants() -> String {
    let locales = locales();
    let mut tables: Vec<BTreeMap<String, String>> =
        locales.iter().map(|l| locale_table(l)).collect();
    let widget = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    // The widget never says what only the checker says (its command-line words), and
    // fetches a dataset's problems when it has any (about 4 KB gzipped of the wasm).
    let in_widget = |key: &String| !NOT_IN_WIDGET.iter().any(|prefix| key.starts_with(prefix));
    if widget {
        for table in &mut tables {
            table.retain(|key, _| in_widget(key));
        }
    }
    let keys: Vec<&String> = tables[0].keys().collect();
    for (locale, table) in locales.iter().zip(&tables) {
        let theirs: Vec<&String> = table.keys().collect();
        if let Some(key) = keys.iter().find(|k| !table.contains_key(k.as_str())) {
            panic!("locales/{locale} lacks the key {key}");
        }
        if let Some(key) = theirs.iter().find(|k| !tables[0].contains_key(k.as_str())) {
            panic!("locales/{locale} has the key {key}, which locales/{FIRST_LOCALE} lacks");
        }
    }
    let join = |items: Vec<&String>| -> String {
        items
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(&SEPARATOR.to_string())
    };
    let mut rs = String::new();
    let key_list = join(keys.clone());
    writeln!(rs, "/// Every message key, sorted, joined by U+001F.").unwrap();
    writeln!(rs, "const KEYS: &str = {key_list:?};").unwrap();
    let languages: Vec<String> = locales
        .iter()
        .map(|l| format!("({:?}, {l:?})", primary(l)))
        .collect();
    // The widget carries the first language's texts; it fetches another's
    // (`data/words.<locale>.json`) when a visitor speaks it (about 4 KB gzipped less for
    // everyone else).
    let carried = if widget { 1 } else { tables.len() };
    let texts: Vec<String> = tables[..carried]
        .iter()
        .map(|table| {
            format!(
                "{:?}",
                join(keys.iter().map(|k| &table[k.as_str()]).collect())
            )
        })
        .collect();
    let n = locales.len();
    writeln!(rs, "/// The languages the widget speaks, one per folder of `locales/`: primary subtag and locale, the fallback first.").unwrap();
    writeln!(
        rs,
        "pub const LANGUAGES: [(&str, &str); {n}] = [{}];",
        languages.join(", ")
    )
    .unwrap();
    writeln!(
        rs,
        "/// Each language's texts in the order of [`KEYS`], joined by U+001F."
    )
    .unwrap();
    writeln!(
        rs,
        "const TABLES: [&str; {carried}] = [{}];",
        texts.join(", ")
    )
    .unwrap();
    // What a fetched table must have been made for: the widget's keys, in order.
    let widget_keys: Vec<&String> = tables[0].keys().filter(|k| in_widget(k)).collect();
    let hash = fnv1a(join(widget_keys).as_bytes());
    writeln!(rs, "/// FNV-1a hash of the widget's keys joined by U+001F: the first entry of every `data/words.<locale>.json`.").unwrap();
    writeln!(rs, "pub const WIDGET_KEYS_HASH: &str = \"{hash:016x}\";").unwrap();
    writeln!(rs, "/// Keys (by prefix) that the widget's tables leave out: the checker's own words and the words of dataset problems, which the widget fetches when it needs them.").unwrap();
    writeln!(
        rs,
        "pub const NOT_IN_WIDGET: [&str; {}] = {NOT_IN_WIDGET:?};",
        NOT_IN_WIDGET.len()
    )
    .unwrap();
    rs
}

/// The 64-bit FNV-1a hash of `bytes`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The locales of the folders of `locales/` (one per language: `en-US`, `es-US`, ...), the
/// fallback first, then in name order; each language's primary subtag must be its own.
fn locales() -> Vec<String> {
    println!("cargo:rerun-if-changed=locales");
    let mut locales: Vec<String> = fs::read_dir("locales")
        .expect("locales/")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    locales.sort_by_key(|l| (l != FIRST_LOCALE, l.clone()));
    assert_eq!(
        locales[0], FIRST_LOCALE,
        "locales/{FIRST_LOCALE} is missing"
    );
    for (i, locale) in locales.iter().enumerate() {
        assert!(
            locales[..i].iter().all(|l| primary(l) != primary(locale)),
            "locales/{locale}: one folder per language"
        );
    }
    locales
}

/// The primary language subtag of a locale (`es` of `es-US`).
fn primary(locale: &str) -> String {
    locale
        .split('-')
        .next()
        .unwrap_or(locale)
        .to_ascii_lowercase()
}

/// One locale's parts merged into one table.
fn locale_table(locale: &str) -> BTreeMap<String, String> {
    let mut table = BTreeMap::new();
    for part in PARTS {
        let path = format!("locales/{locale}/{part}.json");
        println!("cargo:rerun-if-changed={path}");
        let entries: BTreeMap<String, String> = serde_json::from_str(&read(&path))
            .unwrap_or_else(|e| panic!("{path} is not a JSON object of texts: {e}"));
        for (key, text) in entries {
            if text.contains(SEPARATOR) || key.contains(SEPARATOR) {
                panic!("{path}: {key} contains U+001F");
            }
            if table.insert(key.clone(), text).is_some() {
                panic!("locales/{locale}: {key} is defined in two parts");
            }
        }
    }
    table
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(dir: &str, name: &str, text: &str) {
    fs::write(Path::new(dir).join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
}

/// The stylesheet's colours for browsers without `light-dark()` (Safari before 17.5, Firefox
/// before 120, Chrome before 123), where every colour property set with it would be invalid:
/// an `@supports not` block that sets each such custom property of the `:host` rule to its
/// light value, and to its dark value where base.css's theme rules choose the dark scheme
/// (`theme="dark"`, and `theme="auto"` on a dark system). Generated from the one list of
/// colours, so the two never drift.
fn light_dark_fallback(css: &str) -> String {
    let mut light = String::new();
    let mut dark = String::new();
    for rule in css.split('}') {
        let Some((selector, body)) = rule.split_once('{') else {
            continue;
        };
        for declaration in body.split(';') {
            let Some((name, value)) = declaration.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            let Some(inner) = value
                .strip_prefix("light-dark(")
                .and_then(|v| v.strip_suffix(')'))
            else {
                assert!(
                    !value.contains("light-dark("),
                    "{name}: light-dark() must be the whole value to have a fallback"
                );
                continue;
            };
            assert!(
                selector == ":host" && name.starts_with("--"),
                "light-dark() is for the custom properties of :host ({selector} {name})"
            );
            let (l, d) = split_top_level_comma(inner);
            write!(light, "{name}:{l};").unwrap();
            write!(dark, "{name}:{d};").unwrap();
        }
    }
    if light.is_empty() {
        return light;
    }
    format!(
        "@supports not (color:light-dark(#000,#fff)){{:host{{{light}}}:host([theme=\"dark\"]){{{dark}}}\
         @media (prefers-color-scheme:dark){{:host([theme=\"auto\"]){{{dark}}}}}}}"
    )
}

/// `a, b` split at its comma outside parentheses (`var(--x, #fff), #000`).
fn split_top_level_comma(text: &str) -> (&str, &str) {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => return (text[..i].trim(), text[i + 1..].trim()),
            _ => {}
        }
    }
    panic!("light-dark({text}) needs two colours")
}

/// Drops comments and collapses whitespace; keeps one space where two words meet.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    let words: Vec<&str> = out.split_whitespace().collect();
    let mut min = String::with_capacity(out.len());
    for word in words {
        // Not ":": in a selector, a space before it means a descendant.
        let joins = |c: char| "{};,>".contains(c);
        if let Some(last) = min.chars().last() {
            if !joins(last) && !word.starts_with(joins) {
                min.push(' ');
            }
        }
        min.push_str(word);
    }
    min
}
