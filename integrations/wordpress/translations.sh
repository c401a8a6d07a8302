#!/usr/bin/env bash
# The plugin's translations, in hit-pathfinder/languages/:
#
#   integrations/wordpress/translations.sh           regenerates them
#   integrations/wordpress/translations.sh --check   fails if they are not up to date
#
# hit-pathfinder.pot   every string of the PHP, editor.js, block.json and the plugin header
#                      (xgettext, locations without line numbers so that edits churn less);
# hit-pathfinder-es_ES.po   the Spanish translation (edited by hand; merged with the .pot here);
# hit-pathfinder-es_ES.mo   compiled with msgfmt, for PHP;
# hit-pathfinder-es_ES-<md5 of "block/editor.js">.json   editor.js's strings, for
#                      wp_set_script_translations() (the Jed format WordPress reads).
# Needs gettext (msgfmt, xgettext, msgmerge) and PHP; WordPress's own PO reader is used for
# the JSON (Debian's wordpress package, or WP_CORE_DIR).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
plugin="$here/hit-pathfinder"
languages="$plugin/languages"
check=0
[[ ${1:-} == --check ]] && check=1
for tool in xgettext msgmerge msgfmt msgcat msgattrib php; do
  command -v "$tool" >/dev/null || { echo "translations: $tool is missing (apt-get install gettext php-cli)" >&2; exit 1; }
done

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cd "$plugin"
common=(--from-code=UTF-8 --add-comments=translators: --sort-by-file --no-wrap
  --package-name="HIT Pathfinder" --msgid-bugs-address="none" --copyright-holder="HIT Pathfinder")
xgettext "${common[@]}" --language=PHP -k__ -kesc_html__ -kesc_attr__ -k_e -kesc_html_e -kesc_attr_e \
  -k_x:1,2c -k_n:1,2 -o "$out/php.pot" hit-pathfinder.php includes/*.php
xgettext "${common[@]}" --language=JavaScript -k__ -k_x:1,2c -k_n:1,2 -o "$out/js.pot" block/editor.js
# The plugin header and block.json, translated by WordPress with these contexts.
php -r '
  $out = "";
  $entry = function ( $file, $context, $text ) use ( &$out ) {
    $q = function ( $s ) { return "\"" . addcslashes( $s, "\"\\\\" ) . "\""; };
    $out .= "#: $file\n" . ( $context ? "msgctxt " . $q( $context ) . "\n" : "" ) . "msgid " . $q( $text ) . "\nmsgstr \"\"\n\n";
  };
  $header = file_get_contents( "hit-pathfinder.php", false, null, 0, 2048 );
  foreach ( array( "Plugin Name", "Description" ) as $field ) {
    preg_match( "/^[ \t\/*#@]*" . preg_quote( $field, "/" ) . ":(.*)$/mi", $header, $m );
    $entry( "hit-pathfinder.php", "", trim( $m[1] ) );
  }
  $block = json_decode( file_get_contents( "block/block.json" ), true );
  $entry( "block/block.json", "block title", $block["title"] );
  $entry( "block/block.json", "block description", $block["description"] );
  foreach ( $block["keywords"] as $keyword ) {
    $entry( "block/block.json", "block keyword", $keyword );
  }
  echo "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n", $out;
' >"$out/meta.pot"
{
  cat <<'HEADER'
# Translations of the HIT Pathfinder WordPress plugin.
# This file is distributed under the same license as the plugin (MIT).
msgid ""
msgstr ""
"Project-Id-Version: HIT Pathfinder\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"X-Domain: hit-pathfinder\n"

HEADER
  # Locations without line numbers, so that edits churn less (msgcat would merge file-only
  # locations wrongly, so they are dropped after it).
  msgcat --no-wrap --sort-by-file "$out/meta.pot" "$out/php.pot" "$out/js.pot" | sed '1,/^$/d' \
    | awk '/^#: / { line = "#:"; delete seen; for (i = 2; i <= NF; i++) { sub(/:[0-9]+$/, "", $i); if (!seen[$i]++) line = line " " $i }; print line; next } { print }'
} >"$out/hit-pathfinder.pot"

po="$languages/hit-pathfinder-es_ES.po"
msgmerge --quiet --no-fuzzy-matching --no-wrap --sort-by-file -o "$out/hit-pathfinder-es_ES.po" "$po" "$out/hit-pathfinder.pot"
missing=$(msgattrib --untranslated --no-obsolete --no-wrap "$out/hit-pathfinder-es_ES.po" | grep -c '^msgid ' || true)
if ((missing > 1)); then
  msgattrib --untranslated --no-obsolete --no-wrap "$out/hit-pathfinder-es_ES.po" >&2
  echo "translations: $((missing - 1)) strings have no Spanish translation in $po (above)" >&2
  exit 1
fi
msgattrib --no-obsolete --no-wrap -o "$out/hit-pathfinder-es_ES.po" "$out/hit-pathfinder-es_ES.po"
msgfmt --check -o "$out/hit-pathfinder-es_ES.mo" "$out/hit-pathfinder-es_ES.po"
# editor.js's strings, as WordPress looks them up: <domain>-<locale>-<md5 of the script's path in the plugin>.json
json="hit-pathfinder-es_ES-$(printf '%s' block/editor.js | md5sum | cut -d' ' -f1).json"
WP_CORE_DIR="${WP_CORE_DIR:-/usr/share/wordpress}" php -r '
  require getenv( "WP_CORE_DIR" ) . "/wp-includes/pomo/po.php";
  $po = new PO();
  if ( ! $po->import_from_file( $argv[1] ) ) { fwrite( STDERR, "cannot read $argv[1]\n" ); exit( 1 ); }
  $messages = array( "" => array( "domain" => "messages", "lang" => "es", "plural-forms" => "nplurals=2; plural=(n != 1);" ) );
  foreach ( $po->entries as $entry ) {
    if ( ! in_array( "block/editor.js", $entry->references, true ) || empty( $entry->translations[0] ) ) { continue; }
    $key = ( $entry->context ? $entry->context . "\4" : "" ) . $entry->singular;
    $messages[ $key ] = $entry->translations;
  }
  ksort( $messages, SORT_STRING );
  echo json_encode( array( "domain" => "messages", "locale_data" => array( "messages" => $messages ) ), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT ), "\n";
' "$out/hit-pathfinder-es_ES.po" >"$out/$json"

files=(hit-pathfinder.pot hit-pathfinder-es_ES.po hit-pathfinder-es_ES.mo "$json")
if ((check)); then
  stale=0
  for file in "${files[@]}"; do
    cmp -s "$out/$file" "$languages/$file" || { echo "translations: languages/$file is not up to date" >&2; stale=1; }
  done
  for file in "$languages"/*; do
    name="$(basename "$file")"
    [[ " ${files[*]} " == *" $name "* || $name == index.php ]] || { echo "translations: languages/$name is left over" >&2; stale=1; }
  done
  if ((stale)); then
    echo "translations: run integrations/wordpress/translations.sh (and translate what it reports)" >&2
    exit 1
  fi
  echo "translations: up to date ($(grep -c '^msgid ' "$out/hit-pathfinder.pot") strings, all translated to Spanish)"
  exit 0
fi
mkdir -p "$languages"
find "$languages" -name 'hit-pathfinder-es_ES-*.json' ! -name "$json" -delete
for file in "${files[@]}"; do cp "$out/$file" "$languages/$file"; done
echo "translations: languages/ regenerated ($(grep -c '^msgid ' "$out/hit-pathfinder.pot") strings)"
