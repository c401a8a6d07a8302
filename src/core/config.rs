//! The host's configuration of one widget, read from the `<hit-pathfinder>` element's
//! attributes. Reading is pure: the embedding layer passes a lookup function.

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
    /// The value that was given.
    pub value: String,
}

/// What the host chose for one widget.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Config {
    /// The view that opens first.
    pub view: View,
}

impl Config {
    /// Reads the configuration through `attribute` (which returns an attribute's value),
    /// falling back to defaults and listing every invalid value.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> (Config, Vec<AttributeProblem>) {
        let mut config = Config::default();
        let mut problems = Vec::new();
        if let Some(value) = attribute("view") {
            match View::parse(&value) {
                Some(view) => config.view = view,
                None => problems.push(AttributeProblem {
                    attribute: "view",
                    value,
                }),
            }
        }
        (config, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_attribute_is_read_and_a_bad_one_is_reported() {
        let (config, problems) =
            Config::from_attributes(|name| (name == "view").then(|| " Compare ".into()));
        assert_eq!(config.view, View::Compare);
        assert!(problems.is_empty());

        let (config, problems) =
            Config::from_attributes(|name| (name == "view").then(|| "results".into()));
        assert_eq!(config.view, View::Quiz);
        assert_eq!(
            problems,
            vec![AttributeProblem {
                attribute: "view",
                value: "results".into()
            }]
        );
    }
}
