// Embedding on a school's page: attributes, several widgets, hostile CSS, strict CSP, a
// school's own dataset, the iframe fallback, host events and privacy.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { openWidget, sidewaysOverflow, watchErrors } from "./helpers.js";

const PAGES = "/test-pages";

test.describe("embedding", () => {
  test("two widgets on one page work independently, with the script pasted twice", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${PAGES}/two.html`);
    const first = page.locator("#first");
    const second = page.locator("#second");
    await expect(first.getByRole("heading", { name: "Career-fit quiz" })).toBeVisible();
    await expect(second.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    await first.getByRole("button", { name: "Start the quiz" }).click();
    await expect(first.getByRole("heading", { name: /Question 1 of/ })).toBeVisible();
    await expect(second.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("attribute changes after load take effect, and a bad value says what is wrong", async ({ page }) => {
    await page.goto(`${PAGES}/two.html`);
    const second = page.locator("#second");
    await expect(second.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    await page.evaluate(() => document.getElementById("second").setAttribute("view", "compare"));
    await expect(second.getByRole("button", { name: "Compare certifications" })).toHaveAttribute("aria-current", "page");
    await page.evaluate(() => document.getElementById("second").setAttribute("view", "results"));
    await expect(second.getByRole("alert")).toContainText('view="results"');
    await page.evaluate(() => {
      const el = document.getElementById("second");
      el.setAttribute("program-url", "https://example.edu/hit");
      el.setAttribute("program-name", "Our HIT program");
      el.setAttribute("view", "paths");
    });
    await second.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(second.getByRole("link", { name: "Explore Our HIT program" })).toHaveAttribute("href", "https://example.edu/hit");
    await page.evaluate(() => document.getElementById("second").setAttribute("program-url", "javascript:alert(1)"));
    await expect(second.getByRole("alert")).toContainText("program-url");
    await expect(second.getByRole("link", { name: /Explore/ })).toHaveCount(0);
  });

  test("host events carry path ids, certification ids and the program link, never answers", async ({ page }) => {
    await page.goto(`${PAGES}/two.html`);
    const first = page.locator("#first");
    await first.getByRole("button", { name: "Start the quiz" }).click();
    await first.getByLabel("As little as possible", { exact: false }).check();
    for (let i = 0; i < 20; i += 1) {
      const submit = first.locator("form.hp-question button[type=submit]");
      const label = await submit.textContent();
      await submit.click();
      if (label === "See my results") break;
    }
    await expect(first.getByRole("heading", { name: "Your results" })).toBeVisible();
    // The top path's details, then one of its certifications (opens the comparison).
    await first.locator(".hp-result").first().getByRole("button").first().click();
    await first.getByRole("button").filter({ hasText: "–" }).first().click();
    await first.getByRole("button", { name: "Quiz", exact: true }).click();
    await first.getByRole("link", { name: /Explore Health Information Technology, AAS/ }).first().evaluate((a) => {
      a.addEventListener("click", (e) => e.preventDefault());
    });
    await first.getByRole("link", { name: /Explore Health Information Technology, AAS/ }).first().click();
    const events = await page.evaluate(() => window.hostEvents);
    const complete = events.find((e) => e.type === "hit-pathfinder:quiz-complete");
    expect(complete.target).toBe("first");
    expect(complete.detail.paths).toHaveLength(3);
    for (const p of complete.detail.paths) {
      expect(Object.keys(p).sort()).toEqual(["fit", "id"]);
      expect(p.id).toMatch(/^[a-z0-9-]+$/);
      // One answer is too few to show a fit: the widget shows none, and the event says none.
      expect(p.fit).toBeNull();
    }
    const compare = events.find((e) => e.type === "hit-pathfinder:compare");
    expect(compare.detail.certifications.length).toBeGreaterThan(0);
    const cta = events.find((e) => e.type === "hit-pathfinder:cta");
    expect(cta.detail).toEqual({ url: "http://127.0.0.1:8181/programs/hit".replace("8181", new URL(page.url()).port), program: null });
    expect(JSON.stringify(events)).not.toContain("As little as possible");
  });

  test("hostile page CSS does not change the widget", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    // The widget's whole box, less a fractional last pixel row blended with the page.
    const shoot = async (name) => {
      await page.goto(`${PAGES}/${name}.html`);
      const widget = page.locator("hit-pathfinder");
      await expect(widget.getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
      // Let fonts and layout settle before the picture.
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
      const box = await widget.boundingBox();
      return page.screenshot({ fullPage: true, clip: { x: box.x, y: box.y, width: Math.floor(box.width), height: Math.floor(box.height) } });
    };
    const plain = await shoot("plain");
    const hostile = await shoot("hostile");
    expect(hostile.equals(plain)).toBe(true);
  });

  test("works under a strict Content-Security-Policy with no violations", async ({ page }) => {
    const violations = [];
    page.on("console", (m) => { if (/Content.Security.Policy|Refused/i.test(m.text())) violations.push(m.text()); });
    const widget = await openWidget(page, `${PAGES}/csp-strict.html`);
    await widget.getByRole("button", { name: "Start the quiz" }).click();
    await expect(widget.getByRole("heading", { name: /Question 1 of/ })).toBeVisible();
    // The styles applied: the option cards have the widget's border radius.
    const radius = await widget.locator(".hp-option label").first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    expect(radius).toBe("8px");
    expect(violations).toEqual([]);
  });

  test("on a page whose policy forbids WebAssembly, it says what the school must allow", async ({ page }) => {
    await page.goto(`${PAGES}/csp-no-wasm.html`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("alert")).toContainText("'wasm-unsafe-eval'");
    await expect(page.getByRole("link", { name: "Our program" })).toBeVisible();
  });

  for (const [outcome, writeText, said] of [
    ["copies it", () => (navigator.clipboard.writeText = () => Promise.resolve()), "Link copied."],
    ["refuses", () => (navigator.clipboard.writeText = () => Promise.reject(new DOMException("no", "NotAllowedError"))), /did not allow copying/],
  ]) {
    test(`Copy link says what happened when the browser ${outcome}`, async ({ page }) => {
      await page.addInitScript(writeText);
      await page.goto("/index.html#hp-compare=rhit,cpc");
      const widget = page.locator("hit-pathfinder");
      await widget.getByRole("button", { name: "Copy link" }).click();
      await expect(widget.locator(".hp-share-status")).toHaveText(said);
      // Either way the link is shown, to copy by hand.
      await expect(widget.locator(".hp-share-link")).toHaveValue(/#hp-compare=rhit,cpc&hp-lang=en-US$/);
    });
  }

  for (const [what, removeFeature] of [
    ["constructable stylesheets", () => delete ShadowRoot.prototype.adoptedStyleSheets],
    ["WebAssembly reference types", () => (WebAssembly.validate = () => false)],
  ]) {
    test(`a browser without ${what} is told it needs a newer one, and keeps the link`, async ({ page }) => {
      const requests = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.addInitScript(removeFeature);
      await page.goto(`${PAGES}/csp-strict.html`);
      const widget = page.locator("hit-pathfinder");
      await expect(widget.getByRole("alert")).toHaveText(/needs a newer browser/);
      await expect(page.getByRole("link", { name: "Our program" })).toBeVisible();
      // Nothing more is downloaded for a widget that cannot run.
      expect(requests.filter((url) => /hit_pathfinder|\.json/.test(url))).toEqual([]);
    });
  }

  for (const [name, file, message] of [
    ["a 404", "missing.json", /answered “404”/],
    ["a body that is not JSON", "data/not-json.json", /not valid JSON/],
    ["an invalid dataset", "data/invalid.json", /organizations\[0\]\.url: The link "javascript:alert\(document\.cookie\)" is not allowed\./],
    ["a server that cannot be reached", "http://127.0.0.1:9/none.json", /could not be reached/],
  ]) {
    test(`a school dataset failing with ${name} shows a clear message and the page keeps working`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${PAGES}/dataset.html?dataset=${encodeURIComponent(file)}`);
      const widget = page.locator("hit-pathfinder");
      await expect(widget.getByRole("alert")).toContainText(message);
      await page.getByRole("button", { name: "A host page button that must keep working" }).click();
      await expect(page.locator("#after")).toHaveText("clicked");
      expect(errors).toEqual([]);
    });
  }

  test("a school dataset's problems are explained in the widget's language, words fetched only then", async ({ page }) => {
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${PAGES}/dataset.html?dataset=data/invalid.json&lang=es`);
    const alert = page.locator("hit-pathfinder").getByRole("alert");
    await expect(alert).toContainText('organizations[0].url: El enlace "javascript:alert(document.cookie)" no está permitido.');
    await expect(alert).toContainText("Use una dirección completa que empiece con https://");
    expect(requests).toContain("/data/problems.es-US.json");
    // A valid dataset never asks for them.
    requests.length = 0;
    await page.goto(`${PAGES}/dataset.html?dataset=data/school.json`);
    await expect(page.locator("hit-pathfinder").getByRole("heading", { level: 2 }).first()).toBeVisible();
    expect(requests.filter((path) => path.includes("problems."))).toEqual([]);
  });

  test("a dataset that never arrives gives up after 15 seconds and offers Try again", async ({ page, browserName }) => {
    test.skip(browserName !== "chromium", "one engine is enough for a 15-second wait");
    test.setTimeout(40_000);
    await page.route("**/test-pages/data/slow.json", () => {}); // never answered
    await page.goto(`${PAGES}/dataset.html?dataset=data/slow.json`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("status")).toBeVisible();
    await expect(widget.getByRole("alert")).toContainText("did not arrive within 15 seconds", { timeout: 25_000 });
    await expect(widget.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  test("moving the element on the page keeps the visitor's place; removing it unmounts", async ({ page }) => {
    const errors = watchErrors(page);
    const widget = await openWidget(page);
    await widget.getByRole("button", { name: "Compare certifications" }).click();
    await widget.getByRole("checkbox", { name: /^RHIT / }).check();
    await widget.getByRole("checkbox", { name: /^CPC / }).check();
    const columns = widget.locator("th[scope=col] .hp-cmp-abbr");
    await expect(columns).toHaveText(["RHIT", "CPC"]);
    // As a tab or accordion script does: the element moves to another parent.
    await widget.evaluate((element) => document.body.append(element));
    await page.waitForTimeout(100);
    await expect(columns).toHaveText(["RHIT", "CPC"]);
    // Taken away for good, it unmounts: its shadow root holds only the fallback slot.
    await widget.evaluate((element) => {
      window.removed = element;
      element.remove();
    });
    await expect.poll(() => page.evaluate(() => window.removed.shadowRoot.querySelector(".hp-root"))).toBeNull();
    expect(errors).toEqual([]);
  });

  test("long unbroken words in a dataset wrap at 320 px instead of pushing the page sideways", async ({ page }) => {
    const data = JSON.parse(readFileSync(new URL("../pages/data/school.json", import.meta.url), "utf8"));
    data.meta.title = "T".repeat(150);
    data.meta.description = "D".repeat(1000);
    data.paths[0].name = "N".repeat(150);
    data.paths[0].summary = "S".repeat(1000);
    await page.route("**/test-pages/data/long.json", (route) => route.fulfill({ body: JSON.stringify(data), contentType: "application/json" }));
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${PAGES}/dataset.html?dataset=data/long.json&view=paths`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("heading", { name: /^T+$/ })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await widget.getByRole("button", { name: /^N+/ }).click();
    await expect(widget.getByRole("heading", { name: /^N+$/, level: 3 })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("a dataset that arrives late never replaces the one asked for since", async ({ page }) => {
    let answer;
    const held = new Promise((resolve) => (answer = resolve));
    await page.route("**/test-pages/data/late.json", async (route) => {
      await held;
      await route.fulfill({ path: new URL("../pages/data/school.json", import.meta.url).pathname, contentType: "application/json" });
    });
    await page.goto(`${PAGES}/dataset.html?dataset=data/late.json`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("status")).toBeVisible();
    // The page changes its mind: the default dataset instead.
    await widget.evaluate((element) => element.removeAttribute("dataset"));
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
    answer();
    await page.waitForTimeout(500);
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
    await expect(widget.getByRole("heading", { name: "Test dataset" })).toHaveCount(0);
  });

  test("a language the school's dataset lacks: the visitor keeps their place and is told", async ({ page }) => {
    const school = new URL("../pages/data/school.json", import.meta.url).pathname;
    await page.route("**/test-pages/data/only.en-US.json", (route) => route.fulfill({ path: school, contentType: "application/json" }));
    await page.route("**/test-pages/data/only.es-US.json", (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto(`${PAGES}/dataset.html?dataset=${encodeURIComponent("data/only.{lang}.json")}`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("heading", { name: "Test dataset" })).toBeVisible();
    await widget.locator(".hp-card-button").first().click();
    const title = widget.locator("#hp-path-title");
    const name = await title.textContent();
    await widget.getByRole("button", { name: "Español" }).click();
    // Said in the language the visitor asked for, and marked so.
    const alert = widget.getByRole("alert");
    await expect(alert).toContainText("No se pudo cargar esta guía en ese idioma");
    await expect(alert).toHaveAttribute("lang", "es-US");
    await expect(widget.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await expect(widget.locator(".hp-app")).toHaveAttribute("lang", "en-US");
    await expect(title).toHaveText(name);
  });

  test("a school's own dataset loads, and Try again refetches after a failure", async ({ page }) => {
    await page.goto(`${PAGES}/dataset.html?dataset=data/school.json`);
    const widget = page.locator("hit-pathfinder");
    await expect(widget.getByRole("heading", { name: "Test dataset" })).toBeVisible();

    let fail = true;
    await page.route("**/test-pages/data/school.json", (route) => (fail ? route.fulfill({ status: 503, body: "busy" }) : route.continue()));
    await page.reload();
    await expect(widget.getByRole("alert")).toContainText("503");
    fail = false;
    await widget.getByRole("button", { name: "Try again" }).click();
    await expect(widget.getByRole("heading", { name: "Test dataset" })).toBeVisible();
  });

  test("the iframe fallback reports its height and the host snippet resizes the frame", async ({ page }) => {
    await page.goto(`${PAGES}/frame.html`);
    const frame = page.frameLocator("#frame");
    await expect(frame.locator("hit-pathfinder").getByRole("heading", { name: "Career paths", level: 3 })).toBeVisible();
    await expect.poll(async () => page.locator("#frame").evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(600);
    // A message from another window is ignored.
    await page.evaluate(() => window.postMessage({ type: "hit-pathfinder:height", height: 5 }, "*"));
    await page.waitForTimeout(200);
    expect(await page.locator("#frame").evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(600);
  });

  test("in a frame, embed.html takes the program link the framing page gives, on any site", async ({ page }) => {
    await page.goto(`${PAGES}/frame.html`);
    const widget = page.frameLocator("#frame").locator("hit-pathfinder");
    await widget.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.getByRole("link", { name: "Explore Our program" })).toHaveAttribute("href", "https://example.edu/hit");
  });

  test("opened on its own, embed.html takes no dataset or program link from another site", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    // localhost is another origin than 127.0.0.1, though the same server.
    const elsewhere = new URL(test.info().project.use.baseURL);
    elsewhere.hostname = "localhost";
    const query = new URLSearchParams({
      view: "paths",
      dataset: `${elsewhere.origin}${PAGES}/data/school.json`,
      "program-url": "https://evil.example/pay",
      "program-name": "Pay your reinstatement fee",
    });
    await page.goto(`/embed.html?${query}`);
    const widget = page.locator("hit-pathfinder");
    // The default dataset, not the named one.
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
    await widget.getByRole("button", { name: /Cancer registry/ }).click();
    await expect(widget.getByRole("heading", { name: /Cancer registry/, level: 3 })).toBeVisible();
    await expect(widget.locator('a[href^="https://evil.example"]')).toHaveCount(0);
    await expect(widget.getByText(/reinstatement/)).toHaveCount(0);
    expect(warnings.join("\n")).toContain("ignored a dataset from another site");
    expect(warnings.join("\n")).toContain("ignored a program link to another site");
  });

  test("embed.html passes on the state for pay figures as its code, and only a state's code", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    // Any case, written upper case.
    await page.goto("/embed.html?view=paths&region=tx");
    const widget = page.locator("hit-pathfinder");
    await expect(widget).toHaveAttribute("region", "TX");
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
    await expect(widget.getByRole("alert")).toHaveCount(0);
    expect(warnings).toEqual([]);
    // Empty: national figures only, nothing to say.
    await page.goto("/embed.html?view=paths&region=");
    await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
    await expect(widget).not.toHaveAttribute("region");
    expect(warnings).toEqual([]);
    // Not a state's code: left out, with a warning for the page's author.
    for (const refused of ["Texas", "PR", "T X", "\u0131n", '"><script>']) {
      await page.goto(`/embed.html?view=paths&region=${encodeURIComponent(refused)}`);
      await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
      await expect(widget).not.toHaveAttribute("region");
      expect(warnings.pop()).toContain("ignored a region that is not the code of a US state or DC");
    }
  });

  test("opened on its own, embed.html takes a school profile from its own site, and none from another", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url())));
    const widget = page.locator("hit-pathfinder");
    // The school's own profile (docs/examples/lakeview.json), by a full or a relative address.
    const own = `${test.info().project.use.baseURL}${PAGES}/data/lakeview.json`;
    for (const school of [own, "test-pages/data/lakeview.json"]) {
      await page.goto(`/embed.html?${new URLSearchParams({ view: "paths", school })}`);
      await expect(widget).toHaveAttribute("school", school);
      await expect(widget.locator(".hp-school").first()).toHaveText("At Lakeview College: Medical Coding Certificate");
      // Its hidden path is gone.
      await expect(widget.getByText(/Showing 13 of 13 paths/)).toBeVisible();
      await expect(widget.getByRole("alert")).toHaveCount(0);
      expect(warnings).toEqual([]);
    }

    // The same file on another site (localhost is another origin than 127.0.0.1, though the
    // same server, which lets any site read it), or an address that is no web address: left
    // out, with a warning for the page's author, and never asked for.
    const elsewhere = new URL(own);
    elsewhere.hostname = "localhost";
    const protocolRelative = `//${elsewhere.host}${elsewhere.pathname}`;
    const withUser = `${elsewhere.protocol}//${new URL(own).host}@${elsewhere.host}${elsewhere.pathname}`;
    for (const refused of [elsewhere.href, protocolRelative, withUser, "javascript:alert(1)", "data:application/json,{}"]) {
      requests.length = 0;
      await page.goto(`/embed.html?${new URLSearchParams({ view: "paths", school: refused })}`);
      await expect(widget.getByText(/Showing 14 of 14 paths/)).toBeVisible();
      await expect(widget).not.toHaveAttribute("school");
      await expect(widget.locator(".hp-school")).toHaveCount(0);
      await expect(widget.getByRole("alert")).toHaveCount(0);
      expect(warnings.pop(), refused).toContain("ignored a school profile from another site");
      expect(requests.filter((u) => u.pathname.endsWith("/lakeview.json")), refused).toEqual([]);
    }
    expect(warnings).toEqual([]);
  });

  test("in a frame, embed.html takes the school profile the framing page gives, on any site", async ({ page }) => {
    const base = new URL(test.info().project.use.baseURL);
    const elsewhere = new URL(`${PAGES}/data/lakeview.json`, base);
    elsewhere.hostname = "localhost";
    const src = new URL(`/embed.html?${new URLSearchParams({ view: "paths", school: elsewhere.href })}`, base);
    await page.setContent(`<iframe src="${src.href.replaceAll("&", "&amp;")}" title="Health information career guide"></iframe>`);
    const widget = page.frameLocator("iframe").locator("hit-pathfinder");
    await expect(widget).toHaveAttribute("school", elsewhere.href);
    await expect(widget.locator(".hp-school").first()).toHaveText("At Lakeview College: Medical Coding Certificate");
    await expect(widget.getByRole("alert")).toHaveCount(0);
  });

  test("makes no request but its own files and the dataset, and sets no cookie", async ({ page, context }) => {
    const requests = [];
    page.on("request", (r) => requests.push(new URL(r.url())));
    await page.goto(`${PAGES}/dataset.html?dataset=data/school.json`);
    await expect(page.locator("hit-pathfinder").getByRole("heading", { name: "Test dataset" })).toBeVisible();
    const origin = new URL(page.url()).origin;
    const paths = requests.map((u) => (u.origin === origin ? u.pathname : u.href));
    // The widget's own files carry the release, so caches never mix two releases.
    expect(requests.filter((u) => u.pathname.startsWith("/hit_pathfinder")).every((u) => u.search === "?v=0.1.0")).toBe(true);
    expect(paths.sort()).toEqual([
      "/hit-pathfinder.js",
      "/hit_pathfinder.js",
      "/hit_pathfinder_bg.wasm",
      "/test-pages/data/school.json",
      "/test-pages/dataset.html",
      "/test-pages/dataset.js",
    ]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });
  test("the documented custom properties theme the widget: accent, font and corners", async ({ page }) => {
    const widget = await openWidget(page);
    await page.evaluate(() => {
      const el = document.querySelector("hit-pathfinder");
      el.style.setProperty("--hit-accent", "rgb(120, 20, 60)");
      el.style.setProperty("--hit-font", "monospace");
      el.style.setProperty("--hit-radius", "0px");
    });
    const start = widget.getByRole("button", { name: "Start the quiz" });
    await expect(start).toHaveCSS("background-color", "rgb(120, 20, 60)");
    await expect(start).toHaveCSS("font-family", "monospace");
    await expect(start).toHaveCSS("border-top-left-radius", "0px");
  });

  test("with reduced motion asked for, the loading placeholder does not animate", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.route("**/test-pages/data/school.json", () => {}); // stays loading
    await page.goto(`${PAGES}/dataset.html?dataset=data/school.json`);
    const emulated = await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches);
    test.skip(!emulated, "this browser's driver cannot emulate reduced motion");
    const skeleton = page.locator("hit-pathfinder .hp-skeleton");
    await expect(skeleton).toBeVisible();
    const duration = await skeleton.evaluate((el) => parseFloat(getComputedStyle(el).animationDuration));
    expect(duration).toBeLessThan(0.001);
  });
});
