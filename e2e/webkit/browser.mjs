// A small page-object layer over two drivers: Selenium's WebDriver client (for WebKitWebDriver,
// Debian's WebKitGTK MiniBrowser, which Playwright cannot drive) and Playwright (Chromium and
// Firefox). A check speaks of the widget as a visitor does: "click the button named X", "the
// heading Y has focus"; the layer finds it inside the element's open shadow root (by CSS class
// or role and its text) and acts through the driver, so clicks and keys are the browser's own.
// Questions about state (text, focus, styles) run as one script in the page. The checks in
// suite.mjs are written once against this layer and run in any of the three engines.
import assert from "node:assert/strict";

/** Retries `body` (which throws while not yet true) until it passes or `timeout` ms pass. */
export async function eventually(body, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await body();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// Helpers defined in the page before every widget query: `pick` finds elements by CSS and text.
const PRELUDE = `
const norm = (e) => (e.textContent || "").replace(/\\s+/g, " ").trim();
const matches = (t, spec) => !spec ? true : spec.re !== undefined ? new RegExp(spec.re, spec.flags).test(t) : t === spec.s;
const visible = (e) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
const pick = (root, css, spec) => [...root.querySelectorAll(css)].filter((e) => matches(norm(e), spec));
const labelled = (root, spec) => {
  for (const label of root.querySelectorAll("label")) if (matches(norm(label), spec) && label.control) return label.control;
  for (const e of root.querySelectorAll("[aria-label]")) if (matches(e.getAttribute("aria-label"), spec)) return e;
  return null;
};
`;

/** A text to match: a string (whole text, whitespace collapsed) or a RegExp. */
const spec = (text) =>
  text === undefined || text === null ? null : text instanceof RegExp ? { re: text.source, flags: text.flags } : { s: text };

// ---------------------------------------------------------------- the two drivers
// Each adapter runs a script (a function body using `arguments`, as WebDriver's Execute Script
// does) in the current frame, and acts on elements it returned.

class SeleniumAdapter {
  static async start({ driverUrl }) {
    const { Builder, WebElement, Key } = await import("selenium-webdriver");
    const driver = await new Builder()
      .usingServer(driverUrl)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          args: ["--automation"],
        },
      })
      .build();
    await driver.manage().setTimeouts({ script: 60_000 });
    return new SeleniumAdapter(driver, WebElement, Key);
  }
  constructor(driver, WebElement, Key) {
    Object.assign(this, { driver, WebElement, Key, engine: "webkit" });
  }
  script(code, args) {
    return this.driver.executeScript(code, ...args);
  }
  asyncScript(code, args) {
    return this.driver.executeAsyncScript(code, ...args);
  }
  isElement(value) {
    return value instanceof this.WebElement;
  }
  goto(url) {
    return this.driver.get(url);
  }
  reload() {
    return this.driver.navigate().refresh();
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  async press(key) {
    const { Key } = this;
    const actions = this.driver.actions();
    const named = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE };
    if (key === "Shift+Tab") await actions.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
    else await actions.sendKeys(named[key] ?? key).perform();
  }
  resize(width, height) {
    // The window's size: MiniBrowser will not go below about 447 px wide (see phone() in the suite).
    return this.driver.manage().window().setRect({ width, height });
  }
  async intoFrame(css) {
    const frame = await eventually(async () => this.driver.findElement({ css }));
    await this.driver.switchTo().frame(frame);
  }
  top() {
    return this.driver.switchTo().defaultContent();
  }
  cookies() {
    return this.driver.manage().getCookies();
  }
  quit() {
    return this.driver.quit();
  }
  async click(handle) {
    // Scrolled to the middle of its frame first: after a window resize, WebKitWebDriver's own
    // scrolling misses elements in a scrolled iframe.
    await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", handle);
    await handle.click();
  }
  type(handle, text) {
    return handle.sendKeys(text);
  }
  clear(handle) {
    return handle.clear();
  }
  rect(handle) {
    return handle.getRect();
  }
  accessibleName(handle) {
    return handle.getAccessibleName();
  }
  async selectOption(select, value) {
    // WebDriver's click on an <option> selects it as the browser's own list would.
    const option = await this.driver.executeScript("return [...arguments[0].options].find((o) => o.value === arguments[1]) ?? null", select, value);
    if (!option) throw new Error(`no option ${value}`);
    await option.click();
  }
}

