//! The ranked results: the three best-fitting paths with their fit, the reasons and any
//! clash, each path's details; then every other path, ranked, collapsed.

use crate::core::i18n::Messages;
use crate::core::quiz::{rank, Answers, Band, Fit};
use crate::ui::context::Ui;
use crate::ui::path_detail::{call_to_action, path_detail};
use crate::ui::platform;
use crate::ui::share::ShareLink;
use crate::ui::state::{Action, QuizStep};
use yew::prelude::*;

/// How many paths are shown in full.
const TOP: usize = 3;

/// The fragment name of a quiz share link: `#hp-quiz=question.option~...`.
pub const QUIZ_FRAGMENT: &str = "hp-quiz";

/// The results page of the quiz, ranked by `answers`; `heading` takes focus on arrival.
pub fn results(ui: &Ui, heading: NodeRef, answers: &Answers) -> Html {
    let m = ui.messages();
    let ranking = rank(ui.dataset(), answers);
    let change = ui.on(Action::Step(QuizStep::Question(0)));
    let over = ui.on(Action::StartOver);
    let print = Callback::from(|_| platform::print());
    let questions = &ui.dataset().quiz.questions;
    // With fewer than half the questions answered, many paths tie: say so, and offer the rest.
    let unanswered = questions
        .iter()
        .position(|q| answers.chosen(&q.id).is_empty())
        .filter(|_| !answers.is_empty() && answers.len() * 2 < questions.len());
    html! {
        <section class="hp-results" aria-labelledby="hp-results-title">
            <h3 id="hp-results-title" class="hp-h" tabindex="-1" ref={heading}>{ m.text("results.title") }</h3>
            if answers.is_empty() {
                <p>{ m.text("results.no_answers") }</p>
            } else {
                <p>{ m.format_count("results.based_on", answers.len(), &[]) }</p>
                if let Some(first) = unanswered {
                    <div class="hp-few-answers">
                        <p>{ m.format_count("results.few_answers", answers.len(), &[("total", &questions.len().to_string())]) }</p>
                        <button type="button" class="hp-button hp-button-secondary hp-no-print"
                            onclick={ui.on(Action::Step(QuizStep::Question(first)))}>
                            { m.text("results.answer_rest") }
                        </button>
                    </div>
                }
                <ol class="hp-top" role="list">
                    { for ranking.iter().take(TOP).enumerate().map(|(place, fit)| top_result(ui, place + 1, fit)) }
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
                                    { " " }<span class="hp-muted">{ fit_text(m, fit.percent) }</span>
                                </li>
                            }
                        }) }
                    </ol>
                </details>
            }
            if !answers.is_empty() {
                if let Some(link) = platform::link_with_fragment(QUIZ_FRAGMENT, &answers.encode()) {
                    <ShareLink {link} note_key="share.note" />
                }
            }
            <div class="hp-actions hp-no-print">
                <button type="button" class="hp-button hp-button-secondary" onclick={change}>{ m.text("results.change") }</button>
                <button type="button" class="hp-button hp-button-secondary" onclick={over}>{ m.text("quiz.start_over") }</button>
                <button type="button" class="hp-button hp-button-secondary" onclick={print}>{ m.text("results.print") }</button>
            </div>
            { call_to_action(ui) }
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

/// One of the best-fitting paths: place, name, fit, why, any clash, and its details.
fn top_result(ui: &Ui, place: usize, fit: &Fit<'_>) -> Html {
    let m = ui.messages();
    let path = &ui.dataset().paths[fit.path];
    let title_id = format!("hp-result-{}", path.id);
    let band = Band::of(fit.percent).key().trim_start_matches("band.");
    html! {
        <li class="hp-result">
            <article aria-labelledby={title_id.clone()}>
                <h4 id={title_id} class="hp-result-title">
                    <span class="hp-place">{ m.format("results.place", &[("place", &place.to_string())]) }</span>
                    { " " }{ &path.name }
                </h4>
                <p class={classes!("hp-fit", format!("hp-fit-{band}"))}>{ fit_text(m, fit.percent) }</p>
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
                <details class="hp-result-details" open={place == 1}>
                    <summary>{ m.format("results.more", &[("path", &path.name)]) }</summary>
                    { path_detail(ui, fit.path, 5) }
                </details>
            </article>
        </li>
    }
}
