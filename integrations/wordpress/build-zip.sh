#!/usr/bin/env bash
# Builds the installable WordPress plugin: a zip holding integrations/wordpress/hit-pathfinder/
# and the widget's release files in its widget/ folder, so a site needs nothing else.
#
#   integrations/wordpress/build-zip.sh [OUTPUT.zip]
#
# OUTPUT defaults to dist/hit-pathfinder-wordpress.zip (relative to the repository). The
# widget's files are copied from $WIDGET_DIST (default: dist, the release build made by
# ./scripts/size or ./scripts/test). Needs `zip` (Debian: apt-get install zip).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"

widget_dist="${WIDGET_DIST:-dist}"
output="${1:-dist/hit-pathfinder-wordpress.zip}"

for file in hit-pathfinder.js hit_pathfinder.js hit_pathfinder_bg.wasm; do
  if [[ ! -f "$widget_dist/$file" ]]; then
    echo "build-zip: $widget_dist/$file is missing: build the widget first (./scripts/size), or set WIDGET_DIST to its release folder" >&2
    exit 1
  fi
done
if ! command -v zip >/dev/null; then
  echo "build-zip: the zip command is missing (apt-get install zip)" >&2
  exit 1
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
plugin="$stage/hit-pathfinder"
mkdir -p "$plugin/widget"
cp -R "$here/hit-pathfinder/." "$plugin/"
rm -rf "$plugin/widget"/*
# The widget's release files: the element, the glue, the wasm, the default dataset and the
# iframe fallback, each with its precompressed .br and .gz copies when the build made them,
# and the .htaccess that has Apache serve those copies. The demo pages (index.html and what
# comes from demo/) are left out, with their copies, but the school profile form
# (school-form.js, its words school-form-words.js and its school-form.css), which the
# settings page uses.
for entry in "$widget_dist"/* "$widget_dist/.htaccess"; do
  [[ -e $entry ]] || continue
  name="$(basename "$entry")"
  plain="${name%.br}"
  plain="${plain%.gz}"
  case "$plain" in
    index.html | *.map | *.zip) continue ;;
    school-form*.js | school-form*.css) ;;
    *) [[ -e "$repo/demo/$plain" ]] && continue ;;
  esac
  cp -R "$entry" "$plugin/widget/"
done
# The widget's release, from its own loader (the ?v= it adds to the files it loads): the one
# version the plugin uses for cache busting (hit_pathfinder_asset_version()).
version="$(grep -Eo 'VERSION *= *"[^"]+"' "$widget_dist/hit-pathfinder.js" | head -n 1 | sed -E 's/.*"([^"]+)"/\1/' || true)"
if [[ -z $version ]]; then # a minifier that inlined the constant: the ?v= it writes
  version="$(grep -Eo '\?v=[0-9A-Za-z.+-]+`' "$widget_dist/hit-pathfinder.js" | head -n 1 | sed -E 's/^\?v=(.*)`$/\1/' || true)"
fi
if [[ ! $version =~ ^[0-9A-Za-z.+-]{1,40}$ ]]; then
  echo "build-zip: no VERSION = \"...\" found in $widget_dist/hit-pathfinder.js" >&2
  exit 1
fi
printf '<?php\n// Written by build-zip.sh: the release of the widget files in this folder.\nreturn %s;\n' "'$version'" > "$plugin/widget/version.php"
# So that the folder is never listed by a web server without an index.
printf '<?php\n// Silence is golden.\n' > "$plugin/widget/index.php"
# Dot files are left out, but the widget's own .htaccess (its precompressed files' types).
find "$plugin" -name '.*' ! -path "$plugin/widget/.htaccess" -prune -exec rm -rf {} +

mkdir -p "$(dirname "$output")"
output_abs="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output_abs"
(cd "$stage" && TZ=UTC find hit-pathfinder -exec touch -t 202601010000 {} + && zip -qrX "$output_abs" hit-pathfinder)
compressed=$(find "$plugin/widget" -name '*.br' | wc -l)
echo "build-zip: $output ($(du -k "$output_abs" | cut -f1) KB): plugin $(sed -n 's/^ \* Version: *//p' "$here/hit-pathfinder/hit-pathfinder.php") with the widget $version from $widget_dist ($compressed precompressed files$([[ -f $plugin/widget/.htaccess ]] && echo ', .htaccess'))"
