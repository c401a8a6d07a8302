// A static file server for the benchmark, on loopback only, gzip for every text and wasm file.
//
// Both pages get the same treatment, as a school's server configured for compression would give
// them: when the client accepts gzip, a file's precompressed `X.gz` is sent when it exists, else
// the file is gzipped (level 9, done once and kept in memory so that compression time never
// lands in a measurement). Brotli copies (`X.br`) are deliberately not used: gzip for both sides.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync, constants } from "node:zlib";
import { TYPES as SHARED_TYPES } from "../e2e/http.mjs";

export const TYPES = {
  ...SHARED_TYPES,
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".ico"]);

const gzipCache = new Map();

async function gzipped(path, info) {
  const key = `${path}:${info.mtimeMs}:${info.size}`;
  let body = gzipCache.get(key);
  if (!body) {
    const pre = await stat(`${path}.gz`).catch(() => null);
    body = pre && pre.mtimeMs >= info.mtimeMs
      ? await readFile(`${path}.gz`)
      : gzipSync(await readFile(path), { level: constants.Z_BEST_COMPRESSION });
    gzipCache.set(key, body);
  }
  return body;
}

/**
 * Serves files on 127.0.0.1:`port`.
 * `routes`: [urlPrefix, directory] pairs, the first matching prefix wins.
 * `pages`: URL path -> { type, body } served from memory (the generated SurveyJS page).
 * Returns { url, close }.
 */
export async function serve({ port, routes, pages = {} }) {
  const resolved = routes.map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://127.0.0.1");
      const acceptsGzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      let pathname = decodeURIComponent(url.pathname);
      if (pathname.endsWith("/")) pathname += "index.html";
      const headers = { "cache-control": "no-cache", vary: "accept-encoding" };
      const page = pages[pathname];
      if (page) {
        const body = acceptsGzip ? gzipSync(page.body, { level: constants.Z_BEST_COMPRESSION }) : page.body;
        res.writeHead(200, {
          ...headers,
          "content-type": page.type,
          "content-length": body.length,
          ...(acceptsGzip ? { "content-encoding": "gzip" } : {}),
        });
        res.end(body);
        return;
      }
      const route = resolved.find(([prefix]) => pathname.startsWith(prefix));
      if (!route) return notFound(res);
      const [prefix, dir] = route;
      const path = normalize(join(dir, pathname.slice(prefix.length)));
      if (!path.startsWith(dir)) return notFound(res);
      let info = await stat(path).catch(() => null);
      let file = path;
      if (info?.isDirectory()) {
        file = join(path, "index.html");
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return notFound(res);
      const ext = extname(file);
      const compress = acceptsGzip && COMPRESSIBLE.has(ext);
      const body = compress ? await gzipped(file, info) : await readFile(file);
      res.writeHead(200, {
        ...headers,
        "content-type": TYPES[ext] ?? "application/octet-stream",
        "content-length": body.length,
        ...(compress ? { "content-encoding": "gzip" } : {}),
      });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

function notFound(res) {
  res.writeHead(404, { "content-type": "text/plain" }).end("not found");
}
