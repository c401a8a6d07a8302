// HIT Pathfinder: defines the <hit-pathfinder> element. See the README for the snippet,
// the attributes, the events and the styling hooks.
//
// The element's own content (a plain link, say) shows until the widget has loaded, and stays
// if it cannot load. The WebAssembly module is fetched once, however many elements the page
// has and however many times this script is included.

const TAG = "hit-pathfinder";
// The release, added to the addresses of the files this script loads, so that after an
// update a browser never pairs a cached old file with a new one. (Cargo.toml's version.)
export const VERSION = "0.1.0";
const ATTRIBUTES = ["dataset", "school", "view", "lang", "program-url", "program-name", "theme", "region"];

// The only words said before the widget (and its locale tables) can run.
const CANNOT_START = {
  en: {
    csp: "This career guide cannot start on this page: the page's Content-Security-Policy must allow WebAssembly (add 'wasm-unsafe-eval' to script-src).",
    load: "This career guide could not load its files. Check your connection and reload the page.",
    old: "This career guide needs a newer browser. Update your browser, or open this page in another one.",
  },
  es: {
    csp: "Esta guía de carreras no puede iniciarse en esta página: la Content-Security-Policy de la página debe permitir WebAssembly (agregue 'wasm-unsafe-eval' a script-src).",
    load: "Esta guía de carreras no pudo cargar sus archivos. Revise su conexión y vuelva a cargar la página.",
    old: "Esta guía de carreras necesita un navegador más reciente. Actualice su navegador o abra esta página en otro.",
  },
};

// The languages the widget speaks and their datasets' locale tags (src/core/i18n.rs).
const LOCALES = { en: "en-US", es: "es-US" };

/**
 * True when this browser has what the widget needs (README, "Browsers"): constructable
 * stylesheets for a shadow root (Safari 16.4, Chrome 73, Firefox 101) and WebAssembly with
 * reference types (a 27-byte module that returns a null externref; Chrome 96, Safari 15).
 * Asked once, for every element of the page.
 */
const SUPPORTED = (() => {
  try {
    const probe = [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 10, 6, 1, 4, 0, 208, 111, 11];
    return "adoptedStyleSheets" in ShadowRoot.prototype && WebAssembly.validate(new Uint8Array(probe));
  } catch {
    return false;
  }
})();

/** The address of one of the widget's own files, for this release. */
const own = (name) => new URL(`./${name}?v=${VERSION}`, import.meta.url);

/**
 * Loads the WebAssembly module once; resolves to its exports. The glue and the wasm are
 * requested at the same time (not one after the other), and the wasm compiles as it streams.
 * Exported for the snippet builder's profile form, which calls the widget's own checker
 * (`check_school`) from the same instance.
 */
let loading = null;
export function loadWidget() {
  if (!loading) {
    const wasm = fetch(own("hit_pathfinder_bg.wasm"));
    wasm.catch(() => {}); // reported through `loading` below
    loading = import(own("hit_pathfinder.js").href).then(async (module) => {
      await module.default({ module_or_path: wasm });
      return module;
    });
  }
  return loading;
}

/**
 * Dataset requests by address, shared by every element (and every later look) until one
 * fails or the visitor presses Try again. Each caller gets its own copy of the response.
 * Cross-origin without cookies (`same-origin` credentials), as `<link rel="preload"
 * crossorigin>` asks, so a page's preload hint is used rather than downloaded twice.
 */
const datasets = new Map();
function fetchDataset(url, fresh = false) {
  if (fresh) datasets.delete(url); // "Try again": the shared request may be the stalled one
  let request = datasets.get(url);
  if (!request) {
    const forget = () => datasets.get(url) === request && datasets.delete(url);
    request = fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) forget();
      return response;
    });
    request.catch(forget);
    datasets.set(url, request);
  }
  return request.then((response) => response.clone());
}

/** The primary language tag of `tag` when the widget speaks it (`es-MX` is `es`). */
function spoken(tag, separators) {
  const primary = (tag || "").trim().split(separators)[0].toLowerCase();
  return Object.hasOwn(LOCALES, primary) ? primary : null;
}

/** What the widget keeps under this key: the language the visitor chose (src/ui/state.rs). */
const LANGUAGE_KEY = "hit-pathfinder:lang";

