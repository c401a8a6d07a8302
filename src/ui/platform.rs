//! The few browser services the widget uses, each failing quietly: local storage for quiz
//! progress, the page's address for share links, and the clipboard. Blocked storage, a
//! sandboxed frame or an old browser only turn a feature off; they never stop the widget.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The page's local storage, when the browser allows it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The value saved under `key`, if storage is available and holds one.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Saves `value` under `key`; does nothing when storage is blocked or full.
pub fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes what is saved under `key`, if anything.
pub fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything saved under a key that starts with `prefix`, except `keep`.
pub fn forget_all_but(prefix: &str, keep: &str) {
    let Some(storage) = storage() else {
        return;
    };
    let count = storage.length().unwrap_or(0);
    let stale: Vec<String> = (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix) && key != keep)
        .collect();
    for key in stale {
        let _ = storage.remove_item(&key);
    }
}

/// The value of `name` in the page's address fragment (`#name=value`, parts joined by `&`).
pub fn fragment_value(name: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let prefix = format!("{name}=");
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix(&prefix).map(str::to_owned))
}

/// The fragment name of the language in a share link: `#hp-quiz=...&hp-lang=es-US`.
pub const LANGUAGE_FRAGMENT: &str = "hp-lang";

/// The page's address with `#name=value&hp-lang=tag` as its fragment, for a share link that
/// opens as the visitor sees it, in their language (`tag`: `es-US`).
pub fn link_with_fragment(name: &str, value: &str, language: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!(
        "{base}#{name}={value}&{LANGUAGE_FRAGMENT}={language}"
    ))
}

/// Asks the browser to copy `text` to the clipboard; false when it cannot or refuses (no
/// clipboard, no permission, a frame that may not write to it).
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .unwrap_or(JsValue::UNDEFINED);
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(written) = write
        .and_then(|write| write.call1(&clipboard, &text.into()).ok())
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(written).await.is_ok()
}

/// Opens the browser's print dialog (the widget has a print layout).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// An event listener, removed when dropped. (Written out rather than
/// `gloo_events::EventListener`, which costs 658 bytes more of gzipped wasm, measured
/// 2026-11-29.)
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    capture: bool,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

/// Calls `on_event` for every `event` at `target` (in the capture phase if `capture`), while
/// the returned listener lives.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    capture: bool,
    on_event: impl FnMut(web_sys::Event) + 'static,
) -> Listener {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
    let _ = target.add_event_listener_with_callback_and_bool(
        event,
        closure.as_ref().unchecked_ref(),
        capture,
    );
    Listener {
        target: target.clone(),
        event,
        capture,
        closure,
    }
}

/// Calls `on_event` for every `event` at the window (`hashchange`, `popstate`).
pub fn listen_to_window(
    event: &'static str,
    on_event: impl FnMut(web_sys::Event) + 'static,
) -> Option<Listener> {
    Some(listen(&web_sys::window()?.into(), event, false, on_event))
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.event,
            self.closure.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

/// Resolves in a later task of the browser's event loop, after every microtask queued now
/// (Yew renders in one).
pub async fn next_task() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// Adds an entry to the browser's history holding `state`, at the same address, so that
/// Back returns to what the page showed before.
pub fn push_history(state: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state(&state.into(), "");
    }
}

/// Goes back one entry in the browser's history, as its Back button does.
pub fn history_back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// The state of the browser's current history entry, when it is text.
pub fn history_state() -> Option<String> {
    web_sys::window()?.history().ok()?.state().ok()?.as_string()
}
