// HIT Pathfinder: defines the <hit-pathfinder> element.
//
// Paste on any page:
//   <script type="module" src="https://your-site.example/hit-pathfinder/hit-pathfinder.js"></script>
//   <hit-pathfinder><a href="https://your-college.example/hit">Explore our program</a></hit-pathfinder>
//
// The element's own content (a plain link, say) shows until the widget has loaded, and stays
// if it cannot load. The WebAssembly module is fetched once, however many elements the page
// has and however many times this script is included.

const TAG = "hit-pathfinder";

/** Loads the WebAssembly module once; resolves to its exports. */
let loading = null;
function loadWidget() {
  if (!loading) {
    loading = import(new URL("./hit_pathfinder.js", import.meta.url).href).then(async (module) => {
      await module.default({ module_or_path: new URL("./hit_pathfinder_bg.wasm", import.meta.url) });
      return module;
    });
  }
  return loading;
}

/** The custom element: a host for one independent widget. */
class HitPathfinderElement extends HTMLElement {
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
        if (this.isConnected && !this.widget) this.widget = module.mount(this);
      },
      (error) => {
        // The fallback content stays visible; the detail is for the web editor.
        console.error("HIT Pathfinder could not start:", error);
        this.setAttribute("data-state", "failed");
      },
    );
  }

  disconnectedCallback() {
    if (this.widget) {
      this.widget.unmount();
      this.widget.free();
      this.widget = null;
      this.shadowRoot.replaceChildren(document.createElement("slot"));
    }
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, HitPathfinderElement);
}
