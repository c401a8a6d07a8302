// The benchmark of issue #13, item 5: the widget's demo page against the same quiz in SurveyJS.
// Run it through `scripts/bench` (which builds the widget first); see that file for the options.
//
// Both pages are served over loopback with gzip (bench/server.mjs) and measured in one run,
// alternating, each measurement in a fresh browser context (cold cache) of headless Chromium
// with a 412 px wide viewport and 4x CPU throttling:
//   - bytes on the wire: the sum of `Network.loadingFinished.encodedDataLength` over every
//     request of the page, from navigation until the network has been quiet after the second
//     question (nothing excluded);
//   - navigation -> first quiz control (the start button, or the first option): without network
//     throttling, and with DevTools' Slow 4G preset;
//   - click Next -> the next question's options shown, having answered the first question
//     (and waited a second, as a reader would).
// Times are taken inside the page: a requestAnimationFrame loop, installed before any of the
// page's own scripts, records `performance.now()` in the first frame where the control (or the
// next question's options) is present and has a box; the click's time is the click event's
// `timeStamp`. The same probe, with each page's selectors, runs on both pages.
import { chromium } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM } from "../e2e/chromium.js";
import { serve } from "./server.mjs";
import { SURVEYJS_FILES, readWords, surveyPage } from "./surveyjs-page.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = { runs: 5, dist: "dist", json: null, port: 8290, verbose: false, screenshots: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--runs") options.runs = Number(value());
    else if (arg === "--dist") options.dist = value();
    else if (arg === "--json") options.json = value();
    else if (arg === "--port") options.port = Number(value());
    else if (arg === "--screenshots") options.screenshots = value();
    else if (arg === "--verbose" || arg === "-v") options.verbose = true;
    else if (arg === "--no-build") continue; // handled by scripts/bench
    else throw new Error(`unknown option ${arg} (see scripts/bench --help)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error("--runs must be a positive whole number");
  return options;
}

// DevTools' Slow 4G preset (shared/TOOLCHAIN.md): 562.5 ms added to each request,
// 1.6 Mbit/s x 0.9 down, 750 kbit/s x 0.9 up.
export const NETWORKS = {
  none: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  slow4g: {
    offline: false,
    latency: 562.5,
    downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
    uploadThroughput: ((750 * 1024) / 8) * 0.9,
  },
};
const CPU_RATE = 4;
const VIEWPORT = { width: 412, height: 915 };
const TIMEOUT = 180_000;
const THINK_MS = 1000;

// ---------------------------------------------------------------------------------------------
// The two sides

export function sides(words, dataset) {
  const questions = dataset.quiz.questions;
  const common = {
    start: words["quiz.start"],
    next: words["quiz.next"],
    first: questions[0],
    second: questions[1],
  };
  return {
    widget: {
      name: "widget",
      label: "HIT Pathfinder (demo page)",
      ...common,
      // The widget renders in an open shadow root; Playwright's locators pierce it.
      scope: (page) => page.locator("hit-pathfinder").first(),
      probe: { host: "hit-pathfinder", question: "form.hp-question", title: "legend", option: ".hp-option" },
    },
    surveyjs: {
      name: "surveyjs",
      label: "SurveyJS (same page)",
      ...common,
      scope: (page) => page.locator("#surveyContainer"),
      probe: { host: null, question: ".sd-question", title: ".sd-question__title", option: ".sd-item" },
    },
  };
}

// Installed before the page's own scripts: records when the first quiz control and, once armed,
// the next question's options are first present with a box, in a requestAnimationFrame loop.
function probeScript(probe, start) {
  return `(() => {
  const cfg = ${JSON.stringify({ ...probe, start })};
  const b = (window.__bench = { firstControl: null, waitFor: null, clickAt: null, nextShown: null });
  const root = () => (cfg.host ? document.querySelector(cfg.host)?.shadowRoot : document);
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
  };
  const text = (el) => (el.textContent || el.value || "").replace(/\\s+/g, " ").trim();
  const startButton = (r) =>
    [...r.querySelectorAll("button, input[type=button], input[type=submit]")].find(
      (el) => text(el) === cfg.start && shown(el));
  const firstOption = (r) => [...r.querySelectorAll(cfg.question + " " + cfg.option)].find(shown);
  b.questionShown = (prompt) => {
    const r = root();
    if (!r) return false;
    return [...r.querySelectorAll(cfg.question)].some((q) => {
      const title = q.querySelector(cfg.title);
      return title && text(title).includes(prompt) && shown(title) && !!firstOption(q);
    });
  };
  addEventListener("click", (event) => {
    if (b.waitFor && b.clickAt === null) {
      b.clickAt = event.timeStamp;
      b.clickSeen = performance.now();
      b.clickTarget = (event.composedPath()[0]?.outerHTML || "").slice(0, 120);
    }
  }, true);
  const tick = () => {
    const now = performance.now();
    const r = root();
    if (r) {
      if (b.firstControl === null && (startButton(r) || firstOption(r))) b.firstControl = now;
      if (b.waitFor && b.clickAt !== null && b.nextShown === null && b.questionShown(b.waitFor)) b.nextShown = now;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

// ---------------------------------------------------------------------------------------------
// One measurement: a fresh context, one page load, start, answer, Next.

export async function measure(browser, side, url, network, shots = null) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: probeScript(side.probe, side.start) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map(); // requestId -> { url, bytes, status }
    let inFlight = 0;
    let lastActivity = Date.now();
    let bytes = 0;
    let failed = 0;
    cdp.on("Network.requestWillBeSent", (e) => {
      if (!requests.has(e.requestId)) inFlight += 1;
      requests.set(e.requestId, { url: e.request.url, bytes: 0, status: null });
      lastActivity = Date.now();
    });
    cdp.on("Network.responseReceived", (e) => {
      const entry = requests.get(e.requestId);
      if (entry) entry.status = e.response.status;
    });
    cdp.on("Network.loadingFinished", (e) => {
      bytes += e.encodedDataLength;
      const entry = requests.get(e.requestId);
      if (entry) entry.bytes += e.encodedDataLength;
      inFlight -= 1;
      lastActivity = Date.now();
    });
    cdp.on("Network.loadingFailed", () => {
      failed += 1;
      inFlight -= 1;
      lastActivity = Date.now();
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
    await cdp.send("Network.emulateNetworkConditions", NETWORKS[network]);

    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const scope = side.scope(page);

    await page.goto(url, { waitUntil: "commit", timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench?.firstControl !== null, null, { polling: 100, timeout: TIMEOUT });
    const firstControl = await page.evaluate(() => window.__bench.firstControl);
    const bytesAtFirstControl = bytes;
    if (shots) await page.screenshot({ path: `${shots}/${side.name}-1-first-control.png`, fullPage: true });

    // Start, then answer the first question with its first option.
    await scope.getByRole("button", { name: side.start, exact: true }).click({ timeout: TIMEOUT });
    await page.waitForFunction((p) => window.__bench.questionShown(p), side.first.prompt, { polling: 100, timeout: TIMEOUT });
    const option = side.first.options[0].label;
    await scope.getByText(option, { exact: true }).click({ timeout: TIMEOUT });
    const radio = scope.getByRole(side.first.multiple ? "checkbox" : "radio", { name: option, exact: true });
    if (!(await radio.isChecked())) throw new Error(`${side.name}: the first option did not get checked`);

    // A student reads the question before going on: the same pause on both sides, which also
    // lets the engines finish compiling in the background, so Next is not timed against
    // whatever compilation happens to be still running right after the load.
    await page.waitForTimeout(THINK_MS);
    // Click Next, timed from the click event to the second question's options in a frame.
    await page.evaluate((p) => { window.__bench.waitFor = p; }, side.second.prompt);
    await scope.getByRole("button", { name: side.next, exact: true }).click({ timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.nextShown !== null, null, { polling: 100, timeout: TIMEOUT });
    const { clickAt, clickSeen, clickTarget, nextShown } = await page.evaluate(() => window.__bench);
    if (shots) await page.screenshot({ path: `${shots}/${side.name}-2-next-question.png`, fullPage: true });

    // Let whatever the page still fetches arrive, so every byte is counted.
    const quietSince = Date.now();
    while ((inFlight > 0 || Date.now() - lastActivity < 1000) && Date.now() - quietSince < 30_000) {
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const resources = await page.evaluate(() =>
      [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((r) => ({
        name: r.name, start: Math.round(r.startTime), end: Math.round(r.responseEnd), transfer: r.transferSize,
      })));
    // Chromium asks every site for /favicon.ico; neither page has one (both get the same 404).
    const bad = [...requests.values()].filter(
      (r) => r.status !== null && r.status >= 400 && new URL(r.url).pathname !== "/favicon.ico");
    if (bad.length) errors.push(...bad.map((r) => `HTTP ${r.status} for ${r.url}`));
    return {
      firstControl,
      next: nextShown - clickAt,
      click: { at: clickAt, seen: clickSeen, target: clickTarget, nextShown },
      bytes,
      bytesAtFirstControl,
      requests: requests.size,
      failed,
      errors,
      files: [...requests.values()].map(({ url: u, bytes: b, status }) => ({ url: u, bytes: b, status })),
      resources,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and output

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x).toLocaleString("en-US")} ms`;
const bytesText = (x) => `${Math.round(x).toLocaleString("en-US")} B`;

function summarize(samples) {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

const FIGURES = [
  { key: "bytes", network: "none", label: "bytes on the wire (whole run)", unit: bytesText },
  { key: "bytesAtFirstControl", network: "none", label: "  of which before the first control", unit: bytesText },
  { key: "firstControl", network: "none", label: "navigation -> first control, no network throttling", unit: ms, goal: 0.55 },
  { key: "firstControl", network: "slow4g", label: "navigation -> first control, Slow 4G", unit: ms, goal: 0.55 },
  { key: "next", network: "none", label: "click Next -> next question's options", unit: ms, goal: 0.4 },
  { key: "next", network: "slow4g", label: "  the same, measured in the Slow 4G runs", unit: ms },
];

function table(results) {
  const rows = FIGURES.map((f) => {
    const w = summarize(results.widget[f.network].map((r) => r[f.key]));
    const s = summarize(results.surveyjs[f.network].map((r) => r[f.key]));
    const ratio = w.median / s.median;
    return { ...f, widget: w, surveyjs: s, ratio, met: f.goal ? ratio <= f.goal : null };
  });
  const cell = (f, x) => `${f.unit(x.median)} (${f.unit(x.min).replace(/ \w+$/, "")}–${f.unit(x.max)})`;
  const head = ["figure (median, spread of the runs)", "widget", "SurveyJS", "widget / SurveyJS", "goal"];
  const body = rows.map((r) => [
    r.label,
    cell(r, r.widget),
    cell(r, r.surveyjs),
    `${r.ratio.toFixed(2)}x`,
    r.goal ? `<= ${r.goal.toFixed(2)}x ${r.met ? "met" : "NOT met"}` : "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return { rows, text: [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n") };
}

function markdown(rows, runs) {
  const cell = (r, x) => `${r.unit(x.median)} (${r.unit(x.min).replace(/ \w+$/, "")}–${r.unit(x.max).replace(/ \w+$/, "")})`;
  return [
    `| figure (median of ${runs} runs, spread) | widget | SurveyJS | widget / SurveyJS | goal |`,
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map((r) =>
      `| ${r.label.trim()} | ${cell(r, r.widget)} | ${cell(r, r.surveyjs)} | ${r.ratio.toFixed(2)}x | ${r.goal ? `<= ${r.goal.toFixed(2)}x${r.met ? "" : " (not met)"}` : ""} |`),
  ].join("\n");
}

// The biggest downloads of one measurement, with when each finished (ms after navigation).
function breakdown(result) {
  const ends = new Map(result.resources.map((r) => [r.name, r.end]));
  return result.files
    .filter((f) => f.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
    .map((f) => {
      const end = ends.get(f.url);
      return `    ${bytesText(f.bytes).padStart(11)}  ${end !== undefined ? `done at ${ms(end)}`.padEnd(17) : "".padEnd(17)}  ${new URL(f.url).pathname}`;
    })
    .join("\n");
}

// ---------------------------------------------------------------------------------------------

// Other work on the machine slows both pages (alternation keeps it fair, not quiet): say so.
function busy(when) {
  const [load] = loadavg();
  const cores = cpus().length;
  if (load > cores) {
    process.stderr.write(`note: load average ${load.toFixed(1)} on ${cores} cores ${when}: other work competes with the browser, figures will vary more\n`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dist = resolve(process.cwd(), options.dist);
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/index.html does not exist: build the widget first`);
  const dataPath = existsSync(`${dist}/data/hit-pathfinder.en-US.json`)
    ? `${dist}/data/hit-pathfinder.en-US.json`
    : `${ROOT}/data/hit-pathfinder.en-US.json`;
  const dataset = JSON.parse(readFileSync(dataPath, "utf8"));
  const words = readWords(ROOT);
  const surveyHtml = surveyPage(readFileSync(`${dist}/index.html`, "utf8"), dataset, words);
  const modules = resolve(ROOT, "node_modules");
  for (const file of Object.values(SURVEYJS_FILES)) {
    if (!existsSync(`${modules}/${file}`)) throw new Error(`node_modules/${file} is missing: run npm ci`);
  }
  const surveyVersion = JSON.parse(readFileSync(`${modules}/survey-core/package.json`, "utf8")).version;
  const uiVersion = JSON.parse(readFileSync(`${modules}/survey-js-ui/package.json`, "utf8")).version;

  const widgetServer = await serve({ port: options.port, routes: [["/", dist]] });
  const surveyServer = await serve({
    port: options.port + 1,
    routes: [
      ["/lib/survey-core/", `${modules}/survey-core`],
      ["/lib/survey-js-ui/", `${modules}/survey-js-ui`],
      ["/", dist], // the demo page's own stylesheet and images
    ],
    pages: { "/index.html": { type: "text/html; charset=utf-8", body: Buffer.from(surveyHtml) } },
  });
  const urls = { widget: `${widgetServer.url}index.html`, surveyjs: `${surveyServer.url}index.html` };
  const all = sides(words, dataset);

  const browser = await chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args, headless: true });
  const results = { widget: { none: [], slow4g: [] }, surveyjs: { none: [], slow4g: [] } };
  const log = (text) => process.stderr.write(`${text}\n`);
  try {
    log(`Chromium ${browser.version()}, ${VIEWPORT.width} px, CPU ${CPU_RATE}x slower; SurveyJS ${surveyVersion} / survey-js-ui ${uiVersion}`);
    busy("at the start");
    log(`widget:   ${urls.widget}  (${dist})`);
    log(`SurveyJS: ${urls.surveyjs}`);
    log(`warm-up (not counted): one load of each page${options.screenshots ? ", with screenshots" : ""}`);
    for (const name of ["widget", "surveyjs"]) {
      const shots = options.screenshots ? resolve(process.cwd(), options.screenshots) : null;
      if (shots) mkdirSync(shots, { recursive: true });
      const warm = await measure(browser, all[name], urls[name], "none", shots);
      if (warm.errors.length) log(`  ${name}: ${warm.errors.join("; ")}`);
    }
    for (let run = 1; run <= options.runs; run += 1) {
      for (const network of ["none", "slow4g"]) {
        // Alternate which side goes first, so neither always follows the other.
        const order = (run + (network === "slow4g" ? 1 : 0)) % 2 ? ["widget", "surveyjs"] : ["surveyjs", "widget"];
        for (const name of order) {
          const r = await measure(browser, all[name], urls[name], network);
          results[name][network].push(r);
          log(
            `run ${run}/${options.runs} ${network.padEnd(6)} ${name.padEnd(8)}  first control ${ms(r.firstControl).padStart(9)}` +
              `  next ${ms(r.next).padStart(7)}  ${bytesText(r.bytes).padStart(11)} in ${r.requests} requests` +
              (r.failed ? `, ${r.failed} failed` : "") +
              (r.errors.length ? `  ERRORS: ${r.errors.join("; ")}` : ""),
          );
        }
      }
    }
  } finally {
    await browser.close();
    await widgetServer.close();
    await surveyServer.close();
  }

  busy("at the end");
  const { rows, text } = table(results);
  console.log("");
  console.log(`HIT Pathfinder vs SurveyJS ${surveyVersion}: median of ${options.runs} runs (min–max), ` +
    `headless Chromium, ${VIEWPORT.width} px, ${CPU_RATE}x CPU throttling, gzip over loopback`);
  console.log("");
  console.log(text);
  console.log("");
  const pick = (list) => {
    const m = median(list.map((r) => r.firstControl));
    return list.reduce((a, b) => (Math.abs(b.firstControl - m) < Math.abs(a.firstControl - m) ? b : a));
  };
  for (const name of ["widget", "surveyjs"]) {
    const r = pick(results[name].slow4g);
    console.log(`${all[name].label}, the Slow 4G run nearest the median (first control at ${ms(r.firstControl)}), biggest downloads:`);
    console.log(breakdown(r));
  }
  if (options.verbose) {
    console.log("");
    console.log(markdown(rows, options.runs));
  }
  if (options.json) {
    const out = resolve(process.cwd(), options.json);
    writeFileSync(out, `${JSON.stringify({
      date: new Date().toISOString(),
      setup: {
        chromium: CHROMIUM.executablePath, viewport: VIEWPORT, cpuThrottling: CPU_RATE, networks: NETWORKS,
        runs: options.runs, surveyCore: surveyVersion, surveyJsUi: uiVersion, dist,
      },
      figures: rows.map(({ unit, ...r }) => r),
      markdown: markdown(rows, options.runs),
      results,
    }, null, 2)}\n`);
    console.log(`\nresults written to ${out}`);
  }
  const errors = Object.values(results).flatMap((n) => Object.values(n).flat()).flatMap((r) => r.errors);
  if (errors.length) {
    console.error(`\n${errors.length} page error(s) during the runs (see above): the figures may not be valid.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`bench: ${error.stack || error}`);
    process.exit(1);
  });
}
