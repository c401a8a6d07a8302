//! The root component: reads the dataset, then shows the widget or what is wrong with it.

use super::dataset_error::DatasetError;
use super::path_list::PathList;
use crate::core::dataset::Dataset;
use crate::core::i18n::Messages;
use crate::core::parse::load;
use crate::core::problem::Report;
use std::rc::Rc;
use yew::prelude::*;

/// What the host gives one widget.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The dataset's JSON text.
    pub dataset_json: AttrValue,
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let messages = use_memo((), |_| Messages::en_us());
    let loaded: Rc<Result<Rc<Dataset>, Report>> = use_memo(props.dataset_json.clone(), |json| {
        load(json).map(|loaded| Rc::new(loaded.dataset))
    });
    let body = match &*loaded {
        Ok(dataset) => {
            let meta = &dataset.meta;
            html! {
                <>
                    <header class="hp-header">
                        <h2 class="hp-title">{ &meta.title }</h2>
                        <p class="hp-lede">{ &meta.description }</p>
                    </header>
                    <PathList dataset={dataset.clone()} messages={messages.clone()} />
                </>
            }
        }
        Err(report) => html! {
            <DatasetError report={report.clone()} messages={messages.clone()} />
        },
    };
    html! {
        <div class="hp-app" lang={messages.tag().to_owned()}>{ body }</div>
    }
}
