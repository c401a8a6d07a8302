//! Component tests of the compare view in a real headless browser (wasm-bindgen-test).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --no-default-features --test web_compare`
#![cfg(target_arch = "wasm32")]

mod browser;

use browser::{all, render_view, texts};
use hit_pathfinder::core::config::View;
use hit_pathfinder::core::DEFAULT_DATASET_JSON;

/** How many certifications the default dataset has. */
fn default_count() -> usize {
    hit_pathfinder::core::parse::load(DEFAULT_DATASET_JSON)
        .expect("default dataset loads")
        .dataset
        .certifications
        .len()
}
use miniserde::json::{self, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn render(json: &str) -> Element {
    render_view(json, View::Compare).await
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

/// The chooser's checkbox for a certification, found by its abbreviation.
fn option(root: &Element, abbreviation: &str) -> HtmlElement {
    all(root, ".hp-cmp-option")
        .into_iter()
        .find(|label| one(label, "strong").text_content().unwrap() == abbreviation)
        .map(|label| one(&label, "input").dyn_into().unwrap())
        .unwrap_or_else(|| panic!("no option {abbreviation}"))
}

async fn tick(root: &Element, abbreviations: &[&str]) {
    for a in abbreviations {
        option(root, a).click();
        yew::scheduler::flush().await;
    }
}

async fn type_into(root: &Element, selector: &str, text: &str) {
    let input: HtmlInputElement = one(root, selector).dyn_into().unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn row(root: &Element, label: &str) -> Element {
    all(root, "tbody tr")
        .into_iter()
        .find(|tr| one(tr, "th").text_content().unwrap().starts_with(label))
        .unwrap_or_else(|| panic!("no row {label}"))
}

#[wasm_bindgen_test]
async fn starts_with_every_certification_to_choose_and_no_table() {
    let root = render(DEFAULT_DATASET_JSON).await;
    assert_eq!(
        all(&root, ".hp-cmp-options input[type=checkbox]").len(),
        default_count()
    );
    assert!(root.query_selector("table").unwrap().is_none());
    assert_eq!(
        texts(&root, ".hp-cmp-empty"),
        ["Choose at least 2 certifications above to compare them."]
    );
    // Every control has a label.
    assert_eq!(texts(&root, ".hp-cmp-field label").len(), 3);
}

#[wasm_bindgen_test]
async fn ticking_builds_a_real_table_and_announces_each_column() {
    let root = render(DEFAULT_DATASET_JSON).await;
    tick(&root, &["RHIT"]).await;
    assert_eq!(
        texts(&root, ".hp-cmp-live"),
        ["RHIT added to the comparison. 1 of 4 chosen."]
    );
    tick(&root, &["CPC"]).await;
    assert_eq!(
        texts(&root, ".hp-cmp-live"),
        ["CPC added to the comparison. 2 of 4 chosen."]
    );
    assert_eq!(texts(&root, "caption"), ["Comparison of RHIT, CPC"]);
    assert_eq!(texts(&root, "th[scope=col] .hp-cmp-abbr"), ["RHIT", "CPC"]);
    let row_headers = all(&root, "tbody th[scope=row]");
    assert_eq!(row_headers.len(), 14);
    assert!(all(&root, "tbody tr")
        .iter()
        .all(|tr| tr.query_selector_all("td").unwrap().length() == 2));
    let fee = row(&root, "Exam fee");
    assert_eq!(
        texts(&fee, "td > p:not(.hp-cmp-note)"),
        ["$229 for members, $299 for non-members", "$425 for members"]
    );
    // Differing rows say so in words, not only in colour.
    assert!(fee.class_name().contains("hp-cmp-differs"));
    assert_eq!(texts(&fee, "th .hp-cmp-tag"), ["Differs"]);
    // Unticking removes the column and says so.
    tick(&root, &["RHIT"]).await;
    assert_eq!(
        texts(&root, ".hp-cmp-live"),
        ["RHIT removed from the comparison. 1 of 4 chosen."]
    );
    assert_eq!(texts(&root, "th[scope=col] .hp-cmp-abbr"), ["CPC"]);
}

#[wasm_bindgen_test]
async fn at_most_four_can_be_ticked_and_remove_buttons_keep_the_others() {
    let root = render(DEFAULT_DATASET_JSON).await;
    tick(&root, &["RHIT", "RHIA", "CCA", "CCS"]).await;
    let disabled = all(&root, ".hp-cmp-options input:disabled").len();
    assert_eq!(disabled, default_count() - 4);
    assert_eq!(
        texts(&root, ".hp-cmp-full"),
        ["You can compare up to 4 at a time. Remove one to add another."]
    );
    let remove: HtmlElement = all(&root, ".hp-cmp-chip")
        .into_iter()
        .find(|b| b.text_content().unwrap() == "Remove CCA")
        .unwrap()
        .dyn_into()
        .unwrap();
    remove.click();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, "th[scope=col] .hp-cmp-abbr"),
        ["RHIT", "RHIA", "CCS"]
    );
    // Focus moves to the results heading, not to the page's body.
    let focused = root
        .get_root_node()
        .dyn_into::<web_sys::Document>()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(focused.id(), "hp-cmp-results");
}

#[wasm_bindgen_test]
async fn unknown_values_are_said_plainly_and_unconfirmed_ones_warn() {
    let root = render(DEFAULT_DATASET_JSON).await;
    tick(&root, &["RHIA", "CPC-P"]).await;
    let fee = row(&root, "Exam fee");
    assert_eq!(
        texts(&fee, ".hp-cmp-unknown"),
        [
            "Not known — check with AHIMA",
            "Not known — check with AAPC"
        ]
    );
    assert!(texts(&fee, ".hp-cmp-note")[0].starts_with("Sources conflict"));
    let name = row(&root, "Full name and issuer");
    let warnings = texts(&name, ".hp-cmp-warning");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].starts_with("Not confirmed:"), "{warnings:?}");
    // No cell is ever blank.
    for td in all(&root, "tbody td") {
        let label = one(&td, ".hp-cmp-label").text_content().unwrap();
        let text = td.text_content().unwrap();
        assert!(text.trim().len() > label.len(), "blank cell: {text}");
    }
}

