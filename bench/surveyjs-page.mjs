// Builds the SurveyJS side of the benchmark: the widget's own quiz as a SurveyJS survey.
//
// The survey JSON is generated from the dataset (never a hand copy): an intro page with the
// quiz's title, intro text and a start button, then one question per page (radio group for a
// single answer, checkboxes for `multiple`), with SurveyJS's progress bar. The page is the
// widget's demo page (the same school page, same stylesheet) with SurveyJS in place of the
// widget, loading SurveyJS's own files the way its "Get started with HTML/CSS/JavaScript"
// guide does: the theme's stylesheet and two classic scripts in <head>, the survey rendered by
// an inline script after its container.
import { readFileSync } from "node:fs";

/** The SurveyJS files the page loads, as URL path -> file under node_modules. */
export const SURVEYJS_FILES = {
  // The default theme without its Google Fonts @font-face (the closed network cannot reach
  // fonts.gstatic.com, and a real visitor downloading Open Sans would only make SurveyJS slower).
  "/lib/survey-core/survey-core.fontless.min.css": "survey-core/survey-core.fontless.min.css",
  "/lib/survey-core/survey.core.min.js": "survey-core/survey.core.min.js",
  "/lib/survey-js-ui/survey-js-ui.min.js": "survey-js-ui/survey-js-ui.min.js",
};

/** SurveyJS's JSON for the dataset's quiz; `words` are the widget's English quiz texts
 * (locales/en-US/quiz.json), so the title and the start button read the same on both. */
export function surveyJson(dataset, words) {
  const quiz = dataset.quiz;
  const intro = {
    name: "intro",
    elements: [
      {
        type: "html",
        name: "intro-text",
        html: `<h3>${escapeHtml(words["quiz.title"])}</h3><p>${escapeHtml(quiz.intro)}</p>`,
      },
    ],
  };
  const pages = quiz.questions.map((question) => ({
    name: `page-${question.id}`,
    elements: [
      {
        type: question.multiple ? "checkbox" : "radiogroup",
        name: question.id,
        title: question.prompt,
        ...(question.hint ? { description: question.hint } : {}),
        choices: question.options.map((option) => ({ value: option.id, text: option.label })),
      },
    ],
  }));
  return {
    firstPageIsStartPage: true,
    startSurveyText: words["quiz.start"],
    showProgressBar: true,
    progressBarLocation: "aboveheader",
    pages: [intro, ...pages],
  };
}

/** The SurveyJS page: the demo page's HTML with the widget replaced by the survey. */
export function surveyPage(demoHtml, dataset, words) {
  const json = JSON.stringify(surveyJson(dataset, words)).replace(/</g, "\\u003c");
  const head = [
    `<link rel="stylesheet" href="lib/survey-core/survey-core.fontless.min.css">`,
    `<script src="lib/survey-core/survey.core.min.js"></script>`,
    `<script src="lib/survey-js-ui/survey-js-ui.min.js"></script>`,
  ].join("\n  ");
  const body =
    `<div id="surveyContainer"></div>\n` +
    `    <script>\n` +
    `      const survey = new Survey.Model(${json});\n` +
    `      survey.render(document.getElementById("surveyContainer"));\n` +
    `    </script>`;
  let html = demoHtml;
  const element = /<hit-pathfinder\b[\s\S]*?<\/hit-pathfinder>/;
  if (!element.test(html)) throw new Error("the demo page has no <hit-pathfinder> element to replace");
  html = html.replace(element, body);
  // The widget's own loading: its module script and any preload/modulepreload of its files.
  html = html.replace(/[ \t]*<script\b[^>]*\bsrc="[^"]*hit-pathfinder[^"]*"[^>]*><\/script>\s*\n?/g, "");
  html = html.replace(/[ \t]*<link\b[^>]*\brel="(?:modulepreload|preload|prefetch)"[^>]*>\s*\n?/g, "");
  html = html.replace("<title>", "<title>SurveyJS: ");
  html = html.replace("</head>", `  ${head}\n</head>`);
  return html;
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The widget's English quiz texts. */
export function readWords(root) {
  return JSON.parse(readFileSync(`${root}/locales/en-US/quiz.json`, "utf8"));
}
