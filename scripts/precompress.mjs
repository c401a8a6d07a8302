// Writes a Brotli (.br) and a gzip (.gz) copy beside
// every file a visitor's browser downloads, and the Apache configuration that serves them
// (server/htaccess, copied as .htaccess). A server that sends these copies transfers about a
// fifth of the bytes and spends no time compressing. Node's own zlib does both encodings at
// their highest levels, so the copies depend only on the Node.js version, not on a package.
// Run by scripts/post-build.mjs for release builds.
import { readdir, readFile, writeFile, copyFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/** The files that get compressed copies: the scripts, the WebAssembly and the datasets. */
export const COMPRESSED = /\.(js|wasm|json)$/;

/** Every file under `dir`, as paths relative to it. */
async function files(dir, prefix = "") {
  const found = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...(await files(dir, path)));
    else found.push(path);
  }
  return found;
}

/** Writes `name.br` and `name.gz` beside each compressible file of `dir`, and `.htaccess`. */
export async function precompress(dir) {
  for (const name of await files(dir)) {
    if (!COMPRESSED.test(name)) continue;
    const bytes = await readFile(join(dir, name));
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    await writeFile(join(dir, `${name}.br`), brotli);
    await writeFile(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  }
  await copyFile(new URL("../server/htaccess", import.meta.url), join(dir, ".htaccess"));
}