#[wasm_bindgen_test]
async fn only_differences_hides_the_rows_that_are_the_same() {
    let root = render(DEFAULT_DATASET_JSON).await;
    tick(&root, &["CCMA", "RMA"]).await;
    let before = all(&root, "tbody tr").len();
    let switch: HtmlElement = one(&root, ".hp-cmp-check input").dyn_into().unwrap();
    switch.click();
    yew::scheduler::flush().await;
    let rows = all(&root, "tbody tr");
    assert!(rows.len() < before, "{} of {before}", rows.len());
    // What is left differs, except the two rows that say which certification is which.
    let header = |tr: &Element| one(tr, "th").text_content().unwrap();
    let identifying: Vec<String> = rows
        .iter()
        .filter(|tr| !tr.class_name().contains("hp-cmp-differs"))
        .map(header)
        .collect();
    assert_eq!(identifying, ["Full name and issuer", "Sources"]);
    let hidden = before - rows.len();
    assert_eq!(
        texts(&root, ".hp-cmp-results .hp-cmp-count"),
        [format!("{hidden} rows that are the same are hidden.")]
    );
    switch.click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "tbody tr").len(), before);
}

#[wasm_bindgen_test]
async fn search_and_filters_narrow_the_list_and_keep_the_chosen() {
    let root = render(DEFAULT_DATASET_JSON).await;
    tick(&root, &["RHIT"]).await;
    type_into(&root, "#hp-cmp-q", "ctr").await;
    assert_eq!(texts(&root, ".hp-cmp-option strong"), ["ODS"]);
    let count = format!("1 of {} certifications shown.", default_count());
    assert!(texts(&root, "#hp-cmp-count")[0].starts_with(&count));
    tick(&root, &["ODS"]).await;
    assert_eq!(texts(&root, "th[scope=col] .hp-cmp-abbr"), ["RHIT", "ODS"]);
    type_into(&root, "#hp-cmp-q", "no such thing").await;
    assert!(all(&root, ".hp-cmp-option").is_empty());
    assert!(texts(&root, ".hp-cmp-none")[0].starts_with("No certification matches"));
    let clear: HtmlElement = one(&root, ".hp-cmp-none button").dyn_into().unwrap();
    clear.click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".hp-cmp-option").len(), default_count());
    // The issuer filter (a select) narrows by organization.
    let select: web_sys::HtmlElement = one(&root, "#hp-cmp-issuer").dyn_into().unwrap();
    js_sys::Reflect::set(&select, &"value".into(), &"ncra".into()).unwrap();
    let init = EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".hp-cmp-option strong"), ["ODS"]);
}

/// The default dataset with copies of its certifications up to `count` in all.
fn large_dataset(count: usize) -> String {
    let Ok(Value::Object(mut data)) = json::from_str::<Value>(DEFAULT_DATASET_JSON) else {
        panic!("the default dataset is an object");
    };
    let Some(Value::Array(certs)) = data.get_mut("certifications") else {
        panic!("certifications");
    };
    let originals = certs.clone();
    let mut n = 0;
    while certs.len() < count {
        let Value::Object(mut copy) = originals[n % originals.len()].clone() else {
            panic!("a certification is an object");
        };
        for (field, suffix) in [
            ("id", format!("-x{n}")),
            ("abbreviation", format!(" X{n}")),
            ("name", format!(" edition {n}")),
        ] {
            if let Some(Value::String(s)) = copy.get_mut(field) {
                s.push_str(&suffix);
            }
        }
        certs.push(Value::Object(copy));
        n += 1;
    }
    json::to_string(&Value::Object(data))
}

/// Filtering as you type through 200 certifications narrows and restores the list at each
/// keystroke. (How fast: `node scripts/bench-compare.mjs`, a benchmark, not a test.)
#[wasm_bindgen_test]
async fn with_200_certifications_filtering_as_you_type_narrows_and_restores() {
    let json = large_dataset(200);
    let root = render(&json).await;
    assert_eq!(all(&root, ".hp-cmp-option").len(), 200);
    let query = "coding specialist";
    for end in 1..=query.len() {
        type_into(&root, "#hp-cmp-q", &query[..end]).await;
    }
    let shown = all(&root, ".hp-cmp-option").len();
    assert!(shown > 2 && shown < 200, "{shown}");
    type_into(&root, "#hp-cmp-q", "").await;
    assert_eq!(all(&root, ".hp-cmp-option").len(), 200);
}