class PlaywrightAdapter {
  static async start({ engine, system = false }) {
    const playwright = await import("playwright-core");
    const { CHROMIUM } = await import("../chromium.js");
    const launcher = playwright[engine];
    const browser =
      engine === "firefox"
        ? await launcher.launch({
            channel: "moz-firefox",
            executablePath: "/usr/bin/firefox-esr",
            // Over WebDriver BiDi, Playwright 1.64 cannot emulate these: Firefox's own settings
            // for a dark system and reduced motion stand in.
            ...(system ? { firefoxUserPrefs: { "ui.systemUsesDarkTheme": 1, "layout.css.prefers-color-scheme.content-override": 0, "ui.prefersReducedMotion": 1 } } : {}),
          })
        : await launcher.launch(CHROMIUM);
    // The "system" session: a dark system theme and reduced motion, as in WebKit's GTK settings.
    const context = await browser.newContext({
      viewport: { width: 1024, height: 762 },
      ...(system ? { colorScheme: "dark", reducedMotion: "reduce" } : {}),
    });
    const page = await context.newPage();
    return new PlaywrightAdapter(browser, context, page, engine);
  }
  constructor(browser, context, page, engine) {
    Object.assign(this, { browser, context, page, engine, frame: page.mainFrame() });
  }
  /** A function object whose source is `source` (Playwright sends a function's source to the page). */
  static fn(source) {
    const f = () => {};
    f.toString = () => source;
    return f;
  }
  async result(handle) {
    const element = handle.asElement();
    if (element) return element;
    const value = await handle.jsonValue();
    await handle.dispose();
    return value;
  }
  async script(code, args) {
    const source = `(args) => (function () {\n${code}\n}).apply(null, args)`;
    return this.result(await this.frame.evaluateHandle(PlaywrightAdapter.fn(source), args));
  }
  async asyncScript(code, args) {
    const source = `(args) => new Promise((done) => (function () {\n${code}\n}).apply(null, [...args, done]))`;
    return this.result(await this.frame.evaluateHandle(PlaywrightAdapter.fn(source), args));
  }
  isElement(value) {
    return !!value && typeof value === "object" && typeof value.asElement === "function";
  }
  goto(url) {
    return this.page.goto(url);
  }
  reload() {
    return this.page.reload();
  }
  url() {
    return this.page.url();
  }
  async press(key) {
    if (["Tab", "Enter", "Space", "Shift+Tab"].includes(key)) await this.page.keyboard.press(key);
    else await this.page.keyboard.type(key);
  }
  resize(width, height) {
    // Playwright sets the viewport; the window's frame (38 px in MiniBrowser) is left out.
    return this.page.setViewportSize({ width, height: height - 38 });
  }
  async intoFrame(css) {
    const element = await eventually(async () => {
      const found = await this.frame.$(css);
      assert.ok(found);
      return found;
    });
    this.frame = await element.contentFrame();
  }
  async top() {
    this.frame = this.page.mainFrame();
  }
  cookies() {
    return this.context.cookies();
  }
  quit() {
    return this.browser.close();
  }
  async click(handle) {
    await handle.click();
  }
  type(handle, text) {
    return handle.type(text);
  }
  clear(handle) {
    return handle.fill("");
  }
  async rect(handle) {
    return handle.boundingBox();
  }
  async accessibleName(handle) {
    // Playwright gives names to locators only: mark the element, find it by locator, and read
    // the name from its ARIA snapshot.
    const mark = `n${Math.random().toString(36).slice(2)}`;
    await handle.evaluate((e, mark) => e.setAttribute("data-name-probe", mark), mark);
    try {
      const snapshot = await this.frame.locator(`[data-name-probe="${mark}"]`).ariaSnapshot();
      // "- role \"name\"", the whole key in YAML single quotes when the name holds ": ".
      let line = snapshot.split("\n")[0].replace(/^- /, "");
      if (line.startsWith("'")) line = line.slice(1, line.lastIndexOf("'")).replaceAll("''", "'");
      const name = line.match(/^[\w-]+ "((?:[^"\\]|\\.)*)"/);
      return name ? JSON.parse(`"${name[1]}"`) : "";
    } finally {
      await handle.evaluate((e) => e.removeAttribute("data-name-probe"));
    }
  }
  async selectOption(select, value) {
    await select.selectOption(value);
  }
}

