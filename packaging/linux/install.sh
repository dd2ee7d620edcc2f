#!/bin/sh
# Installs CreditFuel for this user only (no root): a menu entry, icons, and the commands
# `creditfuel` and `creditfuel-tray` in ~/.local/bin. Everything written is listed in a
# manifest, and uninstall.sh removes exactly that (your ledger and settings stay).
#
#   ./install.sh                      # from the unpacked .tar.gz: copies CreditFuel/ to
#                                     # ~/.local/lib/creditfuel and links the commands to it
#   install.sh --share DIR --bin-from DIR   # the developer install (scripts/install-and-run):
#                                     # links the commands to a venv's bin folder instead
#
# Where: PREFIX (default ~/.local) for bin/ and lib/; menu entry and icons go to
# XDG_DATA_HOME (default $PREFIX/share), where desktops look for them.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.creditfuel.CreditFuel
share_src=$here/share
bundle_src=$here/CreditFuel
bin_from=

while [ $# -gt 0 ]; do
  case $1 in
    --share) share_src=$2; shift 2 ;;
    --bundle) bundle_src=$2; shift 2 ;;
    --bin-from) bin_from=$2; bundle_src=; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

PREFIX=${PREFIX:-$HOME/.local}
BIN_DIR=$PREFIX/bin
DATA_DIR=${XDG_DATA_HOME:-$PREFIX/share}
APP_DIR=$PREFIX/lib/creditfuel
STATE_DIR=$DATA_DIR/$APP_ID
MANIFEST=$STATE_DIR/installed-files

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

[ -d "$share_src/applications" ] || die "no staged menu entry in $share_src (see packaging/README.md)"
if [ -n "$bin_from" ]; then
  [ -x "$bin_from/creditfuel-tray" ] || die "no creditfuel-tray in $bin_from"
elif [ ! -x "$bundle_src/creditfuel-tray" ]; then
  die "no CreditFuel/creditfuel-tray beside this script (unpack the whole .tar.gz first)"
fi

# A previous install (any version) is removed first, by its own manifest.
if [ -f "$MANIFEST" ]; then
  say "replacing the previous install"
  sh "$here/uninstall.sh" --quiet
fi

# Never overwrite something this installer did not put there (a pipx install, say).
for name in creditfuel creditfuel-tray; do
  if [ -e "$BIN_DIR/$name" ] || [ -L "$BIN_DIR/$name" ]; then
    die "$BIN_DIR/$name already exists and is not ours: remove it first, then run this again"
  fi
done

tmp_manifest=$MANIFEST.tmp
record() { printf '%s %s\n' "$1" "$2" >>"$tmp_manifest"; }

# make_dirs DIR: creates DIR and its missing parents, recording each one it made (so
# uninstall removes them again if they are empty then).
make_dirs() {
  missing=
  d=$1
  while [ ! -d "$d" ]; do
    missing="$d
$missing"
    d=$(dirname "$d")
  done
  printf '%s' "$missing" | while IFS= read -r d; do
    [ -n "$d" ] || continue
    mkdir "$d"
    record m "$d"
  done
}

put_file() {  # put_file SRC DEST MODE
  make_dirs "$(dirname "$2")"
  cp "$1" "$2.tmp.$$"
  chmod "$3" "$2.tmp.$$"
  mv -f "$2.tmp.$$" "$2"
  record f "$2"
}

# The Desktop Entry spec's Exec quoting: an argument with a reserved character goes in
# double quotes with " ` $ \ escaped by a backslash; then the value's own string escape
# doubles every backslash; a literal % is written %%.
exec_arg() {
  case $1 in
    *[!A-Za-z0-9_./+,:@=-]*)
      q=$(printf '%s' "$1" | sed 's/[\\"`$]/\\&/g')
      q="\"$q\"" ;;
    *) q=$1 ;;
  esac
  printf '%s' "$q" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g'
}

# The manifest's own folder first (recorded too, so a fresh HOME is left as it was).
state_missing=
d=$STATE_DIR
while [ ! -d "$d" ]; do state_missing="$d
$state_missing"; d=$(dirname "$d"); done
mkdir -p "$STATE_DIR"
: >"$tmp_manifest"
printf '%s' "$state_missing" | while IFS= read -r d; do [ -z "$d" ] || record m "$d"; done

# 1. The program: the bundle copied in, or (developer install) nothing to copy.
if [ -n "$bin_from" ]; then
  target_dir=$(cd "$bin_from" && pwd)
else
  make_dirs "$(dirname "$APP_DIR")"
  rm -rf "$APP_DIR.new"
  cp -R "$bundle_src" "$APP_DIR.new"
  cp "$here/uninstall.sh" "$APP_DIR.new/uninstall.sh"
  : >"$APP_DIR.new/.creditfuel-bundle"   # uninstall.sh removes only a tree marked so
  rm -rf "$APP_DIR"
  mv "$APP_DIR.new" "$APP_DIR"
  record d "$APP_DIR"
  target_dir=$APP_DIR
fi

# 2. The commands on the PATH.
make_dirs "$BIN_DIR"
for name in creditfuel creditfuel-tray; do
  ln -s "$target_dir/$name" "$BIN_DIR/$name"
  record l "$BIN_DIR/$name"
done

# 3. Icons and metainfo, as staged.
(cd "$share_src" && find icons metainfo -type f) | sort | while IFS= read -r rel; do
  put_file "$share_src/$rel" "$DATA_DIR/$rel" 644
done

# 4. The menu entry, starting the command just linked, by its full path: the menu must
#    work before ~/.local/bin is on the session's PATH (Debian adds it at the next login).
entry=$DATA_DIR/applications/$APP_ID.desktop
make_dirs "$(dirname "$entry")"
EXEC_VALUE=$(exec_arg "$BIN_DIR/creditfuel-tray") \
TRYEXEC_VALUE=$(printf '%s' "$BIN_DIR/creditfuel-tray" | sed 's/\\/\\\\/g') \
  awk '/^Exec=/ { print "Exec=" ENVIRON["EXEC_VALUE"]; next }
       /^TryExec=/ { print "TryExec=" ENVIRON["TRYEXEC_VALUE"]; next }
       { print }' "$share_src/applications/$APP_ID.desktop" >"$entry.tmp.$$"
chmod 644 "$entry.tmp.$$"
mv -f "$entry.tmp.$$" "$entry"
record f "$entry"

cp "$here/uninstall.sh" "$STATE_DIR/uninstall.sh"
record f "$STATE_DIR/uninstall.sh"
mv -f "$tmp_manifest" "$MANIFEST"

# Menus and icon themes notice a changed folder by its time stamp.
for d in "$DATA_DIR/applications" "$DATA_DIR/icons/hicolor"; do [ ! -d "$d" ] || touch "$d"; done

say "installed CreditFuel for $(id -un 2>/dev/null || echo you)"
say "start it: from the menu (CreditFuel), or run: creditfuel-tray"
say "command line: creditfuel status   (creditfuel --help for more)"
say "uninstall: sh $STATE_DIR/uninstall.sh   (keeps your credits ledger and settings)"
case ":${PATH:-}:" in
  *":$BIN_DIR:"*) ;;
  *) say "note: $BIN_DIR is not on your PATH in this terminal yet; log out and in again" \
         "(or open a new terminal) before typing creditfuel" ;;
esac
