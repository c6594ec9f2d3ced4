// hopf generated kernels for examples/icl_regression.hopf
#include <cuda_fp16.h>
#include <cuda_bf16.h>

// tiled GEMM 33×11: %L0.qkv = linear %inputs, @L0.w_qkv : f32[B,T,33]
// from examples/icl_regression.hopf:23:3
extern "C" __global__ void __launch_bounds__(256) L0_qkv__linear__l23(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 11LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 11LL)) ? x[(row * 11LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 33LL) && (kx < 11LL)) ? w[(wrow * 11LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 33LL)) {
    long long idx = ((row * 33LL) + col);
    y[idx] = acc;
  }
}

// linear attention, parallel form, tiled like flash attention: %x1 = fused.attention_residual %inputs, %L0.qkv, @L0.w_o {heads=1, d_head=11, d_value=11, kind=linear, mask=strict, scale=1.0, feature=identity, residual=true} : f32[B,T,11]
// from examples/icl_regression.hopf:23:3
extern "C" __global__ void __launch_bounds__(64) x1__fused_attention_residual_attn__l23(const float* __restrict__ qkv, float* __restrict__ o, long long B, long long T) {
  __shared__ float ks[384];
  __shared__ float vs[384];
  __shared__ float ss[1056];
  // linear attention, mask strict, feature identity: 32 queries × 2 column groups of 6 per block, key tiles of 32
  long long tid = (long long)threadIdx.x;
  long long qi = (tid / 2LL);
  long long g = (tid % 2LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 32LL);
  long long tq = (t0 + qi);
  long long tend = min((t0 + 32LL), T);
  long long khi = (tend - 1LL);
  // q of this thread's query: φ(q)·scale in 11 registers
  long long qrow = ((((b * T) + min(tq, (T - 1LL))) * 33LL) + (h * 11LL));
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
  q0 = (q0 * 1.0f);
  q1 = (q1 * 1.0f);
  q2 = (q2 * 1.0f);
  q3 = (q3 * 1.0f);
  q4 = (q4 * 1.0f);
  q5 = (q5 * 1.0f);
  q6 = (q6 * 1.0f);
  q7 = (q7 * 1.0f);
  q8 = (q8 * 1.0f);
  q9 = (q9 * 1.0f);
  q10 = (q10 * 1.0f);
  float acc0 = 0.0f;
  float acc1 = 0.0f;
  float acc2 = 0.0f;
  float acc3 = 0.0f;
  float acc4 = 0.0f;
  float acc5 = 0.0f;
  for (long long j0 = 0LL; j0 < khi; j0 += 32LL) {
    long long nk = min(32LL, (khi - j0));
    // stage φ(k) and v of keys [j0, j0+nk); rows past nk are 0
    for (long long x = tid; x < 352LL; x += 64LL) {
      long long kj = (x / 11LL);
      long long kd = (x % 11LL);
      ks[((kj * 12LL) + kd)] = ((kj < nk) ? qkv[(((b * T) + min((j0 + kj), (T - 1LL))) * 33LL) + (11LL + ((h * 11LL) + kd))] : 0.0f);
    }
    for (long long x1 = tid; x1 < 384LL; x1 += 64LL) {
      long long vj = (x1 / 12LL);
      long long vc = (x1 % 12LL);
      vs[x1] = (((vj < nk) && (vc < 11LL)) ? qkv[(((b * T) + min((j0 + vj), (T - 1LL))) * 33LL) + (22LL + ((h * 11LL) + min(vc, 10LL)))] : 0.0f);
    }
    __syncthreads();
    // scores of query qi against keys j ≡ g (mod 2)
    for (long long j = g; j < nk; j += 2LL) {
      long long kb = (j * 12LL);
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
      ss[((qi * 33LL) + j)] = (((j0 + j) < tq) ? dot : 0.0f);
    }
    __syncthreads();
    long long srow = (qi * 33LL);
    for (long long j1 = 0LL; j1 < nk; j1 += 1LL) {
      float s = ss[srow + j1];
      long long vb = ((j1 * 12LL) + (g * 6LL));
      acc0 = (acc0 + (s * vs[vb + 0LL]));
      acc1 = (acc1 + (s * vs[vb + 1LL]));
      acc2 = (acc2 + (s * vs[vb + 2LL]));
      acc3 = (acc3 + (s * vs[vb + 3LL]));
      acc4 = (acc4 + (s * vs[vb + 4LL]));
      acc5 = (acc5 + (s * vs[vb + 5LL]));
    }
    __syncthreads();
  }
  if (tq < T) {
    long long ob = ((((b * T) + tq) * 11LL) + ((h * 11LL) + (g * 6LL)));
    if (((g * 6LL) + 0LL) < 11LL) {
      o[(ob + 0LL)] = acc0;
    }
    if (((g * 6LL) + 1LL) < 11LL) {
      o[(ob + 1LL)] = acc1;
    }
    if (((g * 6LL) + 2LL) < 11LL) {
      o[(ob + 2LL)] = acc2;
    }
    if (((g * 6LL) + 3LL) < 11LL) {
      o[(ob + 3LL)] = acc3;
    }
    if (((g * 6LL) + 4LL) < 11LL) {
      o[(ob + 4LL)] = acc4;
    }
    if (((g * 6LL) + 5LL) < 11LL) {
      o[(ob + 5LL)] = acc5;
    }
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x1 = fused.attention_residual %inputs, %L0.qkv, @L0.w_o {heads=1, d_head=11, d_value=11, kind=linear, mask=strict, scale=1.0, feature=identity, residual=true} : f32[B,T,11]
// from examples/icl_regression.hopf:23:3
extern "C" __global__ void __launch_bounds__(256) x1__fused_attention_residual_wo__l23(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 11LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 11LL)) ? x[(row * 11LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 11LL) && (kx < 11LL)) ? w[(wrow * 11LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 11LL)) {
    long long idx = ((row * 11LL) + col);
    y[idx] = (acc + res[idx]);
  }
}

// tiled GEMM 1×11: %out = linear %x1, @readout : f32[B,T,1]
// from examples/icl_regression.hopf:33:3
extern "C" __global__ void __launch_bounds__(256) out__linear__l33(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 11LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 11LL)) ? x[(row * 11LL) + kx] : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 1LL) && (kx < 11LL)) ? w[(wrow * 11LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 1LL)) {
    long long idx = ((row * 1LL) + col);
    y[idx] = acc;
  }
}
