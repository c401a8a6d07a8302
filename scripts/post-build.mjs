// Trunk post-build hook: in release builds, minifies the scripts and the default datasets, then
// writes the precompressed copies and the Apache .htaccess (in that order: the copies must be
// of the minified files).
import { minifyData } from "./minify-data.mjs";
import { minifyScripts } from "./minify-scripts.mjs";
import { precompress } from "./precompress.mjs";

if (process.env.TRUNK_PROFILE === "release") {
  const dir = process.env.TRUNK_STAGING_DIR;
  await minifyScripts(dir);
  await minifyData(dir);
  await precompress(dir);
}
