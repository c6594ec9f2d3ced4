#!/usr/bin/env bash
# Installs Debian's CUDA 11.8 toolkit (nvcc, headers, libcuda stub) from the
# contrib and non-free components, so that kernels.cu compiles to PTX/cubin
# for sm_90 on machines without a GPU, and gorgonia.org/cu builds.
# About 1.6 GB to download, ~2 minutes, ~5.4 GB on disk. Idempotent: does
# nothing when nvcc is already there. Needs root (apt).
set -euo pipefail

if command -v nvcc >/dev/null 2>&1; then
  echo "install-cuda-toolkit: $(nvcc --version | tail -n 1)"
  exit 0
fi

# Enable contrib and non-free (deb822 sources on Debian 12, or the old list).
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  if ! grep -q 'non-free' /etc/apt/sources.list.d/debian.sources; then
    sed -i 's/^Components: main.*$/Components: main contrib non-free non-free-firmware/' /etc/apt/sources.list.d/debian.sources
  fi
elif [ -f /etc/apt/sources.list ] && ! grep -q 'non-free' /etc/apt/sources.list; then
  sed -i -E 's/^(deb .* main)$/\1 contrib non-free non-free-firmware/' /etc/apt/sources.list
fi

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  nvidia-cuda-toolkit nvidia-cuda-dev >/dev/null
echo "install-cuda-toolkit: $(nvcc --version | tail -n 1)"
