// ?off=sheets (constructable stylesheets), wasm (WebAssembly reference types) or storage
// (local storage blocked by the browser).
const off = new URLSearchParams(location.search).get("off");
if (off === "sheets") delete ShadowRoot.prototype.adoptedStyleSheets;
if (off === "wasm") WebAssembly.validate = () => false;
if (off === "storage") {
  Object.defineProperty(window, "localStorage", { get() { throw new Error("blocked"); } });
}
window.pageErrors = [];
window.addEventListener("error", (event) => window.pageErrors.push(String(event.message)));
window.addEventListener("unhandledrejection", (event) => window.pageErrors.push(String(event.reason)));