/** The language a share link in the address carries (`#hp-quiz=...&hp-lang=es-US`), if any. */
function shared() {
  const part = location.hash.slice(1).split("&").find((p) => p.startsWith("hp-lang="));
  return part ? part.slice(8) : null;
}

/** The language last chosen on this device, if storage is allowed. */
function saved() {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The widget's language, chosen as the widget chooses it (src/ui/app.rs, src/embed.rs): the
 * visitor's (a share link's, else the one chosen on this device), else the element's `lang`,
 * else the page's, else the browser's, else English.
 */
function language(element) {
  return (
    spoken(shared(), "-") ||
    spoken(saved(), "-") ||
    spoken(element.getAttribute("lang"), "-") ||
    spoken(document.documentElement.getAttribute("lang"), /[-_]/) ||
    spoken(navigator.language, /[-_]/) ||
    "en"
  );
}

/**
 * The address `element`'s attribute `name` gives, resolved against the page as the widget
 * resolves it (src/embed.rs), or null when there is none or the widget will refuse it.
 */
function address(element, name) {
  const asked = (element.getAttribute(name) || "").trim();
  try {
    const url = new URL(asked, element.baseURI);
    return asked && (url.protocol === "https:" || url.protocol === "http:") ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The address of the dataset `element` will show in `locale`, as the widget works it out
 * (src/embed.rs, src/ui/app.rs), or null when the widget will refuse the attribute.
 */
function datasetAddress(element, locale) {
  if (!(element.getAttribute("dataset") || "").trim()) {
    return new URL(`./data/hit-pathfinder.${locale}.json`, import.meta.url).href;
  }
  const url = address(element, "dataset");
  return url && url.replaceAll("{lang}", locale).replaceAll("%7Blang%7D", locale);
}

/** The custom element: a host for one independent widget. */
class HitPathfinderElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  constructor() {
    super();
    this.widget = null;
    if (!this.shadowRoot) {
      // Until the widget runs, the shadow root shows the element's own content.
      this.attachShadow({ mode: "open" }).append(document.createElement("slot"));
    }
  }

  connectedCallback() {
    if (this.widget) return;
    if (!SUPPORTED) return this.cannotStart("old");
    // The dataset is requested now, beside the wasm, not after the wasm has started.
    const locale = LOCALES[language(this)];
    const dataset = datasetAddress(this, locale);
    if (dataset) fetchDataset(dataset).catch(() => {}); // the widget reports failures
    // So is the school's profile, which the widget applies to the dataset.
    const school = address(this, "school");
    if (school) fetchDataset(school).catch(() => {});
    // The widget carries English words only; another language's come from its own file.
    if (locale !== LOCALES.en) fetchDataset(new URL(`./data/words.${locale}.json`, import.meta.url).href).catch(() => {});
    loadWidget().then(
      (module) => {
        if (this.isConnected && !this.widget) {
          this.widget = module.mount(this, new URL("./data/", import.meta.url).href, fetchDataset);
        }
      },
      (error) => {
        console.error("HIT Pathfinder could not start:", error);
        const blocked = /wasm-unsafe-eval|Content Security Policy|CSP/i.test(String(error && error.message));
        this.cannotStart(blocked ? "csp" : "load");
      },
    );
  }

  /** Says why the widget cannot start (`csp`, `load`, `old`); the fallback content stays. */
  cannotStart(why) {
    const note = document.createElement("p");
    note.setAttribute("role", "alert");
    note.textContent = CANNOT_START[language(this)][why];
    this.shadowRoot.replaceChildren(note, document.createElement("slot"));
    this.setAttribute("data-state", "failed");
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (this.widget && oldValue !== newValue) this.widget.update();
  }

  disconnectedCallback() {
    // A page that moves the element (into a tab or an accordion) removes and re-adds it in
    // one task: wait for the next before unmounting, so the visitor's place is kept.
    setTimeout(() => {
      if (this.widget && !this.isConnected) {
        this.widget.unmount();
        this.widget.free();
        this.widget = null;
        this.shadowRoot.replaceChildren(document.createElement("slot"));
      }
    });
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, HitPathfinderElement);
}
