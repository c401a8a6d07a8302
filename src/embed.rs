//! The embedding layer: what `hit-pathfinder.js` calls to put a widget inside the shadow
//! root of a `<hit-pathfinder>` element, update it when the element's attributes change,
//! and send its events to the page; and the panic hook that keeps a crash from leaving a
//! dead box.

use crate::core::config::Config;
use crate::core::i18n::{choose_language, Messages};
use crate::ui::{App, AppProps, DatasetSource, HostEvent};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};
use yew::Callback;

/// The widget's stylesheet, applied as a constructable stylesheet (a strict
/// Content-Security-Policy blocks `<style>` elements and `style` attributes).
/// Minified by `build.rs` from `styles/`.
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    /// One stylesheet shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The root element of every mounted widget, so a panic can say so in each of them.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// One mounted widget, returned to JavaScript.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    host: HtmlElement,
    data: String,
    root: Element,
}

#[wasm_bindgen]
impl Widget {
    /// Reads the element's attributes again and applies them.
    pub fn update(&mut self) {
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props_from(&self.host, &self.data));
        }
    }

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
/// `data` is the address of the folder of the default datasets (the widget's `data/`);
/// `fetch`, when given, is the element script's `(address) => Promise<Response>`, which
/// shares the dataset requests it started while the WebAssembly was loading.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    data: String,
    fetch: Option<js_sys::Function>,
) -> Result<Widget, JsValue> {
    install_panic_hook();
    crate::ui::load::use_data_folder(&data);
    if let Some(fetch) = fetch {
        crate::ui::load::use_fetcher(fetch);
    }
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
    let props = props_from(&host, &data);
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(Widget {
        handle: Some(handle),
        host,
        data,
        root,
    })
}

/// The widget's props from the element's attributes: addresses are resolved against the
/// page, as a link's would be; the language is the element's, else the page's, else the
/// browser's.
fn props_from(host: &HtmlElement, data: &str) -> AppProps {
    let base = host.base_uri().ok().flatten();
    let (config, attribute_problems) = Config::from_attributes(|name| {
        let value = host.get_attribute(name)?;
        if matches!(name, "dataset" | "school" | "program-url") {
            let resolved = match &base {
                Some(base) => web_sys::Url::new_with_base(value.trim(), base),
                None => web_sys::Url::new(value.trim()),
            };
            return Some(resolved.map(|url| url.href()).unwrap_or(value));
        }
        Some(value)
    });
    let source = match &config.dataset {
        Some(url) => DatasetSource::Url(url.clone()),
        None => DatasetSource::Default(data.to_owned()),
    };
    let page = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    let browser = web_sys::window().and_then(|w| w.navigator().language());
    let language = choose_language(&[config.lang.as_deref(), page.as_deref(), browser.as_deref()]);
    let target = host.clone();
    AppProps {
        source,
        language: language.into(),
        config,
        attribute_problems,
        events: Callback::from(move |event| dispatch_host_event(&target, event)),
    }
}

/// Sends `event` to the page as a bubbling, composed `CustomEvent` named
/// `hit-pathfinder:<name>` whose `detail` holds only ids, fits and the program link.
fn dispatch_host_event(host: &HtmlElement, event: HostEvent) {
    let detail = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&detail, &key.into(), value);
    };
    let name = match event {
        HostEvent::QuizComplete(top) => {
            let paths: js_sys::Array = top
                .iter()
                .map(|(id, fit)| {
                    let entry = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&entry, &"id".into(), &id.into());
                    let fit = fit.map_or(JsValue::NULL, JsValue::from);
                    let _ = js_sys::Reflect::set(&entry, &"fit".into(), &fit);
                    JsValue::from(entry)
                })
                .collect();
            set("paths", &paths);
            "quiz-complete"
        }
        HostEvent::Compare(certifications) => {
            let ids: js_sys::Array = certifications.iter().map(JsValue::from).collect();
            set("certifications", &ids);
            "compare"
        }
        HostEvent::CallToAction(url, program) => {
            set("url", &url.into());
            set("program", &program.map_or(JsValue::NULL, JsValue::from));
            "cta"
        }
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict(&format!("hit-pathfinder:{name}"), &init)
    {
        let _ = host.dispatch_event(&event);
    }
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
        let messages = Messages::for_language(&page_language());
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

/// The page's language, for the crash message (which cannot ask the widget's state).
fn page_language() -> String {
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"));
    choose_language(&[page.as_deref()]).to_owned()
}
