package sim_test

import (
	"math/rand"
	"strconv"
	"testing"

	. "github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/sim"
)

// Benchmarks report ns per simulated thread (and per block barrier
// arrival where that is the cost that matters).

func benchRun(b *testing.B, k *Kernel, l sim.Launch, threads int, opts sim.Options) {
	b.Helper()
	for b.Loop() {
		if err := sim.Run(k, l, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(threads), "ns/thread")
}

func BenchmarkMatmul(b *testing.B) {
	for _, n := range []int{64, 128} {
		r := rand.New(rand.NewSource(1))
		l := sim.Launch{Grid: gridFor(n, n), Args: []sim.Arg{&sim.Buffer{F32: randF32(r, n*n)}, &sim.Buffer{F32: randF32(r, n*n)},
			&sim.Buffer{F32: make([]float32, n*n)}, int64(n), int64(n), int64(n)}}
		k := matmul(b, 0)
		for _, races := range []bool{false, true} {
			name := "n=" + strconv.Itoa(n) + "/races=" + map[bool]string{false: "off", true: "on"}[races]
			b.Run(name, func(b *testing.B) { benchRun(b, k, l, n*n, sim.Options{Races: races}) })
		}
	}
}

func BenchmarkReduce(b *testing.B) {
	const n = 1 << 16
	l, _ := reduceArgs(n)
	k := reduce(b, false, false)
	for _, races := range []bool{false, true} {
		b.Run("races="+map[bool]string{false: "off", true: "on"}[races], func(b *testing.B) {
			benchRun(b, k, l, n, sim.Options{Races: races})
		})
	}
}

// BenchmarkVecAdd has no barrier: its threads run one after another.
func BenchmarkVecAdd(b *testing.B) {
	const n = 1 << 16
	r := rand.New(rand.NewSource(1))
	l := sim.Launch{Grid: one(n / 128), Args: []sim.Arg{&sim.Buffer{F32: randF32(r, n)}, &sim.Buffer{F32: randF32(r, n)},
		&sim.Buffer{F32: make([]float32, n)}, int64(n)}}
	benchRun(b, vecAdd(b, true), l, n, sim.Options{Races: true})
}

func BenchmarkWarpSum(b *testing.B) {
	const threads, blocks = 256, 64
	n := threads * blocks
	r := rand.New(rand.NewSource(1))
	l := sim.Launch{Grid: one(blocks), Args: []sim.Arg{&sim.Buffer{F32: randF32(r, n)}, &sim.Buffer{F32: make([]float32, n)},
		&sim.Buffer{F32: make([]float32, n/32)}, &sim.Buffer{I64: make([]int64, n)}, &sim.Buffer{I64: make([]int64, n)}}}
	benchRun(b, warpSum(b, threads), l, n, sim.Options{Races: true})
}
