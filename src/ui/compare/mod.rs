//! The certification comparison (being built: issue 5).

use crate::ui::context::use_guide;
use yew::prelude::*;

/// Props of [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    /// Ids of the certifications being compared, in column order.
    pub selection: Vec<String>,
}

/// Certifications side by side.
#[function_component(CompareView)]
pub fn compare_view(_props: &CompareViewProps) -> Html {
    let guide = use_guide();
    html! { <h3>{ guide.messages.text("compare.title") }</h3> }
}
