// The WebKit suite's own static server, on loopback: the release build at / and the test host
// pages (e2e/pages) at /test-pages/, with the same Content-Security-Policy rules as
// e2e/serve.mjs. Unlike that one, a check can answer a path its own way (Playwright's
// `page.route`, which WebDriver lacks) and read which requests the browser made.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { POLICIES, TYPES } from "../http.mjs";

const here = new URL(".", import.meta.url).pathname;

/**
 * Starts the server. Returns `{ origin, requests, route(path, handler), unroute(path), close() }`:
 * `requests` lists every request's path and query as it arrives; a route's handler gets
 * `(req, res, serveFile)` and may answer, hold or never answer.
 */
export async function startServer({ port, dist }) {
  const roots = [
    ["/test-pages/", resolve(here, "..", "pages")],
    ["/", resolve(dist)],
  ];
  const routes = new Map();
  const requests = [];
  const held = new Set();

  async function serveFile(res, path, extra = {}) {
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      const name = path.split("/").pop();
      const policy = Object.entries(POLICIES).find(([prefix]) => name.startsWith(prefix));
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(policy ? { "content-security-policy": policy[1] } : {}),
        ...extra,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    requests.push(url.pathname + url.search);
    held.add(res);
    res.on("close", () => held.delete(res));
    const handler = routes.get(url.pathname);
    if (handler) return handler(req, res, (path, extra) => serveFile(res, path, extra));
    if (url.pathname === "/webkit-blank") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      return res.end("<!doctype html><title>blank</title>");
    }
    const [prefix, dir] = roots.find(([p]) => url.pathname.startsWith(p));
    const path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    const cors = url.pathname.startsWith("/test-pages/data/") ? { "access-control-allow-origin": "*" } : {};
    return serveFile(res, path, cors);
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", ok));
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    pages: roots[0][1],
    route: (path, handler) => routes.set(path, handler),
    unroute: (path) => routes.delete(path),
    close() {
      for (const res of held) res.destroy();
      server.close();
    },
  };
}
