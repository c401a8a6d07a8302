// Prints the raw, gzipped and Brotli bytes of every file a first English visit downloads, and
// their total. The Brotli column is what a server that sends the build's .br copies transfers
// (dist/.htaccess on Apache); the budget is checked on gzip, which every server can do.
// Usage: node scripts/size-report.mjs [--budget BYTES]   (fails when gzipped total > BYTES)
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const SHIPPED = [
  ["hit-pathfinder.js", "element and loader"],
  ["hit_pathfinder.js", "wasm-bindgen glue"],
  ["hit_pathfinder_bg.wasm", "widget, styles and locale tables"],
  ["data/hit-pathfinder.en-US.json", "default dataset (English; Spanish visitors get es-US)"],
];

const budgetAt = process.argv.indexOf("--budget");
const budget = budgetAt > 0 ? Number(process.argv[budgetAt + 1]) : null;

const fmt = (n) => n.toLocaleString("en-US").padStart(9);
let raw = 0;
let gz = 0;
let br = 0;
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } };
console.log(`${"file".padEnd(31)}${"bytes".padStart(9)}${"gzip".padStart(10)}${"brotli".padStart(10)}  contents`);
for (const [name, what] of SHIPPED) {
  const bytes = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, BROTLI).length;
  raw += bytes.length;
  gz += zipped;
  br += brotli;
  console.log(`${name.padEnd(31)}${fmt(bytes.length)} ${fmt(zipped)} ${fmt(brotli)}  ${what}`);
}
console.log(`${"total".padEnd(31)}${fmt(raw)} ${fmt(gz)} ${fmt(br)}`);
if (budget !== null) {
  if (gz > budget) {
    console.error(`Over budget: ${gz} gzipped bytes > ${budget}`);
    process.exit(1);
  }
  console.log(`Within budget: ${gz} of ${budget} gzipped bytes (${Math.round((100 * gz) / budget)}%)`);
}
