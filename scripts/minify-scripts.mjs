// Minifies the JavaScript a visitor downloads: wasm-bindgen's glue and the element's script
// (about 3 KB gzipped less for every visitor; the readable source stays in js/). Exported
// names and the wasm import names are kept: terser renames only local variables and never
// touches property names. Run by scripts/post-build.mjs for release builds.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

/** The scripts that are minified in place. */
const SCRIPTS = ["hit_pathfinder.js", "hit-pathfinder.js"];

/** Minifies the scripts of `dir` in place. */
export async function minifyScripts(dir) {
  for (const name of SCRIPTS) {
    const file = join(dir, name);
    const source = await readFile(file, "utf8");
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    await writeFile(file, code);
  }
}
