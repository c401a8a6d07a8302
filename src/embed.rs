//! The embedding layer: what `hit-pathfinder.js` calls to put a widget inside the shadow root
//! of a `<hit-pathfinder>` element, and the panic hook that keeps a crash from leaving a
//! dead box.

use crate::core::config::Config;
use crate::core::i18n::Messages;
use crate::core::DEFAULT_DATASET_JSON;
use crate::ui::{App, AppProps};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

/// The widget's stylesheet, applied as a constructable stylesheet (a strict
/// Content-Security-Policy blocks `<style>` elements and `style` attributes).
const STYLES: &str = concat!(
    include_str!("../styles/base.css"),
    include_str!("../styles/quiz.css"),
    include_str!("../styles/paths.css"),
    include_str!("../styles/compare.css"),
);

thread_local! {
    /// One stylesheet shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The root element of every mounted widget, so a panic can say so in each of them.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// One mounted widget, returned to JavaScript; `unmount` removes it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    root: Element,
}

#[wasm_bindgen]
impl Widget {
    /// Removes the widget from its element, freeing everything it held.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        ROOTS.with(|roots| roots.borrow_mut().retain(|r| r != &self.root));
        self.root.remove();
    }
}

/// Renders a widget into `host`'s open shadow root (created here if the page has none yet).
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Widget, JsValue> {
    install_panic_hook();
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    adopt_styles(&shadow)?;
    let document = host.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("hp-root");
    // Replaces the fallback `<slot>`: the light-DOM content shows only until the widget runs.
    shadow.set_text_content(None);
    shadow.append_child(&root)?;
    ROOTS.with(|roots| roots.borrow_mut().push(root.clone()));
    let (config, attribute_problems) = Config::from_attributes(|name| host.get_attribute(name));
    let props = AppProps {
        dataset_json: DEFAULT_DATASET_JSON.into(),
        config,
        attribute_problems,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(Widget {
        handle: Some(handle),
        root,
    })
}

/// Adds the shared stylesheet to a shadow root.
fn adopt_styles(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = SHEET.with(|cell| -> Result<CssStyleSheet, JsValue> {
        let mut cell = cell.borrow_mut();
        if let Some(sheet) = cell.as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLES)?;
        *cell = Some(sheet.clone());
        Ok(sheet)
    })?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}

/// On a panic: log the detail to the console and replace every widget with a short message.
fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("HIT Pathfinder stopped: {info}").into());
        let messages = Messages::en_us();
        ROOTS.with(|roots| {
            let Ok(roots) = roots.try_borrow() else {
                return;
            };
            for root in roots.iter() {
                root.set_inner_html("");
                if let Some(document) = root.owner_document() {
                    if let Ok(alert) = document.create_element("p") {
                        alert.set_class_name("hp-alert");
                        let _ = alert.set_attribute("role", "alert");
                        alert.set_text_content(Some(messages.text("error.crash")));
                        let _ = root.append_child(&alert);
                    }
                }
            }
        });
    }));
}
