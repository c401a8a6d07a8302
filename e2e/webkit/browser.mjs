// A small page-object layer over Selenium's WebDriver client, for WebKitWebDriver (Debian's
// WebKitGTK MiniBrowser, which Playwright cannot drive). A check speaks of the widget as a
// visitor does: "click the button named X", "the heading Y has focus"; the layer finds it inside
// the element's open shadow root (by CSS class or role and its text) and acts through WebDriver,
// so clicks and keys are the browser's own. Questions about state (text, focus, styles) run as
// one script in the page.
import assert from "node:assert/strict";
import { Builder, Key } from "selenium-webdriver";

export { Key };

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

// Helpers defined in the page before every query: `pick` finds elements by CSS and text.
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

export class Browser {
  constructor(driver, origin) {
    this.driver = driver;
    this.origin = origin;
  }

  static async start({ driverUrl, origin }) {
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
    return new Browser(driver, origin);
  }

  /**
   * Opens a page of the test site afresh (never a same-document jump): by default with the
   * site's local storage cleared first, as for a new visitor.
   */
  async open(path, { keepStorage = false } = {}) {
    await this.driver.get(`${this.origin}/webkit-blank`);
    if (!keepStorage) await this.driver.executeScript("localStorage.clear(); sessionStorage.clear();");
    await this.driver.get(path.startsWith("http") ? path : `${this.origin}${path}`);
  }

  /**
   * Clicks `element` as a mouse does. It is scrolled to the middle of its frame first: after a
   * window resize, WebKitWebDriver's own scrolling misses elements in a scrolled iframe.
   */
  async click(element) {
    await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", element);
    await element.click();
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  /** Runs `fn(...args)` in the page (document scope) and returns its result. */
  async eval(fn, ...args) {
    return this.driver.executeScript(`return (${fn})(...arguments)`, ...args);
  }

  /** Presses keys through WebDriver's actions: "Tab", "Enter", "Space", "Shift+Tab" or text. */
  async press(...keys) {
    for (const k of keys) {
      const actions = this.driver.actions();
      if (k === "Shift+Tab") await actions.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      else if (k === "Tab") await actions.sendKeys(Key.TAB).perform();
      else if (k === "Enter") await actions.sendKeys(Key.ENTER).perform();
      else if (k === "Space") await actions.sendKeys(Key.SPACE).perform();
      else await actions.sendKeys(k).perform();
    }
  }

  /** The window's size (MiniBrowser will not go below about 447 px wide: see narrowFrame). */
  async resize(width, height) {
    await this.driver.manage().window().setRect({ width, height });
  }

  /** The widget in `host` (a CSS selector of the element in the light DOM). */
  widget(host = "hit-pathfinder") {
    return new Widget(this, host);
  }

  /** Work inside the iframe `css` (a selector in the top page) until `top()`. */
  async intoFrame(css) {
    const frame = await eventually(async () => this.driver.findElement({ css }));
    await this.driver.switchTo().frame(frame);
  }

  async top() {
    await this.driver.switchTo().defaultContent();
  }

  /** How far the page scrolls sideways (0 when nothing overflows). */
  async sidewaysOverflow() {
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
  async run(fn, ...args) {
    return this.browser.driver.executeScript(
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

  /** The first element matching `css` (and `text`, when given): a WebElement, waited for. */
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
    await this.browser.click(await this.find(css, text));
  }

  /** The button whose text is `text` (a string or RegExp). */
  button(text) {
    return this.find("button", text);
  }

  async clickButton(text) {
    await this.browser.click(await this.button(text));
  }

  /** The form control labelled `text` (by its <label> or aria-label). */
  async control(text) {
    return eventually(async () => {
      const found = await this.run((root, s) => labelled(root, s), spec(text));
      assert.ok(found, `no control labelled ${text}`);
      return found;
    });
  }

  /** Chooses the option with value `value` in the select labelled `label` (WebDriver's option click). */
  async select(label, value) {
    const select = await this.control(label);
    const option = await this.browser.driver.executeScript(
      "return [...arguments[0].options].find((o) => o.value === arguments[1]) ?? null",
      select,
      value,
    );
    if (!option) throw new Error(`no option ${value} in ${label}`);
    await option.click();
  }

  /** How many elements match `css` (and `text`). */
  async count(css, text) {
    return this.run((root, css, s) => pick(root, css, s).length, css, spec(text));
  }

  /** How many visible elements match `css`. */
  async countVisible(css, text) {
    return this.run((root, css, s) => pick(root, css, s).filter(visible).length, css, spec(text));
  }

  /** The texts (whitespace collapsed) of every element matching `css`. */
  async texts(css) {
    return this.run((root, css) => pick(root, css).map(norm), css);
  }

  async text(css) {
    return this.run((root, css) => {
      const e = root.querySelector(css);
      return e ? norm(e) : null;
    }, css);
  }

  async attr(css, name, text) {
    return this.run((root, css, name, s) => {
      const e = pick(root, css, s)[0];
      return e ? e.getAttribute(name) : undefined;
    }, css, name, spec(text));
  }

  /** A short description of the focused element in the shadow root (or null). */
  async focused() {
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
  async style(css, property) {
    return this.run((root, css, p) => getComputedStyle(root.querySelector(css)).getPropertyValue(p), css, property);
  }

  /** Sets an attribute on the host element. */
  async setAttribute(name, value) {
    await this.browser.driver.executeScript(
      "const e = document.querySelector(arguments[0]); arguments[2] === null ? e.removeAttribute(arguments[1]) : e.setAttribute(arguments[1], arguments[2]);",
      this.host,
      name,
      value,
    );
  }
}
