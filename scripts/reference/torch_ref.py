#!/usr/bin/env python3
"""PyTorch reference outputs for hopf's CPU backend tests.

For each model (the examples plus small models covering every setting) this
script

  1. asks hopf for the checked model in canonical DSL form
     (`go run ./cmd/hopf ir FILE --stage parsed`) and reads its settings,
  2. draws seeded random weights named by hopf's scheme (README "Weights"),
  3. runs the model in PyTorch, in float64, written from the formulas with
     torch tensor ops (no code shared with hopf),
  4. writes NAME.weights.safetensors (in the model's dtype), and
     NAME.io.safetensors with the input ("tokens" i32 [B,T] or "inputs"
     f32 [B,T,d_in]) and the output ("output" f32),
  5. writes manifest.json listing the models, their DSL source and B, T.

The Go test (runtime/cpu/torch_test.go) needs no Python: it loads these
files, runs hopf and compares. Rerun to refresh:

  /usr/bin/python3 scripts/reference/torch_ref.py   # Debian's python3-torch

from the repository root.
"""
import json
import math
import os
import struct
import subprocess
import sys

import numpy as np
import torch

OUT = "runtime/cpu/testdata/torch"

# name -> (DSL source or example path, B, T)
MODELS = {
    "induction": ("examples/induction.hopf", 2, 20),
    "icl_regression": ("examples/icl_regression.hopf", 3, 11),
    "fastweight": ("examples/fastweight.hopf", 2, 17),
    "hybrid": ("examples/hybrid.hopf", 1, 70),
    "masks": ("""model masks {
  vocab 11; d_model 16; context 32
  attention softmax { heads 2; d_head 8; mask window 3; norm layernorm }
  attention softmax { heads 4; d_head 4; d_value 2; mask none; scale 0.4 }
  attention linear { heads 2; d_head 8; mask strict; feature elu1 }
  attention linear { heads 2; d_head 4; mask none; residual off }
  attention delta { heads 2; d_head 8; mask strict; beta 1.5; norm rmsnorm }
  attention delta { heads 2; d_head 8; feature l2 }
  norm layernorm
  unembed tied
}
""", 3, 13),
    "vectors": ("""model vectors {
  d_in 5; d_model 12; context 16; position learned
  attention delta { heads 3; d_head 4; feature elu1; output off }
  attention softmax { heads 2; d_head 6 }
  readout 2
}
""", 2, 9),
}

DT = {"f32": ("F32", np.float32), "f16": ("F16", np.float16), "bf16": ("BF16", None)}


# ---------------------------------------------------------------- safetensors

def write_safetensors(path, tensors, metadata=None):
    """tensors: name -> (dtype string, shape, raw bytes)."""
    header, offset, blobs = {}, 0, []
    for name in sorted(tensors):
        dt, shape, raw = tensors[name]
        header[name] = {"dtype": dt, "shape": list(shape), "data_offsets": [offset, offset + len(raw)]}
        offset += len(raw)
        blobs.append(raw)
    if metadata:
        header["__metadata__"] = metadata
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def encode(arr, dtype):
    """Encode a float64 numpy array in dtype; return (code, bytes, values as f64)."""
    if dtype == "bf16":
        f = np.ascontiguousarray(arr, dtype=np.float32)
        bits = f.view(np.uint32).astype(np.uint64)
        rounded = ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16).astype(np.uint16)
        back = (rounded.astype(np.uint32) << 16).view(np.float32)
        return "BF16", rounded.tobytes(), back.astype(np.float64)
    code, npdt = DT[dtype]
    a = np.ascontiguousarray(arr, dtype=npdt)
    return code, a.tobytes(), a.astype(np.float64)


# ---------------------------------------------------------------- the model

def parse_canonical(text):
    """Read hopf's canonical DSL (one setting per line) into a dict."""
    cfg, layers, cur = {}, [], None
    for line in text.splitlines():
        words = line.split()
        if not words or words[0] == "model" or words == ["}"] and cur is None:
            continue
        if words[0] == "attention":
            cur = {"kind": words[1]}
            continue
        if words == ["}"]:
            layers.append(cur)
            cur = None
            continue
        (cur if cur is not None else cfg)[words[0]] = words[1:]
    cfg["layers"] = layers
    return cfg


