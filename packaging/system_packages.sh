#!/bin/sh
# Installs the Debian/Ubuntu packages named as arguments, for `make run` and `make test` (Python's venv module,
# the PostgreSQL server programs the tests start, the libraries Qt needs). As root, or where sudo needs no
# password (CI runners), it runs apt-get itself; otherwise it stops with the one line to run.
set -eu
[ "$#" -gt 0 ] || exit 0
if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
else
    echo "FieldDesk needs these system packages; install them with: sudo apt-get install -y $*" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "FieldDesk needs these system packages (their Debian/Ubuntu names): $*; install them with your system's package manager." >&2
    exit 1
fi
echo "Installing the system packages FieldDesk needs: $*"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
