// hopf generated kernels for examples/induction.hopf
#include <cuda_fp16.h>
#include <cuda_bf16.h>

// embedding gather: %emb = embed %tokens, @tok_embed : f32[B,T,128]
// from examples/induction.hopf:9:3
extern "C" __global__ void __launch_bounds__(256) emb__embed__l9(const int* __restrict__ ids, const float* __restrict__ table, float* __restrict__ y, long long n) {
  long long i = (((long long)blockIdx.x * 256LL) + (long long)threadIdx.x);
  if (i < n) {
    long long r = (i / 128LL);
    long long d = (i % 128LL);
    long long id = ((long long)ids[r]);
    y[i] = table[(id * 128LL) + d];
  }
}

// learned positions: %x0 = embed_pos %emb, @pos_embed : f32[B,T,128]
// from examples/induction.hopf:10:3
extern "C" __global__ void __launch_bounds__(256) x0__embed_pos__l10(const float* __restrict__ x, const float* __restrict__ table, float* __restrict__ y, long long n, long long T) {
  long long i = (((long long)blockIdx.x * 256LL) + (long long)threadIdx.x);
  if (i < n) {
    long long t = ((i / 128LL) % T);
    long long d = (i % 128LL);
    y[i] = (x[i] + table[(t * 128LL) + d]);
  }
}

