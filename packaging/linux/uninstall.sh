#!/bin/sh
# Removes exactly what install.sh installed, from its manifest: the commands, the menu
# entry, the icons, the copied bundle, and folders it created if they are empty now. Your
# credits ledger, backups and settings stay where they are (printed at the end); the
# start-at-login entry the app wrote for this install is switched off too.
#
#   sh ~/.local/share/io.github.creditfuel.CreditFuel/uninstall.sh [--quiet]
#
# Honours the same PREFIX and XDG_DATA_HOME as install.sh.
set -eu

APP_ID=io.github.creditfuel.CreditFuel
quiet=
[ "${1:-}" = --quiet ] && quiet=1

PREFIX=${PREFIX:-$HOME/.local}
DATA_DIR=${XDG_DATA_HOME:-$PREFIX/share}
STATE_DIR=$DATA_DIR/$APP_ID
MANIFEST=$STATE_DIR/installed-files

say() { [ -n "$quiet" ] || printf '==> %s\n' "$*" >&2; }

if [ ! -f "$MANIFEST" ]; then
  say "CreditFuel is not installed for this user (no $MANIFEST)"
  exit 0
fi

# Start at login points at the commands about to go: switch it off (it is ours; the app
# writes it from Settings).
autostart=${XDG_CONFIG_HOME:-$HOME/.config}/autostart/creditfuel.desktop
if [ -f "$autostart" ] && grep -q "creditfuel-tray" "$autostart"; then
  rm -f "$autostart"
  say "start at login switched off"
fi

# Newest first: files, links and the copied bundle; then the manifest; then the folders
# the install created, deepest first, each only if nothing else lives there now.
entries=$(awk '{ a[NR] = $0 } END { for (i = NR; i > 0; i--) print a[i] }' "$MANIFEST")
remove() {  # remove KIND...: the entries of those kinds
  printf '%s\n' "$entries" | while IFS= read -r line; do
    kind=${line%% *}
    path=${line#* }
    case " $* " in *" $kind "*) ;; *) continue ;; esac
    case $kind in
      f) [ -f "$path" ] && rm -f "$path" ;;
      l) [ -L "$path" ] && rm -f "$path" ;;
      d) [ -f "$path/.creditfuel-bundle" ] && rm -rf "$path" ;;
      m) rmdir "$path" 2>/dev/null ;;
    esac || true
  done
}
remove f l d
rm -f "$MANIFEST"
remove m
for d in "$DATA_DIR/applications" "$DATA_DIR/icons/hicolor"; do [ ! -d "$d" ] || touch "$d"; done

say "CreditFuel is uninstalled"
say "your ledger and backups are still in ${XDG_DATA_HOME:-$HOME/.local/share}/CreditFuel;" \
    "delete that folder yourself if you want them gone"
