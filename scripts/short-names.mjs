// Shortens the names by which the WebAssembly and wasm-bindgen's glue call each other.
//
// wasm-bindgen names each import after the function and a 16-digit hash
// (`__wbg_addEventListener_70e3766f6252144d`) and each closure export after its whole Rust type
// (about 250 characters); every name is written twice, in the wasm's import or export section
// and in the glue. The hashes do not compress: about 3 KB gzipped of a first visit were names.
// Here each is renamed to one or two letters in both files at once (the glue's own exports,
// `mount` and `Widget`, are JavaScript names and do not change; nor does `memory`), and so is
// the module every import comes from (`./hit_pathfinder_bg.js`, written before each of them).
// Custom sections (`target_features`) go too: browsers do not read them.
// Run by scripts/post-build.mjs on release builds, after the glue is minified.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The `n`th short name: `a` ... `Z`, then `aa`, `ab`, ... (valid JavaScript identifiers). */
function shortName(n) {
  let name = "";
  do {
    name += LETTERS[n % LETTERS.length];
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return name;
}

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

/** An unsigned LEB128 number as bytes. */
function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const utf8 = new TextDecoder();
const encode = (text) => [...u32(Buffer.byteLength(text)), ...Buffer.from(text)];

/** Reads a name at `at`: [text, next offset]. */
function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

/** The end of an import's description (its kind byte at `at`). */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return readU32(bytes, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return readU32(bytes, at + 1)[1];
    default:
      throw new Error(`short-names: unknown import kind ${kind}`);
  }
}

/** The one-letter name the imports' module gets. */
const MODULE = "a";

/**
 * Renames the wasm's imports and exports by `rename(name) -> new name` (or the same name),
 * the imports' module to `MODULE`, and leaves out custom sections; returns the new bytes.
 */
function renameInWasm(bytes, rename) {
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    const end = start + size;
    if (id === 0) {
      // A custom section: not read by browsers.
    } else if (id !== 2 && id !== 7) {
      parts.push(bytes.subarray(at, end));
    } else {
      const [count, first] = readU32(bytes, start);
      const body = [...u32(count)];
      let p = first;
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          const [, afterModule] = readName(bytes, p);
          const [name, afterName] = readName(bytes, afterModule);
          const descriptionEnd = skipImportDescription(bytes, afterName);
          body.push(...encode(MODULE), ...encode(rename(name)), ...bytes.subarray(afterName, descriptionEnd));
          p = descriptionEnd;
        } else {
          const [name, afterName] = readName(bytes, p);
          const descriptionEnd = readU32(bytes, afterName + 1)[1];
          body.push(...encode(rename(name)), ...bytes.subarray(afterName, descriptionEnd));
          p = descriptionEnd;
        }
      }
      if (p !== end) throw new Error(`short-names: section ${id} did not read to its end`);
      parts.push(Uint8Array.from([id, ...u32(body.length), ...body]));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/** Renames the imports and exports of `dir`'s wasm in it and in its glue. */
export async function shortenNames(dir, stem = "hit_pathfinder") {
  const wasmFile = join(dir, `${stem}_bg.wasm`);
  const glueFile = join(dir, `${stem}.js`);
  const bytes = await readFile(wasmFile);
  const module = new WebAssembly.Module(bytes);
  const imports = WebAssembly.Module.imports(module).map((i) => i.name);
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  // wasm-bindgen's names, never found elsewhere in the glue (a build shortened once has none).
  const strange = imports.filter((name) => !/^__wbg|^__wbindgen/.test(name));
  if (strange.length) throw new Error(`short-names: not wasm-bindgen's imports: ${strange.join(", ")}`);
  const names = [...imports, ...exports.filter((name) => name !== "memory")];
  const renamed = new Map(names.map((name, i) => [name, shortName(i)]));
  let glue = await readFile(glueFile, "utf8");
  // In the glue, an import is a key of the object given to the wasm (`name:function`) and an
  // export is read from the wasm's exports (`wasm.name`); the glue's own exports may have the
  // same names (`export function mount`) and keep them.
  const alternatives = (list) =>
    list.map((n) => n.replace(/[$]/g, "\\$")).sort((a, b) => b.length - a.length).join("|");
  const used = new Set();
  const rename = (name) => {
    used.add(name);
    return renamed.get(name);
  };
  const importKey = new RegExp(`(?<![\\w$.])(${alternatives(imports)})(?=\\s*:)`, "g");
  const exportRead = new RegExp(`(?<=\\.)(${alternatives(names.slice(imports.length))})(?![\\w$])`, "g");
  glue = glue.replace(importKey, rename).replace(exportRead, rename);
  // The imports' module: the key of the object the glue gives the wasm, written once.
  const moduleKey = `"./${stem}_bg.js"`;
  if (glue.split(moduleKey).length !== 2) throw new Error(`short-names: ${moduleKey} is not in the glue once`);
  if (new Set(WebAssembly.Module.imports(module).map((i) => i.module)).size !== 1) {
    throw new Error("short-names: the wasm imports from more than one module");
  }
  glue = glue.replace(moduleKey, MODULE);
  // An import the glue does not give would stop the wasm from starting; an export it never
  // calls (`__abort_handler`) keeps its name.
  const missing = imports.filter((name) => !used.has(name));
  if (missing.length) throw new Error(`short-names: imports not in the glue: ${missing.join(", ")}`);
  const shorter = renameInWasm(bytes, (name) => (used.has(name) ? renamed.get(name) : name));
  new WebAssembly.Module(shorter); // still a valid module
  await writeFile(wasmFile, shorter);
  await writeFile(glueFile, glue);
}
