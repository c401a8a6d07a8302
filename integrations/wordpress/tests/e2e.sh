#!/usr/bin/env bash
# End-to-end test of the WordPress plugin, on WordPress from Debian's packages:
#
#   integrations/wordpress/tests/e2e.sh [PLUGIN.zip]
#   integrations/wordpress/tests/e2e.sh --packages     (only install the Debian packages)
#
# Installs what is missing (as root, with apt-get), starts its own MariaDB and Apache on
# 127.0.0.1 only, installs WordPress, installs and activates the plugin from the zip
# (default dist/hit-pathfinder-wordpress.zip, built with build-zip.sh if absent), creates a
# user with the Author role, publishes as that Author one post with the shortcode and one
# with the block (WordPress's kses filters on, which the setup checks), then opens both in
# headless Chromium (Playwright) and completes the quiz in each. It stops everything it
# started when it ends, however it ends, and can be run again at once.
#
# Environment: HP_WP_PORT (Apache, default 8090, or the next free port), HP_WP_DB_PORT
# (default 3390, or the next free port), HP_WP_WORK (scratch folder, default a new
# /tmp/hit-pathfinder-wp-e2e.XXXXXX, removed after a passing run and kept after a failing
# one), HP_WP_SCREENSHOTS (a folder for screenshots of the editor and the settings),
# WIDGET_DIST (for building a missing zip).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
packages_only=0
if [[ ${1:-} == --packages ]]; then packages_only=1; shift; fi
zip="${1:-$repo/dist/hit-pathfinder-wordpress.zip}"
scratch_prefix=/tmp/hit-pathfinder-wp-e2e
started=$(date +%s)

say() { echo "wordpress-e2e: $*"; }
die() { echo "wordpress-e2e: FAILED: $*" >&2; exit 1; }


# --- Packages ----------------------------------------------------------------------------
packages=(wordpress wordpress-theme-twentytwentyone mariadb-server mariadb-client apache2
  libapache2-mod-php php php-cli php-mysql php-xml php-mbstring phpunit unzip zip curl
  chromium media-types iproute2 gettext)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  [[ $(id -u) -eq 0 ]] || die "missing Debian packages (${missing[*]}): run as root to install them"
  say "installing ${missing[*]}"
  apt-get update -qq >/dev/null
  # Services must not start from the package scripts: this test starts its own.
  policy=/usr/sbin/policy-rc.d
  had_policy=0; [[ -e $policy ]] && had_policy=1
  ((had_policy)) || { printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; }
  apt_status=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || apt_status=$?
  ((had_policy)) || rm -f "$policy"
  ((apt_status == 0)) || die "apt-get install ${missing[*]} failed"
fi
((packages_only)) && exit 0
[[ $(id -u) -eq 0 ]] || die "run as root (it starts Apache, which serves as www-data)"
if [[ ! -f "$repo/node_modules/@playwright/test/cli.js" ]]; then
  say "installing the repository's npm tools (npm ci)"
  (cd "$repo" && npm ci --no-audit --no-fund >/dev/null)
fi

# --- The plugin zip ----------------------------------------------------------------------
if [[ ! -f $zip ]]; then
  say "no $zip: building it"
  "$repo/integrations/wordpress/build-zip.sh" "$zip"
fi

# --- Ports and scratch folder ------------------------------------------------------------
port_busy() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }
free_port() {
  local port=$1
  while port_busy "$port"; do port=$((port + 1)); done
  echo "$port"
}

# Stops the servers of the run whose scratch folder is $1 (this run's, or a stale one's).
stop_services() {
  local dir=$1 pid
  if [[ -f $dir/apache/httpd.pid ]]; then
    pid=$(cat "$dir/apache/httpd.pid" 2>/dev/null || true)
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      apache2 -f "$dir/apache/httpd.conf" -k stop 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  if [[ -f $dir/mysql/mysqld.pid ]]; then
    pid=$(cat "$dir/mysql/mysqld.pid" 2>/dev/null || true)
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      mariadb-admin --no-defaults --socket="$dir/mysql/mysqld.sock" -uroot shutdown 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  if [[ -f $dir/config-name ]]; then
    rm -f "/etc/wordpress/config-$(cat "$dir/config-name").php"
  fi
}

# A run that was killed hard (its runner is gone) may have left servers: stop them, and
# remove what it left. Runs going on at the same time are left alone.
for stale in "$scratch_prefix".*; do
  [[ -d $stale ]] || continue
  runner=$(cat "$stale/runner.pid" 2>/dev/null || true)
  if [[ -n $runner ]] && kill -0 "$runner" 2>/dev/null; then continue; fi
  stop_services "$stale"
  rm -rf "$stale"
done

