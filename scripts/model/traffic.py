"""L2 → shared-memory traffic of the causal attention benchmark (B=4, H=16,
T=4096, f16) by query-block size: the bytes of K and V every block loads,
and the rate they need at a given kernel time. Not a measurement: it
counts the tiles a causal block loads (query tile x of BQ rows loads keys
[0, (x+1)·BQ), in whole key tiles of BK) and adds Q in and O out once.

Why it matters (docs/gpu-results.md, "What would close the gap"): a block
shares each K/V tile among its BQ queries, so the traffic a FLOP halves
when BQ doubles. The one-warpgroup kernels (BQ 64) need about twice the
L2 bandwidth of FlashAttention's 128-query blocks at the same speed.

    python3 scripts/model/traffic.py
"""

B, H, T = 4, 16, 4096
ELEM = 2  # f16 bytes

# Kernel milliseconds measured on the H200 (docs/gpu-results.md, runs
# a–d): hopf's mma.sync defaults (BQ 64: bk 128 at d 64, bk 64 at d 128),
# and PyTorch's SDPA.
HOPF = {64: ((0.773, 0.779), 128), 128: ((1.35, 1.37), 64)}
SDPA = {64: (0.375, 0.425), 128: (0.529, 0.585)}


def traffic(d, bq, bk):
    """Bytes read from L2 into shared memory (K and V tiles, Q) and written
    (O) by the whole grid."""
    tiles = -(-T // bq)
    kv = 0
    for x in range(tiles):
        keys = min(T, (x + 1) * bq)
        keys = -(-keys // bk) * bk  # whole key tiles
        kv += keys * 2 * d * ELEM   # K and V rows
    q_o = 2 * T * d * ELEM
    return B * H * (kv + q_o)


def flops(d):
    # two products over the visible (causal) pairs, 2 FLOPs a multiply-add
    pairs = T * (T + 1) / 2
    return B * H * 4 * pairs * d


def main():
    for d in (64, 128):
        (lo, hi), bk = HOPF[d]
        gb = traffic(d, 64, bk) / 1e9
        print(f"d {d}: {flops(d) / 1e12:.3f} TFLOP a pass (causal); hopf's mma.sync "
              f"kernel (BQ 64, BK {bk}) moves {gb:.2f} GB in {lo:.3f}–{hi:.3f} ms: "
              f"{gb / hi:.1f}–{gb / lo:.1f} TB/s")
        slo, shi = SDPA[d]
        for bq, bk in ((64, 64), (64, 48 if d == 128 else 128), (128, 128)):
            gb = traffic(d, bq, bk) / 1e9
            print(f"  BQ {bq:3d}, BK {bk:3d}: {gb:.2f} GB; at SDPA's {slo:.3f}–{shi:.3f} ms "
                  f"that is {gb / shi:.1f}–{gb / slo:.1f} TB/s")


if __name__ == "__main__":
    main()