// ---------------------------------------------------------------- the layer

/** An element a query found: what a check may do with it or ask of it. */
export class El {
  constructor(browser, handle) {
    this.browser = browser;
    this.handle = handle;
  }
  click() {
    return this.browser.adapter.click(this.handle);
  }
  type(text) {
    return this.browser.adapter.type(this.handle, text);
  }
  clear() {
    return this.browser.adapter.clear(this.handle);
  }
  rect() {
    return this.browser.adapter.rect(this.handle);
  }
  accessibleName() {
    return this.browser.adapter.accessibleName(this.handle);
  }
  focus() {
    return this.browser.script("arguments[0].focus()", this);
  }
  text() {
    return this.browser.script("return arguments[0].textContent.replace(/\\s+/g, ' ').trim()", this);
  }
  attr(name) {
    return this.browser.script("return arguments[0].getAttribute(arguments[1])", this, name);
  }
  /** The element's `property` (a DOM property such as value or disabled). */
  prop(name) {
    return this.browser.script("return arguments[0][arguments[1]]", this, name);
  }
  css(property) {
    return this.browser.script("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", this, property);
  }
  displayed() {
    return this.browser.script("const e = arguments[0]; return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'", this);
  }
  /** Runs `fn(element, ...args)` in the page. */
  eval(fn, ...args) {
    return this.browser.script(`return (${fn})(...arguments)`, this, ...args);
  }
}

export class Browser {
  constructor(adapter, origin) {
    this.adapter = adapter;
    this.origin = origin;
    this.engine = adapter.engine;
  }

  /**
   * A browser session of `engine` ("webkit" through WebKitWebDriver at `driverUrl`, or
   * "chromium" or "firefox" through Playwright); `system` asks Playwright for a dark,
   * reduced-motion system (WebKit gets these from the GTK settings its driver was started with).
   */
  static async start({ engine = "webkit", driverUrl, origin, system = false }) {
    const adapter = engine === "webkit" ? await SeleniumAdapter.start({ driverUrl }) : await PlaywrightAdapter.start({ engine, system });
    const browser = new Browser(adapter, origin);
    browser.options = { engine, driverUrl, system };
    return browser;
  }

  /** True while the session still answers (the browser behind it has not gone away). */
  async alive() {
    try {
      return (await this.adapter.script("return 1", [])) === 1;
    } catch {
      return false;
    }
  }

  /**
   * A new session in place of this one, with the same options: for when the browser behind
   * the WebDriver session went away (WebKitWebDriver then answers `NoSuchSessionError`), which
   * happens now and then under load, whatever the page.
   */
  async restart() {
    await this.adapter.quit().catch(() => {});
    const { engine, driverUrl, system } = this.options;
    this.adapter = engine === "webkit" ? await SeleniumAdapter.start({ driverUrl }) : await PlaywrightAdapter.start({ engine, system });
  }

