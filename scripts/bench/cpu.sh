#!/usr/bin/env bash
# CPU benchmark: hopf's forward pass beside PyTorch eager on the same
# machine, in one run. Prints a Markdown table for docs/performance.md.
#
#   bash scripts/bench/cpu.sh            # B=8, T=256, 20 timed runs each
#   RUNS=50 bash scripts/bench/cpu.sh
#
# Installs what it needs with apt (Debian's python3-torch, libopenblas-dev)
# when missing. hopf is built twice: the default build (no C library: Go,
# with its GEMM and vector loops in AVX2/AVX-512 assembly on amd64 CPUs that
# have them, gonum's BLAS elsewhere) and with -tags openblas. Both sides use
# every core: hopf through GOMAXPROCS (its OpenBLAS single-threaded),
# PyTorch through torch.set_num_threads. PyTorch
# runs in its fastest measured setting here: OpenBLAS single-threaded under
# its OpenMP pool (two pools otherwise fight: medians 2x worse and noisy) and
# glibc's malloc thresholds raised (otherwise it returns its buffers to the
# OS on every call, ~1.3x slower).
TORCH_ENV=(OPENBLAS_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=10000000000 MALLOC_TRIM_THRESHOLD_=10000000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="/usr/local/go/bin:$PATH"
RUNS=${RUNS:-20}
B=${B:-8}
T=${T:-256}
PY=/usr/bin/python3

need=()
$PY -c "import torch" 2>/dev/null || need+=(python3-torch python3-numpy)
[ -e /usr/include/x86_64-linux-gnu/openblas-pthread/cblas.h ] || [ -e /usr/include/cblas.h ] || need+=(libopenblas-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

bin=$(mktemp -d)
go build -o "$bin/hopf" ./cmd/hopf
CGO_LDFLAGS=-lopenblas go build -tags openblas -o "$bin/hopf-openblas" ./cmd/hopf

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

blas=$("$bin/hopf" bench examples/induction.hopf --batch 1 --len 8 --runs 1 --warmup 0 | field blas)
echo "| model | B×T | hopf default ($blas), fused ms | hopf OpenBLAS, lowered ms | hopf OpenBLAS, fused ms | PyTorch ms (delta: chunked / recurrent) | PyTorch ÷ hopf (default, fused) | PyTorch ÷ hopf (OpenBLAS, fused) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for m in induction fastweight; do
  f=examples/$m.hopf
  g=$("$bin/hopf" bench "$f" --batch "$B" --len "$T" --runs "$RUNS" | field median_ms)
  l=$(OPENBLAS_NUM_THREADS=1 "$bin/hopf-openblas" bench "$f" --stage lowered --batch "$B" --len "$T" --runs "$RUNS" | field median_ms)
  o=$(OPENBLAS_NUM_THREADS=1 "$bin/hopf-openblas" bench "$f" --batch "$B" --len "$T" --runs "$RUNS" | field median_ms)
  tc=$(env "${TORCH_ENV[@]}" $PY scripts/bench/torch_bench.py "$f" --hopf "$bin/hopf" --batch "$B" --len "$T" --runs "$RUNS" --delta chunked | field median_ms)
  tr=$(env "${TORCH_ENV[@]}" $PY scripts/bench/torch_bench.py "$f" --hopf "$bin/hopf" --batch "$B" --len "$T" --runs "$RUNS" --delta recurrent | field median_ms)
  best=$($PY -c "print(min($tc, $tr))")
  ratio=$($PY -c "print(f'{$best / $o:.2f}')")
  gratio=$($PY -c "print(f'{$best / $g:.2f}')")
  echo "| $m | ${B}×${T} | $g | $l | $o | $tc / $tr | $gratio | $ratio |"
done
echo
echo "hopf $("$bin/hopf" version | cut -d' ' -f2-), $(nproc) cores (hopf GOMAXPROCS, torch.set_num_threads), torch $($PY -c 'import torch; print(torch.__version__)'), $(date -u +%F)"
rm -rf "$bin"
