#!/usr/bin/env bash
# Training benchmark: steps per second of `hopf train` beside the same
# training loop in PyTorch eager (scripts/bench/torch_train.py: same model
# formulas, data distribution, batch, length, loss and Adam) on the same
# machine, in one run. Prints a Markdown table for docs/performance.md.
#
#   bash scripts/bench/train.sh               # default step counts
#   SCALE=2 bash scripts/bench/train.sh       # twice as many steps
#   REPEAT=5 bash scripts/bench/train.sh      # best of 5 runs (default 3)
#
# A step is: draw a batch, forward, backward, Adam update. hopf's figure is
# its own summary (steps_per_s, over all steps, including the final
# checkpoint write); PyTorch's is over the timed steps after 5 warm-up
# steps. Each figure is the best of REPEAT runs: on a shared machine the
# slow runs measure the neighbours. Installs what it needs with apt (python3-torch, libopenblas-dev)
# when missing; builds hopf twice (pure Go, and -tags openblas). Threads
# and PyTorch's environment as in scripts/bench/cpu.sh.
TORCH_ENV=(OPENBLAS_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=10000000000 MALLOC_TRIM_THRESHOLD_=10000000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="/usr/local/go/bin:$PATH"
SCALE=${SCALE:-1}
REPEAT=${REPEAT:-3}
PY=/usr/bin/python3

need=()
$PY -c "import torch" 2>/dev/null || need+=(python3-torch python3-numpy)
[ -e /usr/include/x86_64-linux-gnu/openblas-pthread/cblas.h ] || [ -e /usr/include/cblas.h ] || need+=(libopenblas-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/hopf" ./cmd/hopf
CGO_LDFLAGS=-lopenblas go build -tags openblas -o "$bin/hopf-openblas" ./cmd/hopf

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }
# best CMD...: the highest steps_per_s of REPEAT runs of CMD.
best() {
  local b=0 v
  for _ in $(seq "$REPEAT"); do
    v=$("$@" 2>/dev/null | field steps_per_s)
    b=$($PY -c "print(max($b, $v))")
  done
  echo "$b"
}

# model file | task | B | T | lr | hopf steps | PyTorch steps
runs=(
  "examples/icl_regression.hopf icl-regression 64 11 1e-3 $((2000 * SCALE)) $((500 * SCALE))"
  "runtime/train/testdata/induction_small.hopf induction 32 20 3e-3 $((500 * SCALE)) $((300 * SCALE))"
  "examples/induction.hopf induction 32 32 1e-3 $((150 * SCALE)) $((150 * SCALE))"
)

blas=$("$bin/hopf" bench examples/induction.hopf --batch 1 --len 8 --runs 1 --warmup 0 | field blas)
echo "| model | task | B×T | hopf default ($blas) steps/s | hopf OpenBLAS steps/s | PyTorch steps/s | hopf default ÷ PyTorch | hopf OpenBLAS ÷ PyTorch |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for r in "${runs[@]}"; do
  read -r f task B T lr hs ts <<<"$r"
  m=$(basename "$f" .hopf)
  common=(train "$f" --task "$task" --batch "$B" --len "$T" --lr "$lr" --steps "$hs" --checkpoint-every 0 --eval 0 --log-every 1000000 --force)
  g=$(best "$bin/hopf" "${common[@]}" --out "$bin/w.safetensors")
  o=$(best env OPENBLAS_NUM_THREADS=1 "$bin/hopf-openblas" "${common[@]}" --out "$bin/w.safetensors")
  t=$(best env "${TORCH_ENV[@]}" $PY scripts/bench/torch_train.py "$f" --hopf "$bin/hopf" --task "$task" --batch "$B" --len "$T" --lr "$lr" --steps "$ts")
  ratio=$($PY -c "print(f'{$o / $t:.2f}')")
  gratio=$($PY -c "print(f'{$g / $t:.2f}')")
  echo "| $m | $task | ${B}×${T} | $g | $o | $t | $gratio | $ratio |"
done
echo
echo "best of $REPEAT runs each; hopf $("$bin/hopf" version | cut -d' ' -f2-), $(nproc) cores (hopf GOMAXPROCS, torch.set_num_threads), torch $($PY -c 'import torch; print(torch.__version__)'), $(date -u +%F)"
