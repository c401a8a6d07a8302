//! A link that reopens what the visitor sees: what it holds, and a Copy button that copies
//! and shows it only when the visitor asks.

use super::context::use_ui;
use super::first_render::use_first_render;
use super::platform;
use yew::prelude::*;

/// Props of [`ShareLink`].
#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    /// The address to share.
    pub link: String,
    /// The locale key of the sentence saying what the link holds.
    pub note_key: &'static str,
}

/// What a share link holds, and a Copy button. The link (it carries the visitor's answers) is
/// copied and shown only when the visitor presses the button; shown beside it in case copying
/// is not allowed, until what it links to changes.
#[function_component(ShareLink)]
pub fn share_link(props: &ShareLinkProps) -> Html {
    let ui = use_ui();
    let m = ui.messages();
    let status = use_state(|| None::<bool>);
    {
        // A new selection makes a new link: "Link copied" no longer holds, and the old one
        // is not left on show.
        let status = status.clone();
        let first = use_first_render();
        use_effect_with(props.link.clone(), move |_| {
            if !first {
                status.set(None);
            }
        });
    }
    let onclick = {
        let status = status.clone();
        let link = props.link.clone();
        Callback::from(move |_| {
            let (status, link) = (status.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(platform::copy(&link).await));
            });
        })
    };
    let said = match *status {
        Some(true) => m.text("share.copied"),
        Some(false) => m.text("share.copy_failed"),
        None => "",
    };
    html! {
        <div class="hp-share hp-no-print">
            <p class="hp-share-label" id="hp-share-label">{ m.text("share.label") }</p>
            <p class="hp-hint" id="hp-share-note">{ m.text(props.note_key) }</p>
            <div class="hp-share-row">
                if status.is_some() {
                    <input id="hp-share-link" class="hp-share-link" type="text" readonly=true
                        value={props.link.clone()} aria-labelledby="hp-share-label"
                        aria-describedby="hp-share-note" />
                }
                <button type="button" class="hp-button hp-button-secondary" aria-describedby="hp-share-note" {onclick}>
                    { m.text("share.copy") }
                </button>
            </div>
            <p class="hp-share-status" role="status">{ said }</p>
        </div>
    }
}
