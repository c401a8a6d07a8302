#!/usr/bin/env bash
# Every test of the WordPress plugin, in one command (run by the project's test command):
#
#   integrations/wordpress/test.sh
#
# 1. php -l on every PHP file of the plugin and its tests;
# 2. the PHPUnit tests (rendering, sanitising, malicious values; PHPUnit 9.6 from Debian);
# 3. builds the installable zip (build-zip.sh) from the widget's release build in
#    $WIDGET_DIST (default: dist) into $HP_WP_ZIP (default: dist/hit-pathfinder-wordpress.zip);
# 4. the end-to-end test (tests/e2e.sh): WordPress from Debian's packages, posts by an Author,
#    the quiz completed in headless Chromium.
# Missing Debian packages are installed first (as root). Ends with "wordpress: N passed, N failed".
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo"
export WIDGET_DIST="${WIDGET_DIST:-dist}"
zip="${HP_WP_ZIP:-dist/hit-pathfinder-wordpress.zip}"
logs="${HP_WP_LOGS:-$(mktemp -d /tmp/hit-pathfinder-wp-test.XXXXXX)}"
passed=0
failed=0
started=$(date +%s)

say() { echo "wordpress: $*"; }
pass() { passed=$((passed + ${2:-1})); say "ok: $1"; }
fail() { failed=$((failed + ${2:-1})); say "FAILED: $1"; }
finish() {
  say "$((passed)) checks passed, $((failed)) failed in $(($(date +%s) - started)) s (logs: $logs)"
  echo "wordpress: $passed passed, $failed failed"
  ((failed == 0))
  exit
}

# Packages (PHP, PHPUnit, WordPress, MariaDB, Apache, Chromium): installed when missing.
if ! "$here/tests/e2e.sh" --packages >"$logs/packages.log" 2>&1; then
  fail "installing the Debian packages (see $logs/packages.log)"
  finish
fi

# 1. Syntax of every PHP file.
lint_failed=0
lint_count=0
while IFS= read -r -d '' file; do
  lint_count=$((lint_count + 1))
  if ! php -l "$file" >>"$logs/php-lint.log" 2>&1; then
    lint_failed=$((lint_failed + 1))
    fail "php -l $file"
  fi
done < <(find "$here/hit-pathfinder" "$here/tests" -name '*.php' -print0 | sort -z)
if ((lint_count == 0)); then
  fail "no PHP files found to check"
else
  pass "php -l on $((lint_count - lint_failed)) of $lint_count PHP files" $((lint_count - lint_failed))
fi

# 2. PHPUnit.
junit="$logs/phpunit.xml"
phpunit -c "$here/tests/phpunit.xml" --log-junit "$junit" >"$logs/phpunit.log" 2>&1
phpunit_status=$?
counts=$(php -r '
  $x = @simplexml_load_file($argv[1]);
  if (!$x || !isset($x->testsuite)) { echo "0 0"; exit; }
  $s = $x->testsuite[0];
  $bad = (int) $s["failures"] + (int) $s["errors"];
  echo ((int) $s["tests"] - $bad - (int) $s["skipped"]), " ", $bad;
' "$junit" 2>/dev/null || echo "0 0")
read -r unit_passed unit_failed <<<"$counts"
if ((phpunit_status == 0 && unit_failed == 0 && unit_passed > 0)); then
  pass "PHPUnit: $unit_passed tests ($(grep -Eo 'OK \(.*\)' "$logs/phpunit.log"))" "$unit_passed"
else
  tail -n 40 "$logs/phpunit.log"
  passed=$((passed + unit_passed))
  fail "PHPUnit: $unit_failed of $((unit_passed + unit_failed)) tests failed (exit $phpunit_status)" $((unit_failed > 0 ? unit_failed : 1))
fi

# 2b. The translations are up to date and complete.
if "$here/translations.sh" --check >"$logs/translations.log" 2>&1; then
  pass "$(tail -n 1 "$logs/translations.log")"
else
  cat "$logs/translations.log"
  fail "translations (see $logs/translations.log)"
fi

# 3. The zip.
if "$here/build-zip.sh" "$zip" >"$logs/build-zip.log" 2>&1 \
  && unzip -Z1 "$zip" >"$logs/zip-contents.txt" \
  && grep -qx 'hit-pathfinder/widget/hit_pathfinder_bg.wasm' "$logs/zip-contents.txt" \
  && grep -qx 'hit-pathfinder/hit-pathfinder.php' "$logs/zip-contents.txt" \
  && grep -qx 'hit-pathfinder/widget/version.php' "$logs/zip-contents.txt" \
  && grep -qx 'hit-pathfinder/languages/hit-pathfinder-es_ES.mo' "$logs/zip-contents.txt" \
  && { [[ ! -f $WIDGET_DIST/school-form.js ]] || {
    grep -qx 'hit-pathfinder/widget/school-form.js' "$logs/zip-contents.txt" \
      && grep -qx 'hit-pathfinder/widget/school-form-words.js' "$logs/zip-contents.txt" \
      && grep -qx 'hit-pathfinder/widget/school-form.css' "$logs/zip-contents.txt" \
      && grep -qx 'hit-pathfinder/admin/settings.js' "$logs/zip-contents.txt"; }; } \
  && { [[ ! -f $WIDGET_DIST/hit_pathfinder_bg.wasm.br ]] || {
    grep -qx 'hit-pathfinder/widget/hit_pathfinder_bg.wasm.br' "$logs/zip-contents.txt" \
      && grep -qx 'hit-pathfinder/widget/data/hit-pathfinder.en-US.json.br' "$logs/zip-contents.txt" \
      && grep -qx 'hit-pathfinder/widget/.htaccess' "$logs/zip-contents.txt"; }; }; then
  pass "$(tail -n 1 "$logs/build-zip.log")"
else
  cat "$logs/build-zip.log"
  fail "building the zip (see $logs/build-zip.log)"
  say "the end-to-end test needs the zip: skipped"
  fail "end-to-end test (not run)"
  finish
fi

# 4. End to end.
"$here/tests/e2e.sh" "$zip" >"$logs/e2e.log" 2>&1
e2e_status=$?
# Playwright runs twice (the site in English, then in Spanish): the counts add up.
e2e_passed=$(grep -Eo '^ +[0-9]+ passed' "$logs/e2e.log" | tr -dc '0-9\n' | awk '{ s += $1 } END { print s + 0 }')
e2e_failed=$(grep -Eo '^ +[0-9]+ failed' "$logs/e2e.log" | tr -dc '0-9\n' | awk '{ s += $1 } END { print s + 0 }')
e2e_passed=${e2e_passed:-0}
e2e_failed=${e2e_failed:-0}
grep -E '^(wordpress-e2e|e2e-setup): ' "$logs/e2e.log" | sed 's/^/  /'
if ((e2e_status == 0 && e2e_failed == 0 && e2e_passed > 0)); then
  pass "end-to-end: $e2e_passed browser tests on WordPress" "$e2e_passed"
else
  tail -n 60 "$logs/e2e.log"
  passed=$((passed + e2e_passed))
  fail "end-to-end test (exit $e2e_status, see $logs/e2e.log)" $((e2e_failed > 0 ? e2e_failed : 1))
fi

finish
