//! Any attribute values a host page sets on `<hit-pathfinder>`: reading them never panics,
//! and every value kept is one the widget can use safely.
#![no_main]

use hit_pathfinder::core::config::{Config, ATTRIBUTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    // One value per attribute, separated by U+0000 in the input.
    let values: Vec<&str> = text.split('\0').collect();
    let (config, problems) = Config::from_attributes(|name| {
        let at = ATTRIBUTES.iter().position(|a| *a == name)?;
        values.get(at).map(|v| (*v).to_owned())
    });
    // Schemes are compared as browsers do, without regard to case.
    let scheme = |url: &str| url.split(':').next().unwrap_or("").to_ascii_lowercase();
    if let Some(program) = &config.program {
        assert!(["http", "https", "mailto"].contains(&scheme(&program.url).as_str()));
        assert!(!program.name.trim().is_empty());
    }
    if let Some(dataset) = &config.dataset {
        assert!(
            ["http", "https"].contains(&scheme(dataset).as_str()),
            "{dataset}"
        );
    }
    assert!(problems.len() <= ATTRIBUTES.len());
});