// tiled GEMM 384×128: %L0.qkv = linear %x0, @L0.w_qkv : f32[B,T,384]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(256) L0_qkv__linear__l13(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 128LL)) ? x[(row * 128LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 384LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 384LL)) {
    long long idx = ((row * 384LL) + col);
    y[idx] = acc;
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x1 = fused.attention_residual %x0, %L0.qkv, @L0.w_o {heads=4, d_head=32, d_value=32, kind=softmax, mask=causal, scale=0.17677669529663687, feature=identity, residual=true} : f32[B,T,128]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(128) x1__fused_attention_residual_attn__l13(const float* __restrict__ qkv, float* __restrict__ o, long long B, long long T) {
  __shared__ float ks[1056];
  __shared__ float vs[1024];
  __shared__ float ss[1056];
  // softmax attention, mask causal, feature identity: 32 queries × 4 column groups of 8 per block, key tiles of 32
  long long tid = (long long)threadIdx.x;
  long long qi = (tid / 4LL);
  long long g = (tid % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 32LL);
  long long tq = (t0 + qi);
  long long tend = min((t0 + 32LL), T);
  // q of this thread's query: φ(q)·scale in 32 registers
  long long qrow = ((((b * T) + min(tq, (T - 1LL))) * 384LL) + (h * 32LL));
  float q0 = qkv[qrow + 0LL];
  float q1 = qkv[qrow + 1LL];
  float q2 = qkv[qrow + 2LL];
  float q3 = qkv[qrow + 3LL];
  float q4 = qkv[qrow + 4LL];
  float q5 = qkv[qrow + 5LL];
  float q6 = qkv[qrow + 6LL];
  float q7 = qkv[qrow + 7LL];
  float q8 = qkv[qrow + 8LL];
  float q9 = qkv[qrow + 9LL];
  float q10 = qkv[qrow + 10LL];
  float q11 = qkv[qrow + 11LL];
  float q12 = qkv[qrow + 12LL];
  float q13 = qkv[qrow + 13LL];
  float q14 = qkv[qrow + 14LL];
  float q15 = qkv[qrow + 15LL];
  float q16 = qkv[qrow + 16LL];
  float q17 = qkv[qrow + 17LL];
  float q18 = qkv[qrow + 18LL];
  float q19 = qkv[qrow + 19LL];
  float q20 = qkv[qrow + 20LL];
  float q21 = qkv[qrow + 21LL];
  float q22 = qkv[qrow + 22LL];
  float q23 = qkv[qrow + 23LL];
  float q24 = qkv[qrow + 24LL];
  float q25 = qkv[qrow + 25LL];
  float q26 = qkv[qrow + 26LL];
  float q27 = qkv[qrow + 27LL];
  float q28 = qkv[qrow + 28LL];
  float q29 = qkv[qrow + 29LL];
  float q30 = qkv[qrow + 30LL];
  float q31 = qkv[qrow + 31LL];
  q0 = (q0 * 0.17677669f);
  q1 = (q1 * 0.17677669f);
  q2 = (q2 * 0.17677669f);
  q3 = (q3 * 0.17677669f);
  q4 = (q4 * 0.17677669f);
  q5 = (q5 * 0.17677669f);
  q6 = (q6 * 0.17677669f);
  q7 = (q7 * 0.17677669f);
  q8 = (q8 * 0.17677669f);
  q9 = (q9 * 0.17677669f);
  q10 = (q10 * 0.17677669f);
  q11 = (q11 * 0.17677669f);
  q12 = (q12 * 0.17677669f);
  q13 = (q13 * 0.17677669f);
  q14 = (q14 * 0.17677669f);
  q15 = (q15 * 0.17677669f);
  q16 = (q16 * 0.17677669f);
  q17 = (q17 * 0.17677669f);
  q18 = (q18 * 0.17677669f);
  q19 = (q19 * 0.17677669f);
  q20 = (q20 * 0.17677669f);
  q21 = (q21 * 0.17677669f);
  q22 = (q22 * 0.17677669f);
  q23 = (q23 * 0.17677669f);
  q24 = (q24 * 0.17677669f);
  q25 = (q25 * 0.17677669f);
  q26 = (q26 * 0.17677669f);
  q27 = (q27 * 0.17677669f);
  q28 = (q28 * 0.17677669f);
  q29 = (q29 * 0.17677669f);
  q30 = (q30 * 0.17677669f);
  q31 = (q31 * 0.17677669f);
  float acc0 = 0.0f;
  float acc1 = 0.0f;
  float acc2 = 0.0f;
  float acc3 = 0.0f;
  float acc4 = 0.0f;
  float acc5 = 0.0f;
  float acc6 = 0.0f;
  float acc7 = 0.0f;
  float m = (-INFINITY);
  float l = 0.0f;
  for (long long j0 = 0LL; j0 < tend; j0 += 32LL) {
    long long nk = min(32LL, (tend - j0));
    // stage φ(k) and v of keys [j0, j0+nk); rows past nk are 0
    for (long long x = tid; x < 1024LL; x += 128LL) {
      long long kj = (x / 32LL);
      long long kd = (x % 32LL);
      ks[((kj * 33LL) + kd)] = ((kj < nk) ? qkv[(((b * T) + min((j0 + kj), (T - 1LL))) * 384LL) + (128LL + ((h * 32LL) + kd))] : 0.0f);
    }
    for (long long x1 = tid; x1 < 1024LL; x1 += 128LL) {
      long long vj = (x1 / 32LL);
      long long vc = (x1 % 32LL);
      vs[x1] = (((vj < nk) && (vc < 32LL)) ? qkv[(((b * T) + min((j0 + vj), (T - 1LL))) * 384LL) + (256LL + ((h * 32LL) + min(vc, 31LL)))] : 0.0f);
    }
    __syncthreads();
    // scores of query qi against keys j ≡ g (mod 4)
    for (long long j = g; j < nk; j += 4LL) {
      long long kb = (j * 33LL);
      float dot = 0.0f;
      dot = (dot + (q0 * ks[kb + 0LL]));
      dot = (dot + (q1 * ks[kb + 1LL]));
      dot = (dot + (q2 * ks[kb + 2LL]));
      dot = (dot + (q3 * ks[kb + 3LL]));
      dot = (dot + (q4 * ks[kb + 4LL]));
      dot = (dot + (q5 * ks[kb + 5LL]));
      dot = (dot + (q6 * ks[kb + 6LL]));
      dot = (dot + (q7 * ks[kb + 7LL]));
      dot = (dot + (q8 * ks[kb + 8LL]));
      dot = (dot + (q9 * ks[kb + 9LL]));
      dot = (dot + (q10 * ks[kb + 10LL]));
      dot = (dot + (q11 * ks[kb + 11LL]));
      dot = (dot + (q12 * ks[kb + 12LL]));
      dot = (dot + (q13 * ks[kb + 13LL]));
      dot = (dot + (q14 * ks[kb + 14LL]));
      dot = (dot + (q15 * ks[kb + 15LL]));
      dot = (dot + (q16 * ks[kb + 16LL]));
      dot = (dot + (q17 * ks[kb + 17LL]));
      dot = (dot + (q18 * ks[kb + 18LL]));
      dot = (dot + (q19 * ks[kb + 19LL]));
      dot = (dot + (q20 * ks[kb + 20LL]));
      dot = (dot + (q21 * ks[kb + 21LL]));
      dot = (dot + (q22 * ks[kb + 22LL]));
      dot = (dot + (q23 * ks[kb + 23LL]));
      dot = (dot + (q24 * ks[kb + 24LL]));
      dot = (dot + (q25 * ks[kb + 25LL]));
      dot = (dot + (q26 * ks[kb + 26LL]));
      dot = (dot + (q27 * ks[kb + 27LL]));
      dot = (dot + (q28 * ks[kb + 28LL]));
      dot = (dot + (q29 * ks[kb + 29LL]));
      dot = (dot + (q30 * ks[kb + 30LL]));
      dot = (dot + (q31 * ks[kb + 31LL]));
      ss[((qi * 33LL) + j)] = (((j0 + j) <= tq) ? dot : (-INFINITY));
    }
    __syncthreads();
    long long srow = (qi * 33LL);
    // online softmax over the tile's scores
    float mt = (-INFINITY);
    for (long long j1 = 0LL; j1 < nk; j1 += 1LL) {
      mt = fmaxf(mt, ss[srow + j1]);
    }
    float mnew = fmaxf(m, mt);
    if (mnew > (-INFINITY)) {
      float alpha = expf((m - mnew));
      l = (l * alpha);
      acc0 = (acc0 * alpha);
      acc1 = (acc1 * alpha);
      acc2 = (acc2 * alpha);
      acc3 = (acc3 * alpha);
      acc4 = (acc4 * alpha);
      acc5 = (acc5 * alpha);
      acc6 = (acc6 * alpha);
      acc7 = (acc7 * alpha);
      for (long long j2 = 0LL; j2 < nk; j2 += 1LL) {
        float p = expf((ss[srow + j2] - mnew));
        l = (l + p);
        long long vb = ((j2 * 32LL) + (g * 8LL));
        acc0 = (acc0 + (p * vs[vb + 0LL]));
        acc1 = (acc1 + (p * vs[vb + 1LL]));
        acc2 = (acc2 + (p * vs[vb + 2LL]));
        acc3 = (acc3 + (p * vs[vb + 3LL]));
        acc4 = (acc4 + (p * vs[vb + 4LL]));
        acc5 = (acc5 + (p * vs[vb + 5LL]));
        acc6 = (acc6 + (p * vs[vb + 6LL]));
        acc7 = (acc7 + (p * vs[vb + 7LL]));
      }
      m = mnew;
    }
    __syncthreads();
  }
  if (tq < T) {
    long long ob = ((((b * T) + tq) * 128LL) + ((h * 32LL) + (g * 8LL)));
    float inv = ((l > 0.0f) ? (1.0f / l) : 0.0f);
    o[(ob + 0LL)] = (acc0 * inv);
    o[(ob + 1LL)] = (acc1 * inv);
    o[(ob + 2LL)] = (acc2 * inv);
    o[(ob + 3LL)] = (acc3 * inv);
    o[(ob + 4LL)] = (acc4 * inv);
    o[(ob + 5LL)] = (acc5 * inv);
    o[(ob + 6LL)] = (acc6 * inv);
    o[(ob + 7LL)] = (acc7 * inv);
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x1 = fused.attention_residual %x0, %L0.qkv, @L0.w_o {heads=4, d_head=32, d_value=32, kind=softmax, mask=causal, scale=0.17677669529663687, feature=identity, residual=true} : f32[B,T,128]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(256) x1__fused_attention_residual_wo__l13(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 128LL)) ? x[(row * 128LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 128LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 128LL)) {
    long long idx = ((row * 128LL) + col);
    y[idx] = (acc + res[idx]);
  }
}

