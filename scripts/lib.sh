# Shared helpers for scripts/demo, scripts/test and scripts/size. Source it; do not run it.
# Every install step is idempotent: it checks first and does nothing when the tool is there.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOG_DIR="$ROOT/target/setup-logs"
mkdir -p "$LOG_DIR"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"
# The release widget is built with this nightly compiler, which rebuilds the standard library
# for size (7 KB less gzipped wasm; README, "Bytes"); the fuzzer uses it too. Pinned: moving
# it is a change to measure and test like any other. HIT_STABLE_BUILD=1 builds on stable.
NIGHTLY="nightly-2026-05-20"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

# Runs a command quietly, its output in a log; on failure shows the log's end and stops.
quietly() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log"
  if ! "$@" >"$log" 2>&1; then
    tail -n 25 "$log" >&2
    die "'$*' failed (full log: $log)"
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not installed: $2"; }

ensure_rust() {
  need cargo "install Rust with rustup (https://rustup.rs)"
  need rustup "install Rust with rustup (https://rustup.rs)"
  # rust-toolchain.toml pins the toolchain and lists the wasm target; this installs both if missing.
  if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
    say "Adding the wasm32 target"
    quietly rustup-target rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    say "Installing Trunk $TRUNK_VERSION (builds from source: about 7 minutes, once)"
    quietly trunk cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
    # --locked fails here: a locked dependency is missing from the registry mirror.
    quietly wasm-bindgen cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
  fi
}

ensure_npm_tools() {
  need npm "install Node.js 20 or later"
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing npm build and test tools (wasm-opt, Playwright, axe-core)"
    quietly npm npm ci --no-audit --no-fund
  fi
  wasm-opt --version | grep -q "version 132" || die "wasm-opt 132 expected from npm binaryen"
}

ensure_crates() {
  # Trunk builds offline, so every crate must be in the local cache first.
  quietly cargo-fetch cargo fetch
}

# Where the pinned nightly keeps the standard library's source.
std_source() { echo "$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library"; }

ensure_nightly() {
  if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 || [ ! -f "$(std_source)/Cargo.lock" ]; then
    say "Installing Rust $NIGHTLY with the standard library's source (about a minute, once)"
    quietly rustup-nightly rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src
  fi
  # Trunk builds offline: the standard library's own crates must be in the cache too.
  quietly std-fetch cargo "+$NIGHTLY" fetch --manifest-path "$(std_source)/Cargo.toml"
}

# Runs a Trunk command for the release widget: with the pinned nightly, the standard library
# rebuilt for size (cargo's build-std) without panic locations or Debug formatting (the
# widget's panic message never shows them), in its own target folder.
release_trunk() {
  if [ "${HIT_STABLE_BUILD:-0}" = 1 ]; then
    trunk "$@"
  else
    RUSTUP_TOOLCHAIN="$NIGHTLY" CARGO_TARGET_DIR="$ROOT/target/nightly" \
      CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none" \
      trunk "$@"
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "Installing Chromium and ChromeDriver from Debian (about a minute, once)"
    quietly apt-update as_root apt-get update
    quietly apt-chromium as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
}

ensure_firefox() {
  if ! command -v firefox-esr >/dev/null 2>&1; then
    say "Installing Firefox ESR from Debian (about a minute, once)"
    quietly apt-update as_root apt-get update
    quietly apt-firefox as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr
  fi
}

ensure_webkit() {
  if ! command -v WebKitWebDriver >/dev/null 2>&1 || ! command -v xvfb-run >/dev/null 2>&1; then
    say "Installing WebKitGTK's WebDriver and Xvfb from Debian (about a minute, once)"
    quietly apt-update as_root apt-get update
    quietly apt-webkit as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb xauth
  fi
}

ensure_fuzz() {
  # libFuzzer needs a nightly compiler: the pinned one the release widget is built with.
  ensure_nightly
  if ! cargo fuzz --version >/dev/null 2>&1; then
    say "Installing cargo-fuzz (about 2 minutes, once)"
    quietly cargo-fuzz cargo install cargo-fuzz --locked
  fi
}

# Builds the release widget into dist/.
build_release() {
  say "Building the release widget into dist/"
  quietly trunk-build release_trunk build --release
}
