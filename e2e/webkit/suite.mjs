// End-to-end checks of the release build in WebKit (Safari's engine, which every iPhone browser
// uses), through WebKitWebDriver and MiniBrowser from Debian, at the breadth of the Playwright
// suite in e2e/tests (Chromium and Firefox). Playwright cannot drive Debian's WebKit, so WebKit
// is spoken to through Selenium's WebDriver client; the checks are written once against a small
// page-object layer (browser.mjs) that also drives Chromium and Firefox through Playwright.
//
//   xvfb-run -a node e2e/webkit/suite.mjs                          (after the release build in dist/)
//   E2E_ENGINE=chromium node e2e/webkit/suite.mjs                  (the same checks in Chromium)
//   E2E_ENGINE=firefox node e2e/webkit/suite.mjs                   (… in Firefox ESR)
//
// Environment: WEBKIT_DIST (build folder, default dist), WEBKIT_SITE_PORT (8585),
// WEBKIT_DRIVER_PORT (4445; a second driver, for the checks of the visitor's system settings,
// uses the next port), WEBKIT_ONLY (run only checks whose name contains this text),
// E2E_ENGINE (webkit, chromium or firefox; default webkit).
// One browser session serves every check; each opens its page afresh with local storage cleared.
// Ends with "<engine>: N passed, N failed" (a skipped check would be listed with its reason).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Browser, eventually } from "./browser.mjs";
import { startServer } from "./server.mjs";

const root = new URL("../..", import.meta.url).pathname;
const DIST = resolve(root, process.env.WEBKIT_DIST ?? "dist");
const SITE = Number(process.env.WEBKIT_SITE_PORT ?? 8585);
const DRIVER = Number(process.env.WEBKIT_DRIVER_PORT ?? 4445);
const ENGINE = process.env.E2E_ENGINE ?? "webkit";
if (!["webkit", "chromium", "firefox"].includes(ENGINE)) throw new Error(`E2E_ENGINE=${ENGINE}: webkit, chromium or firefox`);
const ONLY = process.env.WEBKIT_ONLY ?? "";
const PAGES = "/test-pages";

// ---- Words, read from the locale tables and the dataset, so a rewording does not break a check.
function locale(tag) {
  const dir = `${root}locales/${tag}`;
  return Object.assign({}, ...readdirSync(dir).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8"))));
}
const EN = locale("en-US");
const ES = locale("es-US");
/** The locale text `key` with its {placeholders} filled in. */
const t = (key, vars = {}, table = EN) => {
  assert.ok(key in table, `no locale key ${key}`);
  return table[key].replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? `{${name}}`));
};
/** A RegExp for the locale text `key`, any {placeholder} left open matching anything. */
const tRe = (key, vars = {}, table = EN) =>
  new RegExp(
    t(key, vars, table)
      .split(/\{\w+\}/)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+"),
  );
const DATA = JSON.parse(readFileSync(`${root}data/hit-pathfinder.en-US.json`, "utf8"));
const PATH = Object.fromEntries(DATA.paths.map((p) => [p.id, p.name]));
const CERTIFICATIONS = DATA.certifications.length;
const PATH_COUNT = DATA.paths.length;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The locale text `key` up to its first placeholder: a stable part of a sentence with figures. */
const lead = (key, table = EN) => t(key, {}, table).split("{")[0];
/** Matches a text that contains `s`. */
const has = (s) => new RegExp(escape(s));

// A student who loves detail, wants no patient contact and is drawn to cancer research.
const CANCER_RESEARCH = {
  "patient-contact": ["none"],
  "kind-of-work": ["rules"],
  topics: ["cancer-research"],
  workplace: ["research"],
  "detail-work": ["love"],
};

// ---- The run.
const results = [];
const children = [];
function start(command, args) {
  const child = spawn(command, args, { stdio: "ignore" });
  children.push(child);
  return child;
}
async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing answers at ${url}`);
}

class Skip extends Error {}
/** Skips the running check; `reason` is printed beside it. */
const skip = (reason) => {
  throw new Skip(reason);
};

/** Runs `body` as one named check, recording pass, failure or skip (with its reason). */
async function check(name, body) {
  if (ONLY && !name.includes(ONLY)) return;
  const started = Date.now();
  try {
    try {
      await body();
    } catch (error) {
      // The browser behind the session went away (not an answer about the page): once per
      // check, a new session and the whole check again, which must then pass on its own.
      if (error?.name !== "NoSuchSessionError" && (await browser.alive())) throw error;
      console.log(`  (the WebDriver session was lost during "${name}": a new session, and the check again)`);
      await browser.restart();
      for (const path of routed) server.unroute(path);
      routed.length = 0;
      await body();
    }
    results.push([name, "passed"]);
    console.log(`  ok: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    if (error instanceof Skip) {
      results.push([name, "skipped"]);
      console.log(`  skipped: ${name}: ${error.message}`);
      return;
    }
    results.push([name, "failed"]);
    console.log(`  FAILED: ${name}: ${error.name} ${error.message}`);
    await browser.top().catch(() => {});
  } finally {
    for (const path of routed) server.unroute(path);
    routed.length = 0;
  }
}

const server = await startServer({ port: SITE, dist: DIST });
const routed = [];
/** Answers `path` with `handler` for the running check only (Playwright's page.route). */
const route = (path, handler) => {
  routed.push(path);
  server.route(path, handler);
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    process.exit(130);
  });
}
if (ENGINE === "webkit") {
  start("WebKitWebDriver", ["--host=127.0.0.1", `--port=${DRIVER}`]);
  await waitFor(`http://127.0.0.1:${DRIVER}/status`);
}
const browser = await Browser.start({ engine: ENGINE, driverUrl: `http://127.0.0.1:${DRIVER}`, origin: server.origin });
const began = Date.now();

/**
 * A second session whose MiniBrowser sees a dark desktop theme and animations turned off (see
 * "the visitor's system settings" below). Its driver listens on the next port.
 */
async function systemSession() {
  if (ENGINE !== "webkit") return Browser.start({ engine: ENGINE, origin: server.origin, system: true });
  const config = mkdtempSync(join(tmpdir(), "webkit-gtk-"));
  mkdirSync(join(config, "gtk-3.0"));
  writeFileSync(join(config, "gtk-3.0", "settings.ini"), "[Settings]\ngtk-application-prefer-dark-theme=true\ngtk-enable-animations=false\n");
  const port = DRIVER + 1;
  const child = spawn("WebKitWebDriver", ["--host=127.0.0.1", `--port=${port}`], {
    stdio: "ignore",
    env: { ...process.env, XDG_CONFIG_HOME: config, GTK_THEME: "Adwaita:dark" },
  });
  children.push(child);
  await waitFor(`http://127.0.0.1:${port}/status`);
  return Browser.start({ driverUrl: `http://127.0.0.1:${port}`, origin: server.origin });
}

/** Opens `path` afresh (storage cleared unless kept) and waits for the widget. */
async function openWidget(path = "/index.html", { host = "hit-pathfinder", keepStorage = false } = {}) {
  await browser.open(path, { keepStorage });
  return browser.widget(host).ready();
}

/** Answers the quiz by mouse: `answers` maps question ids to option ids; the rest are skipped. */
async function answerByMouse(widget, answers, { start = true } = {}) {
  if (start) await widget.clickButton(t("quiz.start"));
  for (let i = 0; i < 30; i += 1) {
    await widget.find("form.hp-question");
    const question = await widget.run((root) => root.querySelector(".hp-option input").name.replace(/^hp-q-/, ""));
    for (const option of answers[question] ?? []) await widget.click(`label[for="hp-q-${question}-${option}"]`);
    const submit = await widget.find("form.hp-question button[type=submit]");
    const label = (await submit.text()).trim();
    await browser.click(submit);
    if (label === t("quiz.finish")) {
      await widget.find(".hp-result");
      return;
    }
    // The next question, not the same one again.
    await eventually(async () =>
      assert.notEqual(await widget.run((root) => root.querySelector(".hp-option input")?.name), `hp-q-${question}`),
    );
  }
  throw new Error("the quiz did not end");
}

const resultsHeading = () => ["h3", t("results.title")];
// Any heading: the Playwright suite names headings by role, not always by level.
const HEADING = ":is(h1, h2, h3, h4, h5, h6)";
const progress = (n, total = DATA.quiz.questions.length) => t("quiz.progress", { number: n, total });

// The comparison: a certification's checkbox, by its abbreviation.
async function option(widget, abbreviation) {
  return eventually(async () => {
    const input = await widget.run(
      (root, abbr) => [...root.querySelectorAll("label.hp-cmp-option")].find((l) => l.querySelector("strong")?.textContent.trim() === abbr)?.querySelector("input") ?? null,
      abbreviation,
    );
    assert.ok(input, `no checkbox for ${abbreviation}`);
    return input;
  });
}
const columns = "th[scope=col] .hp-cmp-abbr";
async function openCompare(path = "/index.html") {
  const widget = await openWidget(path);
  await widget.clickButton(t("nav.compare"));
  await widget.expectVisible("h3", t("compare.title"));
  return widget;
}
async function openPaths(path = "/index.html") {
  const widget = await openWidget(path);
  await widget.clickButton(t("nav.paths"));
  await widget.expectVisible("h3", t("paths.title"));
  return widget;
}

/** A page at a phone's width: the page runs in a frame that wide; work continues inside it. */
async function phone(src, width, height = 800) {
  await browser.open(`${PAGES}/webkit-narrow.html?width=${width}&height=${height}&src=${encodeURIComponent(src)}`);
  await browser.intoFrame("#phone");
  await eventually(async () => assert.equal(await browser.eval(() => innerWidth), width));
  return browser.widget("hit-pathfinder").ready();
}

