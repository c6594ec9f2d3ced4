#!/usr/bin/env python3
"""Times the forward pass of a hopf model in PyTorch eager (CPU, float32).

The model is built from hopf's canonical DSL (`hopf ir FILE --stage parsed`)
with the same formulas as scripts/reference/torch_ref.py. Delta-rule layers
run either token by token (--delta recurrent, the textbook loop) or in the
chunked WY form (--delta chunked, as flash-linear-attention's PyTorch
reference does). Prints one line in the format of `hopf bench`.

  python3 scripts/bench/torch_bench.py examples/induction.hopf --batch 8 --len 256
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "reference"))
import torch_ref  # noqa: E402


def delta_chunked(q, k, v, beta, scale, strict, chunk=64):
    """WY-form delta rule over chunks; q,k [B,H,T,dk], v [B,H,T,dv], beta [B,H,T]."""
    B, H, T, dk = q.shape
    dv = v.shape[-1]
    S = q.new_zeros(B, H, dv, dk)
    outs = []
    for c0 in range(0, T, chunk):
        c1 = min(T, c0 + chunk)
        Q, K, V, b = q[:, :, c0:c1], k[:, :, c0:c1], v[:, :, c0:c1], beta[:, :, c0:c1]
        n = c1 - c0
        bK = K * b.unsqueeze(-1)
        A = -(bK @ K.transpose(-1, -2)).tril(-1)
        Tc = torch.linalg.solve_triangular(torch.eye(n) - A, torch.eye(n).expand(B, H, n, n), upper=False)
        W = Tc @ bK
        U = Tc @ (V * b.unsqueeze(-1))
        Vp = U - W @ S.transpose(-1, -2)
        M = torch.ones(n, n).tril(-1 if strict else 0)
        outs.append(scale * (Q @ S.transpose(-1, -2) + ((Q @ K.transpose(-1, -2)) * M) @ Vp))
        S = S + Vp.transpose(-1, -2) @ K
    return torch.cat(outs, dim=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--len", type=int, default=256)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count(), help="intra-op threads (default: all cores, as hopf)")
    ap.add_argument("--delta", choices=["recurrent", "chunked"], default="chunked")
    ap.add_argument("--hopf", default="go run ./cmd/hopf", help="how to run hopf")
    args = ap.parse_args()

    text = subprocess.run(args.hopf.split() + ["ir", args.file, "--stage", "parsed"],
                          check=True, capture_output=True, text=True).stdout
    cfg = torch_ref.parse_canonical(text)
    torch.set_default_dtype(torch.float32)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(1)
    W = {}
    for name, shape in torch_ref.weight_shapes(cfg).items():
        a = rng.standard_normal(shape) / (math.sqrt(shape[1]) if len(shape) == 2 else 1)
        if name.endswith(".weight") and len(shape) == 1:
            a = np.ones(shape)
        W[name] = torch.tensor(a, dtype=torch.float32)
    B, T = args.batch, args.len
    if "vocab" in cfg:
        inp = torch.randint(0, int(cfg["vocab"][0]), (B, T))
    else:
        inp = torch.rand(B, T, int(cfg["d_in"][0])) - 0.5
    if args.delta == "chunked":
        torch_ref.DELTA = lambda q, k, v, beta, scale, strict: delta_chunked(q, k, v, beta, scale, strict)
    times = []
    with torch.no_grad():
        for i in range(args.warmup + args.runs):
            t0 = time.perf_counter()
            torch_ref.forward(cfg, W, inp)
            if i >= args.warmup:
                times.append(time.perf_counter() - t0)
    times.sort()
    print(f"{cfg.get('name', os.path.basename(args.file)[:-5])} backend=torch-{torch.__version__}-delta-{args.delta} "
          f"B={B} T={T} threads={torch.get_num_threads()} runs={args.runs} "
          f"median_ms={1000 * statistics.median(times):.2f} min_ms={1000 * times[0]:.2f}")


if __name__ == "__main__":
    main()
