#!/usr/bin/env python3
"""Compares the "output" tensor of two safetensors files (hopf run --out):
the CPU reference and the GPU's. Prints one CHECK line; exit 1 when the
relative error ||got - want|| / ||want|| is not below the tolerance (1e-4
for f32 models, 1e-2 for f16/bf16) or got has a NaN (an element no kernel
wrote reads NaN: the GPU backend poisons outputs before the pass).

  python3 scripts/device/compare.py WANT.safetensors GOT.safetensors DTYPE NAME
"""
import json
import struct
import sys

import numpy as np


def read_output(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    t = header["output"]
    if t["dtype"] != "F32":
        raise SystemExit(f"{path}: output is {t['dtype']}, want F32")
    a, b = t["data_offsets"]
    return np.frombuffer(data[a:b], dtype="<f4").astype(np.float64).reshape(t["shape"])


def main():
    want_path, got_path, dtype, name = sys.argv[1:5]
    want, got = read_output(want_path), read_output(got_path)
    tol = 1e-4 if dtype == "f32" else 1e-2
    if want.shape != got.shape:
        err, nans = float("nan"), 0
    else:
        nans = int(np.isnan(got).sum())
        err = float(np.linalg.norm(got - want) / max(np.linalg.norm(want), 1e-30))
    ok = nans == 0 and err < tol
    print(f"CLI case={name} dtype={dtype} relerr={err:.3g} tol={tol:g} nans={nans} shape={list(got.shape)} {'ok' if ok else 'FAIL'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