// tiled GEMM 384×128: %L1.qkv = linear %x1, @L1.w_qkv : f32[B,T,384]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(256) L1_qkv__linear__l13(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 128LL)) ? x[(row * 128LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 384LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 384LL)) {
    long long idx = ((row * 384LL) + col);
    y[idx] = acc;
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=softmax, mask=causal, scale=0.17677669529663687, feature=identity, residual=true} : f32[B,T,128]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(128) x2__fused_attention_residual_attn__l13(const float* __restrict__ qkv, float* __restrict__ o, long long B, long long T) {
  __shared__ float ks[1056];
  __shared__ float vs[1024];
  __shared__ float ss[1056];
  // softmax attention, mask causal, feature identity: 32 queries × 4 column groups of 8 per block, key tiles of 32
  long long tid = (long long)threadIdx.x;
  long long qi = (tid / 4LL);
  long long g = (tid % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 32LL);
  long long tq = (t0 + qi);
  long long tend = min((t0 + 32LL), T);
  // q of this thread's query: φ(q)·scale in 32 registers
  long long qrow = ((((b * T) + min(tq, (T - 1LL))) * 384LL) + (h * 32LL));
  float q0 = qkv[qrow + 0LL];
  float q1 = qkv[qrow + 1LL];
  float q2 = qkv[qrow + 2LL];
  float q3 = qkv[qrow + 3LL];
  float q4 = qkv[qrow + 4LL];
  float q5 = qkv[qrow + 5LL];
  float q6 = qkv[qrow + 6LL];
  float q7 = qkv[qrow + 7LL];
  float q8 = qkv[qrow + 8LL];
  float q9 = qkv[qrow + 9LL];
  float q10 = qkv[qrow + 10LL];
  float q11 = qkv[qrow + 11LL];
  float q12 = qkv[qrow + 12LL];
  float q13 = qkv[qrow + 13LL];
  float q14 = qkv[qrow + 14LL];
  float q15 = qkv[qrow + 15LL];
  float q16 = qkv[qrow + 16LL];
  float q17 = qkv[qrow + 17LL];
  float q18 = qkv[qrow + 18LL];
  float q19 = qkv[qrow + 19LL];
  float q20 = qkv[qrow + 20LL];
  float q21 = qkv[qrow + 21LL];
  float q22 = qkv[qrow + 22LL];
  float q23 = qkv[qrow + 23LL];
  float q24 = qkv[qrow + 24LL];
  float q25 = qkv[qrow + 25LL];
  float q26 = qkv[qrow + 26LL];
  float q27 = qkv[qrow + 27LL];
  float q28 = qkv[qrow + 28LL];
  float q29 = qkv[qrow + 29LL];
  float q30 = qkv[qrow + 30LL];
  float q31 = qkv[qrow + 31LL];
  q0 = (q0 * 0.17677669f);
  q1 = (q1 * 0.17677669f);
  q2 = (q2 * 0.17677669f);
  q3 = (q3 * 0.17677669f);
  q4 = (q4 * 0.17677669f);
  q5 = (q5 * 0.17677669f);
  q6 = (q6 * 0.17677669f);
  q7 = (q7 * 0.17677669f);
  q8 = (q8 * 0.17677669f);
  q9 = (q9 * 0.17677669f);
  q10 = (q10 * 0.17677669f);
  q11 = (q11 * 0.17677669f);
  q12 = (q12 * 0.17677669f);
  q13 = (q13 * 0.17677669f);
  q14 = (q14 * 0.17677669f);
  q15 = (q15 * 0.17677669f);
  q16 = (q16 * 0.17677669f);
  q17 = (q17 * 0.17677669f);
  q18 = (q18 * 0.17677669f);
  q19 = (q19 * 0.17677669f);
  q20 = (q20 * 0.17677669f);
  q21 = (q21 * 0.17677669f);
  q22 = (q22 * 0.17677669f);
  q23 = (q23 * 0.17677669f);
  q24 = (q24 * 0.17677669f);
  q25 = (q25 * 0.17677669f);
  q26 = (q26 * 0.17677669f);
  q27 = (q27 * 0.17677669f);
  q28 = (q28 * 0.17677669f);
  q29 = (q29 * 0.17677669f);
  q30 = (q30 * 0.17677669f);
  q31 = (q31 * 0.17677669f);
  float acc0 = 0.0f;
  float acc1 = 0.0f;
  float acc2 = 0.0f;
  float acc3 = 0.0f;
  float acc4 = 0.0f;
  float acc5 = 0.0f;
  float acc6 = 0.0f;
  float acc7 = 0.0f;
  float m = (-INFINITY);
  float l = 0.0f;
  for (long long j0 = 0LL; j0 < tend; j0 += 32LL) {
    long long nk = min(32LL, (tend - j0));
    // stage φ(k) and v of keys [j0, j0+nk); rows past nk are 0
    for (long long x = tid; x < 1024LL; x += 128LL) {
      long long kj = (x / 32LL);
      long long kd = (x % 32LL);
      ks[((kj * 33LL) + kd)] = ((kj < nk) ? qkv[(((b * T) + min((j0 + kj), (T - 1LL))) * 384LL) + (128LL + ((h * 32LL) + kd))] : 0.0f);
    }
    for (long long x1 = tid; x1 < 1024LL; x1 += 128LL) {
      long long vj = (x1 / 32LL);
      long long vc = (x1 % 32LL);
      vs[x1] = (((vj < nk) && (vc < 32LL)) ? qkv[(((b * T) + min((j0 + vj), (T - 1LL))) * 384LL) + (256LL + ((h * 32LL) + min(vc, 31LL)))] : 0.0f);
    }
    __syncthreads();
    // scores of query qi against keys j ≡ g (mod 4)
    for (long long j = g; j < nk; j += 4LL) {
      long long kb = (j * 33LL);
      float dot = 0.0f;
      dot = (dot + (q0 * ks[kb + 0LL]));
      dot = (dot + (q1 * ks[kb + 1LL]));
      dot = (dot + (q2 * ks[kb + 2LL]));
      dot = (dot + (q3 * ks[kb + 3LL]));
      dot = (dot + (q4 * ks[kb + 4LL]));
      dot = (dot + (q5 * ks[kb + 5LL]));
      dot = (dot + (q6 * ks[kb + 6LL]));
      dot = (dot + (q7 * ks[kb + 7LL]));
      dot = (dot + (q8 * ks[kb + 8LL]));
      dot = (dot + (q9 * ks[kb + 9LL]));
      dot = (dot + (q10 * ks[kb + 10LL]));
      dot = (dot + (q11 * ks[kb + 11LL]));
      dot = (dot + (q12 * ks[kb + 12LL]));
      dot = (dot + (q13 * ks[kb + 13LL]));
      dot = (dot + (q14 * ks[kb + 14LL]));
      dot = (dot + (q15 * ks[kb + 15LL]));
      dot = (dot + (q16 * ks[kb + 16LL]));
      dot = (dot + (q17 * ks[kb + 17LL]));
      dot = (dot + (q18 * ks[kb + 18LL]));
      dot = (dot + (q19 * ks[kb + 19LL]));
      dot = (dot + (q20 * ks[kb + 20LL]));
      dot = (dot + (q21 * ks[kb + 21LL]));
      dot = (dot + (q22 * ks[kb + 22LL]));
      dot = (dot + (q23 * ks[kb + 23LL]));
      dot = (dot + (q24 * ks[kb + 24LL]));
      dot = (dot + (q25 * ks[kb + 25LL]));
      dot = (dot + (q26 * ks[kb + 26LL]));
      dot = (dot + (q27 * ks[kb + 27LL]));
      dot = (dot + (q28 * ks[kb + 28LL]));
      dot = (dot + (q29 * ks[kb + 29LL]));
      dot = (dot + (q30 * ks[kb + 30LL]));
      dot = (dot + (q31 * ks[kb + 31LL]));
      ss[((qi * 33LL) + j)] = (((j0 + j) <= tq) ? dot : (-INFINITY));
    }
    __syncthreads();
    long long srow = (qi * 33LL);
    // online softmax over the tile's scores
    float mt = (-INFINITY);
    for (long long j1 = 0LL; j1 < nk; j1 += 1LL) {
      mt = fmaxf(mt, ss[srow + j1]);
    }
    float mnew = fmaxf(m, mt);
    if (mnew > (-INFINITY)) {
      float alpha = expf((m - mnew));
      l = (l * alpha);
      acc0 = (acc0 * alpha);
      acc1 = (acc1 * alpha);
      acc2 = (acc2 * alpha);
      acc3 = (acc3 * alpha);
      acc4 = (acc4 * alpha);
      acc5 = (acc5 * alpha);
      acc6 = (acc6 * alpha);
      acc7 = (acc7 * alpha);
      for (long long j2 = 0LL; j2 < nk; j2 += 1LL) {
        float p = expf((ss[srow + j2] - mnew));
        l = (l + p);
        long long vb = ((j2 * 32LL) + (g * 8LL));
        acc0 = (acc0 + (p * vs[vb + 0LL]));
        acc1 = (acc1 + (p * vs[vb + 1LL]));
        acc2 = (acc2 + (p * vs[vb + 2LL]));
        acc3 = (acc3 + (p * vs[vb + 3LL]));
        acc4 = (acc4 + (p * vs[vb + 4LL]));
        acc5 = (acc5 + (p * vs[vb + 5LL]));
        acc6 = (acc6 + (p * vs[vb + 6LL]));
        acc7 = (acc7 + (p * vs[vb + 7LL]));
      }
      m = mnew;
    }
    __syncthreads();
  }
  if (tq < T) {
    long long ob = ((((b * T) + tq) * 128LL) + ((h * 32LL) + (g * 8LL)));
    float inv = ((l > 0.0f) ? (1.0f / l) : 0.0f);
    o[(ob + 0LL)] = (acc0 * inv);
    o[(ob + 1LL)] = (acc1 * inv);
    o[(ob + 2LL)] = (acc2 * inv);
    o[(ob + 3LL)] = (acc3 * inv);
    o[(ob + 4LL)] = (acc4 * inv);
    o[(ob + 5LL)] = (acc5 * inv);
    o[(ob + 6LL)] = (acc6 * inv);
    o[(ob + 7LL)] = (acc7 * inv);
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=softmax, mask=causal, scale=0.17677669529663687, feature=identity, residual=true} : f32[B,T,128]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(256) x2__fused_attention_residual_wo__l13(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 128LL)) ? x[(row * 128LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 128LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 128LL)) {
    long long idx = ((row * 128LL) + col);
    y[idx] = (acc + res[idx]);
  }
}

// tiled GEMM 64×128: %logits = unembed %x2, @unembed : f32[B,T,64]
// from examples/induction.hopf:16:3
extern "C" __global__ void __launch_bounds__(256) logits__unembed__l16(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 128LL)) ? x[(row * 128LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 64LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 64LL)) {
    long long idx = ((row * 64LL) + col);
    y[idx] = acc;
  }
}
