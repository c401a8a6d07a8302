//! Any text after `#hp-quiz=` or `#hp-compare=` in a share link (a stranger can write one):
//! decoding never panics, and what it yields fits the dataset or is dropped.
#![no_main]

use hit_pathfinder::core::compare::parse_selection;
use hit_pathfinder::core::parse::load;
use hit_pathfinder::core::quiz::{rank, Answers};
use hit_pathfinder::core::DEFAULT_DATASET_JSON;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn dataset() -> &'static hit_pathfinder::core::dataset::Dataset {
    static DATASET: OnceLock<hit_pathfinder::core::dataset::Dataset> = OnceLock::new();
    DATASET.get_or_init(|| load(DEFAULT_DATASET_JSON).expect("default dataset").dataset)
}

fuzz_target!(|text: &str| {
    let dataset = dataset();
    let answers = Answers::decode(text);
    // What was decoded encodes and decodes to itself.
    assert_eq!(Answers::decode(&answers.encode()), answers);
    if let Some(fitted) = answers.fitted_to(dataset) {
        let fits = rank(dataset, &fitted);
        assert!(fits.iter().all(|fit| fit.percent <= 100));
    }
    let ids = parse_selection(text, dataset);
    assert!(ids.len() <= 4);
    assert!(ids.iter().all(|id| dataset.certification(id).is_some()));
});
