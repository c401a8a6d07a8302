// Writes each case of tests/bad-datasets/cases.json (patches on tests/fixtures/minimal.json;
// see tests/bad/mod.rs) as a file in the folder given, as seeds for the dataset fuzz target.
// Usage: node fuzz/bad-dataset-seeds.mjs DIR
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const here = new URL("..", import.meta.url);
const minimal = readFileSync(new URL("tests/fixtures/minimal.json", here), "utf8");
const cases = JSON.parse(readFileSync(new URL("tests/bad-datasets/cases.json", here), "utf8"));

/** The parent of a JSON pointer's target and the last key (RFC 6901). */
function locate(root, pointer) {
  const keys = pointer.split("/").slice(1).map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"));
  const last = keys.pop();
  const parent = keys.reduce((node, key) => node[key], root);
  return [parent, Array.isArray(parent) ? Number(last) : last];
}

for (const [name, patch] of Object.entries(cases)) {
  let text = minimal;
  if (patch.set || patch.remove) {
    const data = JSON.parse(text);
    for (const [pointer, value] of Object.entries(patch.set ?? {})) {
      const [parent, key] = locate(data, pointer);
      parent[key] = value;
    }
    for (const pointer of patch.remove ?? []) {
      const [parent, key] = locate(data, pointer);
      if (Array.isArray(parent)) parent.splice(key, 1);
      else delete parent[key];
    }
    text = JSON.stringify(data, null, 2);
  }
  for (const [from, to] of patch.edit ?? []) text = text.replace(from, to);
  if ("text" in patch) text = patch.text;
  text = (patch.before ?? "") + text + (patch.after ?? "");
  writeFileSync(join(process.argv[2], `${name}.json`), text);
}
