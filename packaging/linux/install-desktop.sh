#!/bin/sh
# Adds FieldDesk to the desktop's application menu for this user: a .desktop entry in
# ~/.local/share/applications and the icon in ~/.local/share/icons/hicolor (or under $XDG_DATA_HOME).
# Nothing needs root, and nothing is written in the program folder or in any FieldDesk profile.
#
#   install-desktop.sh [FOLDER]              FOLDER: the FieldDesk folder (default: the folder of this script)
#   install-desktop.sh --uninstall           removes the menu entry and the icons (your data stays)
#
# `make install-desktop` runs it on dist/FieldDesk. Run it again after moving the FieldDesk folder.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
applications="$data_home/applications"
hicolor="$data_home/icons/hicolor"
sizes="16 24 32 48 64 128 256 512"

refresh() {
    # Menus notice the change sooner with this; optional. (No gtk-update-icon-cache: an icon cache in the user's
    # own hicolor folder would hide the icons that other programs put there later without updating it.)
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$applications" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$applications/fielddesk.desktop" "$hicolor/scalable/apps/fielddesk.svg"
    for size in $sizes; do rm -f "$hicolor/${size}x${size}/apps/fielddesk.png"; done
    refresh
    echo "Removed FieldDesk from the application menu. Your profiles and data are untouched."
    exit 0
fi

folder=$(cd "${1:-$here}" && pwd)
program="$folder/FieldDesk"
icons="$folder/_internal/resources/icons"
template="$here/fielddesk.desktop"
[ -f "$template" ] || template="$folder/fielddesk.desktop"
if [ ! -x "$program" ]; then
    echo "install-desktop.sh: $program is not a FieldDesk program; give the FieldDesk folder." >&2
    exit 1
fi
if [ ! -d "$icons" ] || [ ! -f "$template" ]; then
    echo "install-desktop.sh: $icons or fielddesk.desktop is missing; is $folder a complete FieldDesk build?" >&2
    exit 1
fi

# Exec and TryExec take the absolute path, quoted as the Desktop Entry specification asks (a folder name may
# contain spaces; ", `, $ and \ are escaped inside the quotes).
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g')
mkdir -p "$applications" "$hicolor/scalable/apps"
tmp="$applications/.fielddesk.desktop.tmp"
sed -e "s|^Exec=.*|Exec=\"$(printf '%s' "$quoted" | sed -e 's/[|&\\]/\\&/g')\"|" \
    -e "s|^TryExec=.*|TryExec=$(printf '%s' "$program" | sed -e 's/[|&\\]/\\&/g')|" \
    "$template" > "$tmp"
mv "$tmp" "$applications/fielddesk.desktop"
for size in $sizes; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    cp "$icons/fielddesk-$size.png" "$hicolor/${size}x${size}/apps/fielddesk.png"
done
cp "$icons/fielddesk.svg" "$hicolor/scalable/apps/fielddesk.svg"
refresh
echo "FieldDesk is in the application menu ($applications/fielddesk.desktop), starting $program."
