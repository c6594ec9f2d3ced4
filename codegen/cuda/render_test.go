package cuda

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hopf-ml/hopf/codegen/kir"
)

var update = flag.Bool("update", false, "rewrite golden files")

// kernels are small kernels using every construct of the kernel IR.
func kernels(t *testing.T) []*kir.Kernel {
	t.Helper()
	var ks []*kir.Kernel
	add := func(b *kir.Builder) {
		k, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		ks = append(ks, k)
	}

	b := kir.New("scale", "y = 2·x (test)", 128)
	x, y := b.In("x", kir.F32), b.Out("y", kir.F32)
	n := b.Scalar("n")
	i := b.Let("i", kir.Add(kir.Mul(kir.Bid(), kir.Bdim()), kir.Tid()))
	b.If(kir.Lt(i, n), func() { b.Store(y, i, kir.Mul(kir.Ld(x, i), kir.F(2))) })
	add(b)

	// Block sum: shared memory, barriers, a loop, then a warp shuffle.
	b = kir.New("block_sum", "sum of 256 values per block (test)", 256)
	x, y = b.In("x", kir.F32), b.Out("y", kir.F32)
	s := b.SharedArray("s", kir.F32, 256)
	tid := b.Let("t", kir.Tid())
	b.Store(s, tid, kir.Ld(x, kir.Add(kir.Mul(kir.Bid(), kir.I(256)), tid)))
	b.Barrier()
	b.For("stride", kir.I(128), kir.I(32), kir.I(-1), func(st kir.Expr) {}) // never runs: From ≥ To
	v := b.Var("v", kir.Ld(s, tid))
	b.For("o", kir.I(16), kir.I(17), kir.I(1), func(o kir.Expr) {
		b.Set(v, kir.Add(kir.V(v), kir.ShflXor(kir.V(v), o)))
	})
	b.IfElse(kir.Eq(tid, kir.I(0)), func() { b.Store(y, kir.Bid(), kir.V(v)) }, func() { b.Comment("other threads are done") })
	add(b)

	// Every expression form once.
	b = kir.New("forms", "expressions (test)", 32)
	h, o := b.In("h", kir.F16), b.Out("o", kir.BF16)
	f := b.Let("f", kir.To(kir.F32, kir.Ld(h, kir.Tid())))
	g := b.Let("g", kir.Max(kir.Min(kir.Exp(kir.Neg(f)), kir.F(1e30)), kir.Sqrt(kir.Abs(f))))
	c := b.Let("c", kir.And(kir.Ge(g, kir.F(0.5)), kir.Not(kir.Ne(kir.Rem(kir.Tid(), kir.I(2)), kir.I(0)))))
	inf := &kir.Const{T: kir.F32, F: -1 / zero()}
	b.Store(o, kir.Tid(), kir.To(kir.BF16, kir.Sel(c, kir.Rsqrt(g), inf)))
	add(b)

	// The tensor-core constructs: a vector copy, cp.async with its commit
	// and wait, ldmatrix (plain and transposed), mma (its first A pair
	// converted from f32: one __floats2bfloat162_rn), exp2, rcp.
	b = kir.New("tensor", "tensor-core constructs (test)", 32)
	a16, d32 := b.In("a", kir.BF16), b.Out("d", kir.F32)
	sa := b.SharedArray("sa", kir.BF16, 256)
	sb := b.SharedArray("sb", kir.BF16, 256)
	lane := b.Let("lane", kir.Tid())
	b.Copy(sa, kir.Mul(lane, kir.I(8)), a16, kir.Mul(lane, kir.I(8)), 8)
	b.CopyAsync(sb, kir.Mul(lane, kir.I(8)), a16, kir.Add(kir.Mul(lane, kir.I(8)), kir.I(256)), 8)
	b.CopyAsyncZfill(sb, kir.Mul(lane, kir.I(8)), a16, kir.Mul(lane, kir.I(8)), 8, kir.Lt(lane, kir.I(5)))
	b.AsyncCommit()
	b.AsyncWait(0)
	b.Barrier()
	row := kir.Mul(kir.Rem(lane, kir.I(16)), kir.I(16))
	av := b.LdMatrix("av", sa, row, 4, false)
	bv := b.LdMatrix("bv", sb, row, 2, true)
	acc := [4]*kir.Var{b.Var("c0", kir.F(0)), b.Var("c1", kir.F(0)), b.Var("c2", kir.F(0)), b.Var("c3", kir.F(0))}
	var a8 [8]kir.Expr
	for i := range a8 {
		a8[i] = kir.V(av[i])
	}
	a8[0] = kir.To(kir.BF16, kir.To(kir.F32, a8[0]))
	a8[1] = kir.To(kir.BF16, kir.Rcp(kir.To(kir.F32, a8[1])))
	b.Mma(acc, a8, [4]kir.Expr{kir.V(bv[0]), kir.V(bv[1]), kir.V(bv[2]), kir.V(bv[3])},
		[4]kir.Expr{kir.V(acc[0]), kir.V(acc[1]), kir.V(acc[2]), kir.Exp2(kir.V(acc[3]))})
	for i, v := range acc {
		b.Store(d32, kir.Add(kir.Mul(lane, kir.I(4)), kir.I(int64(i))), kir.V(v))
	}
	add(b)

	// More than 48 KiB: the arrays are carved out of dynamic shared memory.
	b = kir.New("big_shared", "dynamic shared memory (test)", 32)
	a16, d32 = b.In("a", kir.F16), b.Out("d", kir.F32)
	red := b.SharedArray("red", kir.F32, 3)
	big := b.SharedArray("big", kir.F16, 40000)
	lane = b.Let("lane", kir.Tid())
	b.CopyAsync(big, kir.Add(kir.Mul(lane, kir.I(8)), kir.I(39000)), a16, kir.Mul(lane, kir.I(8)), 8)
	b.AsyncCommit()
	b.AsyncWait(0)
	b.Barrier()
	fr := b.LdMatrix("fr", big, kir.Add(kir.Mul(kir.Rem(lane, kir.I(8)), kir.I(8)), kir.I(39000)), 1, false)
	b.If(kir.Lt(lane, kir.I(3)), func() { b.Store(red, lane, kir.To(kir.F32, kir.V(fr[0]))) })
	b.Barrier()
	b.Store(d32, lane, kir.Ld(red, kir.Rem(lane, kir.I(3))))
	add(b)
	return ks
}

