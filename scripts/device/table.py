#!/usr/bin/env python3
"""Assembles the device check's results (scripts/device/run.sh) into the
Markdown for docs/gpu-results.md and docs/performance.md, and prints a short
summary table last.

  python3 scripts/device/table.py --log check.log --cli cli.log \
      --hopf hopf_bench.jsonl --torch torch_bench.jsonl --out gpu-results.md

Inputs: the hopfcuda test binary's -test.v output (CHECK lines, --- PASS /
--- FAIL lines), the CLI check's CHECK lines (compare.py), hopf's benchmark
rows (runtime/cuda TestDeviceBench) and PyTorch's (torch_gpu_bench.py).
Missing inputs give "not measured" rows, never an exception.
"""
import argparse
import json
import os
import re


def kv(line):
    return dict(re.findall(r"(\w+)=(\S+)", line))


def read_lines(path):
    if not path or not os.path.exists(path):
        return []
    with open(path, errors="replace") as f:
        return f.read().splitlines()


def read_jsonl(path):
    rows = []
    for line in read_lines(path):
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return rows


def fmt(x, spec=".3g"):
    if x is None:
        return "—"
    if isinstance(x, float):
        return format(x, spec)
    return str(x)


# hopf benchmark → (PyTorch name, primary variant, alternative variant)
BASELINE = {
    "attention_d64": ("attention_d64", "sdpa", None),
    "attention_d128": ("attention_d128", "sdpa", None),
    "delta_recurrent_d64": ("delta_d64", "recurrent", "chunked"),
    "delta_chunked_d64": ("delta_d64", "recurrent", "chunked"),
    "induction": ("induction", "eager", None),
    "fastweight": ("fastweight", "chunked", "recurrent"),
}


