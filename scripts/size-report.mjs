// Prints the raw and gzipped bytes of every file a visitor downloads, and their total.
// Usage: node scripts/size-report.mjs [--budget BYTES]   (fails when gzipped total > BYTES)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

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
console.log(`${"file".padEnd(26)}${"bytes".padStart(9)}${"gzip".padStart(10)}  contents`);
for (const [name, what] of SHIPPED) {
  const bytes = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += zipped;
  console.log(`${name.padEnd(26)}${fmt(bytes.length)} ${fmt(zipped)}  ${what}`);
}
console.log(`${"total".padEnd(26)}${fmt(raw)} ${fmt(gz)}`);
if (budget !== null) {
  if (gz > budget) {
    console.error(`Over budget: ${gz} gzipped bytes > ${budget}`);
    process.exit(1);
  }
  console.log(`Within budget: ${gz} of ${budget} gzipped bytes (${Math.round((100 * gz) / budget)}%)`);
}
