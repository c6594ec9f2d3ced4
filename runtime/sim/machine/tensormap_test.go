package machine_test

import (
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/codegen/kir"
	"github.com/hopf-ml/hopf/runtime/sim/machine"
)

// A plan's tensor-map argument (byte strides) becomes the simulator's
// (element strides) over the machine's buffer: a TMA load of rows 3 and
// 4 of a 40×64 f16 input with a row pitch of 96 elements, copied out.
func TestTensorMapArg(t *testing.T) {
	const rows, pitch = 40, 96
	b := kir.New("tmacopy", "test", 128)
	m := b.TensorMapParam("m", kir.F16, kir.TensorMap{Box: []int{64, 2}})
	out := b.Out("out", kir.F32)
	dst := b.AlignedSharedArray("dst", kir.F16, 128, 128)
	bar := b.SharedArray("bar", kir.I64, 1)
	zero := kir.I(0)
	b.If(kir.Eq(kir.Tid(), zero), func() {
		b.MbarInit(bar, zero, 1)
		b.FenceMbarInit()
	})
	b.Barrier()
	b.If(kir.Eq(kir.Tid(), zero), func() {
		b.MbarArriveTx(bar, zero, 256)
		b.TmaLoad(dst, zero, m, []kir.Expr{zero, kir.I(3)}, bar, zero)
	})
	b.MbarWait(bar, zero, zero)
	b.Store(out, kir.Tid(), kir.To(kir.F32, kir.Ld(dst, kir.Tid())))
	k, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	in, o := 0, 1
	prog := func(box []int) *codegen.Program {
		return &codegen.Program{
			Graph: "tma",
			Buffers: []codegen.Buffer{
				{ID: 0, Name: "x", Kind: codegen.Input, DType: "f16", Elems: rows * pitch, Bytes: 2 * rows * pitch},
				{ID: 1, Name: "out", Kind: codegen.Activation, DType: "f32", Elems: 128, Bytes: 4 * 128},
			},
			Launches: []codegen.Launch{{Kernel: k.Name, Grid: [3]int{1, 1, 1}, Block: [3]int{128, 1, 1}, Args: []codegen.Arg{
				{TensorMap: &codegen.TensorMapArg{Buffer: in, Dims: []int64{64, rows}, Strides: []int64{2 * pitch}, Box: box}},
				{Buffer: &o},
			}}},
			Inputs: []int{0}, Outputs: []int{1}, OutputElems: []int64{128},
			Kernels: []*kir.Kernel{k},
		}
	}
	x := make([]float32, rows*pitch)
	for i := range x {
		x[i] = float32(i % 1000)
	}
	mc, err := machine.New(prog([]int{64, 2}), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := mc.Run(machine.Input{F32: x})
	if err != nil {
		t.Fatal(err)
	}
	for i, got := range res[0] {
		if want := x[(3+i/64)*pitch+i%64]; got != want {
			t.Fatalf("out[%d] = %v, want %v", i, got, want)
		}
	}
	mc, err = machine.New(prog([]int{64, 4}), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mc.Run(machine.Input{F32: x}); err == nil || !strings.Contains(err.Error(), "box [64 4] swizzle 0, the kernel's [64 2]") {
		t.Errorf("a map with another box: %v", err)
	}
}