  /** Runs a script (a function body using `arguments`); El arguments and element results are wrapped. */
  async script(code, ...args) {
    const raw = args.map((a) => (a instanceof El ? a.handle : a));
    const value = await this.adapter.script(code, raw);
    return this.adapter.isElement(value) ? new El(this, value) : value;
  }

  /** Runs an asynchronous script: its last argument is the callback that ends it. */
  asyncScript(code, ...args) {
    return this.adapter.asyncScript(code, args);
  }

  /**
   * Opens a page of the test site afresh (never a same-document jump): by default with the
   * site's local storage cleared first, as for a new visitor.
   */
  async open(path, { keepStorage = false } = {}) {
    await this.adapter.goto(`${this.origin}/webkit-blank`);
    if (!keepStorage) await this.script("localStorage.clear(); sessionStorage.clear();");
    await this.adapter.goto(path.startsWith("http") ? path : `${this.origin}${path}`);
  }

  reload() {
    return this.adapter.reload();
  }

  url() {
    return this.adapter.url();
  }

  /** Runs `fn(...args)` in the page (document scope) and returns its result. */
  eval(fn, ...args) {
    return this.script(`return (${fn})(...arguments)`, ...args);
  }

  /** The first element matching `css` in the light DOM of the current frame (waited for). */
  async find(css) {
    return eventually(async () => {
      const found = await this.script("return document.querySelector(arguments[0])", css);
      assert.ok(found, `no ${css}`);
      return found;
    });
  }

  /** Presses keys: "Tab", "Enter", "Space", "Shift+Tab", or types text. */
  async press(...keys) {
    for (const key of keys) await this.adapter.press(key);
  }

  resize(width, height) {
    return this.adapter.resize(width, height);
  }

  click(element) {
    return element.click();
  }

  cookies() {
    return this.adapter.cookies();
  }

  quit() {
    return this.adapter.quit();
  }

  /** The widget in `host` (a CSS selector of the element in the light DOM). */
  widget(host = "hit-pathfinder") {
    return new Widget(this, host);
  }

  /** Work inside the iframe `css` (a selector in the top page) until `top()`. */
  intoFrame(css) {
    return this.adapter.intoFrame(css);
  }

  top() {
    return this.adapter.top();
  }