func zero() float64 { return 0 }

// TestGolden renders the kernels and compares with testdata/kernels.cu
// (go test ./codegen/cuda -update rewrites it).
func TestGolden(t *testing.T) {
	got := CUDA.File("hopf kernel IR test kernels", kernels(t))
	path := filepath.Join("testdata", "kernels.cu")
	if *update {
		os.WriteFile(path, []byte(got), 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("rendered CUDA differs from %s (go test ./codegen/cuda -update):\n%s", path, got)
	}
	for _, s := range []string{
		`extern "C" __global__ void __launch_bounds__(128) scale(const float* __restrict__ x, float* __restrict__ y, long long n) {`,
		"__shared__ __align__(16) float s[256];",
		"mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32",
		"ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16",
		"cp.async.cg.shared.global",
		`cp.async.cg.shared.global [%0], [%1], 16, %2;" :: "r"((unsigned)__cvta_generic_to_shared(&sb[lane * 8LL])), "l"(&a[lane * 8LL]), "r"((lane < 5LL) ? 16 : 0)`,
		"cp.async.wait_group 0;",
		"*reinterpret_cast<uint4*>(&sa[",
		"hopf_exp2(c3)",
		"__floats2bfloat162_rn((float)__bfloat162float(av0), __fdividef(1.0f, ((float)__bfloat162float(av1))))",
		"__halves2bfloat162(av2, av3)",
		"__syncthreads();",
		"__shfl_xor_sync(0xffffffffu, v, (int)o)",
		"__float2bfloat16(",
		"__half2float(h[(long long)threadIdx.x])",
		"(-INFINITY)",
		"// y = 2·x (test)",
	} {
		if !strings.Contains(got, s) {
			t.Errorf("rendered CUDA lacks %q", s)
		}
	}
}

// nvcc finds nvcc on PATH or under CUDA_HOME.
func nvcc() string {
	if p, err := exec.LookPath("nvcc"); err == nil {
		return p
	}
	if h := os.Getenv("CUDA_HOME"); h != "" {
		if p := filepath.Join(h, "bin", "nvcc"); fileExists(p) {
			return p
		}
	}
	return ""
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestNVCC compiles the rendered kernels to a cubin for sm_90 (ptxas checks the inline PTX too).
func TestNVCC(t *testing.T) {
	bin := nvcc()
	if bin == "" {
		t.Skip("nvcc not found (PATH or CUDA_HOME): run scripts/install-cuda-toolkit.sh to compile kernels here")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "k.cu")
	os.WriteFile(src, []byte(CUDA.File("test", kernels(t))), 0o644)
	out, err := exec.Command(bin, "-arch=sm_90", "-cubin", "-o", filepath.Join(dir, "k.cubin"), src).CombinedOutput()
	if err != nil {
		t.Fatalf("nvcc: %v\n%s", err, out)
	}
}
