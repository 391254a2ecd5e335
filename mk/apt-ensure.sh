#!/bin/sh
# Installs the Debian packages given that are not installed yet; does nothing when all are.
# Usage: mk/apt-ensure.sh WHO PACKAGE…   (WHO names the make target in the message)
who=$1
shift
missing=$(for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done)
[ -z "$missing" ] && exit 0
echo "$who: apt-get install" $missing
export DEBIAN_FRONTEND=noninteractive
apt-get update -q && apt-get install -y -q --no-install-recommends $missing </dev/null