/**
 * Print media, as far as WebDriver allows in WebKit: WebKitWebDriver has no print command
 * ("Unknown command: /session/…/print") and no media emulation, so the widget's own
 * `@media print` rules are applied to the screen (rewritten as `@media all` in its stylesheet).
 * What WebKit then lays out is what it would print; the PDF itself is checked in Chromium.
 */
async function printMedia(widget) {
  const rules = await widget.run((root) => {
    const sheet = root.adoptedStyleSheets[0];
    const css = [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
    sheet.replaceSync(css.replaceAll("@media print", "@media all"));
    return css.split("@media print").length - 1;
  });
  assert.ok(rules > 0, "the widget has no print rules");
}

// axe-core, injected into the page as the Playwright suite does.
const AXE = readFileSync(`${root}node_modules/axe-core/axe.min.js`, "utf8");
async function axeViolations() {
  await browser.script(AXE);
  const found = await browser.asyncScript(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
      .then((r) => done(r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", "))))
      .catch((e) => done(["axe failed: " + e]));
  `);
  return found;
}
await browser.resize(1024, 800);

try {
  // ---------------------------------------------------------------- the demo page
  await check("the demo page opens the widget on the quiz, three views reachable, a region named by its title", async () => {
    const widget = await openWidget();
    const title = await widget.text(".hp-title");
    assert.match(title, /Health Information Technology/);
    assert.equal(await widget.attr("button", "aria-current", t("nav.quiz")), "page");
    await widget.button(t("nav.paths"));
    await widget.button(t("nav.compare"));
    await widget.expectVisible("h3", t("quiz.title"));
    const region = await widget.run((root) => {
      const r = root.querySelector("[aria-labelledby], section[aria-label]");
      const named = r?.getAttribute("aria-labelledby");
      return r ? [r.getAttribute("role") ?? r.tagName, named ? root.getElementById(named)?.textContent.trim() : r.getAttribute("aria-label")] : null;
    });
    assert.ok(region && /region|SECTION/.test(region[0]) && region[1] === title, `region: ${region}`);
  });

  await check("the fallback link is hidden once the widget runs; loading takes no focus and does not scroll", async () => {
    await openWidget();
    const link = await browser.eval(() => {
      const a = document.querySelector("hit-pathfinder a");
      return a ? a.getClientRects().length : -1;
    });
    assert.equal(link, 0, "the light-DOM link still renders");
    assert.equal(await browser.eval(() => document.activeElement === document.body), true);
    assert.equal(await browser.eval(() => window.scrollY), 0);
  });

  await check("opened from a share link, it still leaves focus and scrolling to the page", async () => {
    for (const fragment of ["hp-compare=rhit,cpc", "hp-quiz=patient-contact.none"]) {
      const widget = await openWidget(`/index.html#${fragment}`);
      await widget.find(".hp-view h3");
      assert.equal(await browser.eval(() => document.activeElement === document.body), true, fragment);
      assert.equal(await browser.eval(() => window.scrollY), 0, fragment);
    }
  });

  // ---------------------------------------------------------------- the quiz
  await check("a student completes the quiz by mouse and sees ranked, explained results", async () => {
    const widget = await openWidget();
    await widget.expectVisible("h3", t("quiz.title"));
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.expectFocused(...resultsHeading());
    await widget.expectCount(".hp-result", 3);
    assert.match(await widget.text(".hp-result h4"), has(PATH["cancer-registry"]));
    assert.match(await widget.text(".hp-result .hp-fit"), tRe("results.fit"));
    assert.ok((await widget.countVisible(".hp-result .hp-reasons li")) > 0, "no reasons shown");
    await widget.expectVisible("p", has(lead("results.based_on.other")));
    await widget.expectVisible("summary", t("results.others"));
  });

  await check("a result leads to the path's details (steps, certification, sourced pay) and back", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.click(".hp-result button", has(PATH["cancer-registry"]));
    await widget.expectFocused("h3", has(PATH["cancer-registry"]));
    await widget.expectVisible("h4", t("detail.steps"));
    await widget.button(/ODS/);
    await widget.expectVisible("p", /Median pay: \$[\d,]+ a year \(.+, May 20\d\d\)/);
    await widget.clickButton(t("paths.back_to_results"));
    // Back where the student was: on the result they opened (clicked, not focused, in Safari).
    await widget.expectFocused(".hp-result button", has(PATH["cancer-registry"]));
  });

  await check("pay by state: the page's region, the visitor's choice kept after a reload, the chart's words", async () => {
    let widget = await openWidget(`${PAGES}/dataset.html?region=tx`);
    await widget.click(".hp-card-button", has(PATH["cancer-registry"]));
    await widget.expectVisible("figcaption", /Average pay in Texas: \$77,270 a year .*May 2023/);
    await widget.expectVisible("figcaption", /US median pay: \$[\d,]+ in May 20\d\d, \$[\d,]+ in May 20\d\d\./);
    await widget.select(/^Pay in/, "CA");
    await widget.expectVisible("figcaption", /Average pay in California: \$101,030 a year/);
    widget = await openWidget(`${PAGES}/dataset.html?region=tx`, { keepStorage: true });
    await widget.click(".hp-card-button", has(PATH["cancer-registry"]));
    assert.equal(await (await widget.control(/^Pay in/)).prop("value"), "CA");
    await widget.expectVisible("figcaption", /California/);
  });

  await check("a school's profile: featured first, hidden gone, its programs on a path and the closest where none leads", async () => {
    const profile = new URL("../../docs/examples/lakeview.json", import.meta.url).pathname;
    route("/test-pages/lakeview.json", (req, res, file) => file(profile, { "content-type": "application/json" }));
    const widget = await openWidget(`${PAGES}/dataset.html?school=lakeview.json`);
    await widget.expectVisible(".hp-school", /^At Lakeview College: Medical Coding Certificate$/);
    const titles = await widget.texts("#hp-specialties + .hp-cards .hp-card-title");
    assert.deepEqual(titles.slice(0, 2), [PATH["coding-professional"], PATH["him-technician"]]);
    await widget.expectNone(".hp-card-button", has(PATH["him-manager"]));
    await widget.click(".hp-card-button", has(PATH["coding-professional"]));
    await widget.expectVisible("h4", /^At Lakeview College$/);
    await widget.expectVisible(".hp-programs li", /Medical Coding Certificate Certificate, partly online, partly on campus, about 9 months\. Prepares for CCA, CPC\./);
    await widget.clickButton(t("paths.back"));
    await widget.click(".hp-card-button", has(PATH["cancer-registry"]));
    await widget.expectVisible(".hp-detail .hp-school", /has no program for this path\. The closest is Health Information Technology, AAS, which prepares for RHIT\./);
  });

  await check("the browser's Back returns from the comparison to the path and the results, focus on the control clicked", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    // By mouse: Safari does not focus a clicked button, yet focus returns to it.
    await widget.click(".hp-result button", has(PATH["cancer-registry"]));
    await widget.expectFocused("h3", has(PATH["cancer-registry"]));
    await widget.clickButton(t("detail.compare_all"));
    await widget.expectFocused(HEADING, t("compare.results"));
    await browser.eval(() => history.back());
    await widget.expectFocused("button", t("detail.compare_all"));
    await browser.eval(() => history.back());
    await widget.expectFocused(".hp-result button", has(PATH["cancer-registry"]));
    await widget.expectVisible(...resultsHeading());
    assert.equal(new URL(await browser.eval(() => location.href)).pathname, "/index.html");
  });

  await check("a keyboard-only student completes the quiz, focus on each new question", async () => {
    const widget = await openWidget();
    await widget.run((root, s) => pick(root, "button", s)[0].focus(), { s: t("quiz.start") });
    await browser.press("Enter");
    const total = DATA.quiz.questions.length;
    for (let n = 1; n <= total; n += 1) {
      await widget.expectFocused("h3", progress(n, total));
      // Tab to the first option, choose it with Space, then Enter submits the form.
      await browser.press("Tab", "Space", "Enter");
    }
    await widget.expectFocused(...resultsHeading());
    await widget.expectCount(".hp-result", 3);
  });

  await check("a path opened from the other results, by keyboard, focuses its title and leads back", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.click("summary", t("results.others"));
    const other = await widget.find(".hp-others-list button");
    const name = (await other.text()).trim();
    await other.focus();
    await browser.press("Enter");
    await widget.expectFocused("h3", name);
    await widget.clickButton(t("paths.back_to_results"));
    await widget.expectFocused(".hp-others-list button", name);
    // Opened from the paths list instead, the way back is the list.
    await widget.clickButton(t("nav.paths"));
    await widget.click("button", has(PATH["cancer-registry"]));
    await widget.button(t("paths.back"));
  });

  await check("Back keeps an answer; another view and back keeps it too", async () => {
    const widget = await openWidget();
    await widget.clickButton(t("quiz.start"));
    await widget.click('label[for="hp-q-patient-contact-none"]');
    await widget.clickButton(t("quiz.next"));
    await widget.expectVisible("h3", progress(2));
    await widget.clickButton(t("quiz.back"));
    await eventually(async () => assert.equal(await widget.run((root) => root.querySelector("#hp-q-patient-contact-none").checked), true));
    await widget.clickButton(t("nav.paths"));
    await widget.expectVisible("h3", t("paths.title"));
    await widget.clickButton(t("nav.quiz"));
    await eventually(async () => assert.equal(await widget.run((root) => root.querySelector("#hp-q-patient-contact-none")?.checked), true));
  });

  await check("Skip looks secondary until an answer is chosen; a reload midway resumes", async () => {
    const widget = await openWidget();
    await widget.clickButton(t("quiz.start"));
    assert.match(await widget.attr("button", "class", t("quiz.skip")), /hp-button-secondary/);
    await widget.click('label[for="hp-q-patient-contact-none"]');
    await eventually(async () => assert.doesNotMatch(await widget.attr("button", "class", t("quiz.next")), /hp-button-secondary/));
    await widget.clickButton(t("quiz.next"));
    await widget.expectVisible("h3", progress(2));
    await browser.reload();
    await widget.ready();
    await widget.expectVisible("h3", progress(2));
    await widget.clickButton(t("quiz.back"));
    await eventually(async () => assert.equal(await widget.run((root) => root.querySelector("#hp-q-patient-contact-none").checked), true));
  });

  await check("Start over clears the saved answers, says so, and Undo puts them back (saved again)", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    const change = await (await widget.button(t("results.change"))).rect();
    const over = await widget.button(t("quiz.start_over"));
    const apart = await over.rect();
    assert.ok(apart.y - (change.y + change.height) > 100, "Start over sits right by Change my answers");
    await over.click();
    await widget.expectFocused("h3", t("quiz.title"));
    await widget.expectVisible("[role=status]", has(t("quiz.cleared")));
    await widget.clickButton(t("quiz.undo"));
    await widget.expectFocused(...resultsHeading());
    assert.match(await widget.text(".hp-result h4"), has(PATH["cancer-registry"]));
    await widget.expectNone("*", t("quiz.cleared"));
    await browser.reload();
    await widget.ready();
    await widget.expectVisible(...resultsHeading());
    await widget.clickButton(t("results.change"));
    await eventually(async () => assert.equal(await widget.run((root) => root.querySelector("#hp-q-patient-contact-none")?.checked), true));
  });

  await check("Start over, then a reload: the quiz starts fresh, with nothing to undo", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.clickButton(t("quiz.start_over"));
    await widget.button(t("quiz.start"));
    await browser.reload();
    await widget.ready();
    await widget.button(t("quiz.start"));
    assert.equal(await widget.count("button", t("quiz.undo")), 0);
  });

  await check("a share link, made only when asked for, opens the same results; the address is not changed", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    assert.equal(await widget.count(".hp-share-link"), 0);
    await widget.clickButton(t("share.copy"));
    await widget.expectText(".hp-share-status", new RegExp(`${escape(t("share.copied"))}|${escape(t("share.copy_failed"))}`));
    const link = await widget.run((root) => root.querySelector(".hp-share-link").value);
    assert.match(link, /#hp-quiz=/);
    assert.doesNotMatch(await browser.url(), /#/);
    const shared = await openWidget(link);
    await shared.expectVisible(...resultsHeading());
    assert.match(await shared.text(".hp-result h4"), has(PATH["cancer-registry"]));
  });

  await check("a friend's share link shows their results without replacing the visitor's own progress", async () => {
    const widget = await openWidget();
    await widget.clickButton(t("quiz.start"));
    await widget.click('label[for="hp-q-patient-contact-none"]');
    await widget.clickButton(t("quiz.next"));
    await widget.expectVisible("h3", progress(2));
    await openWidget("/index.html#hp-quiz=patient-contact.hands-on", { keepStorage: true });
    await widget.expectVisible(...resultsHeading());
    await openWidget("/index.html", { keepStorage: true });
    await widget.expectVisible("h3", progress(2));
    await widget.clickButton(t("quiz.back"));
    await eventually(async () => assert.equal(await widget.run((root) => root.querySelector("#hp-q-patient-contact-none").checked), true));
  });

  await check("progress saved for an earlier version of the dataset is removed, other keys kept", async () => {
    await browser.open("/webkit-blank");
    await browser.eval(() => {
      localStorage.setItem("hit-pathfinder:hit-pathfinder-default@2000.01.01", "q2|patient-contact.none");
      localStorage.setItem("other-site-key", "kept");
    });
    await openWidget("/index.html", { keepStorage: true });
    await eventually(async () => assert.deepEqual(await browser.eval(() => Object.keys(localStorage).sort()), ["other-site-key"]));
  });

  await check("storage blocked by the browser: the quiz still works, without errors", async () => {
    const widget = await openWidget(`${PAGES}/webkit-feature-off.html?off=storage`);
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.expectCount(".hp-result", 3);
    assert.deepEqual(await browser.eval(() => window.pageErrors), []);
  });

  await check("with few answers no fit is claimed, and the questions that would help most lead to themselves", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, { "patient-contact": ["none"] });
    await widget.expectCount(".hp-result", 3);
    await widget.expectVisible(".hp-results *", has(t("results.few_answers").split(".")[0]));
    await widget.click("summary", t("results.others"));
    const all = await widget.text(".hp-results");
    assert.doesNotMatch(all, /%/);
    for (const band of ["band.strong", "band.good", "band.possible", "band.weak"]) assert.ok(!all.includes(t(band)), band);
    await widget.expectCount(".hp-few-answers li button", 2);
    const prompt = (await widget.texts(".hp-few-answers li button"))[0];
    await widget.click(".hp-few-answers li button");
    await widget.expectFocused("h3", tRe("quiz.progress"));
    assert.match(await widget.text("legend"), has(prompt));
  });

  await check("from the minimum of answers on, the fit shows as a band and a percent", async () => {
    const widget = await openWidget("/index.html#hp-quiz=detail-work.love~patient-contact.none~topics.cancer-research~workplace.research");
    await widget.expectText(".hp-result .hp-fit", new RegExp(`^${escape(t("band.strong"))} \\(\\d+% match\\)$`));
    assert.equal(await widget.count(".hp-few-answers"), 0);
    await openWidget("/index.html#hp-quiz=detail-work.love~patient-contact.none~topics.cancer-research");
    await widget.find(".hp-few-answers");
    assert.equal(await widget.count(".hp-fit"), 0);
  });

  await check("the multi-select hint is part of its question's accessible name", async () => {
    const widget = await openWidget();
    await widget.clickButton(t("quiz.start"));
    for (let i = 0; i < 20 && !(await widget.text("legend")).startsWith("Which of these topics"); i += 1) {
      await widget.click("form.hp-question button[type=submit]");
      await eventually(async () => assert.ok(await widget.text("legend")));
    }
    const fieldset = await widget.find("fieldset.hp-fieldset");
    const name = await fieldset.accessibleName();
    assert.equal(name, `${DATA.quiz.questions.find((q) => q.id === "topics").prompt} ${t("quiz.choose_any")}`);
  });

  await check("the intro, a question and the results have no axe violations", async () => {
    const widget = await openWidget();
    assert.deepEqual(await axeViolations(), []);
    await widget.clickButton(t("quiz.start"));
    await widget.click('label[for="hp-q-patient-contact-none"]');
    assert.deepEqual(await axeViolations(), []);
    await answerByMouse(widget, CANCER_RESEARCH, { start: false });
    assert.deepEqual(await axeViolations(), []);
  });

  await check("results fit a 320 px phone without sideways scrolling, and the three are seen within 1.5 screens at 360 px", async () => {
    let widget = await phone("/index.html", 320, 700);
    await answerByMouse(widget, CANCER_RESEARCH);
    assert.ok((await browser.sidewaysOverflow()) <= 0, "the page scrolls sideways");
    await browser.top();
    widget = await phone("/index.html", 360, 800);
    await answerByMouse(widget, CANCER_RESEARCH);
    const reach = await widget.run((root) => {
      const top = root.querySelector(".hp-results h3").getBoundingClientRect();
      const third = root.querySelectorAll(".hp-result h4")[2].getBoundingClientRect();
      return third.bottom - top.top;
    });
    assert.ok(reach <= 1.5 * 800, `the third result ends ${reach} px below the results' heading`);
    await browser.top();
  });

  await check("the results print without the buttons (the widget's print rules, applied on screen)", async () => {
    const widget = await openWidget();
    await answerByMouse(widget, CANCER_RESEARCH);
    await printMedia(widget);
    assert.equal(await widget.countVisible("button", t("quiz.start_over")), 0, "Start over prints");
    assert.equal(await widget.countVisible(".hp-nav"), 0, "the view buttons print");
    assert.ok(await widget.run((root) => visible(root.querySelectorAll(".hp-result")[2].querySelector(".hp-reasons"))), "the third result's reasons do not print");
  });

  // ---------------------------------------------------------------- career paths
  await check("paths: the specialty paths and related careers from the dataset", async () => {
    const widget = await openPaths();
    await widget.expectVisible("h4", t("paths.specialties"));
    await widget.expectVisible("h4", t("paths.related"));
    await widget.button(has(PATH["cancer-registry"]));
    await widget.button(has(PATH["coding-professional"]));
    await widget.expectVisible("*", has(t("paths.count", { shown: PATH_COUNT, total: PATH_COUNT })));
  });

  await check("paths: filters narrow the list, the count says so, Show all paths resets them", async () => {
    const widget = await openPaths();
    await widget.select(t("paths.filter_contact"), "lots");
    await widget.expectVisible("button", has(PATH["medical-assistant"]));
    await widget.expectNone("button", has(PATH["cancer-registry"]));
    await widget.select(t("paths.filter_contact"), "any");
    await widget.select(t("paths.filter_remote"), "common");
    await widget.expectVisible("button", has(PATH["coding-professional"]));
    await widget.expectNone("button", has(PATH["medical-assistant"]));
    await widget.expectVisible("*", tRe("paths.count", { total: PATH_COUNT }));
    await widget.select(t("paths.filter_contact"), "lots");
    await widget.expectVisible("*", has(t("paths.none").split(".")[0]));
    await widget.clickButton(t("paths.reset"));
    await widget.expectVisible("*", has(t("paths.count", { shown: PATH_COUNT, total: PATH_COUNT })));
    await widget.expectFocused("h3", t("paths.title"));
    assert.equal(await (await widget.control(t("paths.filter_remote"))).prop("value"), "any");
  });

  await check("paths: a path's details show the work, steps, sourced pay, its history, and a way back", async () => {
    const widget = await openPaths();
    await widget.click("button", has(PATH["coding-professional"]));
    await widget.expectFocused("h3", has(PATH["coding-professional"]));
    await widget.expectVisible("h4", t("detail.steps"));
    await widget.expectVisible("p", /Median pay: \$[\d,]+ a year/);
    assert.match(await widget.attr("a", "href", new RegExp(`^${t("detail.source")}`)), /^https?:\/\//);
    await widget.click("summary", t("detail.history"));
    await widget.expectVisible("td", /^\$34,160/);
    await eventually(async () =>
      assert.ok(await widget.run((root) => [...root.querySelectorAll("tr")].some((r) => [...r.cells].map((c) => c.textContent.trim()).join(" ").includes("2010 to 2020 21%"))), "no row 2010 to 2020 21%"),
    );
    await widget.clickButton(t("paths.back"));
    await widget.expectFocused("button", has(PATH["coding-professional"]));
  });

  await check("paths: a figure's caveat shows beside it, and growth reads as grow or stay", async () => {
    const widget = await openPaths();
    await widget.click("button", has(PATH["medical-office-assistant"]));
    const outlook = await widget.run((root) => [...root.querySelectorAll(".hp-figure")].map((f) => [f.textContent.replace(/\s+/g, " "), f.querySelector(".hp-figure-note")?.textContent ?? ""]).find(([text]) => text.includes("projected to")));
    assert.ok(outlook, "no outlook figure");
    assert.match(outlook[0], /stay about the same \(0% change\) from \d{4} to \d{4}/);
    assert.match(outlook[1], /all secretaries/);
    await widget.clickButton(t("paths.back"));
    await widget.click("button", has(PATH["cancer-registry"]));
    await widget.expectVisible(".hp-figure", /projected to grow by \d+%/);
  });

  await check("paths: a certification in a path opens the comparison with it (by keyboard), and leads back", async () => {
    const widget = await openPaths();
    await widget.click("button", has(PATH["cancer-registry"]));
    const ods = await widget.button(/ODS/);
    await ods.focus();
    await browser.press("Enter");
    await eventually(async () => assert.equal(await widget.attr("button", "aria-current", t("nav.compare")), "page"));
    await widget.expectFocused(HEADING, t("compare.results"));
    await widget.expectTexts(columns, ["ODS"]);
    await widget.click("tbody tr button", has(PATH["cancer-registry"]));
    await widget.expectFocused("h3", has(PATH["cancer-registry"]));
  });

  await check("paths: time chips say what they count, and the time filter keeps its promise", async () => {
    const widget = await openPaths();
    const chips = ".hp-card .hp-tags li:first-child";
    await widget.expectCount(chips, PATH_COUNT);
    for (const text of await widget.texts(chips)) assert.match(text, /^(\d+ to \d+ months|About \d+ months) to a first job$/);
    const time = await widget.control(t("paths.filter_time"));
    const labels = await browser.script("return [...arguments[0].options].map((o) => o.textContent.trim())", time);
    assert.deepEqual(labels, [t("paths.any"), t("paths.within_year"), t("paths.within_two_years")]);
    const values = await browser.script("return [...arguments[0].options].map((o) => o.value)", time);
    for (const [value, months] of [[values[1], 12], [values[2], 24]]) {
      await widget.select(t("paths.filter_time"), value);
      await eventually(async () => {
        const shown = await widget.texts(chips);
        assert.ok(shown.length > 0 && shown.length < PATH_COUNT, `${shown.length} shown`);
        for (const text of shown) assert.ok(Number(text.match(/\d+/)[0]) <= months, text);
      });
    }
  });

  await check("paths: the list and a path's details have no axe violations and fit 320 px", async () => {
    const widget = await phone("/test-pages/plain.html", 320, 700);
    await widget.expectVisible("h3", t("paths.title"));
    assert.deepEqual(await axeViolations(), []);
    assert.ok((await browser.sidewaysOverflow()) <= 0, "the list scrolls sideways");
    await widget.click("button", has(PATH["cancer-registry"]));
    await widget.expectVisible("h4", t("detail.steps"));
    assert.deepEqual(await axeViolations(), []);
    assert.ok((await browser.sidewaysOverflow()) <= 0, "the details scroll sideways");
    await browser.top();
  });

  // ---------------------------------------------------------------- the comparison
  await check("compare: choosing by mouse builds the table, announcing each column; Remove keeps the rest", async () => {
    const widget = await openCompare();
    await widget.expectVisible("*", has(t("compare.empty")));
    await widget.click("label.hp-cmp-option", has("Registered Health Information Technician"));
    await widget.expectText(".hp-cmp-live", t("compare.added", { name: "RHIT", count: 1, max: 4 }));
    await browser.click(await option(widget, "CPC"));
    await browser.click(await option(widget, "ODS"));
    await widget.expectTexts(columns, ["RHIT", "CPC", "ODS"]);
    assert.equal(await widget.text("table caption"), t("compare.caption", { names: "RHIT, CPC, ODS" }));
    assert.equal(await widget.count("thead th[scope=col]"), 3);
    await widget.expectVisible("tbody th[scope=row]", has(t("compare.row.fee")));
    await widget.expectVisible("td", has("$229 for members, $299 for non-members"));
    await widget.expectVisible("td *", t("compare.unknown", { issuer: "NCRA" }));
    const source = await widget.run((root, label) => {
      const row = [...root.querySelectorAll("tbody tr")].find((r) => r.querySelector("th")?.textContent.trim().startsWith(label));
      const a = row?.querySelector("a");
      return a ? [a.target, a.rel, a.textContent] : null;
    }, t("compare.row.sources"));
    assert.ok(source, "no source link");
    assert.equal(source[0], "_blank");
    assert.equal(source[1], "noopener noreferrer");
    assert.match(source[2], new RegExp(`${escape(t("link.new_tab").trim())}$`));
    await widget.click("tbody button", has(PATH["cancer-registry"]));
    await eventually(async () => assert.equal(await widget.attr("button", "aria-current", t("nav.paths")), "page"));
    await widget.clickButton(t("nav.compare"));
    await widget.expectTexts(columns, ["RHIT", "CPC", "ODS"]);
    await widget.clickButton(t("compare.remove", { name: "CPC" }));
    await widget.expectTexts(columns, ["RHIT", "ODS"]);
    await widget.expectText(".hp-cmp-live", t("compare.removed", { name: "CPC", count: 2, max: 4 }));
    await widget.expectFocused(HEADING, t("compare.results"));
  });

  await check("compare: choosing by keyboard (type, Tab, Space), stopping at four; the skip link jumps to the table", async () => {
    const widget = await openCompare();
    const search = await widget.control(t("compare.search"));
    await search.type("certified coding");
    await widget.expectVisible("*", new RegExp(`^\\d+ of ${CERTIFICATIONS} certifications shown\\.`));
    await browser.press("Tab", "Tab", "Tab");
    await widget.expectFocused("button", t("compare.skip_list"));
    await browser.press("Tab");
    await eventually(async () => assert.equal(await widget.run((root) => root.activeElement?.closest("label")?.querySelector("strong")?.textContent), "CCA"));
    await browser.press("Space", "Tab");
    await eventually(async () => assert.equal(await widget.run((root) => root.activeElement?.closest("label")?.querySelector("strong")?.textContent), "CCS"));
    await browser.press("Space");
    await widget.expectTexts(columns, ["CCA", "CCS"]);
    await widget.expectText(".hp-cmp-live", t("compare.added", { name: "CCS", count: 2, max: 4 }));
    await browser.press("Space");
    await widget.expectTexts(columns, ["CCA"]);
    await browser.press("Space");
    await widget.expectTexts(columns, ["CCA", "CCS"]);
    await search.clear();
    await widget.run((root) => root.querySelector("input[type=search], input[type=text]").dispatchEvent(new Event("input", { bubbles: true })));
    for (const abbreviation of ["RHIT", "ODS"]) {
      await (await option(widget, abbreviation)).focus();
      await browser.press("Space");
    }
    await widget.expectTexts(columns, ["CCA", "CCS", "RHIT", "ODS"]);
    await widget.expectVisible("*", has(t("compare.full", { max: 4 })));
    assert.equal(await (await option(widget, "CPC")).prop("disabled"), true);
    const skipLink = await widget.button(t("compare.skip_list"));
    await skipLink.focus();
    await browser.press("Enter");
    await widget.expectFocused(HEADING, t("compare.results"));
  });

  await check("compare: filters by search (paths too), path and issuer; Clear search and filters", async () => {
    const widget = await openCompare();
    const search = await widget.control(t("compare.search"));
    await search.type("cancer");
    await option(widget, "ODS");
    await eventually(async () => assert.equal(await widget.count("label.hp-cmp-option strong", "CPC"), 0));
    await search.clear();
    await widget.run((root) => root.querySelector("input[type=search], input[type=text]").dispatchEvent(new Event("input", { bubbles: true })));
    await widget.select(t("compare.path"), "cancer-registry");
    await option(widget, "ODS");
    await eventually(async () => assert.equal(await widget.count("label.hp-cmp-option strong", "CPC"), 0));
    await widget.select(t("compare.issuer"), "ncra");
    await widget.expectCount(".hp-cmp-option", 1);
    await widget.select(t("compare.issuer"), "aama");
    await widget.expectVisible("*", has(t("compare.none_found")));
    await widget.expectVisible("[role=status]", has(`0 of ${CERTIFICATIONS}`));
    await widget.clickButton(t("compare.clear_filters"));
    await widget.expectCount(".hp-cmp-option", CERTIFICATIONS);
    assert.equal(await (await widget.control(t("compare.issuer"))).prop("value"), "");
    assert.equal(await (await widget.control(t("compare.path"))).prop("value"), "");
    await widget.expectFocused("input");
  });

  await check("compare: Show only differences hides the rows that are the same, and says how many", async () => {
    const widget = await openCompare();
    await browser.click(await option(widget, "CCMA"));
    await browser.click(await option(widget, "RMA"));
    await widget.expectCount("tbody tr", 14);
    const differing = await widget.count("tbody tr.hp-cmp-differs");
    assert.ok(differing > 0 && differing < 12, `${differing} rows differ`);
    assert.equal(await widget.count("tbody th", has(t("compare.differs"))), differing);
    await browser.click(await widget.control(t("compare.only_differences")));
    await widget.expectCount("tbody tr", differing + 2);
    await widget.expectVisible("tbody th", t("compare.row.sources"));
    await widget.expectText(".hp-cmp-results [role=status]", t("compare.hidden_same.other", { count: 12 - differing }));
    await browser.click(await widget.control(t("compare.only_differences")));
    await widget.expectCount("tbody tr", 14);
    await widget.expectText(".hp-cmp-results [role=status]", "");
  });

  await check("compare: two that differ in every row: nothing hidden, and it says why; no axe violations", async () => {
    const widget = await openCompare();
    await browser.click(await option(widget, "RHIA"));
    await browser.click(await option(widget, "CPC"));
    await widget.expectTexts(columns, ["RHIA", "CPC"]);
    const rows = await widget.count("tbody tr");
    await browser.click(await widget.control(t("compare.only_differences")));
    await widget.expectText(".hp-cmp-results [role=status]", t("compare.none_same"));
    await widget.expectCount("tbody tr", rows);
    assert.deepEqual(await axeViolations(), []);
  });

  await check("compare: four columns fit a 390 px phone as stacked cards, no cell overflowing, no axe violations", async () => {
    const widget = await phone("/index.html", 390, 800);
    await widget.clickButton(t("nav.compare"));
    for (const abbreviation of ["RHIT", "CPC", "CPC-P", "ODS"]) await browser.click(await option(widget, abbreviation));
    await widget.expectCount(columns, 4);
    assert.ok((await browser.sidewaysOverflow()) <= 0, "the page scrolls sideways");
    assert.ok((await widget.countVisible("tbody tr:first-child .hp-cmp-label")) > 0, "no card labels");
    const overflowing = await widget.run((root) =>
      [...root.querySelectorAll("tbody td, tbody th")].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.slice(0, 40)),
    );
    assert.deepEqual(overflowing, []);
    assert.deepEqual(await axeViolations(), []);
    await browser.click(await widget.control(t("compare.only_differences")));
    assert.deepEqual(await axeViolations(), []);
    await browser.top();
  });

  await check("compare: on a desktop the full table has no card labels, no overflow, no axe violations", async () => {
    await browser.resize(1280, 900);
    try {
      const widget = await openCompare();
      for (const abbreviation of ["RHIA", "CCS", "CPC-P"]) await browser.click(await option(widget, abbreviation));
      await widget.expectCount(columns, 3);
      assert.equal(await widget.countVisible(".hp-cmp-label"), 0);
      assert.ok((await browser.sidewaysOverflow()) <= 0);
      assert.deepEqual(await axeViolations(), []);
    } finally {
      await browser.resize(1024, 800);
    }
  });

  await check("compare: a share link reopens the same comparison; another choice hides the old link", async () => {
    const widget = await openCompare();
    for (const abbreviation of ["RHIT", "CPC", "ODS"]) await browser.click(await option(widget, abbreviation));
    assert.equal(await widget.count(".hp-share-link"), 0);
    await widget.clickButton(t("share.copy"));
    const link = await eventually(async () => {
      const value = await widget.run((root) => root.querySelector(".hp-share-link")?.value);
      assert.ok(value);
      return value;
    });
    await browser.click(await option(widget, "CPC"));
    await widget.expectNone(".hp-share-link");
    await widget.expectText(".hp-share-status", "");
    assert.match(link, /#hp-compare=rhit,cpc,ods&hp-lang=en-US$/);
    const shared = await openWidget(link);
    await shared.expectTexts(columns, ["RHIT", "CPC", "ODS"]);
  });

  await check("compare: a share link followed on the same page opens its comparison", async () => {
    const widget = await openWidget();
    await browser.eval(() => {
      location.hash = "hp-compare=cca,ccs";
    });
    await widget.expectTexts(columns, ["CCA", "CCS"]);
    assert.equal(await widget.attr("button", "aria-current", t("nav.compare")), "page");
  });

  await check("compare: with 200 certifications, filtering as you type finds the right ones", async () => {
    const data = JSON.parse(readFileSync(`${root}data/hit-pathfinder.en-US.json`, "utf8"));
    const originals = data.certifications;
    for (let n = 0; data.certifications.length < 200; n++) {
      const copy = structuredClone(originals[n % originals.length]);
      copy.id += `-x${n}`;
      copy.abbreviation += ` X${n}`;
      copy.name += ` edition ${n}`;
      data.certifications.push(copy);
    }
    const body = JSON.stringify(data);
    route("/large-dataset.json", (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
    await openWidget();
    await browser.eval(() => {
      const widget = document.createElement("hit-pathfinder");
      widget.setAttribute("dataset", "/large-dataset.json");
      widget.setAttribute("view", "compare");
      document.querySelector("hit-pathfinder").replaceWith(widget);
    });
    const widget = await browser.widget().ready();
    await widget.expectVisible("*", has(`${t("compare.count", { shown: 200, total: 200 })} ${t("compare.chosen", { count: 0, max: 4 })}`));
    await widget.expectCount(".hp-cmp-option", 200);
    await (await widget.control(t("compare.search"))).type("coding specialist");
    await eventually(async () => assert.ok((await widget.count("label.hp-cmp-option strong", /^CCS X\d+$/)) > 0));
  });

  await check("the view buttons move focus to the heading of the view they open (keyboard)", async () => {
    const widget = await openWidget();
    for (const [button, heading] of [[t("nav.paths"), t("paths.title")], [t("nav.compare"), t("compare.results")], [t("nav.quiz"), t("quiz.title")]]) {
      await (await widget.button(button)).focus();
      await browser.press("Enter");
      await eventually(async () => assert.equal(await widget.attr("button", "aria-current", button), "page"));
      await widget.expectFocused(HEADING, heading);
    }
    await widget.clickButton(t("nav.quiz"));
    await widget.expectFocused("button", t("nav.quiz"));
  });

  await check("compare: no link or button in the table is hidden under its sticky headers when focused (Shift+Tab)", async () => {
    await browser.resize(1280, 760);
    try {
      const widget = await openCompare();
      for (const abbreviation of ["RHIT", "CPC", "ODS", "CCS"]) await browser.click(await option(widget, abbreviation));
      await widget.expectCount(columns, 4);
      const count = await widget.count(".hp-cmp-table tbody :is(a, button)");
      assert.ok(count > 10, `${count} focusable`);
      await widget.run((root) => [...root.querySelectorAll(".hp-cmp-table tbody :is(a, button)")].at(-1).focus());
      for (let n = count - 1; n >= 0; n -= 1) {
        const state = await widget.run((root, n) => {
          const element = root.querySelectorAll(".hp-cmp-table tbody :is(a, button)")[n];
          if (root.activeElement !== element) return "not focused";
          const box = element.getBoundingClientRect();
          const head = Math.max(...[...element.closest("table").querySelectorAll("thead > tr > *")].map((c) => c.getBoundingClientRect().bottom));
          return box.top < head - 0.5 || box.top >= window.innerHeight || box.bottom <= head ? `hidden (top ${box.top}, head ${head})` : "ok";
        }, n);
        assert.equal(state, "ok", `focusable ${n}`);
        if (n > 0) await browser.press("Shift+Tab");
      }
    } finally {
      await browser.resize(1024, 800);
    }
  });

  await check("compare: the table prints without the chooser, within its box (print rules applied on screen)", async () => {
    const widget = await openCompare();
    for (const abbreviation of ["RHIT", "CPC"]) await browser.click(await option(widget, abbreviation));
    await widget.expectCount(columns, 2);
    await printMedia(widget);
    assert.equal(await widget.countVisible(".hp-cmp-chooser"), 0, "the chooser prints");
    assert.equal(await widget.countVisible("table"), 1, "the table does not print");
    const wider = await widget.run((root) => {
      const table = root.querySelector(".hp-cmp-table");
      return table.scrollWidth - table.parentElement.clientWidth;
    });
    assert.ok(wider <= 0, `the table is ${wider} px wider than its box`);
  });

  // ---------------------------------------------------------------- languages
  await check('lang="es" gives a Spanish widget whose root says so', async () => {
    const widget = await openWidget(`${PAGES}/spanish.html`);
    assert.equal(await widget.attr(".hp-app", "lang"), "es-US");
    assert.equal(await widget.attr(".hp-lang-button[lang=es-US]", "aria-pressed"), "true");
    assert.doesNotMatch(await widget.text(".hp-title"), /Find your path/);
  });

  await check("the page's own lang picks Spanish when the element has none", async () => {
    const widget = await openWidget(`${PAGES}/spanish-page.html`);
    assert.equal(await widget.attr(".hp-app", "lang"), "es-US");
  });

  await check("switching language midway keeps the answers and the view", async () => {
    const widget = await openWidget();
    await widget.clickButton(t("quiz.start"));
    await widget.click('label[for="hp-q-patient-contact-none"]');
    await widget.clickButton(t("quiz.next"));
    await widget.click(".hp-lang-button[lang=es-US]");
    await eventually(async () => assert.equal(await widget.attr(".hp-app", "lang"), "es-US"));
    await widget.expectVisible("h3", t("quiz.progress", { number: 2, total: DATA.quiz.questions.length }, ES));
    await widget.clickButton(t("quiz.back", {}, ES));
    await eventually(async () => assert.equal(await widget.run((root) => root.querySelector("input[value=none]")?.checked), true));
    await widget.click(".hp-lang-button[lang=en-US]");
    await eventually(async () => assert.equal(await widget.attr(".hp-app", "lang"), "en-US"));
    assert.equal(await widget.run((root) => root.querySelector("#hp-q-patient-contact-none").checked), true);
  });

  await check("switching to Spanish keeps the results; each language's dataset is fetched once", async () => {
    const widget = await openWidget(`${PAGES}/plain.html`);
    const mark = server.requests.length;
    await widget.clickButton(t("nav.quiz"));
    await answerByMouse(widget, CANCER_RESEARCH);
    await widget.click(".hp-lang-button[lang=es-US]");
    await widget.expectVisible("h3", t("results.title", {}, ES));
    await widget.click(".hp-lang-button[lang=en-US]");
    await widget.expectVisible("h3", t("results.title"));
    await widget.click(".hp-lang-button[lang=es-US]");
    await widget.expectVisible("h3", t("results.title", {}, ES));
    const json = browser.since(server, mark).filter((p) => p.includes(".json"));
    // The Spanish dataset and the Spanish words (the wasm carries English only), each once.
    assert.deepEqual(json.map((p) => p.split("?")[0]).sort(), ["/data/hit-pathfinder.es-US.json", "/data/words.es-US.json"]);
  });

  await check("compares RHIT, CPC and ODS in Spanish, names marked English; no axe violations", async () => {
    const widget = await openWidget(`${PAGES}/spanish.html#hp-compare=rhit,cpc,ods`);
    await widget.expectTexts(columns, ["RHIT", "CPC", "ODS"]);
    assert.equal(await widget.attr(".hp-app", "lang"), "es-US");
    assert.ok((await widget.count(".hp-cmp-links a [lang=en]")) > 0);
    assert.deepEqual(await axeViolations(), []);
  });

  await check("a keyboard-only visitor completes the quiz in Spanish; a result's sources are marked English", async () => {
    const widget = await openWidget(`${PAGES}/spanish.html`);
    await widget.run((root) => root.querySelector(".hp-quiz-intro .hp-button").focus());
    await browser.press("Enter");
    const total = DATA.quiz.questions.length;
    for (let n = 1; n <= total; n += 1) {
      await widget.expectFocused(".hp-progress-title", t("quiz.progress", { number: n, total }, ES));
      await browser.press("Tab", "Space", "Enter");
    }
    await widget.expectFocused(".hp-results h3");
    await widget.expectCount(".hp-result", 3);
    // Source titles are English pages: marked so, a Spanish voice reads them in English. (The
    // top result's details hold its sourced figures.)
    await widget.click(".hp-result button");
    const source = await widget.find("a", new RegExp(`^${escape(t("detail.source", {}, ES))}`));
    assert.match(await source.accessibleName(), new RegExp(`${escape(t("link.new_tab", {}, ES).trim())}\\)?$`));
    assert.equal(await browser.script("return arguments[0].querySelectorAll('[lang=en]').length", source), 1);
  });

  await check("a language the school's dataset lacks: the visitor keeps their place and is told, in Spanish", async () => {
    const school = `${server.pages}/data/school.json`;
    route("/test-pages/data/only.en-US.json", (req, res, file) => file(school, { "content-type": "application/json" }));
    route("/test-pages/data/only.es-US.json", (req, res) => res.writeHead(404).end(""));
    const widget = await openWidget(`${PAGES}/dataset.html?dataset=${encodeURIComponent("data/only.{lang}.json")}`);
    await widget.expectVisible("h2, h3", "Test dataset");
    await widget.click(".hp-card-button");
    const name = await eventually(async () => {
      const n = await widget.text("#hp-path-title");
      assert.ok(n);
      return n;
    });
    await widget.click(".hp-lang-button[lang=es-US]");
    await widget.expectVisible("[role=alert]", has(t("error.language_unavailable", {}, ES).split(",")[0]));
    assert.equal(await widget.attr("[role=alert]", "lang"), "es-US");
    assert.equal(await widget.attr(".hp-lang-button[lang=en-US]", "aria-pressed"), "true");
    assert.equal(await widget.attr(".hp-app", "lang"), "en-US");
    assert.equal(await widget.text("#hp-path-title"), name);
  });

  // ---------------------------------------------------------------- datasets
  for (const [name, file, message] of [
    ["a 404", "missing.json", () => has(t("error.load.status", { status: 404 }).split(" (")[0].replace("404", "“404”").replace("““", "“").replace("””", "”"))],
    ["a body that is not JSON", "data/not-json.json", () => /not valid JSON/],
    ["an invalid dataset", "data/invalid.json", () => /organizations\[0\]\.url: The link "javascript:alert\(document\.cookie\)" is not allowed\./],
    ["a server that cannot be reached", "http://127.0.0.1:9/none.json", () => has(t("error.load.network", { url: "X" }).split(" (")[0])],
  ]) {
    await check(`a school dataset failing with ${name} shows a clear message; the page keeps working`, async () => {
      await browser.open(`${PAGES}/dataset.html?dataset=${encodeURIComponent(file)}`);
      const widget = browser.widget();
      await widget.expectVisible("[role=alert]", message());
      await (await browser.find("#after")).click();
      assert.equal(await browser.eval(() => document.getElementById("after").textContent), "clicked");
    });
  }

  await check("a school's own dataset loads, and Try again refetches after a failure (503)", async () => {
    await openWidget(`${PAGES}/dataset.html?dataset=data/school.json`);
    const widget = browser.widget();
    await widget.expectVisible("h2, h3", "Test dataset");
    let fail = true;
    route("/test-pages/data/school.json", (req, res, file) =>
      fail ? res.writeHead(503, { "content-type": "text/plain" }).end("busy") : file(`${server.pages}/data/school.json`, { "content-type": "application/json" }),
    );
    await browser.reload();
    await widget.expectVisible("[role=alert]", /503/);
    fail = false;
    await widget.clickButton(t("error.load.retry"));
    await widget.expectVisible("h2, h3", "Test dataset");
  });

  await check("a dataset that arrives late never replaces the one asked for since", async () => {
    let release;
    const held = new Promise((r) => (release = r));
    route("/test-pages/data/late.json", async (req, res, file) => {
      await held;
      file(`${server.pages}/data/school.json`, { "content-type": "application/json" });
    });
    await browser.open(`${PAGES}/dataset.html?dataset=data/late.json`);
    const widget = browser.widget();
    await widget.find("[role=status]");
    await widget.setAttribute("dataset", null);
    await widget.expectVisible("*", has(t("paths.count", { shown: PATH_COUNT, total: PATH_COUNT })));
    release();
    await new Promise((r) => setTimeout(r, 500));
    await widget.expectVisible("*", has(t("paths.count", { shown: PATH_COUNT, total: PATH_COUNT })));
    assert.equal(await widget.count("h2, h3", "Test dataset"), 0);
  });

  await check("a dataset that never arrives gives up after 15 seconds and offers Try again", async () => {
    route("/test-pages/data/slow.json", () => {}); // never answered
    await browser.open(`${PAGES}/dataset.html?dataset=data/slow.json`);
    const widget = browser.widget();
    await widget.find("[role=status]");
    await eventually(async () => {
      await widget.expectVisible("[role=alert]", has(t("error.load.timeout", { seconds: 15, url: "X" }).split(" (")[0]));
    }, 25_000);
    await widget.button(t("error.load.retry"));
  });

  await check("long unbroken words in a dataset wrap at 320 px instead of pushing the page sideways", async () => {
    const data = JSON.parse(readFileSync(`${server.pages}/data/school.json`, "utf8"));
    data.meta.title = "T".repeat(150);
    data.meta.description = "D".repeat(1000);
    data.paths[0].name = "N".repeat(150);
    data.paths[0].summary = "S".repeat(1000);
    const body = JSON.stringify(data);
    route("/test-pages/data/long.json", (req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
    const widget = await phone(`${PAGES}/dataset.html?dataset=data/long.json`, 320, 700);
    await widget.expectVisible("h2, h3", /^T+$/);
    assert.ok((await browser.sidewaysOverflow()) <= 0, "the list scrolls sideways");
    await widget.click("button", /^N+/);
    await widget.expectVisible("h3", /^N+$/);
    assert.ok((await browser.sidewaysOverflow()) <= 0, "the details scroll sideways");
    await browser.top();
  });

  // ---------------------------------------------------------------- embedding
  await check("under a strict Content-Security-Policy the styles apply and nothing is refused", async () => {
    const widget = await openWidget(`${PAGES}/csp-strict-watched.html`);
    const start = await widget.button(t("quiz.start"));
    assert.ok((await start.rect()).height >= 44, "the Start button is not the widget's size: its styles did not apply");
    await start.click();
    await widget.expectVisible("h3", progress(1));
    assert.equal(await widget.style(".hp-option label", "border-top-left-radius"), "8px");
    assert.deepEqual(await browser.eval(() => window.cspViolations), []);
  });

  await check("on a page whose policy forbids WebAssembly, it says what the school must allow", async () => {
    await browser.open(`${PAGES}/csp-no-wasm.html`);
    await browser.widget().expectVisible("[role=alert]", has("'wasm-unsafe-eval'"));
    assert.equal(await (await browser.find("hit-pathfinder > a")).displayed(), true);
  });

  for (const [what, off] of [["constructable stylesheets", "sheets"], ["WebAssembly reference types", "wasm"]]) {
    await check(`a browser without ${what} is told it needs a newer one, keeps the link, downloads nothing more`, async () => {
      const mark = server.requests.length;
      await browser.open(`${PAGES}/webkit-feature-off.html?off=${off}`);
      await browser.widget().expectVisible("[role=alert]", /needs a newer browser/);
      assert.equal(await (await browser.find("hit-pathfinder > a")).displayed(), true);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(browser.since(server, mark).filter((p) => /hit_pathfinder|\.json/.test(p)), []);
    });
  }

  await check("two widgets on one page (the script pasted twice) work independently; one dataset request", async () => {
    const mark = server.requests.length;
    await browser.open(`${PAGES}/two.html`);
    const first = await browser.widget("#first").ready();
    const second = await browser.widget("#second").ready();
    await first.expectVisible("h3", t("quiz.title"));
    await second.expectVisible("h3", t("paths.title"));
    await first.clickButton(t("quiz.start"));
    await first.expectVisible("h3", progress(1));
    await second.expectVisible("h3", t("paths.title"));
    const made = browser.since(server, mark).map((p) => p.split("?")[0]);
    assert.equal(made.filter((p) => p === "/data/hit-pathfinder.en-US.json").length, 1);
    assert.equal(made.filter((p) => p === "/hit_pathfinder_bg.wasm").length, 1);
  });

  await check("attribute changes after load take effect, and a bad value says what is wrong", async () => {
    await browser.open(`${PAGES}/two.html`);
    const second = await browser.widget("#second").ready();
    await second.expectVisible("h3", t("paths.title"));
    await second.setAttribute("view", "compare");
    await eventually(async () => assert.equal(await second.attr("button", "aria-current", t("nav.compare")), "page"));
    await second.setAttribute("view", "results");
    await second.expectVisible("[role=alert]", has('view="results"'));
    await second.setAttribute("program-url", "https://example.edu/hit");
    await second.setAttribute("program-name", "Our HIT program");
    await second.setAttribute("view", "paths");
    await second.click("button", has(PATH["cancer-registry"]));
    assert.equal(await (await second.find("a", t("detail.cta", { program: "Our HIT program" }))).attr("href"), "https://example.edu/hit");
    await second.setAttribute("program-url", "javascript:alert(1)");
    await second.expectVisible("[role=alert]", has("program-url"));
    await second.expectNone("a", /^Explore/);
  });

  await check("host events carry path ids, certification ids and the program link, never answers", async () => {
    await browser.open(`${PAGES}/two.html`);
    const first = await browser.widget("#first").ready();
    await answerByMouse(first, { "patient-contact": ["none"] });
    await first.expectVisible(...resultsHeading());
    await first.clickButton(t("nav.compare"));
    await browser.click(await option(first, "RHIT"));
    await browser.click(await option(first, "CPC"));
    await first.expectTexts(columns, ["RHIT", "CPC"]);
    await first.clickButton(t("nav.quiz"));
    const cta = await first.find("a", has(t("detail.cta", { program: "Health Information Technology, AAS" })));
    await browser.script("arguments[0].addEventListener('click', (e) => e.preventDefault())", cta);
    await cta.click();
    const events = await eventually(async () => {
      const found = await browser.eval(() => window.hostEvents);
      assert.ok(found.some((e) => e.type === "hit-pathfinder:cta"), "no cta event");
      return found;
    });
    const complete = events.find((e) => e.type === "hit-pathfinder:quiz-complete");
    assert.equal(complete.target, "first");
    assert.equal(complete.detail.paths.length, 3);
    for (const p of complete.detail.paths) {
      assert.deepEqual(Object.keys(p).sort(), ["fit", "id"]);
      assert.match(p.id, /^[a-z0-9-]+$/);
      assert.equal(p.fit, null, "one answer is too few for a fit");
    }
    const compare = events.find((e) => e.type === "hit-pathfinder:compare");
    assert.ok(compare?.detail.certifications.length > 0, "no compare event");
    assert.deepEqual(events.find((e) => e.type === "hit-pathfinder:cta").detail, { url: `${server.origin}/programs/hit`, program: null });
    assert.doesNotMatch(JSON.stringify(events), /As little as possible/);
  });

  await check("hostile page CSS does not change the widget: every box, font and colour as on a plain page", async () => {
    // Playwright compares the two screenshots byte for byte. WebKitGTK's text antialiasing is
    // not the same from one paint to the next, so this compares what decides the pixels instead:
    // every element's box and its computed font, colours, spacing, alignment and decoration.
    const look = async (name) => {
      const widget = await openWidget(`${PAGES}/${name}.html`);
      await widget.expectVisible("h3", t("paths.title"));
      await browser.asyncScript("const done = arguments[0]; document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))");
      return widget.run((root) => {
        const host = root.host.getBoundingClientRect();
        const properties = ["font-family", "font-size", "font-weight", "line-height", "letter-spacing", "word-spacing", "text-align", "text-indent", "text-transform", "text-decoration-line", "color", "background-color", "border-top-style", "border-top-width", "border-top-color", "padding-top", "padding-left", "list-style-type", "box-sizing"];
        return [...root.querySelectorAll("*")].filter((e) => e.tagName !== "STYLE").map((e) => {
          const box = e.getBoundingClientRect();
          const style = getComputedStyle(e);
          return `${e.tagName} ${[box.x - host.x, box.y - host.y, box.width, box.height].map((v) => v.toFixed(1)).join(",")} ${properties.map((p) => style.getPropertyValue(p)).join("|")}`;
        });
      });
    };
    const plain = await look("plain");
    const hostile = await look("hostile");
    assert.ok(plain.length > 100, `${plain.length} elements`);
    const differ = plain.map((line, i) => [line, hostile[i]]).filter(([a, b]) => a !== b);
    assert.equal(hostile.length, plain.length);
    assert.deepEqual(differ.slice(0, 3), []);
  });

  await check("the iframe fallback reports its height; the host snippet resizes the frame, ignoring other windows", async () => {
    await browser.open(`${PAGES}/frame.html`);
    await browser.intoFrame("#frame");
    await browser.widget().ready().then((w) => w.expectVisible("h3", t("paths.title")));
    await browser.top();
    const height = () => browser.eval(() => document.getElementById("frame").getBoundingClientRect().height);
    await eventually(async () => assert.ok((await height()) > 600, `frame is ${await height()} px`));
    await browser.eval(() => window.postMessage({ type: "hit-pathfinder:height", height: 5 }, "*"));
    await new Promise((r) => setTimeout(r, 200));
    assert.ok((await height()) > 600);
  });

  await check("in a frame, embed.html takes the program link the framing page gives", async () => {
    await browser.open(`${PAGES}/frame.html`);
    await browser.intoFrame("#frame");
    const widget = await browser.widget().ready();
    await widget.click("button", has(PATH["cancer-registry"]));
    assert.equal(await (await widget.find("a", t("detail.cta", { program: "Our program" }))).attr("href"), "https://example.edu/hit");
    await browser.top();
  });

  await check("opened on its own, embed.html takes no dataset or program link from another site", async () => {
    // (The console warnings that say so are not checked here: WebKitWebDriver cannot read the
    // console. Chromium and Firefox check them.)
    const query = new URLSearchParams({
      view: "paths",
      dataset: `http://localhost:${SITE}${PAGES}/data/school.json`,
      "program-url": "https://evil.example/pay",
      "program-name": "Pay your reinstatement fee",
    });
    const widget = await openWidget(`/embed.html?${query}`);
    await widget.expectVisible("*", has(t("paths.count", { shown: PATH_COUNT, total: PATH_COUNT })));
    await widget.click("button", has(PATH["cancer-registry"]));
    await widget.expectVisible("h3", has(PATH["cancer-registry"]));
    assert.equal(await widget.count('a[href^="https://evil.example"]'), 0);
    assert.equal(await widget.count("*", /reinstatement/), 0);
  });

  await check("makes no request but its own files and the dataset, and sets no cookie", async () => {
    const mark = server.requests.length;
    const widget = await openWidget(`${PAGES}/dataset.html?dataset=data/school.json`);
    await widget.expectVisible("h2, h3", "Test dataset");
    // (MiniBrowser asks for /favicon.ico by itself, for its window: not the widget's request.)
    const made = browser.since(server, mark).filter((p) => p !== "/webkit-blank" && p !== "/favicon.ico");
    assert.ok(made.filter((p) => p.startsWith("/hit_pathfinder")).every((p) => p.endsWith("?v=0.1.0")), made.join(" "));
    const allowed = ["/hit-pathfinder.js", "/hit_pathfinder.js", "/hit_pathfinder_bg.wasm", "/test-pages/data/school.json", "/test-pages/dataset.html", "/test-pages/dataset.js"];
    const paths = made.map((p) => p.split("?")[0]);
    assert.deepEqual(paths.filter((p) => !allowed.includes(p)), []);
    // (WebKit may take the glue module from its memory cache on a later visit, so only the
    // others must have been asked for.)
    for (const must of allowed.filter((p) => p !== "/hit_pathfinder.js")) assert.ok(paths.includes(must), `${must} was not requested`);
    // And nowhere else: the browser's own list of what the page loaded has only this site.
    const elsewhere = await browser.eval(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => !n.startsWith(location.origin)));
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(await browser.cookies(), []);
    assert.equal(await browser.eval(() => document.cookie), "");
  });

  await check("moving the element on the page keeps the visitor's place; removing it unmounts", async () => {
    const widget = await openWidget();
    await widget.clickButton(t("nav.compare"));
    await browser.click(await option(widget, "RHIT"));
    await browser.click(await option(widget, "CPC"));
    await widget.expectTexts(columns, ["RHIT", "CPC"]);
    await browser.eval(() => document.body.append(document.querySelector("hit-pathfinder")));
    await new Promise((r) => setTimeout(r, 100));
    await widget.expectTexts(columns, ["RHIT", "CPC"]);
    await browser.eval(() => {
      window.removed = document.querySelector("hit-pathfinder");
      window.removed.remove();
    });
    await eventually(async () => assert.equal(await browser.eval(() => window.removed.shadowRoot.querySelector(".hp-root")), null));
  });

  await check("the documented custom properties theme the widget: accent, font and corners", async () => {
    const widget = await openWidget();
    await browser.eval(() => {
      const el = document.querySelector("hit-pathfinder");
      el.style.setProperty("--hit-accent", "rgb(120, 20, 60)");
      el.style.setProperty("--hit-font", "monospace");
      el.style.setProperty("--hit-radius", "0px");
    });
    const start = await widget.button(t("quiz.start"));
    await eventually(async () => assert.equal(await start.css("background-color"), "rgb(120, 20, 60)"));
    assert.equal(await start.css("font-family"), "monospace");
    assert.equal(await start.css("border-top-left-radius"), "0px");
  });

  // ---------------------------------------------------------------- themes
  for (const view of ["quiz", "paths", "compare"]) {
    await check(`theme="dark": the ${view} view is dark with no axe violations`, async () => {
      const widget = await openWidget(`${PAGES}/dark.html?view=${view}`);
      await widget.find(".hp-view h3");
      assert.equal(await widget.style(".hp-root", "background-color"), "rgb(22, 24, 29)");
      assert.deepEqual(await axeViolations(), []);
    });
  }

  await check('theme="dark": a question and the results have no axe violations', async () => {
    const widget = await openWidget(`${PAGES}/dark.html`);
    await widget.clickButton(t("quiz.start"));
    await widget.click('label[for="hp-q-patient-contact-none"]');
    assert.deepEqual(await axeViolations(), []);
    await answerByMouse(widget, {}, { start: false });
    await widget.expectCount(".hp-result", 3);
    assert.deepEqual(await axeViolations(), []);
  });

  await check('the default theme is light, and an unknown theme is named in a message', async () => {
    await browser.open(`${PAGES}/two.html`);
    const first = await browser.widget("#first").ready();
    assert.equal(await first.style(".hp-root", "background-color"), "rgb(255, 255, 255)");
    await first.setAttribute("theme", "night");
    await first.expectVisible("[role=alert]", has('theme="night"'));
  });

  for (const theme of ["light", "dark"]) {
    await check(`theme="${theme}" keeps its colours in a browser without light-dark() (Safari before 17.5)`, async () => {
      const widget = await openWidget(`${PAGES}/plain.html`);
      await widget.setAttribute("theme", theme);
      await widget.expectVisible("h3", t("paths.title"));
      const colours = () =>
        widget.run((root) => {
          const pickStyle = (selector, ...properties) => {
            const style = getComputedStyle(root.querySelector(selector));
            return properties.map((p) => style.getPropertyValue(p));
          };
          return [
            pickStyle(".hp-root", "color", "background-color"),
            pickStyle(".hp-nav button[aria-current]", "color", "background-color", "border-top-color"),
            pickStyle(".hp-lede", "color"),
          ];
        });
      const modern = await colours();
      const replaced = await widget.run((root) => {
        const sheet = root.adoptedStyleSheets[0];
        const css = [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
        sheet.replaceSync(css.replaceAll("light-dark(", "unknown-function("));
        return css.split("light-dark(").length - 1;
      });
      assert.ok(replaced > 10, `${replaced} light-dark() found`);
      assert.deepEqual(await colours(), modern);
      await widget.run((root) => {
        const sheet = root.adoptedStyleSheets[0];
        sheet.deleteRule([...sheet.cssRules].findIndex((rule) => rule.cssText.startsWith("@supports")));
      });
      assert.notDeepEqual(await colours(), modern);
    });
  }

  // ---------------------------------------------------------------- the visitor's system settings
  // WebDriver has no command to emulate media features in WebKit, but WebKitGTK takes them from
  // the desktop's settings, as Safari takes them from macOS's: a second session whose
  // MiniBrowser runs with a dark GTK theme (GTK_THEME=Adwaita:dark → prefers-color-scheme: dark)
  // and animations turned off (gtk-enable-animations=false → prefers-reduced-motion: reduce).
  await check('theme="auto" stays light on a light system', async () => {
    await browser.open(`${PAGES}/two.html`);
    const first = await browser.widget("#first").ready();
    assert.equal(await browser.eval(() => matchMedia("(prefers-color-scheme: dark)").matches), false);
    await first.setAttribute("theme", "auto");
    await eventually(async () => assert.equal(await first.style(".hp-root", "background-color"), "rgb(255, 255, 255)"));
  });

  await check("the loading placeholder animates where motion is allowed", async () => {
    route("/test-pages/data/school.json", () => {}); // stays loading
    await browser.open(`${PAGES}/dataset.html?dataset=data/school.json`);
    const widget = browser.widget();
    await widget.expectVisible(".hp-skeleton");
    assert.equal(await browser.eval(() => matchMedia("(prefers-reduced-motion: reduce)").matches), false);
    assert.ok(parseFloat(await widget.style(".hp-skeleton", "animation-duration")) > 0.1);
  });

  const system = !ONLY || /system/.test(ONLY) ? await systemSession() : null;
  if (system) try {
    await check('theme="auto" follows a dark system setting; the default stays light', async () => {
      await system.open(`${PAGES}/two.html`);
      assert.equal(await system.eval(() => matchMedia("(prefers-color-scheme: dark)").matches), true, "the system is not dark");
      const first = await system.widget("#first").ready();
      assert.equal(await first.style(".hp-root", "background-color"), "rgb(255, 255, 255)");
      await first.setAttribute("theme", "auto");
      await eventually(async () => assert.equal(await first.style(".hp-root", "background-color"), "rgb(22, 24, 29)"));
    });

    await check("with reduced motion asked for by the system, the loading placeholder does not animate", async () => {
      route("/test-pages/data/school.json", () => {}); // stays loading
      await system.open(`${PAGES}/dataset.html?dataset=data/school.json`);
      assert.equal(await system.eval(() => matchMedia("(prefers-reduced-motion: reduce)").matches), true, "motion is not reduced");
      const widget = system.widget();
      await widget.expectVisible(".hp-skeleton");
      assert.ok(parseFloat(await widget.style(".hp-skeleton", "animation-duration")) < 0.001);
    });
  } finally {
    await system.quit().catch(() => {});
  }

  // ---------------------------------------------------------------- the snippet builder
  await check("the editor page builds an escaped snippet and updates the live preview", async () => {
    await browser.open("/editor.html");
    const widget = await browser.widget("#preview").ready();
    await widget.expectVisible("h3", t("quiz.title"));
    await browser.eval(() => {
      const set = (el, v) => {
        el.value = v;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      };
      const byLabel = (text) => [...document.querySelectorAll("label")].find((l) => l.textContent.trim().startsWith(text)).control;
      set(byLabel("Opens on"), "paths");
      set(byLabel("Your program's page"), "https://lakeview.example/hit?a=1&b=2");
      set(byLabel("Your program's name"), 'Health "IT" <AAS>');
    });
    const snippet = await browser.eval(() => document.getElementById("snippet").value);
    assert.ok(snippet.includes('<script type="module" src="http://127.0.0.1:'));
    assert.ok(snippet.includes('view="paths"'));
    assert.ok(snippet.includes('program-url="https://lakeview.example/hit?a=1&#38;b=2"'));
    assert.ok(snippet.includes('program-name="Health &#34;IT&#34; &#60;AAS&#62;"'));
    await widget.expectVisible("h3", t("paths.title"));
  });
} finally {
  await browser.quit().catch(() => {});
  server.close();
  for (const child of children) child.kill();
}

const count = (state) => results.filter(([, s]) => s === state).length;
console.log(`${count("skipped")} skipped, each with its reason above; ${Math.round((Date.now() - began) / 1000)} s in the browser`);
console.log(`${ENGINE}: ${count("passed")} passed, ${count("failed")} failed`);
process.exit(count("failed") ? 1 : 0);
