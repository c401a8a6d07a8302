//! One registry of languages: the folders of `locales/` are the languages the widget speaks
//! (`build.rs` makes `LANGUAGES` from them). The few places outside Rust that must list them
//! too, because they run before the widget or outside it, are checked here, so adding a
//! language fails this test until each is done: the element's script (its language list and
//! its words before the widget runs), the snippet builder and its school profile form (its list
//! and its words), and the WordPress plugin (its list, the block's choices, the settings page's
//! choices).

use hit_pathfinder::core::i18n::LANGUAGES;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The line of `text` that starts with `start` (after indentation).
fn line<'a>(text: &'a str, start: &str, path: &str) -> &'a str {
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("{path} has no line starting {start}"))
}

#[test]
fn the_languages_are_the_folders_of_locales() {
    let mut folders: Vec<String> =
        std::fs::read_dir(format!("{}/locales", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().into_string().unwrap())
            .collect();
    folders.sort();
    let mut locales: Vec<String> = LANGUAGES.iter().map(|(_, l)| l.to_string()).collect();
    locales.sort();
    assert_eq!(locales, folders);
    assert_eq!(LANGUAGES[0], ("en", "en-US"), "US English is the fallback");
    for (language, locale) in LANGUAGES {
        let dataset = format!("data/hit-pathfinder.{locale}.json");
        assert!(
            read(&dataset).contains(&format!("\"locale\": \"{locale}\"")),
            "{dataset}"
        );
        assert!(locale.starts_with(&format!("{language}-")));
    }
}

#[test]
fn the_element_script_and_the_snippet_builder_list_every_language() {
    let list = LANGUAGES
        .iter()
        .map(|(l, t)| format!("{l}: \"{t}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let expected = format!("const LOCALES = {{ {list} }};");
    for path in [
        "js/hit-pathfinder.js",
        "demo/editor.js",
        "demo/school-form.js",
    ] {
        assert_eq!(line(&read(path), "const LOCALES", path), expected, "{path}");
    }
    // What the element says before the widget can run, in each language.
    let script = read("js/hit-pathfinder.js");
    let words = &script[script.find("const CANNOT_START").expect("CANNOT_START")..];
    let words = &words[..words.find("};").unwrap()];
    for (language, _) in LANGUAGES {
        assert!(
            words.contains(&format!("\n  {language}: {{")),
            "CANNOT_START lacks {language}"
        );
    }
    // The school profile form's words (labels, hints, its own notes), and its state names.
    let form = read("demo/school-form-words.js");
    for start in ["export const WORDS", "export const STATES"] {
        let words = &form[form.find(start).unwrap_or_else(|| panic!("{start}"))..];
        let words = &words[..words.find("\n};").unwrap()];
        for (language, _) in LANGUAGES {
            assert!(
                words.contains(&format!("\n  {language}: ")),
                "demo/school-form-words.js: {start} lacks {language}"
            );
        }
    }
    let editor = read("demo/editor.html");
    for (language, _) in LANGUAGES {
        assert!(
            editor.contains(&format!("<option value=\"{language}\">")),
            "editor.html: {language}"
        );
    }
}

#[test]
fn the_wordpress_plugin_lists_every_language() {
    let quoted = |q: &str| {
        LANGUAGES
            .iter()
            .map(|(l, _)| format!("{q}{l}{q}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let render = "integrations/wordpress/hit-pathfinder/includes/render.php";
    assert_eq!(
        line(&read(render), "const HIT_PATHFINDER_LANGS", render),
        format!("const HIT_PATHFINDER_LANGS = array( {} );", quoted("'"))
    );
    let php = read(render);
    for (language, locale) in LANGUAGES {
        assert!(
            php.contains(&format!("'{language}' => '{locale}',")),
            "{render}: {language}"
        );
    }
    let block = "integrations/wordpress/hit-pathfinder/block/block.json";
    assert!(
        read(block).contains(&format!("\"enum\": [ \"\", {} ]", quoted("\""))),
        "{block}: the lang enum"
    );
    let sidebar = "integrations/wordpress/hit-pathfinder/block/editor.js";
    let settings = "integrations/wordpress/hit-pathfinder/includes/settings.php";
    for (language, _) in LANGUAGES {
        assert!(
            read(sidebar).contains(&format!("{{ value: '{language}', label:")),
            "{sidebar}: {language}"
        );
        assert!(
            read(settings).contains(&format!("'{language}' => __(")),
            "{settings}: {language}"
        );
    }
}
