//! The host's configuration of one widget, read from the `<hit-pathfinder>` element's
//! attributes. Reading is pure: the embedding layer passes a lookup function and has
//! already resolved relative addresses against the page.

use super::dataset::Program;
use super::i18n::LANGUAGES;
use super::region;
use super::validate::{is_safe_link, is_web_address};

/// The attributes the element reads, in the order they are documented (the element in
/// `js/hit-pathfinder.js` observes the same list).
pub const ATTRIBUTES: [&str; 8] = [
    "dataset",
    "school",
    "view",
    "lang",
    "program-url",
    "program-name",
    "theme",
    "region",
];

/// The values of the `theme` attribute (the stylesheet reads the attribute itself).
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// The views a visitor can move between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The career-fit quiz.
    #[default]
    Quiz,
    /// Every specialty path, to browse.
    Paths,
    /// Certifications side by side.
    Compare,
}

impl View {
    /// The view named by an attribute value (`quiz`, `paths`, `compare`), ignoring case and
    /// surrounding spaces.
    pub fn parse(value: &str) -> Option<View> {
        match value.trim().to_ascii_lowercase().as_str() {
            "quiz" => Some(View::Quiz),
            "paths" => Some(View::Paths),
            "compare" => Some(View::Compare),
            _ => None,
        }
    }
}

/// A problem with one attribute, shown in the widget so the web editor can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeProblem {
    /// The attribute's name (e.g. `view`).
    pub attribute: &'static str,
    /// The value that was given; empty when the attribute is missing but needed.
    pub value: String,
}

/// What the host chose for one widget.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    /// The view that opens first.
    pub view: View,
    /// Address of a school's dataset; the built-in dataset when absent.
    pub dataset: Option<String>,
    /// Address of the school's profile (its programs, featured and hidden paths), when the
    /// host names one (see [`SchoolProfile`](super::school::SchoolProfile)).
    pub school: Option<String>,
    /// The language asked for (`en`, `es`), when the host set one.
    pub lang: Option<String>,
    /// The school's program, the call to action (both attributes must be given).
    pub program: Option<Program>,
    /// The US state whose pay shows beside the national figures (USPS code), until the
    /// visitor chooses another.
    pub region: Option<&'static str>,
}

