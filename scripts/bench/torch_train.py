#!/usr/bin/env python3
"""Times the training loop of `hopf train` in PyTorch eager (CPU, float32).

The model is built from hopf's canonical DSL (`hopf ir FILE --stage parsed`)
with the formulas of scripts/reference/torch_ref.py (autograd through them);
the data are generated on the fly from the same distributions as hopf's
tasks (runtime/train/tasks.go), with the same batch, length, loss and
optimizer (torch.optim.Adam, constant learning rate). Each timed step draws
a batch, runs forward and backward, and updates the weights, as hopf's
does. Prints one line in the format of `hopf train`'s summary.

  python3 scripts/bench/torch_train.py examples/induction.hopf --task induction --batch 32 --len 32
"""
import argparse
import math
import os
import subprocess
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reference"))
import torch_ref  # noqa: E402


def icl_batch(g, B, T, dx):
    """w ~ N(0, I), x ~ U(-1/2, 1/2)^dx, y = w.x; tokens [x; y], query [x_q; 0]."""
    w = torch.randn(B, dx, generator=g)
    x = torch.rand(B, T, dx, generator=g) - 0.5
    y = torch.einsum("bi,bti->bt", w, x)
    e = torch.cat([x, y.unsqueeze(-1)], dim=-1)
    e[:, -1, dx] = 0
    return e, y[:, -1]


def induction_batch(g, B, T, V):
    """T-P distinct random tokens whose last P repeat, P in [ceil(T/4), T/2]."""
    pmin, pmax = max(2, (T + 3) // 4), T // 2
    P = torch.randint(pmin, pmax + 1, (B, 1), generator=g)
    n = T - P                                    # [B,1]: where the repeat starts
    if T - pmin <= V:                            # distinct tokens: a random permutation's prefix
        first = torch.rand(B, V, generator=g).argsort(dim=1)[:, :T]
    else:
        first = torch.randint(0, V, (B, T), generator=g)
    i = torch.arange(T).unsqueeze(0)             # [1,T]
    src = torch.where(i < n, i, i - P)           # toks[i] = toks[i-P] in the repeat (one hop: i-P < n)
    toks = first.gather(1, src)
    nxt = torch.cat([toks[:, 1:], toks[:, :1]], dim=1)
    targets = torch.where((i >= n) & (i < T - 1), nxt, torch.full_like(toks, -100))
    return toks, targets


def copy_batch(g, B, T, V):
    toks = torch.randint(0, V, (B, T), generator=g)
    return toks, toks.clone()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--task", required=True, choices=["icl-regression", "induction", "copy"])
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--len", type=int, required=True)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--steps", type=int, default=200, help="timed steps")
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=os.cpu_count(), help="intra-op threads (default: all cores, as hopf)")
    ap.add_argument("--hopf", default="go run ./cmd/hopf", help="how to run hopf")
    args = ap.parse_args()

    text = subprocess.run(args.hopf.split() + ["ir", args.file, "--stage", "parsed"],
                          check=True, capture_output=True, text=True).stdout
    cfg = torch_ref.parse_canonical(text)
    torch.set_default_dtype(torch.float32)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    params = {}
    for name, shape in torch_ref.weight_shapes(cfg).items():
        if name.endswith(".weight") and len(shape) == 1:
            a = torch.ones(shape)
        elif name.endswith(".bias"):
            a = torch.zeros(shape)
        elif name in ("tok_embed", "pos_embed"):
            a = torch.randn(shape)
        else:
            a = torch.randn(shape) / math.sqrt(shape[-1])
        params[name] = a.requires_grad_()
    opt = torch.optim.Adam(params.values(), lr=args.lr)
    g = torch.Generator().manual_seed(args.seed)
    B, T = args.batch, args.len

    def step():
        if args.task == "icl-regression":
            e, y = icl_batch(g, B, T, int(cfg["d_in"][0]) - 1)
            out = torch_ref.forward(cfg, params, e)
            loss = ((out[:, -1, 0] - y) ** 2).mean()
        else:
            V = int(cfg["vocab"][0])
            toks, targets = (induction_batch if args.task == "induction" else copy_batch)(g, B, T, V)
            logits = torch_ref.forward(cfg, params, toks)
            loss = torch.nn.functional.cross_entropy(logits.reshape(B * T, V), targets.reshape(-1), ignore_index=-100)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        return float(loss)

    for _ in range(args.warmup):
        step()
    t0 = time.perf_counter()
    losses = [step() for _ in range(args.steps)]
    elapsed = time.perf_counter() - t0
    name = cfg.get("name", os.path.basename(args.file)[:-5])
    print(f"{name} backend=torch-{torch.__version__} task={args.task} B={B} T={T} threads={torch.get_num_threads()} "
          f"steps={args.steps} time_s={elapsed:.2f} steps_per_s={args.steps / elapsed:.1f} "
          f"loss={sum(losses[-50:]) / len(losses[-50:]):.6g}")


if __name__ == "__main__":
    main()