  /** How far the page scrolls sideways (0 when nothing overflows). */
  sidewaysOverflow() {
    return this.eval(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /** Paths (with query) the browser requested from the test site since `mark`. */
  since(server, mark) {
    return server.requests.slice(mark);
  }
}

export class Widget {
  constructor(browser, host) {
    this.browser = browser;
    this.host = host;
  }

  /** Runs `fn(root, ...args)` in the page with the widget's shadow root. */
  run(fn, ...args) {
    return this.browser.script(
      `${PRELUDE}\nconst host = document.querySelector(arguments[0]);\nconst root = host && host.shadowRoot;\nif (!root) throw new Error("no widget at " + arguments[0]);\nreturn (${fn})(root, ...[...arguments].slice(1));`,
      this.host,
      ...args,
    );
  }

  /** Waits until the widget has rendered its title. */
  async ready(timeout = 20_000) {
    await eventually(async () => assert.ok(await this.run((root) => !!root.querySelector(".hp-title")), "the widget did not render"), timeout);
    return this;
  }

  /** The first element matching `css` (and `text`, when given), waited for; visible ones first. */
  async find(css, text, { timeout = 10_000 } = {}) {
    return eventually(async () => {
      const found = await this.run(
        (root, css, spec) => {
          const all = pick(root, css, spec);
          return all.find(visible) ?? all[0] ?? null;
        },
        css,
        spec(text),
      );
      assert.ok(found, `no ${css}${text ? ` with text ${text}` : ""}`);
      return found;
    }, timeout);
  }

  /** Clicks the element `css` (with `text`) as a mouse does. */
  async click(css, text) {
    await (await this.find(css, text)).click();
  }

  /** The button whose text is `text` (a string or RegExp). */
  button(text) {
    return this.find("button", text);
  }

  async clickButton(text) {
    await (await this.button(text)).click();
  }

  /** The form control labelled `text` (by its <label> or aria-label). */
  async control(text) {
    return eventually(async () => {
      const found = await this.run((root, s) => labelled(root, s), spec(text));
      assert.ok(found, `no control labelled ${text}`);
      return found;
    });
  }

  /** Chooses the option with value `value` in the select labelled `label`, as a visitor does. */
  async select(label, value) {
    const select = await this.control(label);
    await this.browser.adapter.selectOption(select.handle, value);
  }

  /** How many elements match `css` (and `text`). */
  count(css, text) {
    return this.run((root, css, s) => pick(root, css, s).length, css, spec(text));
  }

  /** How many visible elements match `css`. */
  countVisible(css, text) {
    return this.run((root, css, s) => pick(root, css, s).filter(visible).length, css, spec(text));
  }

  /** The texts (whitespace collapsed) of every element matching `css`. */
  texts(css) {
    return this.run((root, css) => pick(root, css).map(norm), css);
  }

  text(css) {
    return this.run((root, css) => {
      const e = root.querySelector(css);
      return e ? norm(e) : null;
    }, css);
  }

  attr(css, name, text) {
    return this.run((root, css, name, s) => {
      const e = pick(root, css, s)[0];
      return e ? e.getAttribute(name) : undefined;
    }, css, name, spec(text));
  }

  /** A short description of the focused element in the shadow root (or null). */
  focused() {
    return this.run((root) => {
      const a = root.activeElement;
      return a ? `${a.tagName.toLowerCase()}${a.id ? "#" + a.id : ""}.${[...a.classList].join(".")} "${norm(a).slice(0, 60)}"` : null;
    });
  }

  /** Waits until the focused element matches `css` (and `text`). */
  async expectFocused(css, text) {
    await eventually(async () => {
      const ok = await this.run((root, css, s) => {
        const a = root.activeElement;
        return !!a && a.matches(css) && matches(norm(a), s);
      }, css, spec(text));
      assert.ok(ok, `expected focus on ${css}${text ? ` "${text}"` : ""}, found ${await this.focused()}`);
    });
  }

  /** Waits until `texts(css)` equals `expected`. */
  async expectTexts(css, expected) {
    await eventually(async () => assert.deepEqual(await this.texts(css), expected));
  }

  /** Waits until `text(css)` matches `expected` (a string, exactly, or a RegExp). */
  async expectText(css, expected) {
    await eventually(async () => {
      const t = await this.text(css);
      if (expected instanceof RegExp) assert.match(t ?? "", expected);
      else assert.equal(t, expected);
    });
  }

  /** Waits until some visible element matching `css` has text matching `text`. */
  async expectVisible(css, text) {
    await eventually(async () => assert.ok((await this.countVisible(css, text)) > 0, `no visible ${css} ${text ?? ""}`));
  }

  /** Waits until no element matching `css` (and `text`) exists. */
  async expectNone(css, text) {
    await eventually(async () => assert.equal(await this.count(css, text), 0, `${css} ${text ?? ""} is still there`));
  }

  async expectCount(css, n, text) {
    await eventually(async () => assert.equal(await this.count(css, text), n, `count of ${css}`));
  }

  /** A computed style property of the first element matching `css`. */
  style(css, property) {
    return this.run((root, css, p) => getComputedStyle(root.querySelector(css)).getPropertyValue(p), css, property);
  }

  /** Sets (or, with null, removes) an attribute on the host element. */
  setAttribute(name, value) {
    return this.browser.script(
      "const e = document.querySelector(arguments[0]); arguments[2] === null ? e.removeAttribute(arguments[1]) : e.setAttribute(arguments[1], arguments[2]);",
      this.host,
      name,
      value,
    );
  }
}