impl Config {
    /// Reads the configuration through `attribute` (which returns an attribute's value,
    /// with addresses already made absolute), falling back to defaults and listing every
    /// invalid value.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> (Config, Vec<AttributeProblem>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        let mut refuse = |attribute: &'static str, value: String| {
            problems.push(AttributeProblem { attribute, value })
        };
        let given = |name: &str| attribute(name).filter(|v| !v.trim().is_empty());
        if let Some(value) = given("view") {
            match View::parse(&value) {
                Some(view) => config.view = view,
                None => refuse("view", value),
            }
        }
        for (name, field) in [
            ("dataset", &mut config.dataset),
            ("school", &mut config.school),
        ] {
            if let Some(value) = given(name) {
                // A profile may also be the page's own `blob:` (the snippet builder's preview
                // of a profile saved nowhere yet): only a script of the page can make one.
                let blob = value.trim().strip_prefix("blob:");
                let own = name == "school" && blob.is_some_and(is_web_address);
                if is_web_address(value.trim()) || own {
                    *field = Some(value.trim().to_owned());
                } else {
                    refuse(name, value);
                }
            }
        }
        if let Some(value) = given("lang") {
            let primary = value
                .trim()
                .split('-')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if LANGUAGES.iter().any(|(language, _)| *language == primary) {
                config.lang = Some(primary);
            } else {
                refuse("lang", value);
            }
        }
        if let Some(value) = given("theme") {
            if !THEMES.contains(&value.as_str()) {
                refuse("theme", value);
            }
        }
        if let Some(value) = given("region") {
            match region::state(&value) {
                Some(state) => config.region = Some(state),
                None => refuse("region", value),
            }
        }
        let url = given("program-url");
        let name = given("program-name");
        match (url, name) {
            (Some(url), Some(name)) if is_safe_link(url.trim()) => {
                config.program = Some(Program {
                    name: name.trim().to_owned(),
                    url: url.trim().to_owned(),
                });
            }
            (Some(url), _) if !is_safe_link(url.trim()) => refuse("program-url", url),
            (Some(_), None) => refuse("program-name", String::new()),
            (None, Some(_)) => refuse("program-url", String::new()),
            _ => {}
        }
        (config, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (Config, Vec<AttributeProblem>) {
        Config::from_attributes(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn view_attribute_is_read_and_a_bad_one_is_reported() {
        let (config, problems) = read(&[("view", " Compare ")]);
        assert_eq!(config.view, View::Compare);
        assert!(problems.is_empty());

        let (config, problems) = read(&[("view", "results")]);
        assert_eq!(config.view, View::Quiz);
        assert_eq!(
            problems,
            vec![AttributeProblem {
                attribute: "view",
                value: "results".into()
            }]
        );
    }

    #[test]
    fn a_program_needs_a_safe_address_and_a_name() {
        let (config, problems) = read(&[
            ("program-url", "https://lakeview.example/hit"),
            ("program-name", "Health Information Technology, AAS"),
        ]);
        assert!(problems.is_empty());
        assert_eq!(config.program.unwrap().url, "https://lakeview.example/hit");

        let (config, problems) = read(&[
            ("program-url", "javascript:alert(1)"),
            ("program-name", "X"),
        ]);
        assert!(config.program.is_none());
        assert_eq!(problems[0].attribute, "program-url");

        let (_, problems) = read(&[("program-url", "https://lakeview.example/hit")]);
        assert_eq!(problems[0].attribute, "program-name");
    }

    #[test]
    fn dataset_and_lang_are_checked() {
        let (config, problems) = read(&[
            ("dataset", "https://lakeview.example/hit.json"),
            ("lang", "es-US"),
        ]);
        assert!(problems.is_empty());
        assert_eq!(config.lang.as_deref(), Some("es"));
        assert!(config.dataset.is_some());

        let (config, problems) = read(&[("dataset", "javascript:x"), ("lang", "fr")]);
        assert!(config.dataset.is_none() && config.lang.is_none());
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn a_school_profile_is_a_web_address_or_the_pages_own_blob() {
        let blob = "blob:https://college.example/3f0c-11";
        let (config, problems) = read(&[("school", blob)]);
        assert_eq!(config.school.as_deref(), Some(blob));
        assert!(problems.is_empty());
        let (config, _) = read(&[("school", " https://college.example/lakeview.json ")]);
        assert_eq!(
            config.school.as_deref(),
            Some("https://college.example/lakeview.json")
        );
        // A dataset is never a blob, and a profile never another kind of address.
        for (name, value) in [
            ("dataset", blob),
            ("school", "javascript:alert(1)"),
            ("school", "blob:javascript:alert(1)"),
            ("school", "data:application/json,{}"),
        ] {
            let (config, problems) = read(&[(name, value)]);
            assert!(
                config.school.is_none() && config.dataset.is_none(),
                "{value}"
            );
            assert_eq!(problems[0].attribute, name);
        }
    }

    #[test]
    fn a_mail_address_is_no_dataset_whatever_its_spaces_and_case() {
        // Found by fuzzing (fuzz/fuzz_targets/attributes.rs): " mailto:@ar" was kept.
        for value in [" mailto:@ar", "MAILTO:someone@example.edu", "mailto:x"] {
            let (config, problems) = read(&[("dataset", value)]);
            assert!(config.dataset.is_none(), "{value}");
            assert_eq!(problems[0].attribute, "dataset");
        }
    }

    #[test]
    fn the_element_observes_every_attribute_the_widget_reads() {
        let script = include_str!("../../js/hit-pathfinder.js");
        let line = script
            .lines()
            .find(|l| l.starts_with("const ATTRIBUTES"))
            .expect("the element lists its attributes");
        for attribute in ATTRIBUTES {
            assert!(line.contains(&format!("\"{attribute}\"")), "{attribute}");
        }
        assert_eq!(line.matches('"').count(), 2 * ATTRIBUTES.len());
    }

    #[test]
    fn the_element_asks_for_the_files_of_this_release() {
        let script = include_str!("../../js/hit-pathfinder.js");
        let version = format!("const VERSION = \"{}\";", env!("CARGO_PKG_VERSION"));
        assert!(
            script.contains(&version),
            "js/hit-pathfinder.js must say {version}"
        );
    }

    #[test]
    fn preload_hints_name_the_files_of_this_release() {
        // A hint for another release's address would make the browser download twice.
        let pages = [
            ("index.html", include_str!("../../index.html")),
            ("embed/embed.html", include_str!("../../embed/embed.html")),
            ("README.md", include_str!("../../README.md")),
        ];
        let version = format!("?v={}\"", env!("CARGO_PKG_VERSION"));
        for (name, text) in pages {
            let hints: Vec<&str> = text.lines().filter(|l| l.contains("?v=")).collect();
            assert!(hints.len() >= 2, "{name} has preload hints");
            for hint in hints {
                assert!(hint.contains(&version), "{name}: {hint}");
            }
        }
    }

    #[test]
    fn theme_must_be_light_dark_or_auto() {
        assert!(read(&[("theme", "dark")]).1.is_empty());
        assert!(read(&[("theme", "auto")]).1.is_empty());
        assert_eq!(read(&[("theme", "night")]).1[0].attribute, "theme");
    }

    #[test]
    fn region_is_a_state_code_in_any_case() {
        let (config, problems) = read(&[("region", " tx ")]);
        assert_eq!(config.region, Some("TX"));
        assert!(problems.is_empty());
        let (config, problems) = read(&[("region", "Texas")]);
        assert_eq!(config.region, None);
        assert_eq!(problems[0].attribute, "region");
        assert_eq!(problems[0].value, "Texas");
    }

    #[test]
    fn empty_attributes_mean_the_default() {
        let (config, problems) = read(&[("view", ""), ("dataset", "  ")]);
        assert_eq!(config, Config::default());
        assert!(problems.is_empty());
    }
}
