#!/usr/bin/env bash
# Idempotent installer for the vCard interop checks (Debian 12; as root, or with sudo).
# Installs from Debian: python3-vobject, radicale, libez-vcard-java and libvinnie-java, plus a JDK
# (default-jdk-headless) only when javac is absent. Prints nothing when all is already there.
set -euo pipefail

need=()
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# libvinnie-java is ez-vcard's vCard text parser: the Debian package libez-vcard-java 0.11.2+dfsg-1
# declares no Depends at all, so it has to be named here (Ezvcard.parse fails without it).
for p in python3 python3-vobject radicale libez-vcard-java libvinnie-java; do
  installed "$p" || need+=("$p")
done
command -v javac >/dev/null 2>&1 || need+=(default-jdk-headless)

[ "${#need[@]}" -eq 0 ] && exit 0

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup.sh: need root to install: ${need[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi
APT=("${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o Dpkg::Use-Pty=0)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "setup.sh: installing ${need[*]}" >&2
# Update the package lists only when apt does not know the packages yet (fresh machine).
if ! apt-cache show "${need[@]}" >/dev/null 2>&1; then
  "${APT[@]}" update >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
if ! "${APT[@]}" install -y --no-install-recommends "${need[@]}" >"$log" 2>&1; then
  # Stale lists (a superseded version gives 404): refresh once and retry.
  "${APT[@]}" update >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  "${APT[@]}" install -y --no-install-recommends "${need[@]}" >"$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }
fi
