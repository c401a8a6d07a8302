//! Minifies the stylesheet and the locale tables compiled into the widget: comments and
//! layout whitespace are bytes every visitor downloads for nothing. The sources stay
//! readable in `styles/` and `locales/`.

use std::path::Path;
use std::{env, fs};

const STYLES: [&str; 4] = ["base", "quiz", "paths", "compare"];
const LOCALES: [&str; 2] = ["en-US", "es-US"];
const PARTS: [&str; 5] = ["common", "checker", "paths", "quiz", "compare"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut css = String::new();
    for name in STYLES {
        let path = format!("styles/{name}.css");
        println!("cargo:rerun-if-changed={path}");
        css.push_str(&minify_css(&read(&path)));
    }
    write(&out, "widget.css", &css);
    for locale in LOCALES {
        for part in PARTS {
            let path = format!("locales/{locale}/{part}.json");
            println!("cargo:rerun-if-changed={path}");
            write(
                &out,
                &format!("{locale}-{part}.json"),
                &minify_json(&read(&path)),
            );
        }
    }
}

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(dir: &str, name: &str, text: &str) {
    fs::write(Path::new(dir).join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
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

/// Drops whitespace outside strings.
fn minify_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
