// Trunk post-build hook: in release builds, minifies the scripts, then writes the precompressed
// copies and the Apache .htaccess (in that order: the copies must be of the minified file).
import { minifyScripts } from "./minify-scripts.mjs";
import { precompress } from "./precompress.mjs";

if (process.env.TRUNK_PROFILE === "release") {
  const dir = process.env.TRUNK_STAGING_DIR;
  await minifyScripts(dir);
  await precompress(dir);
}
