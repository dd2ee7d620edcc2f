# shellcheck shell=bash
# Shared by scripts/install-and-run and scripts/test (sourced, not run): system packages and
# the project's virtual environment, both skipped when already in place so re-runs are fast.

# What Qt's xcb platform plugin needs at run time, plus a font that draws Japanese.
QT_RUNTIME_PACKAGES=(
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-xinerama0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 fonts-noto-cjk
)

say() { printf '==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "need root (or sudo) to run: $*"
    return 1
  fi
}

# ensure_apt_packages PKG...: installs the ones dpkg does not list as installed.
ensure_apt_packages() {
  local missing=() pkg
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "no apt here: make sure these are installed yourself: $*"
    return 0
  fi
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  say "installing system packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ensure_venv: .venv with a working python; Debian's python3 needs python3-venv for that.
ensure_venv() {
  local python=${PYTHON:-python3}
  if [ -x .venv/bin/python ] && .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    return 0
  fi
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "CreditFuel needs Python 3.11 or newer as '$python' (set PYTHON=/path/to/python3.11)"
    return 1
  fi
  if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    ensure_apt_packages python3-venv
  fi
  say "creating .venv with $("$python" --version 2>&1)"
  rm -rf .venv
  "$python" -m venv .venv
}

# ensure_installed SPEC: `pip install -e SPEC` unless pyproject.toml is unchanged since the
# last successful install of SPEC, or of '.[test]' which covers '.' (a stamp in .venv).
ensure_installed() {
  local spec=$1 stamp=.venv/.creditfuel-install-stamp hash want
  hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
  want="$spec $hash"
  if [ -f "$stamp" ] && { grep -qxF "$want" "$stamp" \
       || { [ "$spec" = . ] && grep -qxF ".[test] $hash" "$stamp"; }; }; then
    return 0
  fi
  say "installing the project into .venv: pip install -e '$spec'"
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
  printf '%s\n' "$want" >>"$stamp"
}

# build_translations: .ts -> .qm (lupdate -no-obsolete, lrelease) and .po -> .mo; an output
# is rewritten only when its bytes change (desktopapp/i18n/README.md).
build_translations() {
  .venv/bin/python -m desktopapp.i18n.build
}
