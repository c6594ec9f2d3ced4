#!/usr/bin/env python3
"""PyTorch side of hopf's GPU benchmark (scripts/device/run.sh runs it).

Times, on the GPU, with CUDA events (median of the timed runs after warm-up):

  attention_d64, attention_d128   torch.nn.functional.scaled_dot_product_attention,
                                  B=4, H=16, T=4096, causal, f16 (q, k, v [B,H,T,d])
  delta_*_d64                     the delta rule (feature l2, learned beta, causal)
                                  token by token (recurrent, the reference) and in
                                  the chunked WY form (scripts/bench/torch_bench.py),
                                  f32, B=4, H=16, T=4096, d=64
  induction, fastweight           the model's forward pass in PyTorch eager, f32,
                                  built from `hopf ir FILE --stage parsed` with
                                  scripts/reference/torch_ref.py (delta layers:
                                  recurrent and chunked)

and counts, for one forward, the CUDA kernels the profiler sees and the host
synchronisations torch.cuda.set_sync_debug_mode reports. Shapes must match
runtime/cuda/suite.go (KernelBenches, ModelBenches). Writes JSON lines.

  python3 scripts/device/torch_gpu_bench.py --parsed build/device/parsed --out torch.jsonl

--smoke runs every code path on the CPU at tiny sizes (no timing worth
reading), to check the script where there is no GPU:

  /usr/bin/python3 scripts/device/torch_gpu_bench.py --parsed build/device/parsed --out /tmp/t.jsonl --smoke
"""
import argparse
import json
import math
import os
import statistics
import sys
import time
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "reference"))
sys.path.insert(0, os.path.join(HERE, "..", "bench"))
import torch_ref  # noqa: E402
from torch_bench import delta_chunked  # noqa: E402

KERNELS = [  # runtime/cuda/suite.go KernelBenches
    ("attention_d64", "attention", 4, 16, 4096, 64, torch.float16),
    ("attention_d128", "attention", 4, 16, 4096, 128, torch.float16),
    ("delta_d64", "delta", 4, 16, 4096, 64, torch.float32),
]
MODELS = [("induction", 16, 256), ("fastweight", 16, 512)]  # ModelBenches


SMOKE = False  # --smoke: CPU, tiny sizes


def cuda_time(fn, warm, runs):
    for _ in range(warm):
        fn()
    if SMOKE:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1e3)
        return statistics.median(times), min(times)
    torch.cuda.synchronize()
    times = []
    for _ in range(runs):
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        fn()
        e.record()
        e.synchronize()
        times.append(s.elapsed_time(e))
    return statistics.median(times), min(times)


def sdpa(q, k, v):
    f = getattr(torch.nn.functional, "scaled_dot_product_attention", None)
    if f is not None:
        return f(q, k, v, is_causal=True)
    assert SMOKE, "this PyTorch has no scaled_dot_product_attention"
    T = q.shape[-2]
    s = (q @ k.transpose(-1, -2)) / math.sqrt(q.shape[-1])
    s = s.masked_fill(torch.ones(T, T, dtype=torch.bool).triu(1), float("-inf"))
    return torch.softmax(s.float(), -1).to(q.dtype) @ v


def count_kernels(fn):
    """CUDA kernels (and copies) the profiler records for one call."""
    if SMOKE:
        return None
    try:
        from torch.profiler import ProfilerActivity, profile
        torch.cuda.synchronize()
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            fn()
            torch.cuda.synchronize()
        return sum(1 for e in prof.events() if str(getattr(e, "device_type", "")).endswith("CUDA"))
    except Exception as exc:  # profiler unavailable: say so, do not fail the run
        print(f"torch_gpu_bench: kernel count unavailable: {exc}", file=sys.stderr)
        return None


def count_syncs(fn):
    """Host synchronisations inside one call, as sync debug mode warns them."""
    if SMOKE:
        return None
    try:
        torch.cuda.synchronize()
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            torch.cuda.set_sync_debug_mode("warn")
            try:
                fn()
            finally:
                torch.cuda.set_sync_debug_mode("default")
        return sum(1 for x in w if "synchroniz" in str(x.message).lower())
    except Exception as exc:
        print(f"torch_gpu_bench: sync count unavailable: {exc}", file=sys.stderr)
        return None


