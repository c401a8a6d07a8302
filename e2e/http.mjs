// What the project's static test servers (e2e/serve.mjs, e2e/webkit/server.mjs,
// bench/server.mjs) send alike: each file type's Content-Type, and the Content-Security-Policy
// of the test host pages that need one.

/** Content types by file extension. */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Test pages whose names start with these get this Content-Security-Policy header. */
export const POLICIES = {
  "csp-strict": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  "csp-no-wasm": "default-src 'self'; script-src 'self'; style-src 'self'",
};
