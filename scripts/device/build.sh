#!/usr/bin/env bash
# Builds HERE (a machine without a GPU, with Go, nvcc and the CUDA headers)
# everything the GPU host needs for scripts/device/run.sh, into
# build/device (git-ignored), shipped as one xz tar, build/device/bundle.tar.xz
# (about 15 MiB; 53 MiB unpacked; run.sh unpacks it), of:
#
#   hopf-cuda    hopf built with -tags hopfcuda (the CUDA backend)
#   cuda.test    go test -c -tags hopfcuda ./runtime/cuda (device checks, benchmark)
#   refs/        seeded weights and CPU-backend outputs of every check case,
#                made with an untagged hopf (hopf init, hopf run --backend cpu)
#   cache/       the module cache: every module the GPU host loads, compiled
#                with this machine's nvcc for sm_90 (a miss there rebuilds)
#   parsed/      hopf ir --stage parsed of the benchmarked models (PyTorch side)
#
#   bash scripts/device/build.sh
#
# Then, on the GPU host, from the repository root (no Go there):
#
#   bash scripts/device/run.sh
#
# With this workplace's device tool: run(command="bash scripts/device/run.sh",
# carry=["build/device"], timeout_s=560); see docs/gpu-results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="/usr/local/go/bin:$PATH"
D=${DEVICE_DIR:-build/device}
ARCH=${ARCH:-sm_90}

# CUDA headers (cuda.h) and the driver's link stub (libcuda.so) for cgo.
inc=""
for d in "${CUDA_HOME:-/nonexistent}/include" /usr/include /usr/local/cuda/include; do
  [ -e "$d/cuda.h" ] && { inc=$d; break; }
done
stubs=""
for d in "${CUDA_HOME:-/nonexistent}/lib64/stubs" /usr/lib/x86_64-linux-gnu/stubs /usr/local/cuda/lib64/stubs; do
  [ -e "$d/libcuda.so" ] && { stubs=$d; break; }
done
if [ -z "$inc" ] || [ -z "$stubs" ]; then
  echo "build.sh: cuda.h or the libcuda.so stub not found (scripts/install-cuda-toolkit.sh installs Debian's nvidia-cuda-dev)" >&2
  exit 1
fi
export CGO_CFLAGS="-I$inc" CGO_LDFLAGS="-L$stubs"

rm -rf "$D"
mkdir -p "$D"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== hopf (untagged: the CPU references)"
go build -o "$tmp/hopf" ./cmd/hopf
echo "== hopf-cuda, cuda.test (-tags hopfcuda; CGO_CFLAGS=$CGO_CFLAGS CGO_LDFLAGS=$CGO_LDFLAGS)"
go build -tags hopfcuda -trimpath -ldflags="-s -w" -o "$D/hopf-cuda" ./cmd/hopf
go test -c -tags hopfcuda -trimpath -ldflags="-s -w" -o "$D/cuda.test" ./runtime/cuda
echo "== references, module cache ($ARCH), parsed models"
go run ./scripts/device/prebuild -hopf "$tmp/hopf" -out "$D" -arch "$ARCH"

# The shipped references, run on the simulator in place of the GPU: the
# files, their loading and the comparison are right before device time is
# spent on them.
echo "== the shipped references on the simulator"
HOPF_CUDA_REFS=$PWD/$D/refs go test -count=1 -run '^TestReferencesOnSim$' ./runtime/cuda

# Here, without a GPU, the tagged binaries must stop cleanly before cu's
# init: hopf-cuda with status 3 and the probe's message, the test binary
# with a SKIP line and status 0.
echo "== probe on this machine"
set +e
msg=$("$D/hopf-cuda" version 2>&1); rc=$?
tmsg=$("$D/cuda.test" 2>&1); trc=$?
set -e
case $rc in
  3) grep -q "no CUDA device: use --backend cpu or sim" <<<"$msg" || { echo "hopf-cuda: exit 3 without the probe's message: $msg" >&2; exit 1; }
     [ $trc -eq 0 ] && grep -q SKIP <<<"$tmsg" || { echo "cuda.test: exit $trc: $tmsg" >&2; exit 1; }
     echo "no GPU here: hopf-cuda exits 3 with the probe's message; cuda.test skips (exit 0)";;
  0) echo "a GPU is usable here: $msg";;
  *) echo "hopf-cuda version: exit $rc (want 3 without a GPU, 0 with one): $msg" >&2; exit 1;;
esac

du -sh "$D"/* | sed 's/^/  /'

# One xz-compressed tar of it all (53 MiB → about 15): the device tool
# carries at most 64 MiB with the working tree, and the binaries and the
# module cache compress well. run.sh unpacks it on the GPU host with
# python3's tarfile (no xz binary needed there). PACK=0 leaves the files
# as they are.
if [ "${PACK:-1}" != 0 ]; then
  echo "== packing $D into $D/bundle.tar.xz"
  tar -C "$D" -cf - . | xz -6 -T0 >"$tmp/bundle.tar.xz"
  find "$D" -mindepth 1 -delete
  mv "$tmp/bundle.tar.xz" "$D/bundle.tar.xz"
  ls -la "$D/bundle.tar.xz" | sed 's/^/  /'
fi
size=$(du -sm "$D" | cut -f1)
# What the device tool sends: tracked and untracked-not-ignored files, plus
# the carried build/device; at most 64 MiB in all.
tree=$(( ( $( (git ls-files -z; git ls-files -z --others --exclude-standard) | xargs -0 -r stat -c %s -- 2>/dev/null | awk '{s += $1} END {print s + 0}') + 1048575 ) / 1048576 ))
echo "build/device: ${size} MiB; with the working tree (${tree} MiB): $((size + tree)) of the 64 MiB the device tool carries"
if [ $((size + tree)) -ge 64 ]; then
  echo "build.sh: too large for the device tool: drop benchmark variants (runtime/cuda/suite.go) or check cases" >&2
  exit 1
fi