def row(out, name, variant, fn, warm, runs, flops=None):
    ms, mn = cuda_time(fn, warm, runs)
    r = {"name": name, "variant": variant, "ms": ms, "min_ms": mn, "runs": runs,
         "kernels": count_kernels(fn), "syncs": count_syncs(fn)}
    if flops:
        r["flops"], r["tflops"] = flops, flops / (ms * 1e-3) / 1e12
    print("TORCH " + " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items()), flush=True)
    out.write(json.dumps(r) + "\n")
    out.flush()


def l2(x):
    return x / torch.sqrt((x * x).sum(-1, keepdim=True) + 1e-6)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parsed", required=True, help="directory of <model>.parsed.hopf (hopf ir --stage parsed)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--runs", type=int, default=int(os.environ.get("HOPF_CUDA_BENCH_RUNS", "20")))
    ap.add_argument("--smoke", action="store_true", help="CPU, tiny sizes: check the script without a GPU")
    args = ap.parse_args()
    global SMOKE
    SMOKE = args.smoke
    kernels, models = KERNELS, MODELS
    if SMOKE:
        kernels = [(n, k, 1, 2, 70, d // 4, dt if k == "delta" else torch.float32) for n, k, B, H, T, d, dt in KERNELS]
        models = [(n, 2, 17) for n, B, T in MODELS]
        args.runs = 2
        g = torch.Generator().manual_seed(1)
        print(f"torch {torch.__version__}, CPU smoke run", flush=True)
    else:
        assert torch.cuda.is_available(), "PyTorch sees no GPU"
        torch.set_default_device("cuda")
        torch.backends.cuda.matmul.allow_tf32 = False  # hopf computes in f32; so does PyTorch here
        torch.backends.cudnn.allow_tf32 = False
        g = torch.Generator(device="cuda").manual_seed(1)
        print(f"torch {torch.__version__}, {torch.cuda.get_device_name()}", flush=True)
    torch.set_default_dtype(torch.float32)
    with open(args.out, "w") as out, torch.no_grad():
        for name, kind, B, H, T, d, dt in kernels:
            if kind == "attention":
                q, k, v = (torch.randn(B, H, T, d, dtype=dt, generator=g) for _ in range(3))
                fn = lambda: sdpa(q, k, v)  # noqa: E731
                row(out, name, "sdpa", fn, 3, max(args.runs // 2, 3), 4 * d * B * H * T * (T + 1) / 2)
                continue
            q, k, v = (torch.randn(B, H, T, d, dtype=dt, generator=g) for _ in range(3))
            logits = torch.randn(B, H, T, dtype=dt, generator=g)
            flops = 6 * d * d * B * H * T

            def rec():
                return torch_ref.delta_recurrent(l2(q), l2(k), v, torch.sigmoid(logits), 1.0, False)

            def chunk():
                return delta_chunked(l2(q), l2(k), v, torch.sigmoid(logits), 1.0, False, chunk=64)

            row(out, name, "recurrent", rec, 1, 3, flops)
            row(out, name, "chunked", chunk, 2, max(args.runs // 4, 3), flops)
        for name, B, T in models:
            text = open(os.path.join(args.parsed, name + ".parsed.hopf")).read()
            cfg = torch_ref.parse_canonical(text)
            W = {}
            for wname, shape in torch_ref.weight_shapes(cfg).items():
                a = torch.randn(*shape, generator=g) / (math.sqrt(shape[1]) if len(shape) == 2 else 1)
                if wname.endswith(".weight") and len(shape) == 1:
                    a = torch.ones(shape)
                W[wname] = a
            if "vocab" in cfg:
                inp = torch.randint(0, int(cfg["vocab"][0]), (B, T), generator=g)
            else:
                inp = torch.rand(B, T, int(cfg["d_in"][0]), generator=g) - 0.5
            has_delta = any(L["kind"] == "delta" for L in cfg["layers"])
            for variant in (["recurrent", "chunked"] if has_delta else ["eager"]):
                if variant == "chunked":
                    torch_ref.DELTA = lambda q, k, v, beta, scale, strict: delta_chunked(q, k, v, beta, scale, strict)
                else:
                    torch_ref.DELTA = torch_ref.delta_recurrent
                fn = lambda: torch_ref.forward(cfg, W, inp)  # noqa: E731
                row(out, name, variant, fn, 3, args.runs if variant != "recurrent" else max(args.runs // 4, 3))


if __name__ == "__main__":
    main()
