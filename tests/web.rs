//! Component tests in a real headless browser (wasm-bindgen-test).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --no-default-features --test web`
#![cfg(target_arch = "wasm32")]

mod bad;
mod browser;

use browser::{document, render_view, texts};
use hit_pathfinder::core::config::View;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const MINIMAL: &str = include_str!("fixtures/minimal.json");

async fn render(json: &str) -> Element {
    render_view(json, View::Paths).await
}

#[wasm_bindgen_test]
async fn lists_each_path_with_its_summary_under_its_kind() {
    let root = render(MINIMAL).await;
    assert_eq!(texts(&root, "h2"), vec!["Test dataset"]);
    assert_eq!(texts(&root, "h3"), vec!["Career paths"]);
    // The fixture has no related careers, so that heading is left out.
    assert_eq!(texts(&root, "h4"), vec!["Specialty paths"]);
    assert_eq!(
        texts(&root, "h5"),
        vec!["Medical coding", "Cancer registry"]
    );
    let summaries = texts(&root, ".hp-card > p");
    assert_eq!(summaries[1], "Record each cancer case for research.");
}

#[wasm_bindgen_test]
async fn dataset_text_is_shown_as_text_never_as_markup() {
    let hostile: &'static str = Box::leak(
        MINIMAL
            .replace("Test dataset", "<img src=x onerror=alert(1)>")
            .into_boxed_str(),
    );
    let root = render(hostile).await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert_eq!(texts(&root, "h2"), vec!["<img src=x onerror=alert(1)>"]);
}

#[wasm_bindgen_test]
async fn a_broken_dataset_shows_an_alert_naming_the_problem() {
    let broken: &'static str = Box::leak(
        MINIMAL
            .replace("\"occupation\": \"mrs\"", "\"occupation\": \"nurses\"")
            .into_boxed_str(),
    );
    let root = render(broken).await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("paths[0].occupation"), "{text}");
    // A dataset given as text has no `data/` folder to fetch the problems' words from: each
    // problem is then named by its code and values (the words are tested end to end, in
    // e2e/tests/embed.spec.js).
    assert!(text.contains("unknown_reference"), "{text}");
    assert!(text.contains("id: nurses"), "{text}");
}

#[wasm_bindgen_test]
async fn mount_renders_inside_an_open_shadow_root_with_adopted_styles() {
    let host: HtmlElement = document()
        .create_element("section")
        .unwrap()
        .dyn_into()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let mut widget =
        hit_pathfinder::embed::mount(host.clone(), "/data/".into(), None).expect("mounts");
    yew::scheduler::flush().await;
    let shadow = host.shadow_root().expect("an open shadow root");
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    // The dataset is being fetched: the widget says it is loading, in a status region.
    let status = shadow
        .query_selector(".hp-app [role=status]")
        .unwrap()
        .expect("a status");
    assert!(!status.text_content().unwrap().is_empty());
    widget.unmount();
    assert!(shadow.query_selector(".hp-root").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_widget_reader_tells_invalid_json_from_a_wrong_shape() {
    use hit_pathfinder::core::parse::load;
    use hit_pathfinder::core::problem::Code;
    let code = |text: &str| load(text).unwrap_err().problems[0].code;
    assert_eq!(
        code(&bad::dataset("syntax-missing-comma")),
        Code::InvalidJson
    );
    assert_eq!(code(&bad::dataset("empty-file")), Code::InvalidJson);
    assert_eq!(code(&bad::dataset("not-an-object")), Code::NotAnObject);
    assert_eq!(
        code(&bad::dataset("wrong-type-schema-version")),
        Code::WrongShape
    );
    assert_eq!(code(&bad::dataset("missing-quiz")), Code::WrongShape);
    // Semantic problems are found by the same validation as in the checker.
    let report = load(&bad::dataset("javascript-link")).unwrap_err();
    assert!(report.contains(Code::UnsafeLink, "organizations[0].url"));
}

#[wasm_bindgen_test]
fn the_widget_reader_reads_the_default_dataset_and_refuses_unknown_fields() {
    use hit_pathfinder::core::parse::load;
    use hit_pathfinder::core::problem::{Code, Problem};
    let loaded = load(hit_pathfinder::core::DEFAULT_DATASET_JSON).expect("default dataset loads");
    assert!(loaded.dataset.paths.len() >= 10);
    // As the checker does (issue #16): a typo must not pass silently.
    let typo =
        hit_pathfinder::core::DEFAULT_DATASET_JSON.replacen("\"exam_fee\"", "\"exam_fe\"", 1);
    assert_eq!(
        load(&typo).unwrap_err().problems,
        [Problem::new(Code::WrongShape, "")]
    );
}

#[wasm_bindgen_test]
async fn a_quiz_question_is_a_fieldset_with_a_legend_and_native_radio_buttons() {
    let root = render_view(MINIMAL, View::Quiz).await;
    let start = root
        .query_selector(".hp-quiz-intro .hp-button")
        .unwrap()
        .expect("a start button");
    start.dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, "fieldset legend"),
        vec!["What interests you most?"]
    );
    assert_eq!(texts(&root, "h3"), vec!["Question 1 of 1"]);
    let radios = root
        .query_selector_all("fieldset input[type=radio]")
        .unwrap();
    assert_eq!(radios.length(), 2);
    // Each option has a label tied to its input.
    assert_eq!(
        texts(&root, "fieldset label"),
        vec!["Rules and puzzles", "Cancer research"]
    );
    let label = root.query_selector("fieldset label").unwrap().unwrap();
    let input = root.query_selector("fieldset input").unwrap().unwrap();
    assert_eq!(label.get_attribute("for"), input.get_attribute("id"));
}
