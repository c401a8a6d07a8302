// Trunk post-build hook: in release builds, minifies the scripts and the default datasets,
// shortens the names the wasm and its glue call each other by, then writes the precompressed
// copies and the Apache .htaccess (in that order: the copies must be of the final files).
import { minifyData } from "./minify-data.mjs";
import { minifyScripts } from "./minify-scripts.mjs";
import { precompress } from "./precompress.mjs";
import { shortenNames } from "./short-names.mjs";

if (process.env.TRUNK_PROFILE === "release") {
  const dir = process.env.TRUNK_STAGING_DIR;
  await minifyScripts(dir);
  await shortenNames(dir);
  await minifyData(dir);
  await precompress(dir);
}
