//! Helpers shared by the browser component tests: render the widget into the page and read
//! what a visitor would see.

use hit_pathfinder::core::config::{Config, View};
use hit_pathfinder::ui::{App, AppProps, DatasetSource};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The test page's document.
pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page to render into.
pub fn fresh_root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// The widget with the dataset `json`, opened on `view`, rendered into a fresh element, as
/// on a device that has saved nothing (no progress, no comparison, no language from an
/// earlier test).
pub async fn render_view(json: &str, view: View) -> Element {
    if let Ok(Some(storage)) = web_sys::window().unwrap().local_storage() {
        storage.clear().unwrap();
    }
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            source: DatasetSource::Text(json.to_owned().into()),
            config: Config {
                view,
                ..Config::default()
            },
            attribute_problems: Vec::new(),
            events: Default::default(),
            language: "en".into(),
        },
    )
    .render();
    // The dataset is read in an effect: flush the first render, then the one it causes.
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    root
}

/// Every element under `root` that matches `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.dyn_into().unwrap())
        .collect()
}

/// The text of every element under `root` that matches `selector`, trimmed.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}
