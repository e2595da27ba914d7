#!/bin/sh
# Remove Raadswerk installed by install.sh. Council files, backups and settings stay:
# they live in ~/.local/share/Raadswerk and ~/.config/Raadswerk, which this leaves alone.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=nl.raadswerk.Raadswerk
rm -rf "$HOME/.local/opt/Raadswerk"
rm -f "$data/applications/$app_id.desktop"
for size in 16 24 32 48 64 128 256 512; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
echo "Raadswerk is removed. Your council files and backups are still in $data/Raadswerk."
