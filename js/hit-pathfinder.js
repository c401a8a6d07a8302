// HIT Pathfinder: defines the <hit-pathfinder> element. See the README for the snippet,
// the attributes, the events and the styling hooks.
//
// The element's own content (a plain link, say) shows until the widget has loaded, and stays
// if it cannot load. The WebAssembly module is fetched once, however many elements the page
// has and however many times this script is included.

const TAG = "hit-pathfinder";
// The release, added to the addresses of the files this script loads, so that after an
// update a browser never pairs a cached old file with a new one. (Cargo.toml's version.)
const VERSION = "0.1.0";
const ATTRIBUTES = ["dataset", "view", "lang", "program-url", "program-name", "theme"];

// The only words said before the widget (and its locale tables) can run.
const CANNOT_START = {
  en: {
    csp: "This career guide cannot start on this page: the page's Content-Security-Policy must allow WebAssembly (add 'wasm-unsafe-eval' to script-src).",
    load: "This career guide could not load its files. Check your connection and reload the page.",
  },
  es: {
    csp: "Esta guía de carreras no puede iniciarse en esta página: la Content-Security-Policy de la página debe permitir WebAssembly (agregue 'wasm-unsafe-eval' a script-src).",
    load: "Esta guía de carreras no pudo cargar sus archivos. Revise su conexión y vuelva a cargar la página.",
  },
};

/** Loads the WebAssembly module once; resolves to its exports. */
let loading = null;
function loadWidget() {
  if (!loading) {
    const file = (name) => new URL(`./${name}?v=${VERSION}`, import.meta.url);
    loading = import(file("hit_pathfinder.js").href).then(async (module) => {
      await module.default({ module_or_path: file("hit_pathfinder_bg.wasm") });
      return module;
    });
  }
  return loading;
}

/** The language to speak before the widget runs: the element's, else the page's. */
function language(element) {
  const tag = element.getAttribute("lang") || document.documentElement.lang || "en";
  return tag.slice(0, 2).toLowerCase() === "es" ? "es" : "en";
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
    loadWidget().then(
      (module) => {
        if (this.isConnected && !this.widget) {
          this.widget = module.mount(this, new URL("./data/", import.meta.url).href);
        }
      },
      (error) => {
        console.error("HIT Pathfinder could not start:", error);
        const blocked = /wasm-unsafe-eval|Content Security Policy|CSP/i.test(String(error && error.message));
        const note = document.createElement("p");
        note.setAttribute("role", "alert");
        note.textContent = CANNOT_START[language(this)][blocked ? "csp" : "load"];
        // The fallback content stays visible under the note.
        this.shadowRoot.replaceChildren(note, document.createElement("slot"));
        this.setAttribute("data-state", "failed");
      },
    );
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
