#!/bin/sh
# Makes dist/CreditFuel-<version>-macos-<arch>.dmg from dist/CreditFuel.app: a disk image
# holding the app and a link to /Applications, so users drag one onto the other.
# NOT RUN on this project's machine (Linux); written for the GitHub Actions macOS runner
# (.github/workflows/bundles.yml). Uses only hdiutil, which every Mac has.
#
#   pyinstaller --noconfirm packaging/pyinstaller/creditfuel-macos.spec
#   sh packaging/macos/make-dmg.sh 0.1.0
#
# Not signed with a Developer ID nor notarized (no certificate in this project): macOS
# says the app "cannot be opened" the first time; users right-click (Control-click) it in
# Applications and choose Open once. README.md says so.
set -eu
cd "$(dirname "$0")/../.."

version=${1:?usage: make-dmg.sh VERSION}
app=dist/CreditFuel.app
[ -d "$app" ] || { echo "make-dmg.sh: build $app first (see the header)" >&2; exit 1; }
# LSUIElement keeps it out of the Dock: a menu-bar app. Refuse to ship one without it.
/usr/libexec/PlistBuddy -c "Print :LSUIElement" "$app/Contents/Info.plist" | grep -qx true

arch=$(uname -m)
dmg=dist/CreditFuel-$version-macos-$arch.dmg
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "CreditFuel $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
du -h "$dmg"
