// A form that builds a school's profile (docs/school.md) without writing JSON, for the
// snippet builder (editor.html) and the WordPress plugin's settings page:
//
//   import { mountSchoolForm } from "./school-form.js";
//   const form = mountSchoolForm(container, {
//     lang: "en",                  // "en" or "es": the form's own words (school-form-words.js)
//     datasetUrl: "...json",       // the dataset the profile overlays: its paths and
//                                  // certifications fill the pickers; the checker checks against it
//     value: "{...}",              // optional: a profile's JSON text to start from
//     onChange(json, problems) {}, // after every edit (and after load(), and once the checker is
//                                  // ready): the profile's JSON text and its problems
//   });
//   form.value();                   // the current profile as JSON text
//   form.load(jsonText);            // replaces the form's content; false when the text is not a
//                                   // profile (the form then says so and keeps its content)
//
// Each problem is `{ path, error, message, fix }`: its JSON path (`programs[0].paths`), `true`
// for an error and `false` for a warning, and what the widget's own checker says of it, in the
// form's language (a few the checker cannot see, such as an award not chosen yet, are said by
// the form in its own words). Problems show beside their fields once the field has been changed
// or left, and at once for a loaded profile, with a summary of links at the top.
//
// What it needs beside it: this file sits beside the element script `hit-pathfinder.js` and its
// `data/` folder (as in dist/), whose `loadWidget()` gives the widget's one wasm instance and
// its `check_school`; `school-form-words.js`; and the stylesheet `school-form.css` (linked by the
// host page; nothing here injects a style, so a strict Content-Security-Policy holds).
// It changes nothing outside `container` except: it fetches the dataset, the problem words
// (data/problems.<locale>.json) and the widget's files once per page, and its Download button
// saves the file through a link it adds to the form for a moment.
import { loadWidget } from "./hit-pathfinder.js";
import { STATES, WORDS } from "./school-form-words.js";

// The languages the widget speaks and their datasets' locale tags (src/core/i18n.rs).
const LOCALES = { en: "en-US", es: "es-US" };
const AWARDS = ["certificate", "associate", "bachelor", "master"];
const DELIVERIES = ["on_campus", "online", "hybrid"];
/** The largest profile the widget reads (src/core/school.rs, MAX_SCHOOL_BYTES). */
const MAX_BYTES = 256 * 1024;
/** What ends each text in `check_school`'s answer. */
const END = "\u001f";
const PROGRAM_FIELDS = ["id", "name", "names", "url", "award", "delivery", "months", "paths", "certifications"];
const PROFILE_FIELDS = ["$schema", "schema_version", "name", "region", "program", "featured", "hidden", "programs"];

/** Texts fetched once per page, by address (a failed one is asked for again next time). */
const texts = new Map();
function fetchText(url) {
  let request = texts.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.text();
    });
    request.catch(() => texts.delete(url));
    texts.set(url, request);
  }
  return request;
}

/** Lower-case words joined by hyphens, from any text (accents dropped), at most 64 long. */
export function slug(text) {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 64)
    .replace(/-+$/, "");
}

/** Replaces `{name}` in `text` with `values.name`. */
const fill = (text, values = {}) => text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));

