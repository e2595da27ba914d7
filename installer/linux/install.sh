#!/bin/sh
# Install the Raadswerk bundle for the current user: no root, nothing outside $HOME.
#
#     installer/linux/install.sh [BUNDLE_FOLDER]
#
# Without BUNDLE_FOLDER it takes the Raadswerk folder beside this script (as in the
# release archive) or else dist/Raadswerk of the checkout.
# The program goes to ~/.local/opt/Raadswerk, the menu entry and icons to
# ~/.local/share. Council files and backups (~/.local/share/Raadswerk) are not touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -gt 0 ]; then
    bundle=$1
elif [ -d "$here/Raadswerk" ]; then
    bundle=$here/Raadswerk
else
    bundle=$here/../../dist/Raadswerk
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/Raadswerk
app_id=nl.raadswerk.Raadswerk

if [ ! -x "$bundle/Raadswerk" ]; then
    echo "No bundle in $bundle: build it first (see installer/README.md)." >&2
    exit 1
fi
mkdir -p "$(dirname "$target")"
rm -rf "$target.new"
cp -R "$bundle" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"

for size in 16 24 32 48 64 128 256 512; do
    folder=$data/icons/hicolor/${size}x${size}/apps
    mkdir -p "$folder"
    cp "$target/_internal/resources/icons/raadswerk-$size.png" "$folder/$app_id.png"
done
mkdir -p "$data/applications"
sed -e "s|^Exec=.*|Exec=\"$target/Raadswerk\"|" -e "s|^TryExec=.*|TryExec=$target/Raadswerk|" \
    "$here/$app_id.desktop" > "$data/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null 2>&1 && \
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
echo "Raadswerk is installed in $target (menu: Office → Raadswerk)."
