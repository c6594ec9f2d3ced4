#!/usr/bin/env bash
# Installs a ptxas of CUDA 12.4 for the sm_90a kernels (Hopper's wgmma,
# codegen TCTile.Wgmma), which Debian 12's CUDA 11.8 cannot assemble: the
# ptxas of Debian 13's nvidia-cuda-toolkit 12.4 package, unpacked with
# dpkg -x (no apt, nothing else of the package is kept; it runs on Debian 12,
# glibc ≥ 2.34). codegen.RunNVCC compiles .cu to PTX with nvcc 11.8 and
# assembles it with this ptxas for sm_90a (docs/RATIONALE.md). An 87 MB
# download, 29 MB on disk. Idempotent.
#
#   bash scripts/install-ptxas.sh [DIR]     (default /opt/hopf/cuda-12.4)
set -euo pipefail

dir=${1:-/opt/hopf/cuda-12.4}
ptxas=$dir/usr/bin/ptxas
if [ -x "$ptxas" ] && "$ptxas" --version | grep -q "release 12"; then
  echo "install-ptxas: $ptxas: $("$ptxas" --version | tail -n 2 | head -n 1)"
  exit 0
fi
deb=nvidia-cuda-toolkit_12.4.131~12.4.1-2_amd64.deb
sum=cd5fe85aee38d108b315f408a688641478f2402622a10c677478eb7a6c4e5319
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -sSfL -o "$tmp/$deb" "$mirror/pool/non-free/n/nvidia-cuda-toolkit/$deb"
echo "$sum  $tmp/$deb" | sha256sum -c --quiet
dpkg -x "$tmp/$deb" "$tmp/root"
mkdir -p "$dir/usr/bin"
install -m 0755 "$tmp/root/usr/bin/ptxas" "$ptxas"
echo "install-ptxas: $ptxas: $("$ptxas" --version | tail -n 2 | head -n 1)"