def weight_shapes(cfg):
    D = int(cfg["d_model"][0])
    shapes = {}
    if "vocab" in cfg:
        V = int(cfg["vocab"][0])
    if cfg["embed"] == ["token"]:
        shapes["tok_embed"] = (V, D)
    elif cfg["embed"] == ["input", "linear"]:
        shapes["in_proj"] = (D, int(cfg["d_in"][0]))
    if cfg["position"] == ["learned"]:
        shapes["pos_embed"] = (int(cfg["context"][0]), D)
    for i, L in enumerate(cfg["layers"]):
        H, dk, dv = int(L["heads"][0]), int(L["d_head"][0]), int(L["d_value"][0])
        if L["norm"] != ["none"]:
            shapes[f"L{i}.norm.weight"] = (D,)
            if L["norm"] == ["layernorm"]:
                shapes[f"L{i}.norm.bias"] = (D,)
        shapes[f"L{i}.w_q"] = (H * dk, D)
        shapes[f"L{i}.w_k"] = (H * dk, D)
        shapes[f"L{i}.w_v"] = (H * dv, D)
        if L["kind"] == "delta" and L["beta"] == ["learned"]:
            shapes[f"L{i}.w_beta"] = (H, D)
        if L["output"] == ["on"]:
            shapes[f"L{i}.w_o"] = (D, H * dv)
    if cfg.get("norm", ["none"]) != ["none"]:
        shapes["norm_f.weight"] = (D,)
        if cfg["norm"] == ["layernorm"]:
            shapes["norm_f.bias"] = (D,)
    if "unembed" in cfg and cfg["unembed"] != ["tied"]:
        shapes["unembed"] = (V, D)
    if "readout" in cfg:
        shapes["readout"] = (int(cfg["readout"][0]), D)
    return shapes


def visible(mask, T):
    t = torch.arange(T).unsqueeze(1)
    i = torch.arange(T).unsqueeze(0)
    if mask[0] == "causal":
        return i <= t
    if mask[0] == "strict":
        return i < t
    if mask[0] == "window":
        return (i <= t) & (i > t - int(mask[1]))
    return torch.ones(T, T, dtype=torch.bool)


def norm(kind, x, w, b):
    if kind == "layernorm":
        return torch.nn.functional.layer_norm(x, x.shape[-1:], w, b, eps=1e-5)
    if kind == "rmsnorm":
        return x / torch.sqrt((x * x).mean(-1, keepdim=True) + 1e-6) * w
    return x


def delta_recurrent(q, k, v, beta, scale, strict):
    """Delta rule token by token: S_t = S_{t-1} + beta_t (v_t - S_{t-1} k_t) k_t^T."""
    B, H, T, dk = q.shape
    S = q.new_zeros(B, H, v.shape[-1], dk)
    outs = []
    for t in range(T):
        qt, kt, vt = q[:, :, t], k[:, :, t], v[:, :, t]
        if strict:
            outs.append(scale * (S @ qt.unsqueeze(-1)).squeeze(-1))
        err = vt - (S @ kt.unsqueeze(-1)).squeeze(-1)
        S = S + beta[:, :, t, None, None] * err.unsqueeze(-1) * kt.unsqueeze(-2)
        if not strict:
            outs.append(scale * (S @ qt.unsqueeze(-1)).squeeze(-1))
    return torch.stack(outs, dim=2)


# The delta-rule implementation forward uses (the benchmark swaps in the
# chunked form).
DELTA = delta_recurrent


