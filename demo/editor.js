// The snippet builder for school web editors: the form's options become the element's
// attributes, shown live in the preview and written out as HTML to copy. Under "Your school",
// a form builds the school's profile (school-form.js); the preview shows it as it is typed,
// and the snippet names it by the address the editor gives under "School profile".
import { VERSION } from "./hit-pathfinder.js";
import { mountSchoolForm } from "./school-form.js";
import { WORDS } from "./school-form-words.js";

const OPTIONS = ["view", "lang", "region", "program-url", "program-name", "dataset", "school"];
const form = document.getElementById("options");
const preview = document.getElementById("preview");
const snippet = document.getElementById("snippet");
const scriptUrl = new URL("hit-pathfinder.js", location.href).href;
const LOCALES = { en: "en-US", es: "es-US" };

// The profile form, in the language the page's address asks for (`?lang=es`), else English.
const asked = new URLSearchParams(location.search).get("lang");
const formLang = Object.hasOwn(LOCALES, asked) ? asked : "en";
const schoolPart = document.getElementById("school-part");
schoolPart.lang = formLang;
document.getElementById("school-heading").textContent = WORDS[formLang]["editor.heading"];
document.getElementById("school-editor-hint").textContent = WORDS[formLang]["editor.hint"];
/** The form's profile as the preview reads it (a `blob:` address), or null while it is empty. */
let profileUrl = null;
let profileTimer = 0;
const schoolForm = mountSchoolForm(document.getElementById("school-form"), {
  lang: formLang,
  datasetUrl: new URL(`data/hit-pathfinder.${LOCALES[formLang]}.json`, scriptUrl).href,
  onChange(json) {
    // The preview follows a moment after the typing stops, not at every key.
    clearTimeout(profileTimer);
    profileTimer = setTimeout(() => showProfile(json), 250);
  },
});
const emptyProfile = schoolForm.value();
let shownProfile = emptyProfile;

/** Shows the form's profile in the preview (or the address's, while the form is empty). */
function showProfile(json) {
  if (json === shownProfile) return; // only its problems changed
  shownProfile = json;
  if (profileUrl) URL.revokeObjectURL(profileUrl);
  profileUrl = json === emptyProfile ? null : URL.createObjectURL(new Blob([json], { type: "application/json" }));
  update();
}

/** Escapes text for an HTML attribute value or element content. */
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function update() {
  const attributes = [];
  for (const name of OPTIONS) {
    const value = form.elements[name].value.trim();
    const keep = value !== "" && !(name === "view" && value === "quiz");
    if (keep) attributes.push(` ${name}="${escape(value)}"`);
    // The preview reads the profile being built in the form, when there is one.
    const shown = name === "school" && profileUrl ? profileUrl : keep ? value : null;
    if (shown === null) preview.removeAttribute(name);
    else if (preview.getAttribute(name) !== shown) preview.setAttribute(name, shown);
  }
  const url = form.elements["program-url"].value.trim();
  const name = form.elements["program-name"].value.trim() || "Explore our program";
  const fallback = url ? `\n  <a href="${escape(url)}">${escape(name)}</a>\n` : "";
  snippet.value =
    preloadHints().join("\n") +
    "\n" +
    `<script type="module" src="${escape(scriptUrl)}"></script>\n` +
    `<hit-pathfinder${attributes.join("")}>${fallback}</hit-pathfinder>`;
}

/**
 * Links that let the browser fetch the widget's other files while it fetches the script: the
 * glue, the WebAssembly, the dataset in the chosen language (English when the page's
 * language decides) and the school's profile, exactly as the widget will ask for them, so
 * none is fetched twice.
 */
function preloadHints() {
  const own = (name) => escape(new URL(`${name}?v=${VERSION}`, scriptUrl).href);
  const locale = LOCALES[form.elements.lang.value] ?? LOCALES.en;
  const dataset = form.elements.dataset.value.trim();
  const datasetUrl = dataset
    ? dataset.replaceAll("{lang}", locale)
    : new URL(`data/hit-pathfinder.${locale}.json`, scriptUrl).href;
  const hints = [
    `<link rel="modulepreload" href="${own("hit_pathfinder.js")}">`,
    `<link rel="preload" href="${own("hit_pathfinder_bg.wasm")}" as="fetch" crossorigin>`,
    `<link rel="preload" href="${escape(datasetUrl)}" as="fetch" crossorigin>`,
  ];
  // The profile, when the widget will ask for it: an http(s) address, or one relative to the
  // school's page (the widget names any other in an alert, and fetches nothing).
  const school = form.elements.school.value.trim();
  if (school && isWebAddress(school)) hints.push(`<link rel="preload" href="${escape(school)}" as="fetch" crossorigin>`);
  return hints;
}

/** True when `address`, on a page at an http(s) address, names an http(s) file. */
function isWebAddress(address) {
  try {
    return ["http:", "https:"].includes(new URL(address, "https://page.invalid/").protocol);
  } catch {
    return false;
  }
}

form.addEventListener("input", update);
form.addEventListener("submit", (event) => event.preventDefault());
document.getElementById("copy").addEventListener("click", async () => {
  const status = document.getElementById("copied");
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = "Copied.";
  } catch {
    snippet.select();
    status.textContent = "Select the text above and copy it (Ctrl+C or Cmd+C).";
  }
});
update();