/** An element with attributes (`text` sets its text) and children. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") element.textContent = value;
    else if (name === "value") element.value = value;
    else if (name === "checked") element.checked = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isStrings = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");

let instances = 0;

export function mountSchoolForm(container, { lang = "en", datasetUrl, value, onChange } = {}) {
  const language = Object.hasOwn(WORDS, lang) ? lang : "en";
  const locale = LOCALES[language];
  const words = WORDS[language];
  const t = (key, values) => fill(words[key] ?? WORDS.en[key] ?? key, values);
  instances += 1;
  const uid = `hpsf${instances}`;
  let programKeys = 0;

  // What the form holds. Lists keep their order (a loaded file's, then the order ticked).
  let model = emptyModel();
  /** The dataset's paths and certifications, once fetched: [{ id, label }]. */
  let lists = null;
  let listsFailed = false;
  /** The checker's inputs, once all are in. */
  let checker = null;
  let problems = [];
  let checkQueued = false;

  function emptyModel() {
    return { schema: undefined, name: "", region: "", ctaName: "", ctaUrl: "", featured: [], hidden: [], programs: [], touched: new Set() };
  }
  function emptyProgram() {
    programKeys += 1;
    return {
      key: programKeys, id: "", idEdited: false, name: "", names: [], es: "", url: "",
      award: "", delivery: "", months: "", paths: [], certifications: [], touched: new Set(),
    };
  }

  // ---- Reading a profile into the form ----

  /** The form's model of the profile `text`, and the places it left out; throws a word key. */
  function read(text) {
    if (new TextEncoder().encode(text).length > MAX_BYTES) throw "file.tooLarge";
    let data;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      throw "file.notJson";
    }
    if (!isObject(data)) throw "file.notProfile";
    const left = [];
    const next = emptyModel();
    const take = (object, key, at, check) => {
      const found = object[key];
      if (found === undefined || found === null) return undefined;
      if (check(found)) return found;
      left.push(at);
      return undefined;
    };
    const isString = (v) => typeof v === "string";
    for (const key of Object.keys(data)) if (!PROFILE_FIELDS.includes(key)) left.push(key);
    next.schema = take(data, "$schema", "$schema", isString);
    next.name = take(data, "name", "name", isString) ?? "";
    next.region = take(data, "region", "region", isString) ?? "";
    const cta = take(data, "program", "program", isObject);
    if (cta) {
      for (const key of Object.keys(cta)) if (!["name", "url"].includes(key)) left.push(`program.${key}`);
      next.ctaName = take(cta, "name", "program.name", isString) ?? "";
      next.ctaUrl = take(cta, "url", "program.url", isString) ?? "";
    }
    next.featured = [...(take(data, "featured", "featured", isStrings) ?? [])];
    next.hidden = [...(take(data, "hidden", "hidden", isStrings) ?? [])];
    const programs = take(data, "programs", "programs", Array.isArray) ?? [];
    programs.forEach((found, i) => {
      const at = `programs[${i}]`;
      if (!isObject(found)) {
        left.push(at);
        return;
      }
      for (const key of Object.keys(found)) if (!PROGRAM_FIELDS.includes(key)) left.push(`${at}.${key}`);
      const p = emptyProgram();
      p.id = take(found, "id", `${at}.id`, isString) ?? "";
      p.name = take(found, "name", `${at}.name`, isString) ?? "";
      p.idEdited = p.id !== slug(p.name);
      const names = take(found, "names", `${at}.names`, Array.isArray) ?? [];
      names.forEach((entry, n) => {
        if (isObject(entry) && typeof entry.lang === "string" && typeof entry.name === "string" && Object.keys(entry).length === 2) {
          p.names.push({ lang: entry.lang, name: entry.name });
        } else {
          left.push(`${at}.names[${n}]`);
        }
      });
      p.es = p.names.find((n) => n.lang === "es-US")?.name ?? "";
      p.url = take(found, "url", `${at}.url`, isString) ?? "";
      p.award = take(found, "award", `${at}.award`, (v) => AWARDS.includes(v)) ?? "";
      p.delivery = take(found, "delivery", `${at}.delivery`, (v) => DELIVERIES.includes(v)) ?? "";
      const months = take(found, "months", `${at}.months`, (v) => Number.isInteger(v) && v >= 0 && v <= 65535);
      p.months = months === undefined ? "" : String(months);
      p.paths = [...(take(found, "paths", `${at}.paths`, isStrings) ?? [])];
      p.certifications = [...(take(found, "certifications", `${at}.certifications`, isStrings) ?? [])];
      next.programs.push(p);
    });
    return { next, left };
  }

  // ---- Writing the profile ----

  /** The program's `names`: the file's, with the Spanish one as the form has it. */
  function namesOf(p) {
    const names = p.names.map((n) => ({ ...n }));
    const at = names.findIndex((n) => n.lang === "es-US");
    const es = p.es.trim();
    if (at >= 0 && es) names[at].name = es;
    else if (at >= 0) names.splice(at, 1);
    else if (es) names.push({ lang: "es-US", name: es });
    return names;
  }

  /** `months` as the file has it: a number, `undefined` when empty, `NaN` when not a count. */
  function monthsOf(p) {
    const text = p.months.trim();
    if (text === "") return undefined;
    return /^\d{1,5}$/.test(text) && Number(text) <= 65535 ? Number(text) : NaN;
  }

  /**
   * The profile as an object, fields in the documented order, only those set. `forCheck`
   * fills what the form says itself is missing (award, delivery) so that the checker can
   * read the rest.
   */
  function profile(forCheck = false) {
    const out = {};
    if (model.schema !== undefined) out.$schema = model.schema;
    out.schema_version = 1;
    out.name = model.name.trim();
    if (model.region) out.region = model.region;
    if (model.ctaName.trim() || model.ctaUrl.trim()) out.program = { name: model.ctaName.trim(), url: model.ctaUrl.trim() };
    if (model.featured.length) out.featured = [...model.featured];
    if (model.hidden.length) out.hidden = [...model.hidden];
    out.programs = model.programs.map((p) => {
      const program = { id: p.id.trim(), name: p.name.trim() };
      const names = namesOf(p);
      if (names.length) program.names = names;
      program.url = p.url.trim();
      if (p.award || forCheck) program.award = p.award || AWARDS[0];
      if (p.delivery || forCheck) program.delivery = p.delivery || DELIVERIES[0];
      const months = monthsOf(p);
      if (Number.isInteger(months)) program.months = months;
      program.paths = [...p.paths];
      program.certifications = [...p.certifications];
      return program;
    });
    return out;
  }

  const json = () => `${JSON.stringify(profile(), null, 2)}\n`;

  /** The file's name: the school's name as lower-case words joined by hyphens. */
  const fileName = () => `${slug(model.name) || "school-profile"}.json`;

  // ---- Problems ----

  /** What the form says itself: what the checker cannot read, placed as it would be. */
  function ownProblems() {
    const found = [];
    model.programs.forEach((p, i) => {
      const say = (field, key) => found.push({ path: `programs[${i}].${field}`, error: true, message: t(key), fix: "" });
      if (!p.award) say("award", "problem.award");
      if (!p.delivery) say("delivery", "problem.delivery");
      if (Number.isNaN(monthsOf(p))) say("months", "problem.months");
    });
    return found;
  }

  function check() {
    let said = [];
    if (checker) {
      const [widget, dataset, problemWords] = checker;
      try {
        const parts = widget.check_school(JSON.stringify(profile(true)), dataset, language, problemWords).split(END);
        parts.pop(); // after the last END
        for (let i = 0; i + 3 < parts.length; i += 4) {
          said.push({ path: parts[i], error: parts[i + 1] === "error", message: parts[i + 2], fix: parts[i + 3] });
        }
      } catch (error) {
        console.error("HIT Pathfinder profile form: the checker failed:", error);
        checker = null;
        checkerNote.hidden = false;
      }
    }
    problems = [...ownProblems(), ...said];
    showProblems();
    if (onChange) onChange(json(), problems.map((p) => ({ ...p })));
  }

  /** Checks after the current task, once however many edits it made. */
  function changed() {
    if (checkQueued) return;
    checkQueued = true;
    queueMicrotask(() => {
      checkQueued = false;
      check();
    });
  }

  // ---- The form ----

  /** Field records by key: { target, focus, messages, hints, label() }. */
  const fields = new Map();

  const root = el("div", { class: "hpsf" });
  const summaryHeading = el("h3", { id: `${uid}-summary-heading` });
  const summaryList = el("ul");
  const summary = el(
    "div",
    { class: "hpsf-summary", role: "region", "aria-labelledby": `${uid}-summary-heading`, hidden: true },
    summaryHeading,
    el("p", { class: "hpsf-hint", text: t("summary.hint") }),
    summaryList,
  );
  const announcer = el("p", { class: "hpsf-visually-hidden", role: "status" });
  const downloadButton = el("button", { type: "button", class: "hpsf-download" });
  const fileInput = el("input", { type: "file", id: `${uid}-load`, accept: ".json,application/json", "aria-describedby": `${uid}-load-hint` });
  const fileNote = el("p", { class: "hpsf-file-note", role: "status" });
  const body = el("div", { class: "hpsf-body" });
  const checkerNote = el("p", { class: "hpsf-note", hidden: true, text: t("checker.failed") });
  root.append(
    summary,
    announcer,
    checkerNote,
    el(
      "div",
      { class: "hpsf-part hpsf-file", role: "group", "aria-labelledby": `${uid}-file-heading` },
      el("h3", { id: `${uid}-file-heading`, text: t("file.heading") }),
      el("p", {}, downloadButton),
      el(
        "div",
        { class: "hpsf-field" },
        el("label", { for: `${uid}-load`, text: t("file.load") }),
        el("p", { class: "hpsf-hint", id: `${uid}-load-hint`, text: t("file.load.hint") }),
        fileInput,
      ),
      fileNote,
    ),
    body,
  );

  const announce = (text) => {
    // Emptied first, so that the same words said twice are said again.
    announcer.textContent = "";
    setTimeout(() => (announcer.textContent = text), 50);
  };

  /**
   * A labelled text field or select with its hint: registers it under `key`, the place its
   * problems show; `summaryLabel()` is how the summary names it (else by its label).
   */
  function field(key, control, labelText, hintText, summaryLabel) {
    const id = `${uid}-${key.replace(/[^a-z0-9-]/gi, "-")}`;
    control.id = id;
    const hintId = hintText ? `${id}-hint` : null;
    if (hintId) control.setAttribute("aria-describedby", hintId);
    const messages = el("div", { class: "hpsf-messages" });
    fields.set(key, { target: control, focus: control, messages, hints: hintId ? [hintId] : [], label: summaryLabel ?? (() => labelText) });
    return el(
      "div",
      { class: "hpsf-field" },
      el("label", { for: id, text: labelText }),
      hintText ? el("p", { class: "hpsf-hint", id: hintId, text: hintText }) : null,
      messages,
      control,
    );
  }

  /**
   * A fieldset of checkboxes for the dataset's `kind` ("paths", "certifications"), filled
   * once the dataset is in, with any id of the profile the dataset lacks (to untick).
   * Registered under `key`, and each box under `key:id`.
   */
  function checkList(key, legendText, hintText, kind, getList, summaryLabel, onToggle) {
    const id = `${uid}-${key.replace(/[^a-z0-9-]/gi, "-")}`;
    const hintId = hintText ? `${id}-hint` : null;
    const messages = el("div", { class: "hpsf-messages" });
    const items = el("div", { class: "hpsf-checks" });
    const set = el(
      "fieldset",
      { class: "hpsf-set", id, "aria-describedby": hintId },
      el("legend", { text: legendText }),
      hintText ? el("p", { class: "hpsf-hint", id: hintId, text: hintText }) : null,
      messages,
      items,
    );
    const record = { target: set, focus: set, messages, hints: hintId ? [hintId] : [], label: summaryLabel };
    fields.set(key, record);
    const build = () => {
      if (!lists) {
        items.replaceChildren(el("p", { class: "hpsf-hint", text: t(listsFailed ? "list.failed" : "list.loading") }));
        return;
      }
      const known = lists[kind];
      const chosen = getList();
      const extra = chosen.filter((id) => !known.some((item) => item.id === id)).map((id) => ({ id, label: t("list.unknown", { id }) }));
      const boxes = [...known, ...extra].map((item, n) => {
        const boxId = `${id}-${n}`;
        const box = el("input", { type: "checkbox", id: boxId, value: item.id, checked: chosen.includes(item.id) });
        box.addEventListener("change", () => onToggle(item.id, box.checked));
        const itemMessages = el("div", { class: "hpsf-messages" });
        fields.set(`${key}:${item.id}`, {
          target: box, focus: box, messages: itemMessages, hints: [],
          label: () => `${summaryLabel()}, ${item.label}`,
        });
        return el("div", { class: "hpsf-check" }, box, el("label", { for: boxId, text: item.label }), itemMessages);
      });
      items.replaceChildren(...boxes);
      record.focus = boxes.length ? boxes[0].querySelector("input") : set;
    };
    listBuilders.add(build);
    build();
    return set;
  }
  /** The check lists to fill when the dataset arrives (a removed program's are dropped). */
  const listBuilders = new Set();

  /** Adds `id` to `list` or takes it out, keeping the list's order. */
  const toggle = (list, id, on) => {
    const at = list.indexOf(id);
    if (on && at < 0) list.push(id);
    if (!on && at >= 0) list.splice(at, 1);
  };

  const input = (attributes = {}) => el("input", { type: "text", ...attributes });

  /** The whole form from the model (at the start and after a load). */
  function build() {
    fields.clear();
    listBuilders.clear();
    body.replaceChildren(aboutPart(), pathsPart(), programsPart());
    updateDownload();
  }

  function aboutPart() {
    const name = input({ value: model.name, autocomplete: "organization" });
    name.addEventListener("input", () => {
      model.name = name.value;
      updateDownload();
      changed();
    });
    touchOn(name, () => model.touched.add("name"));

    const region = el("select", {}, el("option", { value: "", text: t("region.none") }));
    const states = STATES[language] ?? STATES.en;
    if (model.region && !states.some(([code]) => code === model.region)) {
      region.append(el("option", { value: model.region, text: model.region }));
    }
    for (const [code, stateName] of states) region.append(el("option", { value: code, text: stateName }));
    region.value = model.region;
    region.addEventListener("input", () => {
      model.region = region.value;
      model.touched.add("region");
      changed();
    });

    const ctaName = input({ value: model.ctaName });
    const ctaUrl = input({ value: model.ctaUrl, inputmode: "url", autocomplete: "url", spellcheck: "false", placeholder: "https://your-college.edu/hit" });
    ctaName.addEventListener("input", () => {
      model.ctaName = ctaName.value;
      changed();
    });
    ctaUrl.addEventListener("input", () => {
      model.ctaUrl = ctaUrl.value;
      changed();
    });
    touchOn(ctaName, () => model.touched.add("program.name"));
    touchOn(ctaUrl, () => model.touched.add("program.url"));
    const cta = el(
      "div",
      { class: "hpsf-group", role: "group", "aria-labelledby": `${uid}-cta-heading`, "aria-describedby": `${uid}-cta-hint` },
      el("h4", { id: `${uid}-cta-heading`, text: t("cta.heading") }),
      el("p", { class: "hpsf-hint", id: `${uid}-cta-hint`, text: t("cta.hint") }),
      el(
        "div",
        { class: "hpsf-row" },
        field("program.name", ctaName, t("cta.name"), null, () => `${t("cta.heading")}, ${t("cta.name")}`),
        field("program.url", ctaUrl, t("cta.url"), null, () => `${t("cta.heading")}, ${t("cta.url")}`),
      ),
    );
    leaveOn(cta, () => {
      model.touched.add("program.name");
      model.touched.add("program.url");
    });

    return el(
      "div",
      { class: "hpsf-part", role: "group", "aria-labelledby": `${uid}-about` },
      el("h3", { id: `${uid}-about`, text: t("about.heading") }),
      el(
        "div",
        { class: "hpsf-row" },
        field("name", name, t("name.label"), t("name.hint")),
        field("region", region, t("region.label"), t("region.hint")),
      ),
      cta,
    );
  }

  function pathsPart() {
    const list = (which) =>
      checkList(which, t(`${which}.legend`), t(`${which}.hint`), "paths", () => model[which], () => t(`${which}.legend`), (id, on) => {
        toggle(model[which], id, on);
        model.touched.add(which);
        changed();
      });
    return el(
      "div",
      { class: "hpsf-part", role: "group", "aria-labelledby": `${uid}-paths` },
      el("h3", { id: `${uid}-paths`, text: t("paths.heading") }),
      list("featured"),
      list("hidden"),
    );
  }

  let programList;
  let noPrograms;
  let addButton;
  function programsPart() {
    programList = el("div", { class: "hpsf-programs" });
    noPrograms = el("p", { class: "hpsf-hint", text: t("programs.none") });
    addButton = el("button", { type: "button", class: "hpsf-add", text: t("program.add") });
    addButton.addEventListener("click", () => {
      const p = emptyProgram();
      model.programs.push(p);
      const section = programSection(p);
      programList.append(section);
      renumber();
      section.querySelector("input").focus();
      announce(t("program.added", { n: model.programs.length }));
      changed();
    });
    for (const p of model.programs) programList.append(programSection(p));
    renumber();
    return el(
      "div",
      { class: "hpsf-part", role: "group", "aria-labelledby": `${uid}-programs` },
      el("h3", { id: `${uid}-programs`, text: t("programs.heading") }),
      el("p", { class: "hpsf-hint", text: t("programs.hint") }),
      noPrograms,
      programList,
      el("p", {}, addButton),
    );
  }

  /** The program's number (1, 2, ...) as the form shows it now. */
  const numberOf = (p) => model.programs.indexOf(p) + 1;

  function programSection(p) {
    const base = `p${p.key}`;
    const headingId = `${uid}-${base}-heading`;
    const heading = el("h4", { id: headingId, tabindex: "-1" });
    const label = (text) => () => t("summary.program", { n: numberOf(p), field: text });

    const name = input({ value: p.name });
    const es = input({ value: p.es, lang: "es" });
    const id = input({ value: p.id, autocomplete: "off", spellcheck: "false" });
    const url = input({ value: p.url, inputmode: "url", autocomplete: "off", spellcheck: "false", placeholder: "https://your-college.edu/hit/coding" });
    const award = el("select", {}, el("option", { value: "", text: t("program.choose") }), ...AWARDS.map((a) => el("option", { value: a, text: t(`award.${a}`) })));
    award.value = p.award;
    const delivery = el("select", {}, el("option", { value: "", text: t("program.choose") }), ...DELIVERIES.map((d) => el("option", { value: d, text: t(`delivery.${d}`) })));
    delivery.value = p.delivery;
    const months = input({ value: p.months, inputmode: "numeric", autocomplete: "off", class: "hpsf-short" });

    name.addEventListener("input", () => {
      p.name = name.value;
      if (!p.idEdited) id.value = p.id = slug(p.name);
      renumber();
      changed();
    });
    id.addEventListener("input", () => {
      p.id = id.value;
      p.idEdited = true;
      changed();
    });
    for (const [control, key] of [[es, "es"], [url, "url"], [months, "months"]]) {
      control.addEventListener("input", () => {
        p[key] = control.value;
        changed();
      });
    }
    for (const [control, key] of [[award, "award"], [delivery, "delivery"]]) {
      control.addEventListener("input", () => {
        p[key] = control.value;
        p.touched.add(key);
        changed();
      });
    }
    for (const [control, key] of [[name, "name"], [es, "names"], [id, "id"], [url, "url"], [months, "months"]]) {
      touchOn(control, () => {
        p.touched.add(key);
        if (key === "name") p.touched.add("id");
      });
    }

    const remove = el("button", { type: "button", class: "hpsf-remove" });
    const section = el(
      "div",
      { class: "hpsf-program", role: "group", "aria-labelledby": headingId, "data-program": String(p.key) },
      heading,
      el(
        "div",
        { class: "hpsf-row" },
        field(`${base}.name`, name, t("program.name"), null, label(t("program.name"))),
        field(`${base}.es`, es, t("program.es"), t("program.es.hint"), label(t("program.es"))),
        field(`${base}.id`, id, t("program.id"), t("program.id.hint"), label(t("program.id"))),
        field(`${base}.url`, url, t("program.url"), null, label(t("program.url"))),
        field(`${base}.award`, award, t("program.award"), null, label(t("program.award"))),
        field(`${base}.delivery`, delivery, t("program.delivery"), null, label(t("program.delivery"))),
        field(`${base}.months`, months, t("program.months"), t("program.months.hint"), label(t("program.months"))),
      ),
      checkList(`${base}.paths`, t("program.paths"), t("program.paths.hint"), "paths", () => p.paths, label(t("program.paths")), (pathId, on) => {
        toggle(p.paths, pathId, on);
        p.touched.add("paths");
        changed();
      }),
      checkList(`${base}.certifications`, t("program.certifications"), t("program.certifications.hint"), "certifications", () => p.certifications, label(t("program.certifications")), (certId, on) => {
        toggle(p.certifications, certId, on);
        p.touched.add("certifications");
        changed();
      }),
      el("p", {}, remove),
    );
    section.hpsfParts = { heading, remove };
    const builders = [...listBuilders].slice(-2);
    remove.addEventListener("click", () => {
      const at = model.programs.indexOf(p);
      const named = p.name.trim() || t("program.heading", { n: at + 1 });
      model.programs.splice(at, 1);
      for (const builder of builders) listBuilders.delete(builder);
      for (const key of [...fields.keys()]) if (key === base || key.startsWith(`${base}.`)) fields.delete(key);
      section.remove();
      renumber();
      // Focus goes to the program that took its place, else the one before, else "Add".
      const next = model.programs[at] ?? model.programs[at - 1];
      if (next) programList.querySelector(`[data-program="${next.key}"] h4`).focus();
      else addButton.focus();
      announce(t("program.removed", { name: named }));
      changed();
    });
    leaveOn(section, () => p.touched.add("*"));
    return section;
  }

  /** Numbers the programs' headings and Remove buttons as they stand. */
  function renumber() {
    for (const section of programList.children) {
      const p = model.programs.find((program) => String(program.key) === section.dataset.program);
      const n = numberOf(p);
      const { heading, remove } = section.hpsfParts;
      const title = t("program.heading", { n });
      heading.textContent = p.name.trim() ? `${title}: ${p.name.trim()}` : title;
      remove.textContent = t("program.remove", { n });
    }
    noPrograms.hidden = model.programs.length > 0;
  }

  function updateDownload() {
    downloadButton.textContent = t("file.download", { file: fileName() });
  }

  // ---- When problems show: once a field was changed or left, or for a loaded profile ----

  /** Marks what `mark` names as touched when `control` is changed (on leaving a text field). */
  function touchOn(control, mark) {
    control.addEventListener("change", () => {
      mark();
      showProblems();
    });
  }
  /**
   * Marks what `mark` names as touched when focus leaves `group`, once the focus has landed.
   */
  function leaveOn(group, mark) {
    group.addEventListener("focusout", (event) => {
      if (group.contains(event.relatedTarget)) return;
      mark();
      setTimeout(showProblems);
    });
  }
  function touchAll() {
    model.touched.add("*");
    for (const p of model.programs) p.touched.add("*");
  }

  /** Whether the problem at `path` is to show now. */
  function shows(path) {
    if (model.touched.has("*")) return true;
    const program = /^programs\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (program) {
      const p = model.programs[Number(program[1])];
      return !p || p.touched.has("*") || p.touched.has(program[2]);
    }
    if (path === "" || path === "programs") return true;
    const top = /^(program\.(?:name|url)|\w+)/.exec(path)?.[1];
    return model.touched.has(top) || (top === "program" && (model.touched.has("program.name") || model.touched.has("program.url")));
  }

  /** The key of the field a problem's path names (see `field` and `checkList`), or "". */
  function fieldOf(path) {
    let m;
    if (fields.has(path)) return path;
    if ((m = /^(featured|hidden)\[(\d+)\]$/.exec(path))) {
      const key = `${m[1]}:${model[m[1]][Number(m[2])]}`;
      return fields.has(key) ? key : m[1];
    }
    if (path === "program") return "program.name";
    if ((m = /^programs\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/.exec(path))) {
      const p = model.programs[Number(m[1])];
      if (!p) return "";
      const base = `p${p.key}`;
      const [, , part, index] = m;
      if (part === "names") return namesOf(p)[Number(index)]?.lang === "es-US" ? `${base}.es` : `${base}.name`;
      if ((part === "paths" || part === "certifications") && index !== undefined) {
        const key = `${base}.${part}:${p[part][Number(index)]}`;
        return fields.has(key) ? key : `${base}.${part}`;
      }
      return fields.has(`${base}.${part}`) ? `${base}.${part}` : `${base}.name`;
    }
    return "";
  }

  let messageCount = 0;
  function showProblems() {
    for (const record of fields.values()) {
      record.messages.replaceChildren();
      record.target.removeAttribute("aria-invalid");
      if (record.hints.length) record.target.setAttribute("aria-describedby", record.hints.join(" "));
      else record.target.removeAttribute("aria-describedby");
    }
    const shown = [];
    for (const problem of problems) {
      if (!shows(problem.path)) continue;
      const key = fieldOf(problem.path);
      const record = fields.get(key);
      messageCount += 1;
      const id = `${uid}-problem-${messageCount}`;
      if (record) {
        const kind = problem.error ? "hpsf-error" : "hpsf-warning";
        const message = el(
          "p",
          { class: `hpsf-problem ${kind}`, id },
          el("span", { class: "hpsf-problem-message", text: problem.message }),
          problem.fix ? ` ${problem.fix}` : null,
        );
        record.messages.append(message);
        if (problem.error) record.target.setAttribute("aria-invalid", "true");
        const described = (record.target.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
        record.target.setAttribute("aria-describedby", [...described.filter((d) => d.includes("-problem-")), id, ...record.hints].join(" "));
      }
      shown.push({ problem, record });
    }
    // In the form's order, as a list of links to the fields.
    const position = (entry) => entry.record?.target;
    shown.sort((a, b) => {
      const [x, y] = [position(a), position(b)];
      if (!x || !y) return x ? 1 : y ? -1 : 0;
      return x === y ? 0 : x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    summary.hidden = shown.length === 0;
    summaryHeading.textContent = shown.length === 1 ? t("summary.one") : t("summary.many", { count: shown.length });
    // The items that stay are the same elements (a link keeps focus, a click lands).
    const before = new Map([...summaryList.children].map((item) => [item.dataset.key, item]));
    const items = shown.map(({ problem, record }) => {
      const text = t("summary.item", { field: record ? record.label() : t("summary.profile"), message: problem.message });
      const href = record ? `#${record.focus.id}` : "";
      const key = `${href} ${text}`;
      const kept = before.get(key);
      if (kept) {
        before.delete(key);
        return kept;
      }
      const item = el("li", { "data-key": key }, href ? el("a", { href, text }) : text);
      return item;
    });
    for (const gone of before.values()) gone.remove();
    items.forEach((item, i) => {
      if (summaryList.children[i] !== item) summaryList.insertBefore(item, summaryList.children[i] ?? null);
    });
  }

  summaryList.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (!link) return;
    event.preventDefault();
    const id = link.getAttribute("href").slice(1);
    const record = [...fields.values()].find((r) => r.focus.id === id);
    if (!record) return;
    record.focus.focus();
    record.target.scrollIntoView({ block: "center" });
  });

  // ---- The file ----

  function load(text, file = null) {
    let read_;
    try {
      read_ = read(String(text));
    } catch (key) {
      fileNote.textContent = file ? t(typeof key === "string" ? key : "file.notProfile", { file }) : t("load.bad");
      fileNote.classList.add("hpsf-note-problem");
      return false;
    }
    model = read_.next;
    touchAll();
    build();
    fileNote.classList.remove("hpsf-note-problem");
    const notes = [];
    if (file) notes.push(t("file.loaded", { file }));
    if (read_.left.length) notes.push(t("file.leftOut", { list: read_.left.join(", ") }));
    fileNote.textContent = notes.join(" ");
    changed();
    return true;
  }

  downloadButton.addEventListener("click", () => {
    const name = fileName();
    // A data: address rather than a blob: one: nothing to revoke, and every browser saves it
    // (Firefox driven by WebDriver BiDi reports no download of a blob:).
    const link = el("a", { href: `data:application/json;charset=utf-8,${encodeURIComponent(json())}`, download: name, hidden: true });
    root.append(link);
    link.click();
    link.remove();
    touchAll();
    showProblems();
    fileNote.classList.remove("hpsf-note-problem");
    fileNote.textContent = t(problems.some((p) => p.error) ? "file.saved.problems" : "file.saved", { file: name });
  });

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      fileNote.textContent = t("file.tooLarge", { file: file.name });
      fileNote.classList.add("hpsf-note-problem");
    } else {
      load(await file.text(), file.name);
    }
    fileInput.value = "";
  });

  // ---- Start ----

  if (value !== undefined && value !== null && value !== "") {
    try {
      const { next } = read(String(value));
      model = next;
      touchAll();
    } catch {
      fileNote.textContent = t("value.bad");
      fileNote.classList.add("hpsf-note-problem");
    }
  }
  build();
  container.replaceChildren(root);

  const dataset = fetchText(
    datasetUrl ? new URL(datasetUrl, document.baseURI).href : new URL(`./data/hit-pathfinder.${locale}.json`, import.meta.url).href,
  );
  const problemWords = fetchText(new URL(`./data/problems.${locale}.json`, import.meta.url).href).catch(() => "");
  dataset.then(
    (text) => {
      try {
        const data = JSON.parse(text);
        lists = {
          paths: data.paths.map((p) => ({ id: p.id, label: p.name })),
          certifications: data.certifications.map((c) => ({ id: c.id, label: c.abbreviation === c.name ? c.name : `${c.abbreviation} — ${c.name}` })),
        };
      } catch {
        listsFailed = true;
      }
      for (const builder of listBuilders) builder();
      showProblems();
    },
    () => {
      listsFailed = true;
      for (const builder of listBuilders) builder();
    },
  );
  Promise.all([loadWidget(), dataset, problemWords]).then(
    (found) => {
      checker = found;
      check();
    },
    (error) => {
      if (!listsFailed) checkerNote.hidden = false;
      console.error("HIT Pathfinder profile form: the checker could not start:", error);
      check();
    },
  );
  // After the host has its handle (`const form = mountSchoolForm(...)`), before any check.
  changed();

  return {
    value: json,
    load: (text) => load(text),
  };
}
