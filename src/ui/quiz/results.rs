//! The ranked results: the three best-fitting paths at a glance, with their fit, the reasons
//! and any clash, each leading to its details; then every other path, ranked, collapsed.

use crate::core::i18n::Messages;
use crate::core::quiz::{rank, shows_fit, telling_questions, Answers, Band, Fit};
use crate::ui::context::Ui;
use crate::ui::path_detail::call_to_action;
use crate::ui::platform;
use crate::ui::school::school_line;
use crate::ui::share::ShareLink;
use crate::ui::state::{Action, QuizStep};
use yew::prelude::*;

/// How many paths are shown in full.
const TOP: usize = 3;

/// The fragment name of a quiz share link: `#hp-quiz=question.option~...`.
pub const QUIZ_FRAGMENT: &str = "hp-quiz";

/// The results page of the quiz, ranked by `answers`; `heading` takes focus on arrival;
/// `over` starts over.
pub fn results(ui: &Ui, heading: NodeRef, answers: &Answers, over: Callback<MouseEvent>) -> Html {
    let m = ui.messages();
    let ranking = rank(ui.dataset(), answers);
    let change = ui.on(Action::Step(QuizStep::Question(0)));
    let print = Callback::from(|_| platform::print());
    let questions = &ui.dataset().quiz.questions;
    // Too few answers for a fit in words or percent: say which questions would help most.
    let fits = shows_fit(answers.len(), questions.len());
    let leaders: Vec<usize> = ranking.iter().take(TOP).map(|f| f.path).collect();
    let telling = if fits {
        Vec::new()
    } else {
        telling_questions(ui.dataset(), answers, &leaders, 2)
    };
    html! {
        <section class="hp-results" aria-labelledby="hp-results-title">
            <h3 id="hp-results-title" class="hp-h" tabindex="-1" ref={heading}>{ m.text("results.title") }</h3>
            if answers.is_empty() {
                <p>{ m.text("results.no_answers") }</p>
            } else {
                <p>{ m.format_count("results.based_on", answers.len(), &[]) }</p>
                if !fits {
                    <div class="hp-few-answers">
                        <p>{ m.text("results.few_answers") }</p>
                        <ul class="hp-no-print">
                            { for telling.iter().map(|&i| html! {
                                <li>
                                    <button type="button" class="hp-link-button"
                                        onclick={ui.on(Action::Step(QuizStep::Question(i)))}>
                                        { &questions[i].prompt }
                                    </button>
                                </li>
                            }) }
                        </ul>
                    </div>
                }
                <ol class="hp-top" role="list">
                    { for ranking.iter().take(TOP).enumerate().map(|(place, fit)| top_result(ui, place + 1, fit, fits)) }
                </ol>
                <details class="hp-others">
                    <summary>{ m.text("results.others") }</summary>
                    <ol start={(TOP + 1).to_string()} class="hp-others-list">
                        { for ranking.iter().skip(TOP).map(|fit| {
                            let path = &ui.dataset().paths[fit.path];
                            let onclick = ui.on(Action::OpenPath(path.id.clone()));
                            html! {
                                <li>
                                    <button type="button" class="hp-link-button" {onclick}>{ &path.name }</button>
                                    if fits {
                                        { " " }<span class="hp-muted">{ fit_text(m, fit.percent) }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                </details>
            }
            if !answers.is_empty() {
                if let Some(link) = platform::link_with_fragment(QUIZ_FRAGMENT, &answers.encode(), m.tag()) {
                    <ShareLink {link} note_key="share.note" />
                }
            }
            <div class="hp-actions hp-no-print">
                <button type="button" class="hp-button hp-button-secondary" onclick={change}>{ m.text("results.change") }</button>
                <button type="button" class="hp-button hp-button-secondary" onclick={print}>{ m.text("results.print") }</button>
            </div>
            { call_to_action(ui) }
            { super::start_over(ui, over) }
        </section>
    }
}

/// A fit's band and percent in words: "Strong fit (92% match)".
fn fit_text(m: &Messages, percent: u8) -> String {
    m.format(
        "results.fit",
        &[
            ("band", m.text(Band::of(percent).key())),
            ("percent", &percent.to_string()),
        ],
    )
}

/// One of the best-fitting paths at a glance: place and name (a button to the path's
/// details, which lead back here), fit, why, and any clash.
fn top_result(ui: &Ui, place: usize, fit: &Fit<'_>, fits: bool) -> Html {
    let m = ui.messages();
    let path = &ui.dataset().paths[fit.path];
    html! {
        <li class="hp-result">
            <h4 class="hp-result-title">
                <button type="button" class="hp-link-button" onclick={ui.on(Action::OpenPath(path.id.clone()))}>
                    <span class="hp-place">{ m.format("results.place", &[("place", &place.to_string())]) }</span>
                    { " " }{ &path.name }
                </button>
            </h4>
            if fits {
                <p class={classes!("hp-fit", (fit.band() == Band::Strong).then_some("hp-fit-strong"))}>{ fit_text(m, fit.percent) }</p>
            }
            if !fit.reasons.is_empty() {
                <p class="hp-why">{ m.text("results.why") }</p>
                <ul class="hp-reasons">
                    { for fit.reasons.iter().map(|option| html! { <li>{ &option.reason }</li> }) }
                </ul>
            }
            if !fit.clashes.is_empty() {
                <div class="hp-clash">
                    <p><strong>{ m.text("results.clash") }</strong>{ " " }{ m.format("results.clash_detail", &[("education", &path.education)]) }</p>
                    <ul>
                        { for fit.clashes.iter().map(|option| html! { <li>{ &option.reason }</li> }) }
                    </ul>
                </div>
            }
            { school_line(ui, path, true) }
        </li>
    }
}