# Each run has its own scratch folder, ports, database and WordPress configuration.
work=${HP_WP_WORK:-$(mktemp -d "$scratch_prefix.XXXXXX")}
config_name="hitpathfinder-e2e-$(basename "$work" | tr -dc 'a-zA-Z0-9')"
config_file="/etc/wordpress/config-$config_name.php"

cleanup() {
  local status=$?
  stop_services "$work"
  if ((status != 0)); then
    for log in "$work/logs/apache-error.log" "$work/logs/mysql.err" "$work/logs/wp-debug.log"; do
      if [[ -s $log ]]; then echo "--- last lines of $log" >&2; tail -n 20 "$log" >&2; fi
    done
    say "logs and Playwright's results kept in $work"
  elif [[ -z ${HP_WP_WORK:-} ]]; then
    rm -rf "$work"
  fi
  say "services stopped ($(($(date +%s) - started)) s in all)"
  exit "$status"
}

stop_services "$work"
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$work"
mkdir -p "$work"/{apache,mysql,logs,wp-content/plugins,wp-content/themes,wp-content/uploads}
chmod 755 "$work"
echo $$ >"$work/runner.pid"
echo "$config_name" >"$work/config-name"
web_port=$(free_port "${HP_WP_PORT:-8090}")
db_port=$(free_port "${HP_WP_DB_PORT:-3390}")
base_url="http://127.0.0.1:$web_port"

# --- MariaDB, its own instance on loopback -----------------------------------------------
say "starting MariaDB on 127.0.0.1:$db_port"
mariadb-install-db --no-defaults --datadir="$work/mysql/data" --user=root \
  --auth-root-authentication-method=socket --skip-test-db >"$work/logs/mysql-install.log" 2>&1 \
  || die "mariadb-install-db (see $work/logs/mysql-install.log)"
mariadbd --no-defaults --datadir="$work/mysql/data" --socket="$work/mysql/mysqld.sock" \
  --pid-file="$work/mysql/mysqld.pid" --port="$db_port" --bind-address=127.0.0.1 --user=root \
  --skip-log-bin --innodb-buffer-pool-size=64M --log-error="$work/logs/mysql.err" &
for _ in $(seq 60); do
  mariadb-admin --no-defaults --socket="$work/mysql/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
  sleep 0.5
done
mariadb-admin --no-defaults --socket="$work/mysql/mysqld.sock" -uroot ping >/dev/null 2>&1 || die "MariaDB did not start"
db_password="e2e-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mariadb --no-defaults --socket="$work/mysql/mysqld.sock" -uroot <<SQL
CREATE DATABASE hitpathfinder_e2e CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'hitpathfinder'@'127.0.0.1' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON hitpathfinder_e2e.* TO 'hitpathfinder'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL

