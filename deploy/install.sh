#!/bin/sh
# Install Elshi from this offline bundle (Linux, macOS). No network is used.
#   sh install.sh [--prefix DIR] [--bin-dir DIR] [--no-shortcut]     install or upgrade
#   sh install.sh --uninstall                                         remove the program, keep the archive
# It needs the Python this bundle was made for (bundle.json names it); PYTHON=/path/to/python3 chooses one.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
want=$(sed -n 's/.*"python": "\([0-9.]*\)".*/\1/p' "$here/bundle.json")
for candidate in "${PYTHON:-}" "python$want" python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1; then
        exec "$candidate" "$here/install.py" "$@"
    fi
done
echo "[elshi install] Python $want is needed and was not found. On Debian 12: apt-get install python3" >&2
echo "[elshi install] (from your approved media), or name it: PYTHON=/path/to/python$want sh install.sh" >&2
exit 1
