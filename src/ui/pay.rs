//! Pay where the student lives: the "Pay in" chooser, and a small chart of the national
//! median over the years with the chosen state's figure beside the latest, its caption
//! saying the same in words.

use super::context::Guide;
use crate::core::dataset::{Occupation, RegionalPay};
use crate::core::format::{dollars, month_year};
use crate::core::region::{self, name_key};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The chooser of a state (when the dataset has pay by state at all) and the chart, whose
/// caption gives the national figures and the chosen state's newest figure (or says there is
/// none); `source` renders a figure's source link and note.
pub fn pay_by_state(
    guide: &Guide,
    occupation: &Occupation,
    source: impl Fn(&str, Option<&str>) -> Html,
) -> Html {
    let m = &guide.messages;
    let (Some(last), Some(first)) = (occupation.pay.first(), occupation.pay.last()) else {
        return Html::default();
    };
    let any_state = guide
        .dataset
        .occupations
        .iter()
        .any(|o| o.regional_pay.iter().flatten().next().is_some());
    let current = guide.region.unwrap_or("");
    let chooser = any_state.then(|| {
        let choose = guide.choose_region.clone();
        let onchange = Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                choose.emit(region::state(&select.value()));
            }
        });
        // The states in the order of their names in this language (the table says it).
        html! {
            <label class="hp-region hp-no-print">
                { m.text("pay.region") }
                <select {onchange} ~value={current}>
                    <option value="" selected={current.is_empty()}>{ m.text("pay.national") }</option>
                    { for m.text("state.order").split(' ').filter_map(region::state).map(|code| html! {
                        <option value={code} selected={code == current}>{ m.text(&name_key(code)) }</option>
                    }) }
                </select>
            </label>
        }
    });
    let state = guide.region.map(|code| {
        (
            code,
            occupation.pay_in(code),
            m.text(&name_key(code)).to_owned(),
        )
    });
    let said = state.as_ref().map(|(_, pay, name)| match pay {
        Some(pay) => {
            let (key, amount) = figure(pay);
            let publisher = guide
                .dataset
                .source(&pay.source)
                .map(|s| s.publisher.as_str())
                .unwrap_or_default();
            let text = m.format(
                key,
                &[
                    ("state", name),
                    ("amount", &dollars(amount)),
                    ("date", &month_year(m, pay.month, pay.year)),
                    ("source", publisher),
                ],
            );
            html! { <li class="hp-key-state">{ text }{ source(&pay.source, pay.note.as_deref()) }</li> }
        }
        None => html! { <li>{ m.format("detail.state_none", &[("state", name)]) }</li> },
    });
    let us = m.format(
        "chart.us",
        &[
            ("first", &dollars(first.median_annual)),
            ("first_date", &month_year(m, first.month, first.year)),
            ("last", &dollars(last.median_annual)),
            ("last_date", &month_year(m, last.month, last.year)),
        ],
    );
    let drawn_state = state.and_then(|(code, pay, _)| Some((code, pay?)));
    html! {
        <>
            { for chooser }
            <figure class="hp-chart">
                { Html::from_html_unchecked(drawing(occupation, drawn_state).into()) }
                // Announced when the visitor chooses another state.
                <figcaption aria-live="polite">
                    <ul>
                        <li class="hp-key-us">{ us }</li>
                        { for said }
                    </ul>
                </figcaption>
            </figure>
        </>
    }
}

/// The figure a state shows and the words for it: the median when published, else the mean,
/// which is never called a median.
fn figure(pay: &RegionalPay) -> (&'static str, u32) {
    match (pay.median_annual, pay.mean_annual) {
        (Some(median), _) => ("detail.state_median", median),
        (None, mean) => ("detail.state_mean", mean.unwrap_or_default()),
    }
}

/// Width and height of the chart's drawing, in its own units; its bottom edge, drawn by the
/// stylesheet, is zero dollars.
const W: i32 = 320;
const H: i32 = 100;

/// The chart's SVG: the national median over the surveys (dots joined by a line, oldest at
/// the left) and the state's figure (a square marked with its code). Written as text rather
/// than with `html!` (kilobytes less of wasm), which is safe: it holds nothing but whole
/// numbers and a code from [`region::STATES`] (no text from the dataset), and no styles or
/// scripts (strict CSP). The amounts and dates are in the caption.
fn drawing(occupation: &Occupation, state: Option<(&'static str, &RegionalPay)>) -> String {
    // Months since year 0, and the amount, of every figure drawn.
    let when = |year: u16, month: u8| i32::from(year) * 12 + i32::from(month);
    let mut drawn: Vec<(i32, u32)> = occupation
        .pay
        .iter()
        .map(|p| (when(p.year, p.month), p.median_annual))
        .collect();
    if let Some((_, pay)) = state {
        drawn.push((when(pay.year, pay.month), figure(pay).1));
    }
    let start = drawn.iter().map(|d| d.0).min().unwrap_or(0);
    let span = (drawn.iter().map(|d| d.0).max().unwrap_or(0) - start).max(1);
    let top = i64::from(drawn.iter().map(|d| d.1).max().unwrap_or(1).max(1)) * 11 / 10;
    let point = |&(t, amount): &(i32, u32)| {
        // In whole units: printing an `i64` would add its own formatting code.
        let y = H - (i64::from(amount) * i64::from(H - 14) / top) as i32;
        (12 + (t - start) * (W - 24) / span, y)
    };
    let national: Vec<_> = drawn[..occupation.pay.len()].iter().map(point).collect();
    let (mut line, mut dots) = (String::new(), String::new());
    for (x, y) in &national {
        line += &format!("{x},{y} ");
        dots += &format!("M{x} {y}h0");
    }
    let square = match (state, drawn.get(national.len())) {
        (Some((code, _)), Some(d)) => {
            let (x, y) = point(d);
            // The code away from the line: above a square above it, else below.
            let label = if d.1 >= drawn[0].1 { y - 9 } else { y + 19 };
            format!(
                r#"<path d="M{} {}h10v10h-10z"/><text x="{x}" y="{label}" text-anchor="middle">{code}</text>"#,
                x - 5,
                y - 5
            )
        }
        _ => String::new(),
    };
    format!(
        r#"<svg viewBox="0 0 {W} {H}" aria-hidden="true"><polyline points="{line}"/><path class="hp-chart-dots" d="{dots}"/>{square}</svg>"#
    )
}