def forward(cfg, W, inp):
    """inp: tokens LongTensor [B,T] or float64 [B,T,d_in]; returns [B,T,out]."""
    if cfg["embed"] == ["token"]:
        x = W["tok_embed"][inp]
    elif cfg["embed"] == ["input", "linear"]:
        x = inp @ W["in_proj"].T
    else:
        x = inp.clone()
    B, T, D = x.shape
    if cfg["position"] == ["learned"]:
        x = x + W["pos_embed"][:T]
    for i, L in enumerate(cfg["layers"]):
        p = f"L{i}."
        H, dk, dv = int(L["heads"][0]), int(L["d_head"][0]), int(L["d_value"][0])
        scale = float(L["scale"][0])
        h = norm(L["norm"][0], x, W.get(p + "norm.weight"), W.get(p + "norm.bias"))
        q = (h @ W[p + "w_q"].T).view(B, T, H, dk).transpose(1, 2)
        k = (h @ W[p + "w_k"].T).view(B, T, H, dk).transpose(1, 2)
        v = (h @ W[p + "w_v"].T).view(B, T, H, dv).transpose(1, 2)
        if L["kind"] != "softmax" and L["feature"] == ["elu1"]:
            q = torch.nn.functional.elu(q) + 1
            k = torch.nn.functional.elu(k) + 1
        if L["kind"] != "softmax" and L["feature"] == ["l2"]:
            q = q / torch.sqrt((q * q).sum(-1, keepdim=True) + 1e-6)
            k = k / torch.sqrt((k * k).sum(-1, keepdim=True) + 1e-6)
        vis = visible(L["mask"], T)
        if L["kind"] == "softmax":
            s = (q @ k.transpose(-1, -2)) * scale
            s = s.masked_fill(~vis, float("-inf"))
            o = torch.softmax(s, dim=-1) @ v
        elif L["kind"] == "linear":
            s = (q @ k.transpose(-1, -2)) * scale
            o = s.masked_fill(~vis, 0.0) @ v
        else:
            if L["beta"] == ["learned"]:
                beta = torch.sigmoid(h @ W[p + "w_beta"].T).transpose(1, 2)  # [B,H,T]
            else:
                beta = torch.full((B, H, T), float(L["beta"][0]), dtype=q.dtype)
            o = DELTA(q, k, v, beta, scale, L["mask"] == ["strict"])
        y = o.transpose(1, 2).reshape(B, T, H * dv)
        if L["output"] == ["on"]:
            y = y @ W[p + "w_o"].T
        x = x + y if L["residual"] == ["on"] else y
    x = norm(cfg.get("norm", ["none"])[0], x, W.get("norm_f.weight"), W.get("norm_f.bias"))
    if "readout" in cfg:
        return x @ W["readout"].T
    return x @ (W["tok_embed"] if cfg["unembed"] == ["tied"] else W["unembed"]).T


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.set_default_dtype(torch.float64)
    manifest = []
    for seed, (name, (src, B, T)) in enumerate(MODELS.items()):
        if src.endswith(".hopf"):
            path, source = src, open(src).read()
        else:
            path, source = f"{name}.hopf", src
            tmp = os.path.join(OUT, ".tmp.hopf")
            open(tmp, "w").write(source)
            src = tmp
        text = subprocess.run(["go", "run", "./cmd/hopf", "ir", src, "--stage", "parsed"],
                              check=True, capture_output=True, text=True).stdout
        cfg = parse_canonical(text)
        dtype = cfg["dtype"][0]
        rng = np.random.default_rng(1000 + seed)
        W, files = {}, {}
        for wname, shape in weight_shapes(cfg).items():
            if wname.endswith("norm.weight") or wname.endswith("norm_f.weight"):
                a = 1 + 0.2 * rng.standard_normal(shape)
            elif wname.endswith(".bias"):
                a = 0.2 * rng.standard_normal(shape)
            elif wname in ("tok_embed", "pos_embed"):
                a = rng.standard_normal(shape)
            else:
                a = rng.standard_normal(shape) / math.sqrt(shape[1])
            code, raw, vals = encode(a, dtype)
            files[wname] = (code, shape, raw)
            W[wname] = torch.tensor(vals)
        write_safetensors(os.path.join(OUT, name + ".weights.safetensors"), files,
                          {"format": "hopf", "model": name, "source": "scripts/reference/torch_ref.py"})
        io = {}
        if "vocab" in cfg:
            tokens = rng.integers(0, int(cfg["vocab"][0]), size=(B, T), dtype=np.int32)
            io["tokens"] = ("I32", (B, T), tokens.tobytes())
            out = forward(cfg, W, torch.tensor(tokens, dtype=torch.long))
        else:
            x = (rng.random((B, T, int(cfg["d_in"][0]))) - 0.5).astype(np.float32)
            io["inputs"] = ("F32", x.shape, x.tobytes())
            out = forward(cfg, W, torch.tensor(x.astype(np.float64)))
        o = out.detach().numpy().astype(np.float32)
        io["output"] = ("F32", o.shape, o.tobytes())
        write_safetensors(os.path.join(OUT, name + ".io.safetensors"), io,
                          {"torch": torch.__version__})
        manifest.append({"name": name, "path": path, "source": source, "B": B, "T": T})
        print(f"{name}: {len(files)} weights, output {tuple(o.shape)}", file=sys.stderr)
    if os.path.exists(os.path.join(OUT, ".tmp.hopf")):
        os.remove(os.path.join(OUT, ".tmp.hopf"))
    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
