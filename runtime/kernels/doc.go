// Package kernels is the numeric core of hopf's CPU runtime: pure-Go float32
// forward and backward kernels for every graph-IR op of an attention-only
// network (see ir/ops.go), plus the dual (fast-weight) forms of linear and
// delta-rule attention described in DESIGN.md "Why dual form".
//
// # Conventions
//
// All tensors are dense row-major []float32 slices; dimensions are passed
// explicitly. Layouts:
//
//	activations          [B,T,D]
//	per-head tensors     [B,H,T,d]
//	scores/probabilities [B,H,T,S]   (S = number of keys, = T for self-attention)
//	delta-rule beta      [B,T,H]
//	weight matrices      [N,K] = [out,in], applied as y = x·wᵀ (nn.Linear)
//	fast-weight state    [B,H,dv,dk], S per (b,h) is d_v×d_k row-major, f32
//
// Kernels write into caller-provided outputs and allocate nothing but small
// per-goroutine scratch. Outputs must not alias inputs unless a doc comment
// says the kernel may run in place.
//
// Gradients: a backward kernel OVERWRITES the gradients of its inputs
// (activations) and ACCUMULATES (+=) into the gradients of weights; each doc
// comment says which. A nil gradient slice means "not wanted" where the doc
// comment allows it.
//
// Errors: data-dependent failures (an out-of-range token id, a sequence longer
// than the position table) are returned as errors. Inconsistent slice lengths
// or invalid attributes are programming errors and panic with a message
// naming the kernel and the argument.
//
// Every matrix product goes through the helpers of blas.go (Gemm, Gemv, Ger,
// Trmm with transpose flags, never copies for transposes) onto gonum's
// blas32, so that blas32.Use(netlib) switches the whole runtime to
// OpenBLAS (-tags openblas). In the default build on amd64 with AVX2 and
// FMA, Gemm is instead sgemm (sgemm_amd64.go): 6×16 (AVX2) or 6×32
// (AVX-512) register tiles of fused multiply-adds in assembly reading A in
// place, 3–5× gonum's speed single-threaded (BenchmarkGemm); the variable
// BLAS says which is in use.
// Work is split over independent rows or over batch×head with parallelFor,
// sized by runtime.GOMAXPROCS. When an external BLAS is used, run it
// single-threaded (OPENBLAS_NUM_THREADS=1) so that its pool does not fight
// ours.
//
// # Numerics and cost
//
//   - exp: softmax, Elu1 and Sigmoid use exp32, a float32 exp (Cephes
//     polynomial, rounding by a magic constant, exponent-bit scaling) within
//     1.4 ulp of math.Exp and 1.2–1.8× faster than it; see exp.go. On amd64
//     with AVX2 and FMA (cpuid at start; not with -tags purego) the softmax
//     row loops run eight lanes at a time (simd_amd64.s): the exp, same
//     reduction and polynomial with fused multiply-adds (within 1.4 ulp
//     too, but not bit-identical to exp32), about 8× exp32's speed; the
//     row maximum and the final scaling; and the elu1 feature map. Results
//     then differ from other machines' in the last bits.
//   - Row sums of softmax, norm statistics and weight-gradient reductions
//     accumulate in float64 (per-worker partial sums added in worker order,
//     so results are deterministic for a given GOMAXPROCS).
//   - Dual forms: the recurrent forms cost O(T·DV·DK) per (b,h) with one Ger
//     and one or two Gemv per token (with AVX2 and DK a multiple of 8, one
//     or two passes over each row of S instead: dualToken); the chunked
//     forms turn that into small Gemms per chunk. On a CPU the recurrent
//     forms are faster; the chunked ones are the GPU-shaped schedule and
//     are tested to equal the recurrence for every chunk size.
//   - DeltaRuleBackward recomputes states from √T-spaced checkpoints instead
//     of storing all T states: about 2√T state matrices per worker.
package kernels
