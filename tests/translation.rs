//! The Spanish default dataset is the English one in Spanish: same ids, figures, sources and
//! links, every text translated, and valid on its own.
#![cfg(not(target_arch = "wasm32"))]

use hit_pathfinder::core::i18n::Messages;
use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::problem::Report;
use hit_pathfinder::core::translation::check_translation;
use hit_pathfinder::core::{DEFAULT_DATASET_ES_JSON, DEFAULT_DATASET_JSON};

#[test]
fn the_spanish_dataset_is_valid_and_in_spanish() {
    let loaded = load(DEFAULT_DATASET_ES_JSON)
        .unwrap_or_else(|r| panic!("{}", Messages::en_us().describe(&r)));
    assert!(
        loaded.report.problems.is_empty(),
        "{}",
        Messages::en_us().describe(&loaded.report)
    );
    assert_eq!(loaded.dataset.meta.locale, "es-US");
}

#[test]
fn the_spanish_dataset_has_the_same_ids_figures_and_sources_and_no_english_left() {
    let en: serde_json::Value = serde_json::from_str(DEFAULT_DATASET_JSON).unwrap();
    let es: serde_json::Value = serde_json::from_str(DEFAULT_DATASET_ES_JSON).unwrap();
    let mut report = Report::default();
    check_translation(&en, &es, &mut report);
    assert!(
        report.problems.is_empty(),
        "{}",
        Messages::en_us().describe(&report)
    );
}

#[test]
fn spanish_money_keeps_us_formatting() {
    // "$50.250" would read as fifty dollars in the US: thousands take a comma in es-US too.
    let european = DEFAULT_DATASET_ES_JSON.split('$').skip(1).any(|rest| {
        let digits: Vec<char> = rest.chars().take(8).collect();
        let lead = digits.iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&lead)
            && digits.get(lead) == Some(&'.')
            && digits[lead + 1..]
                .iter()
                .take(3)
                .filter(|c| c.is_ascii_digit())
                .count()
                == 3
    });
    assert!(!european);
    assert!(DEFAULT_DATASET_ES_JSON.contains("$47,190"));
}

#[test]
fn spanish_uses_the_glossary_term_for_median_pay() {
    // shared/research/es-glossary.md: "mediana salarial", never "salario medio" (the mean).
    let es = hit_pathfinder::core::i18n::Messages::for_language("es");
    let tables: String = es
        .keys()
        .map(|key| es.text(key))
        .collect::<Vec<_>>()
        .join("\n");
    for text in [DEFAULT_DATASET_ES_JSON, tables.as_str()] {
        assert!(!text.to_lowercase().contains("salario medio"));
    }
    assert!(tables.contains("Mediana salarial") || tables.contains("mediana salarial"));
}