# --- WordPress's configuration, content folder and the plugin -------------------------------
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
umask 027
cat >"$config_file" <<PHP
<?php
// Written by integrations/wordpress/tests/e2e.sh for its own run; removed when it ends.
define( 'DB_NAME', 'hitpathfinder_e2e' );
define( 'DB_USER', 'hitpathfinder' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', '127.0.0.1:$db_port' );
define( 'WP_HOME', '$base_url' );
define( 'WP_SITEURL', '$base_url' );
define( 'WP_CONTENT_DIR', '$work/wp-content' );
define( 'WP_CONTENT_URL', '$base_url/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$work/logs/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
PHP
umask 022
chgrp www-data "$config_file"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentyone "$work/wp-content/themes/twentytwentyone"
unzip -q "$zip" -d "$work/wp-content/plugins" || die "unzipping $zip"
[[ -f $work/wp-content/plugins/hit-pathfinder/hit-pathfinder.php && -f $work/wp-content/plugins/hit-pathfinder/widget/hit_pathfinder_bg.wasm ]] \
  || die "$zip does not hold hit-pathfinder/hit-pathfinder.php and its widget/ files"
touch "$work/logs/wp-debug.log"
chown -R www-data:www-data "$work/wp-content/uploads" "$work/logs"

export HP_WP_HOST="127.0.0.1:$web_port" HP_WP_CONFIG="$config_name"
export HP_WP_AUTHOR_PASSWORD="author-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export HP_WP_ADMIN_PASSWORD="admin-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export HP_WP_SITEADMIN_PASSWORD="siteadmin-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# The school's own dataset, in the site's uploads (where the Media Library puts it).
mkdir -p "$work/wp-content/uploads/hit-pathfinder"
cp "$work/wp-content/plugins/hit-pathfinder/widget/data/hit-pathfinder."{en-US,es-US}.json "$work/wp-content/uploads/hit-pathfinder/" \
  || die "the zip has no default datasets in widget/data/"
for lang in en-US es-US; do
  mv "$work/wp-content/uploads/hit-pathfinder/hit-pathfinder.$lang.json" "$work/wp-content/uploads/hit-pathfinder/school.$lang.json"
done
# The school's profile, there too: the documented example (docs/school.md).
cp "$repo/docs/examples/lakeview.json" "$work/wp-content/uploads/hit-pathfinder/lakeview.json" \
  || die "no docs/examples/lakeview.json in $repo"
say "installing WordPress and the plugin"
php "$here/e2e-setup.php" install
php "$here/e2e-setup.php" configure
say "publishing the posts as the Author"
php "$here/e2e-setup.php" posts >"$work/posts.json"
cat "$work/posts.json"
chown -R www-data:www-data "$work/logs" "$work/wp-content/uploads"

# --- Apache, its own instance on loopback ------------------------------------------------
libphp=$(ls /usr/lib/apache2/modules/libphp*.so | head -n1)
cat >"$work/apache/httpd.conf" <<CONF
# Written by integrations/wordpress/tests/e2e.sh: WordPress on 127.0.0.1 only.
ServerRoot "$work/apache"
ServerName 127.0.0.1
Listen 127.0.0.1:$web_port
PidFile "$work/apache/httpd.pid"
DefaultRuntimeDir "$work/apache"
Mutex file:$work/apache default
ErrorLog "$work/logs/apache-error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule setenvif_module /usr/lib/apache2/modules/mod_setenvif.so
LoadModule filter_module /usr/lib/apache2/modules/mod_filter.so
LoadModule deflate_module /usr/lib/apache2/modules/mod_deflate.so
LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so
LoadModule php_module $libphp
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 12
# Debian's own configuration of the modules it enables by default (mime: types and languages
# from /etc/mime.types; deflate: compression by type, without JSON), plus mod_rewrite, as a
# WordPress site with pretty links has. mod_headers stays off, as Debian ships it.
Include /etc/apache2/mods-available/mime.conf
Include /etc/apache2/mods-available/deflate.conf
CustomLog "$work/logs/apache-access.log" "%h %t \\"%r\\" %>s %b"
SetEnv WORDPRESS_CONFIG $config_name
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
Alias /wp-content "$work/wp-content"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory "$work/wp-content">
  Options FollowSymLinks
  # As Debian's WordPress example (/usr/share/doc/wordpress/examples/apache.conf) allows for
  # WordPress's own .htaccess: the plugin's widget/.htaccess is read.
  AllowOverride Limit Options FileInfo
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
say "starting Apache on $base_url"
apache2 -f "$work/apache/httpd.conf" -k start || die "Apache did not start"
for _ in $(seq 50); do
  curl -fsS -o /dev/null "$base_url/wp-login.php" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o "$work/plain.html" "$base_url/?p=1" || die "WordPress does not answer on $base_url"
grep -q 'Hello world' "$work/plain.html" || die "WordPress's first post is not served"
# A page without the widget does not load its script.
grep -q 'widget/hit-pathfinder.js' "$work/plain.html" && die "the widget's script is loaded on a page without the widget"
wasm_type=$(curl -fsS -o /dev/null -w '%{content_type}' "$base_url/wp-content/plugins/hit-pathfinder/widget/hit_pathfinder_bg.wasm") \
  || die "the widget's wasm is not served"
[[ $wasm_type == application/wasm* ]] || die "the wasm is served as '$wasm_type'"

# --- The browser test ----------------------------------------------------------------------
say "running the browser test"
cd "$repo"
# The byte budget of a first visit needs the build's precompressed copies and their .htaccess.
export HP_WP_PRECOMPRESSED=0
if [[ -f $work/wp-content/plugins/hit-pathfinder/widget/.htaccess && -f $work/wp-content/plugins/hit-pathfinder/widget/hit_pathfinder_bg.wasm.br ]]; then
  HP_WP_PRECOMPRESSED=1
else
  say "the zip's widget has no precompressed files: the first visit's byte budget is not checked"
fi
HP_WP_URL="$base_url" HP_WP_POSTS="$work/posts.json" HP_WP_OUTPUT="$work/test-results" \
  node "$repo/node_modules/@playwright/test/cli.js" test --config "$here/playwright.config.js"

# The same site in Spanish: the plugin's translations in the settings and the block's sidebar.
say "switching the site to Spanish"
php "$here/e2e-setup.php" spanish
say "running the browser test in Spanish"
HP_WP_SPEC=wordpress-es.spec.js HP_WP_URL="$base_url" HP_WP_POSTS="$work/posts.json" HP_WP_OUTPUT="$work/test-results-es" \
  node "$repo/node_modules/@playwright/test/cli.js" test --config "$here/playwright.config.js"

if grep -E 'PHP (Fatal|Warning|Notice|Deprecated)' "$work/logs/wp-debug.log" | grep -i 'hit-pathfinder' >&2; then
  die "the plugin logged PHP errors (above)"
fi
say "passed"
