"""List-scheduling model of the causal attention grid (docs/RATIONALE.md,
"Longest first over the whole grid"): how busy the SMs stay when blocks
start in a given order. Not a measurement: block i costs one unit of
setup plus one a key tile (query tile x of a causal mask has x + 1), and
a free slot takes the next block in dispatch order.

    python3 scripts/model/lpt.py
"""
import heapq


def makespan(order, slots):
    ends = [0.0] * slots
    heapq.heapify(ends)
    for w in order:
        heapq.heappush(ends, heapq.heappop(ends) + w)
    return max(ends)


def main():
    heads = 4 * 16  # B·H at the benchmark's B=4, H=16
    for tiles, per_sm, label in [(64, 4, "4 blocks an SM"),
                                 (64, 2, "2 blocks an SM"),
                                 (64, 3, "3 blocks an SM")]:
        slots = 132 * per_sm
        work = lambda x: 1 + (x + 1)
        launch = [work(x) for _ in range(heads) for x in range(tiles)]           # x fastest
        heavy = [work(x) for _ in range(heads) for x in reversed(range(tiles))]  # Order heavy
        lpt = sorted(launch, reverse=True)                                       # Order lpt
        ideal = sum(launch) / slots
        print(f"{label}: busy {ideal / makespan(launch, slots):.3f} launch, "
              f"{ideal / makespan(heavy, slots):.3f} heavy, {ideal / makespan(lpt, slots):.3f} lpt")


if __name__ == "__main__":
    main()
