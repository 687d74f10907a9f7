#!/usr/bin/env bash
# Installs the Debian packages ingestd builds and tests with, if any is missing.
# Idempotent and quiet when everything is there; called by every make target that builds.
set -euo pipefail

packages=(libsystemd-dev libxml2-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then
    # systemd-journald, journalctl and a `systemd --user` manager for the integration tests.
    packages+=(systemd)
fi
if [[ "${1:-}" == "--bench" ]]; then
    # Python with venv for the watchdog peer that `make bench` compares ingestd with.
    if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        packages+=(python3 python3-venv)
    fi
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "setup: installing ${missing[*]} with apt-get" >&2
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "setup: ${missing[*]} missing and not root; install them with apt-get as root" >&2
        exit 1
    fi
else
    sudo=()
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