def baseline(name):
    """The PyTorch row a hopf benchmark is compared with: attention variants
    (attention_d64_cuda_cores, attention_d128_bk32, ...) with their head
    size's SDPA row, chunk variants of the delta rule (delta_chunked_d64_c64)
    with its PyTorch rows."""
    if name.endswith("_graph"):  # the same model, its launches replayed as one CUDA graph
        name = name[: -len("_graph")]
    if name in BASELINE:
        return BASELINE[name]
    for d in ("d64", "d128"):
        if name.startswith(f"attention_{d}_"):
            return (f"attention_{d}", "sdpa", None)
        if name.startswith(f"delta_chunked_{d}_") or name.startswith(f"delta_recurrent_{d}_"):
            return (f"delta_{d}", "recurrent", "chunked")
    return (name, "eager", None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log")
    ap.add_argument("--cli")
    ap.add_argument("--hopf")
    ap.add_argument("--torch")
    ap.add_argument("--resources", help="resources.jsonl from scripts/device/prebuild (ptxas registers, resident blocks per SM)")
    ap.add_argument("--device", default="")
    ap.add_argument("--out")
    args = ap.parse_args()

    log = read_lines(args.log)
    checks = [kv(line) for line in log if line.startswith("CHECK ")]
    graphs = [kv(line) for line in log if line.startswith("GRAPH ")]
    passed = sum(1 for line in log if re.match(r"\s*--- PASS", line))
    failed = [line.strip() for line in log if re.match(r"\s*--- FAIL", line)]
    skipped = sum(1 for line in log if re.match(r"\s*--- SKIP", line))
    cli = {kv(line).get("case"): kv(line) for line in read_lines(args.cli) if line.startswith("CLI ")}
    hopf = read_jsonl(args.hopf)
    torch = {(r["name"], r["variant"]): r for r in read_jsonl(args.torch)}
    res = {r["name"]: r for r in read_jsonl(args.resources)}

    md = []
    md.append("## Checks: GPU against hopf's CPU backend (outputs poisoned with NaN first)\n")
    if args.device:
        md.append(f"Device: {args.device}\n")
    md.append("| case | dtype | rel. error (test binary) | rel. error (`hopf run --backend cuda`) | tolerance | launches | host syncs | module cache |")
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c in checks:
        name = c.get("case", "?")
        cl = cli.get(name, {})
        md.append(f"| {name} | {c.get('dtype', '?')} | {c.get('relerr', '—')} | {cl.get('relerr', '—')} | {c.get('tol', '—')} | "
                  f"{c.get('launches', '—')} | {c.get('syncs', '—')} | {c.get('cache', '—')} |")
    if not checks:
        md.append("| (no CHECK lines: the test binary did not run) | | | | | | | |")
    md.append("")
    if graphs:
        md.append("CUDA graph replay (`Options.Graph`) against launches one by one, same inputs (`TestGraphMatchesDirect`):\n")
        md.append("| case | kernels | graph launches | host syncs | outputs identical | kernel ms direct | kernel ms graph | wall ms direct | wall ms graph |")
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for g in graphs:
            md.append(f"| {g.get('case', '?')} | {g.get('kernels', '—')} | {g.get('graph_launches', '—')} | {g.get('syncs', '—')} | {g.get('identical', '—')} | "
                      f"{g.get('kernel_ms_direct', '—')} | {g.get('kernel_ms_graph', '—')} | {g.get('wall_ms_direct', '—')} | {g.get('wall_ms_graph', '—')} |")
        md.append("")
    md.append(f"Go tests in the hopfcuda test binary: {passed} passed, {len(failed)} failed, {skipped} skipped.")
    for f in failed:
        md.append(f"- {f}")
    md.append("")

    md.append("## Benchmark: hopf (runtime/cuda) against PyTorch on the same GPU\n")
    md.append("hopf ms: median kernel time of one forward (CUDA events around the launches; "
              "for models, pass ms adds the token upload and the logits download). "
              "TFLOP/s from the same FLOP count on both sides (runtime/cuda/suite.go). "
              "PyTorch ÷ hopf > 1: hopf is faster. "
              "regs / blocks per SM: ptxas's registers per thread (nvcc 11.8, the cubin that ran) and the "
              "resident blocks per SM they allow (occupancy-calculator estimate; models: the most registers "
              "and the fewest blocks of any kernel).\n")
    md.append("| benchmark | shape | dtype | hopf ms | hopf pass ms | hopf TFLOP/s | PyTorch | PyTorch ms | PyTorch TFLOP/s | PyTorch ÷ hopf | other PyTorch ms | hopf launches / fwd | hopf host syncs / fwd | PyTorch CUDA kernels / fwd | PyTorch host syncs / fwd | regs / blocks per SM |")
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    summary = []
    for h in hopf:
        tname, prim, alt = baseline(h["name"])
        p = torch.get((tname, prim))
        a = torch.get((tname, alt)) if alt else None
        ratio = p["ms"] / h["kernel_ms"] if p and h.get("kernel_ms") else None
        ttf = h["flops"] / (p["ms"] * 1e-3) / 1e12 if p and h.get("flops") else None
        md.append(f"| {h['name']} | {h['shape']} | {h['dtype']} | {fmt(h.get('kernel_ms'))} | {fmt(h.get('pass_ms'))} | {fmt(h.get('tflops'))} | "
                  f"{prim} | {fmt(p and p['ms'])} | {fmt(ttf)} | {fmt(ratio)} | {(alt + ' ' + fmt(a['ms'])) if a else '—'} | "
                  f"{h.get('launches', '—')}{' (1 graph)' if h.get('graph_launches') else ''} | {h.get('host_syncs', '—')} | {fmt(p and p.get('kernels'))} | {fmt(p and p.get('syncs'))} | "
                  f"{occupancy(res.get(h['name'].removesuffix('_graph')))} |")
        launches = f"{h.get('launches')} launches"
        if h.get("graph_launches"):
            launches = f"{h.get('launches')} kernels in {h['graph_launches']} graph launch"
        summary.append((h["name"], h.get("tflops"), ttf, ratio, launches, h.get("host_syncs")))
    if not hopf:
        md.append("| (not measured: no hopf benchmark rows) | | | | | | | | | | | | | | | |")
    text = "\n".join(md) + "\n"
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    print(text)

    # The short table, last.
    worst = {}
    for c in checks:
        try:
            e = float(c.get("relerr", "nan"))
        except ValueError:
            e = float("nan")
        d = c.get("dtype", "?")
        worst[d] = max(worst.get(d, 0.0), e) if e == e else float("nan")
    ok_checks = sum(1 for c in checks if c.get("relerr") not in (None, "nan") and float(c["relerr"]) < float(c.get("tol", "0")))
    ok_cli = sum(1 for c in cli.values() if c.get("relerr") and line_ok(c))
    print("| summary | result |")
    print("| --- | --- |")
    print(f"| checks, test binary | {ok_checks}/{len(checks)} within tolerance; worst " + ", ".join(f"{d} {fmt(e)}" for d, e in sorted(worst.items())) + " |")
    print(f"| checks, hopf run CLI | {ok_cli}/{len(cli)} within tolerance |")
    print(f"| go tests (hopfcuda) | {passed} passed, {len(failed)} failed |")
    for name, htf, ttf, ratio, launches, syncs in summary:
        print(f"| {name} | hopf {fmt(htf)} TFLOP/s, PyTorch {fmt(ttf)} TFLOP/s, PyTorch ÷ hopf {fmt(ratio)}; {launches}, {syncs} host sync |")
    tiles = {h["name"]: h.get("tile", "") for h in hopf}
    for line in fastest(summary, log, tiles):
        print(line)


def fastest(summary, log, tiles):
    """The fastest attention variant per head size among those whose
    TestBenchKernelsCorrect subtest passed (the candidates for tcPlan's
    defaults), as summary rows, with its tiling as hopf run --tile takes
    it (tiles: name → tiling); PyTorch ÷ hopf ≥ 1 is the target."""
    ok = set(re.findall(r"--- PASS: TestBenchKernelsCorrect/(\S+)", "\n".join(log)))
    bad = set(re.findall(r"--- FAIL: TestBenchKernelsCorrect/(\S+)", "\n".join(log)))
    out = []
    for d in ("d64", "d128"):
        rows = [r for r in summary if (r[0] == f"attention_{d}" or r[0].startswith(f"attention_{d}_")) and r[1]]
        good = [r for r in rows if r[0] in ok]
        if not good:
            out.append(f"| fastest attention {d} | — (no variant with a passing TestBenchKernelsCorrect and a time) |")
            continue
        name, htf, ttf, ratio, _, _ = max(good, key=lambda r: r[1])
        failed = sorted(r[0] for r in rows if r[0] in bad)
        note = f"; failed the check: {', '.join(failed)}" if failed else ""
        tile = tiles.get(name) or "the defaults"
        out.append(f"| fastest attention {d} | {name} (--tile {tile}): {fmt(htf)} TFLOP/s, PyTorch ÷ hopf {fmt(ratio)} (target ≥ 1){note} |")
    return out


def occupancy(r):
    """regs / blocks per SM of a resources.jsonl row, or — without one."""
    if not r:
        return "—"
    text = f"{r['registers']} / {r['blocks_per_sm']} ({r['limit']})"
    if r.get("spill_bytes"):
        text += f", spills {r['spill_bytes']} B"
    return text


def line_ok(c):
    try:
        return float(c["relerr"]) < float(c["tol"]) and c.get("nans", "0") == "0"
    except (KeyError, ValueError):
        return False


if __name__ == "__main__":
    main()
