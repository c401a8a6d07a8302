// A small static file server for end-to-end tests, on loopback only.
// Usage: node e2e/serve.mjs [--port 8181] [--root dist]
// Serves the release build at / and the test host pages (e2e/pages) at /test-pages/.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { POLICIES, TYPES } from "./http.mjs";

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const port = Number(arg("port", "8181"));
const here = new URL(".", import.meta.url).pathname;
const roots = [
  ["/test-pages/", resolve(here, "pages")],
  ["/", resolve(here, "..", arg("root", "dist"))],
];

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const [prefix, dir] = roots.find(([p]) => url.pathname.startsWith(p));
  let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!path.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    const body = await readFile(path);
    const policy = Object.entries(POLICIES).find(([name]) => path.split("/").pop().startsWith(name));
    res.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...(url.pathname.startsWith("/test-pages/data/") ? { "access-control-allow-origin": "*" } : {}),
      ...(policy ? { "content-security-policy": policy[1] } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}`));
