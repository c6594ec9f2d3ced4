// hopf generated kernels for examples/fastweight.hopf
#include <cuda_fp16.h>
#include <cuda_bf16.h>

// embedding gather: %emb = embed %tokens, @tok_embed : f32[B,T,128]
// from examples/fastweight.hopf:14:7
extern "C" __global__ void __launch_bounds__(256) emb__embed__l14(const int* __restrict__ ids, const float* __restrict__ table, float* __restrict__ y, long long n) {
  long long i = (((long long)blockIdx.x * 256LL) + (long long)threadIdx.x);
  if (i < n) {
    long long r = (i / 128LL);
    long long d = (i % 128LL);
    long long id = ((long long)ids[r]);
    y[i] = table[(id * 128LL) + d];
  }
}

// learned positions: %x0 = embed_pos %emb, @pos_embed : f32[B,T,128]
// from examples/fastweight.hopf:14:7
extern "C" __global__ void __launch_bounds__(256) x0__embed_pos__l14(const float* __restrict__ x, const float* __restrict__ table, float* __restrict__ y, long long n, long long T) {
  long long i = (((long long)blockIdx.x * 256LL) + (long long)threadIdx.x);
  if (i < n) {
    long long t = ((i / 128LL) % T);
    long long d = (i % 128LL);
    y[i] = (x[i] + table[(t * 128LL) + d]);
  }
}

// rmsnorm: %L0.h = rmsnorm %x0, @L0.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(128) L0_h__rmsnorm__l21(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 128LL);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 128LL; sq_i += 128LL) {
    sq = (sq + (x[base + sq_i] * x[base + sq_i]));
  }
  red[tid] = sq;
  __syncthreads();
  for (long long sq_s = 0LL; sq_s < 7LL; sq_s += 1LL) {
    long long sq_stride = (64LL >> sq_s);
    if (tid < sq_stride) {
      red[tid] = (red[tid] + red[tid + sq_stride]);
    }
    __syncthreads();
  }
  float sq_total = red[0LL];
  __syncthreads();
  float inv = rsqrtf(((sq_total / 128.0f) + 1e-06f));
  for (long long i = tid; i < 128LL; i += 128LL) {
    y[(base + i)] = (((x[base + i] - 0.0f) * inv) * weight[i]);
  }
}

// tiled GEMM 388×128: %L0.qkvbeta = linear %L0.h, @L0.w_qkvbeta : f32[B,T,388]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(256) L0_qkvbeta__linear__l21(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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
    ws[((ty * 16LL) + tx)] = (((wrow < 388LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 388LL)) {
    long long idx = ((row * 388LL) + col);
    y[idx] = acc;
  }
}

// fast weights, delta rule S += β(v − S k)kᵀ, chunked form (S on chip, one block per batch×head): %x1, %L0.S = fused.dual_residual %x0, %L0.qkvbeta, @L0.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(32) x1__fused_dual_residual_dual__l21(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ float qs[2048];
  __shared__ float ks[2048];
  __shared__ float vs[2048];
  __shared__ float bs[64];
  __shared__ float kinv[64];
  __shared__ float qinv[64];
  __shared__ float mm[4096];
  // delta rule, causal, chunked form: chunks of 64 tokens, thread i keeps row i of S (32×32) in registers
  long long tid = (long long)threadIdx.x;
  long long h = (long long)blockIdx.x;
  long long b = (long long)blockIdx.y;
  float S0 = 0.0f;
  float S1 = 0.0f;
  float S2 = 0.0f;
  float S3 = 0.0f;
  float S4 = 0.0f;
  float S5 = 0.0f;
  float S6 = 0.0f;
  float S7 = 0.0f;
  float S8 = 0.0f;
  float S9 = 0.0f;
  float S10 = 0.0f;
  float S11 = 0.0f;
  float S12 = 0.0f;
  float S13 = 0.0f;
  float S14 = 0.0f;
  float S15 = 0.0f;
  float S16 = 0.0f;
  float S17 = 0.0f;
  float S18 = 0.0f;
  float S19 = 0.0f;
  float S20 = 0.0f;
  float S21 = 0.0f;
  float S22 = 0.0f;
  float S23 = 0.0f;
  float S24 = 0.0f;
  float S25 = 0.0f;
  float S26 = 0.0f;
  float S27 = 0.0f;
  float S28 = 0.0f;
  float S29 = 0.0f;
  float S30 = 0.0f;
  float S31 = 0.0f;
  for (long long t0 = 0LL; t0 < T; t0 += 64LL) {
    long long L = min(64LL, (T - t0));
    // 1/‖k‖ and 1/‖q‖ per token
    for (long long tau = tid; tau < L; tau += 32LL) {
      long long r = (((b * T) + (t0 + tau)) * 388LL);
      float kss = 0.0f;
      for (long long kss_d = 0LL; kss_d < 32LL; kss_d += 1LL) {
        float kss_v = qkv[r + ((128LL + (h * 32LL)) + kss_d)];
        kss = (kss + (kss_v * kss_v));
      }
      kinv[tau] = (1.0f / sqrtf((kss + 1e-06f)));
      float qss = 0.0f;
      for (long long qss_d = 0LL; qss_d < 32LL; qss_d += 1LL) {
        float qss_v = qkv[r + ((h * 32LL) + qss_d)];
        qss = (qss + (qss_v * qss_v));
      }
      qinv[tau] = (1.0f / sqrtf((qss + 1e-06f)));
    }
    __syncthreads();
    // stage φ(q), φ(k), v, β
    for (long long x = tid; x < (L * 32LL); x += 32LL) {
      long long tau1 = (x / 32LL);
      long long d = (x % 32LL);
      long long r1 = (((b * T) + (t0 + tau1)) * 388LL);
      ks[x] = (qkv[r1 + ((128LL + (h * 32LL)) + d)] * kinv[tau1]);
      qs[x] = (qkv[r1 + ((h * 32LL) + d)] * qinv[tau1]);
    }
    for (long long x1 = tid; x1 < (L * 32LL); x1 += 32LL) {
      long long tau2 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau2)) * 388LL) + ((256LL + (h * 32LL)) + c)];
    }
    for (long long tau3 = tid; tau3 < L; tau3 += 32LL) {
      float beta_x = qkv[(((b * T) + (t0 + tau3)) * 388LL) + (384LL + h)];
      float beta_e = expf((-fabsf(beta_x)));
      bs[tau3] = ((beta_x >= 0.0f) ? (1.0f / (1.0f + beta_e)) : (beta_e / (1.0f + beta_e)));
    }
    __syncthreads();
    // N[τ][σ] = β_τ k_τ·k_σ for σ < τ, stored at M[σ][τ]; column tid of V becomes V − K Sᵀ
    for (long long x2 = tid; x2 < (L * L); x2 += 32LL) {
      long long tau4 = (x2 / L);
      long long sig = (x2 % L);
      if (sig < tau4) {
        float kk = 0.0f;
        long long kk_a = (tau4 * 32LL);
        long long kk_k = (sig * 32LL);
        kk = (kk + (ks[kk_a + 0LL] * ks[kk_k + 0LL]));
        kk = (kk + (ks[kk_a + 1LL] * ks[kk_k + 1LL]));
        kk = (kk + (ks[kk_a + 2LL] * ks[kk_k + 2LL]));
        kk = (kk + (ks[kk_a + 3LL] * ks[kk_k + 3LL]));
        kk = (kk + (ks[kk_a + 4LL] * ks[kk_k + 4LL]));
        kk = (kk + (ks[kk_a + 5LL] * ks[kk_k + 5LL]));
        kk = (kk + (ks[kk_a + 6LL] * ks[kk_k + 6LL]));
        kk = (kk + (ks[kk_a + 7LL] * ks[kk_k + 7LL]));
        kk = (kk + (ks[kk_a + 8LL] * ks[kk_k + 8LL]));
        kk = (kk + (ks[kk_a + 9LL] * ks[kk_k + 9LL]));
        kk = (kk + (ks[kk_a + 10LL] * ks[kk_k + 10LL]));
        kk = (kk + (ks[kk_a + 11LL] * ks[kk_k + 11LL]));
        kk = (kk + (ks[kk_a + 12LL] * ks[kk_k + 12LL]));
        kk = (kk + (ks[kk_a + 13LL] * ks[kk_k + 13LL]));
        kk = (kk + (ks[kk_a + 14LL] * ks[kk_k + 14LL]));
        kk = (kk + (ks[kk_a + 15LL] * ks[kk_k + 15LL]));
        kk = (kk + (ks[kk_a + 16LL] * ks[kk_k + 16LL]));
        kk = (kk + (ks[kk_a + 17LL] * ks[kk_k + 17LL]));
        kk = (kk + (ks[kk_a + 18LL] * ks[kk_k + 18LL]));
        kk = (kk + (ks[kk_a + 19LL] * ks[kk_k + 19LL]));
        kk = (kk + (ks[kk_a + 20LL] * ks[kk_k + 20LL]));
        kk = (kk + (ks[kk_a + 21LL] * ks[kk_k + 21LL]));
        kk = (kk + (ks[kk_a + 22LL] * ks[kk_k + 22LL]));
        kk = (kk + (ks[kk_a + 23LL] * ks[kk_k + 23LL]));
        kk = (kk + (ks[kk_a + 24LL] * ks[kk_k + 24LL]));
        kk = (kk + (ks[kk_a + 25LL] * ks[kk_k + 25LL]));
        kk = (kk + (ks[kk_a + 26LL] * ks[kk_k + 26LL]));
        kk = (kk + (ks[kk_a + 27LL] * ks[kk_k + 27LL]));
        kk = (kk + (ks[kk_a + 28LL] * ks[kk_k + 28LL]));
        kk = (kk + (ks[kk_a + 29LL] * ks[kk_k + 29LL]));
        kk = (kk + (ks[kk_a + 30LL] * ks[kk_k + 30LL]));
        kk = (kk + (ks[kk_a + 31LL] * ks[kk_k + 31LL]));
        mm[((sig * 64LL) + tau4)] = (bs[tau4] * kk);
      }
    }
    for (long long tau5 = 0LL; tau5 < L; tau5 += 1LL) {
      long long kb = (tau5 * 32LL);
      float sk = 0.0f;
      sk = (sk + (S0 * ks[kb + 0LL]));
      sk = (sk + (S1 * ks[kb + 1LL]));
      sk = (sk + (S2 * ks[kb + 2LL]));
      sk = (sk + (S3 * ks[kb + 3LL]));
      sk = (sk + (S4 * ks[kb + 4LL]));
      sk = (sk + (S5 * ks[kb + 5LL]));
      sk = (sk + (S6 * ks[kb + 6LL]));
      sk = (sk + (S7 * ks[kb + 7LL]));
      sk = (sk + (S8 * ks[kb + 8LL]));
      sk = (sk + (S9 * ks[kb + 9LL]));
      sk = (sk + (S10 * ks[kb + 10LL]));
      sk = (sk + (S11 * ks[kb + 11LL]));
      sk = (sk + (S12 * ks[kb + 12LL]));
      sk = (sk + (S13 * ks[kb + 13LL]));
      sk = (sk + (S14 * ks[kb + 14LL]));
      sk = (sk + (S15 * ks[kb + 15LL]));
      sk = (sk + (S16 * ks[kb + 16LL]));
      sk = (sk + (S17 * ks[kb + 17LL]));
      sk = (sk + (S18 * ks[kb + 18LL]));
      sk = (sk + (S19 * ks[kb + 19LL]));
      sk = (sk + (S20 * ks[kb + 20LL]));
      sk = (sk + (S21 * ks[kb + 21LL]));
      sk = (sk + (S22 * ks[kb + 22LL]));
      sk = (sk + (S23 * ks[kb + 23LL]));
      sk = (sk + (S24 * ks[kb + 24LL]));
      sk = (sk + (S25 * ks[kb + 25LL]));
      sk = (sk + (S26 * ks[kb + 26LL]));
      sk = (sk + (S27 * ks[kb + 27LL]));
      sk = (sk + (S28 * ks[kb + 28LL]));
      sk = (sk + (S29 * ks[kb + 29LL]));
      sk = (sk + (S30 * ks[kb + 30LL]));
      sk = (sk + (S31 * ks[kb + 31LL]));
      vs[((tau5 * 32LL) + tid)] = (vs[(tau5 * 32LL) + tid] - sk);
    }
    __syncthreads();
    // Tc = (I + N)⁻¹ by forward substitution, column j by thread j: Tc[i][j] = −N[i][j] − Σ_{j<m<i} N[i][m] Tc[m][j], stored at M[i][j]
    for (long long j = tid; j < L; j += 32LL) {
      for (long long i = (j + 1LL); i < L; i += 1LL) {
        float acc = mm[(j * 64LL) + i];
        for (long long m = (j + 1LL); m < i; m += 1LL) {
          acc = (acc + (mm[(m * 64LL) + i] * mm[(m * 64LL) + j]));
        }
        mm[((i * 64LL) + j)] = (-acc);
      }
    }
    __syncthreads();
    // column tid of V' = Tc diag(β) (V − K Sᵀ), in place from the last token down
    for (long long r2 = 0LL; r2 < L; r2 += 1LL) {
      long long tau6 = ((L - 1LL) - r2);
      float acc1 = (bs[tau6] * vs[(tau6 * 32LL) + tid]);
      for (long long sig1 = 0LL; sig1 < tau6; sig1 += 1LL) {
        acc1 = (acc1 + (mm[(tau6 * 64LL) + sig1] * (bs[sig1] * vs[(sig1 * 32LL) + tid])));
      }
      vs[((tau6 * 32LL) + tid)] = acc1;
    }
    // P[τ][σ] = q_τ·k_σ for σ ≤ τ (with the diagonal), stored at M[σ][τ]
    for (long long x3 = tid; x3 < (L * L); x3 += 32LL) {
      long long tau7 = (x3 / L);
      long long sig2 = (x3 % L);
      if (sig2 <= tau7) {
        float qk = 0.0f;
        long long qk_a = (tau7 * 32LL);
        long long qk_k = (sig2 * 32LL);
        qk = (qk + (qs[qk_a + 0LL] * ks[qk_k + 0LL]));
        qk = (qk + (qs[qk_a + 1LL] * ks[qk_k + 1LL]));
        qk = (qk + (qs[qk_a + 2LL] * ks[qk_k + 2LL]));
        qk = (qk + (qs[qk_a + 3LL] * ks[qk_k + 3LL]));
        qk = (qk + (qs[qk_a + 4LL] * ks[qk_k + 4LL]));
        qk = (qk + (qs[qk_a + 5LL] * ks[qk_k + 5LL]));
        qk = (qk + (qs[qk_a + 6LL] * ks[qk_k + 6LL]));
        qk = (qk + (qs[qk_a + 7LL] * ks[qk_k + 7LL]));
        qk = (qk + (qs[qk_a + 8LL] * ks[qk_k + 8LL]));
        qk = (qk + (qs[qk_a + 9LL] * ks[qk_k + 9LL]));
        qk = (qk + (qs[qk_a + 10LL] * ks[qk_k + 10LL]));
        qk = (qk + (qs[qk_a + 11LL] * ks[qk_k + 11LL]));
        qk = (qk + (qs[qk_a + 12LL] * ks[qk_k + 12LL]));
        qk = (qk + (qs[qk_a + 13LL] * ks[qk_k + 13LL]));
        qk = (qk + (qs[qk_a + 14LL] * ks[qk_k + 14LL]));
        qk = (qk + (qs[qk_a + 15LL] * ks[qk_k + 15LL]));
        qk = (qk + (qs[qk_a + 16LL] * ks[qk_k + 16LL]));
        qk = (qk + (qs[qk_a + 17LL] * ks[qk_k + 17LL]));
        qk = (qk + (qs[qk_a + 18LL] * ks[qk_k + 18LL]));
        qk = (qk + (qs[qk_a + 19LL] * ks[qk_k + 19LL]));
        qk = (qk + (qs[qk_a + 20LL] * ks[qk_k + 20LL]));
        qk = (qk + (qs[qk_a + 21LL] * ks[qk_k + 21LL]));
        qk = (qk + (qs[qk_a + 22LL] * ks[qk_k + 22LL]));
        qk = (qk + (qs[qk_a + 23LL] * ks[qk_k + 23LL]));
        qk = (qk + (qs[qk_a + 24LL] * ks[qk_k + 24LL]));
        qk = (qk + (qs[qk_a + 25LL] * ks[qk_k + 25LL]));
        qk = (qk + (qs[qk_a + 26LL] * ks[qk_k + 26LL]));
        qk = (qk + (qs[qk_a + 27LL] * ks[qk_k + 27LL]));
        qk = (qk + (qs[qk_a + 28LL] * ks[qk_k + 28LL]));
        qk = (qk + (qs[qk_a + 29LL] * ks[qk_k + 29LL]));
        qk = (qk + (qs[qk_a + 30LL] * ks[qk_k + 30LL]));
        qk = (qk + (qs[qk_a + 31LL] * ks[qk_k + 31LL]));
        mm[((sig2 * 64LL) + tau7)] = qk;
      }
    }
    __syncthreads();
    // column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K
    for (long long tau8 = 0LL; tau8 < L; tau8 += 1LL) {
      long long qb = (tau8 * 32LL);
      float qs1 = 0.0f;
      qs1 = (qs1 + (S0 * qs[qb + 0LL]));
      qs1 = (qs1 + (S1 * qs[qb + 1LL]));
      qs1 = (qs1 + (S2 * qs[qb + 2LL]));
      qs1 = (qs1 + (S3 * qs[qb + 3LL]));
      qs1 = (qs1 + (S4 * qs[qb + 4LL]));
      qs1 = (qs1 + (S5 * qs[qb + 5LL]));
      qs1 = (qs1 + (S6 * qs[qb + 6LL]));
      qs1 = (qs1 + (S7 * qs[qb + 7LL]));
      qs1 = (qs1 + (S8 * qs[qb + 8LL]));
      qs1 = (qs1 + (S9 * qs[qb + 9LL]));
      qs1 = (qs1 + (S10 * qs[qb + 10LL]));
      qs1 = (qs1 + (S11 * qs[qb + 11LL]));
      qs1 = (qs1 + (S12 * qs[qb + 12LL]));
      qs1 = (qs1 + (S13 * qs[qb + 13LL]));
      qs1 = (qs1 + (S14 * qs[qb + 14LL]));
      qs1 = (qs1 + (S15 * qs[qb + 15LL]));
      qs1 = (qs1 + (S16 * qs[qb + 16LL]));
      qs1 = (qs1 + (S17 * qs[qb + 17LL]));
      qs1 = (qs1 + (S18 * qs[qb + 18LL]));
      qs1 = (qs1 + (S19 * qs[qb + 19LL]));
      qs1 = (qs1 + (S20 * qs[qb + 20LL]));
      qs1 = (qs1 + (S21 * qs[qb + 21LL]));
      qs1 = (qs1 + (S22 * qs[qb + 22LL]));
      qs1 = (qs1 + (S23 * qs[qb + 23LL]));
      qs1 = (qs1 + (S24 * qs[qb + 24LL]));
      qs1 = (qs1 + (S25 * qs[qb + 25LL]));
      qs1 = (qs1 + (S26 * qs[qb + 26LL]));
      qs1 = (qs1 + (S27 * qs[qb + 27LL]));
      qs1 = (qs1 + (S28 * qs[qb + 28LL]));
      qs1 = (qs1 + (S29 * qs[qb + 29LL]));
      qs1 = (qs1 + (S30 * qs[qb + 30LL]));
      qs1 = (qs1 + (S31 * qs[qb + 31LL]));
      float acc2 = qs1;
      for (long long sig3 = 0LL; sig3 < (tau8 + 1LL); sig3 += 1LL) {
        acc2 = (acc2 + (mm[(sig3 * 64LL) + tau8] * vs[(sig3 * 32LL) + tid]));
      }
      o[((((b * T) + (t0 + tau8)) * 128LL) + ((h * 32LL) + tid))] = (1.0f * acc2);
    }
    for (long long sig4 = 0LL; sig4 < L; sig4 += 1LL) {
      float u = vs[(sig4 * 32LL) + tid];
      long long kb1 = (sig4 * 32LL);
      S0 = (S0 + (u * ks[kb1 + 0LL]));
      S1 = (S1 + (u * ks[kb1 + 1LL]));
      S2 = (S2 + (u * ks[kb1 + 2LL]));
      S3 = (S3 + (u * ks[kb1 + 3LL]));
      S4 = (S4 + (u * ks[kb1 + 4LL]));
      S5 = (S5 + (u * ks[kb1 + 5LL]));
      S6 = (S6 + (u * ks[kb1 + 6LL]));
      S7 = (S7 + (u * ks[kb1 + 7LL]));
      S8 = (S8 + (u * ks[kb1 + 8LL]));
      S9 = (S9 + (u * ks[kb1 + 9LL]));
      S10 = (S10 + (u * ks[kb1 + 10LL]));
      S11 = (S11 + (u * ks[kb1 + 11LL]));
      S12 = (S12 + (u * ks[kb1 + 12LL]));
      S13 = (S13 + (u * ks[kb1 + 13LL]));
      S14 = (S14 + (u * ks[kb1 + 14LL]));
      S15 = (S15 + (u * ks[kb1 + 15LL]));
      S16 = (S16 + (u * ks[kb1 + 16LL]));
      S17 = (S17 + (u * ks[kb1 + 17LL]));
      S18 = (S18 + (u * ks[kb1 + 18LL]));
      S19 = (S19 + (u * ks[kb1 + 19LL]));
      S20 = (S20 + (u * ks[kb1 + 20LL]));
      S21 = (S21 + (u * ks[kb1 + 21LL]));
      S22 = (S22 + (u * ks[kb1 + 22LL]));
      S23 = (S23 + (u * ks[kb1 + 23LL]));
      S24 = (S24 + (u * ks[kb1 + 24LL]));
      S25 = (S25 + (u * ks[kb1 + 25LL]));
      S26 = (S26 + (u * ks[kb1 + 26LL]));
      S27 = (S27 + (u * ks[kb1 + 27LL]));
      S28 = (S28 + (u * ks[kb1 + 28LL]));
      S29 = (S29 + (u * ks[kb1 + 29LL]));
      S30 = (S30 + (u * ks[kb1 + 30LL]));
      S31 = (S31 + (u * ks[kb1 + 31LL]));
    }
    __syncthreads();
  }
  // final S
  long long sb = (((((b * 4LL) + h) * 32LL) + tid) * 32LL);
  state[(sb + 0LL)] = S0;
  state[(sb + 1LL)] = S1;
  state[(sb + 2LL)] = S2;
  state[(sb + 3LL)] = S3;
  state[(sb + 4LL)] = S4;
  state[(sb + 5LL)] = S5;
  state[(sb + 6LL)] = S6;
  state[(sb + 7LL)] = S7;
  state[(sb + 8LL)] = S8;
  state[(sb + 9LL)] = S9;
  state[(sb + 10LL)] = S10;
  state[(sb + 11LL)] = S11;
  state[(sb + 12LL)] = S12;
  state[(sb + 13LL)] = S13;
  state[(sb + 14LL)] = S14;
  state[(sb + 15LL)] = S15;
  state[(sb + 16LL)] = S16;
  state[(sb + 17LL)] = S17;
  state[(sb + 18LL)] = S18;
  state[(sb + 19LL)] = S19;
  state[(sb + 20LL)] = S20;
  state[(sb + 21LL)] = S21;
  state[(sb + 22LL)] = S22;
  state[(sb + 23LL)] = S23;
  state[(sb + 24LL)] = S24;
  state[(sb + 25LL)] = S25;
  state[(sb + 26LL)] = S26;
  state[(sb + 27LL)] = S27;
  state[(sb + 28LL)] = S28;
  state[(sb + 29LL)] = S29;
  state[(sb + 30LL)] = S30;
  state[(sb + 31LL)] = S31;
}

// output projection o·w_oᵀ + residual stream (epilogue): %x1, %L0.S = fused.dual_residual %x0, %L0.qkvbeta, @L0.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(256) x1__fused_dual_residual_wo__l21(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
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

// rmsnorm: %L1.h = rmsnorm %x1, @L1.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(128) L1_h__rmsnorm__l22(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 128LL);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 128LL; sq_i += 128LL) {
    sq = (sq + (x[base + sq_i] * x[base + sq_i]));
  }
  red[tid] = sq;
  __syncthreads();
  for (long long sq_s = 0LL; sq_s < 7LL; sq_s += 1LL) {
    long long sq_stride = (64LL >> sq_s);
    if (tid < sq_stride) {
      red[tid] = (red[tid] + red[tid + sq_stride]);
    }
    __syncthreads();
  }
  float sq_total = red[0LL];
  __syncthreads();
  float inv = rsqrtf(((sq_total / 128.0f) + 1e-06f));
  for (long long i = tid; i < 128LL; i += 128LL) {
    y[(base + i)] = (((x[base + i] - 0.0f) * inv) * weight[i]);
  }
}

// tiled GEMM 384×128: %L1.qkv = linear %L1.h, @L1.w_qkv : f32[B,T,384]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(256) L1_qkv__linear__l22(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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

// fast weights, sum rule S += v kᵀ, chunked form (S on chip, one block per batch×head): %x2, %L1.S = fused.dual_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(32) x2__fused_dual_residual_dual__l22(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ float qs[2048];
  __shared__ float ks[2048];
  __shared__ float vs[2048];
  __shared__ float mm[4096];
  // sum rule, causal, chunked form: chunks of 64 tokens, thread i keeps row i of S (32×32) in registers
  long long tid = (long long)threadIdx.x;
  long long h = (long long)blockIdx.x;
  long long b = (long long)blockIdx.y;
  float S0 = 0.0f;
  float S1 = 0.0f;
  float S2 = 0.0f;
  float S3 = 0.0f;
  float S4 = 0.0f;
  float S5 = 0.0f;
  float S6 = 0.0f;
  float S7 = 0.0f;
  float S8 = 0.0f;
  float S9 = 0.0f;
  float S10 = 0.0f;
  float S11 = 0.0f;
  float S12 = 0.0f;
  float S13 = 0.0f;
  float S14 = 0.0f;
  float S15 = 0.0f;
  float S16 = 0.0f;
  float S17 = 0.0f;
  float S18 = 0.0f;
  float S19 = 0.0f;
  float S20 = 0.0f;
  float S21 = 0.0f;
  float S22 = 0.0f;
  float S23 = 0.0f;
  float S24 = 0.0f;
  float S25 = 0.0f;
  float S26 = 0.0f;
  float S27 = 0.0f;
  float S28 = 0.0f;
  float S29 = 0.0f;
  float S30 = 0.0f;
  float S31 = 0.0f;
  for (long long t0 = 0LL; t0 < T; t0 += 64LL) {
    long long L = min(64LL, (T - t0));
    // stage φ(q), φ(k), v
    for (long long x = tid; x < (L * 32LL); x += 32LL) {
      long long tau = (x / 32LL);
      long long d = (x % 32LL);
      long long r = (((b * T) + (t0 + tau)) * 384LL);
      ks[x] = ((qkv[r + ((128LL + (h * 32LL)) + d)] > 0.0f) ? (qkv[r + ((128LL + (h * 32LL)) + d)] + 1.0f) : expf(qkv[r + ((128LL + (h * 32LL)) + d)]));
      qs[x] = ((qkv[r + ((h * 32LL) + d)] > 0.0f) ? (qkv[r + ((h * 32LL) + d)] + 1.0f) : expf(qkv[r + ((h * 32LL) + d)]));
    }
    for (long long x1 = tid; x1 < (L * 32LL); x1 += 32LL) {
      long long tau1 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau1)) * 384LL) + ((256LL + (h * 32LL)) + c)];
    }
    __syncthreads();
    // P[τ][σ] = q_τ·k_σ for σ ≤ τ (with the diagonal), stored at M[σ][τ]
    for (long long x2 = tid; x2 < (L * L); x2 += 32LL) {
      long long tau2 = (x2 / L);
      long long sig = (x2 % L);
      if (sig <= tau2) {
        float qk = 0.0f;
        long long qk_a = (tau2 * 32LL);
        long long qk_k = (sig * 32LL);
        qk = (qk + (qs[qk_a + 0LL] * ks[qk_k + 0LL]));
        qk = (qk + (qs[qk_a + 1LL] * ks[qk_k + 1LL]));
        qk = (qk + (qs[qk_a + 2LL] * ks[qk_k + 2LL]));
        qk = (qk + (qs[qk_a + 3LL] * ks[qk_k + 3LL]));
        qk = (qk + (qs[qk_a + 4LL] * ks[qk_k + 4LL]));
        qk = (qk + (qs[qk_a + 5LL] * ks[qk_k + 5LL]));
        qk = (qk + (qs[qk_a + 6LL] * ks[qk_k + 6LL]));
        qk = (qk + (qs[qk_a + 7LL] * ks[qk_k + 7LL]));
        qk = (qk + (qs[qk_a + 8LL] * ks[qk_k + 8LL]));
        qk = (qk + (qs[qk_a + 9LL] * ks[qk_k + 9LL]));
        qk = (qk + (qs[qk_a + 10LL] * ks[qk_k + 10LL]));
        qk = (qk + (qs[qk_a + 11LL] * ks[qk_k + 11LL]));
        qk = (qk + (qs[qk_a + 12LL] * ks[qk_k + 12LL]));
        qk = (qk + (qs[qk_a + 13LL] * ks[qk_k + 13LL]));
        qk = (qk + (qs[qk_a + 14LL] * ks[qk_k + 14LL]));
        qk = (qk + (qs[qk_a + 15LL] * ks[qk_k + 15LL]));
        qk = (qk + (qs[qk_a + 16LL] * ks[qk_k + 16LL]));
        qk = (qk + (qs[qk_a + 17LL] * ks[qk_k + 17LL]));
        qk = (qk + (qs[qk_a + 18LL] * ks[qk_k + 18LL]));
        qk = (qk + (qs[qk_a + 19LL] * ks[qk_k + 19LL]));
        qk = (qk + (qs[qk_a + 20LL] * ks[qk_k + 20LL]));
        qk = (qk + (qs[qk_a + 21LL] * ks[qk_k + 21LL]));
        qk = (qk + (qs[qk_a + 22LL] * ks[qk_k + 22LL]));
        qk = (qk + (qs[qk_a + 23LL] * ks[qk_k + 23LL]));
        qk = (qk + (qs[qk_a + 24LL] * ks[qk_k + 24LL]));
        qk = (qk + (qs[qk_a + 25LL] * ks[qk_k + 25LL]));
        qk = (qk + (qs[qk_a + 26LL] * ks[qk_k + 26LL]));
        qk = (qk + (qs[qk_a + 27LL] * ks[qk_k + 27LL]));
        qk = (qk + (qs[qk_a + 28LL] * ks[qk_k + 28LL]));
        qk = (qk + (qs[qk_a + 29LL] * ks[qk_k + 29LL]));
        qk = (qk + (qs[qk_a + 30LL] * ks[qk_k + 30LL]));
        qk = (qk + (qs[qk_a + 31LL] * ks[qk_k + 31LL]));
        mm[((sig * 64LL) + tau2)] = qk;
      }
    }
    __syncthreads();
    // column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K
    for (long long tau3 = 0LL; tau3 < L; tau3 += 1LL) {
      long long qb = (tau3 * 32LL);
      float qs1 = 0.0f;
      qs1 = (qs1 + (S0 * qs[qb + 0LL]));
      qs1 = (qs1 + (S1 * qs[qb + 1LL]));
      qs1 = (qs1 + (S2 * qs[qb + 2LL]));
      qs1 = (qs1 + (S3 * qs[qb + 3LL]));
      qs1 = (qs1 + (S4 * qs[qb + 4LL]));
      qs1 = (qs1 + (S5 * qs[qb + 5LL]));
      qs1 = (qs1 + (S6 * qs[qb + 6LL]));
      qs1 = (qs1 + (S7 * qs[qb + 7LL]));
      qs1 = (qs1 + (S8 * qs[qb + 8LL]));
      qs1 = (qs1 + (S9 * qs[qb + 9LL]));
      qs1 = (qs1 + (S10 * qs[qb + 10LL]));
      qs1 = (qs1 + (S11 * qs[qb + 11LL]));
      qs1 = (qs1 + (S12 * qs[qb + 12LL]));
      qs1 = (qs1 + (S13 * qs[qb + 13LL]));
      qs1 = (qs1 + (S14 * qs[qb + 14LL]));
      qs1 = (qs1 + (S15 * qs[qb + 15LL]));
      qs1 = (qs1 + (S16 * qs[qb + 16LL]));
      qs1 = (qs1 + (S17 * qs[qb + 17LL]));
      qs1 = (qs1 + (S18 * qs[qb + 18LL]));
      qs1 = (qs1 + (S19 * qs[qb + 19LL]));
      qs1 = (qs1 + (S20 * qs[qb + 20LL]));
      qs1 = (qs1 + (S21 * qs[qb + 21LL]));
      qs1 = (qs1 + (S22 * qs[qb + 22LL]));
      qs1 = (qs1 + (S23 * qs[qb + 23LL]));
      qs1 = (qs1 + (S24 * qs[qb + 24LL]));
      qs1 = (qs1 + (S25 * qs[qb + 25LL]));
      qs1 = (qs1 + (S26 * qs[qb + 26LL]));
      qs1 = (qs1 + (S27 * qs[qb + 27LL]));
      qs1 = (qs1 + (S28 * qs[qb + 28LL]));
      qs1 = (qs1 + (S29 * qs[qb + 29LL]));
      qs1 = (qs1 + (S30 * qs[qb + 30LL]));
      qs1 = (qs1 + (S31 * qs[qb + 31LL]));
      float acc = qs1;
      for (long long sig1 = 0LL; sig1 < (tau3 + 1LL); sig1 += 1LL) {
        acc = (acc + (mm[(sig1 * 64LL) + tau3] * vs[(sig1 * 32LL) + tid]));
      }
      o[((((b * T) + (t0 + tau3)) * 128LL) + ((h * 32LL) + tid))] = (1.0f * acc);
    }
    for (long long sig2 = 0LL; sig2 < L; sig2 += 1LL) {
      float u = vs[(sig2 * 32LL) + tid];
      long long kb = (sig2 * 32LL);
      S0 = (S0 + (u * ks[kb + 0LL]));
      S1 = (S1 + (u * ks[kb + 1LL]));
      S2 = (S2 + (u * ks[kb + 2LL]));
      S3 = (S3 + (u * ks[kb + 3LL]));
      S4 = (S4 + (u * ks[kb + 4LL]));
      S5 = (S5 + (u * ks[kb + 5LL]));
      S6 = (S6 + (u * ks[kb + 6LL]));
      S7 = (S7 + (u * ks[kb + 7LL]));
      S8 = (S8 + (u * ks[kb + 8LL]));
      S9 = (S9 + (u * ks[kb + 9LL]));
      S10 = (S10 + (u * ks[kb + 10LL]));
      S11 = (S11 + (u * ks[kb + 11LL]));
      S12 = (S12 + (u * ks[kb + 12LL]));
      S13 = (S13 + (u * ks[kb + 13LL]));
      S14 = (S14 + (u * ks[kb + 14LL]));
      S15 = (S15 + (u * ks[kb + 15LL]));
      S16 = (S16 + (u * ks[kb + 16LL]));
      S17 = (S17 + (u * ks[kb + 17LL]));
      S18 = (S18 + (u * ks[kb + 18LL]));
      S19 = (S19 + (u * ks[kb + 19LL]));
      S20 = (S20 + (u * ks[kb + 20LL]));
      S21 = (S21 + (u * ks[kb + 21LL]));
      S22 = (S22 + (u * ks[kb + 22LL]));
      S23 = (S23 + (u * ks[kb + 23LL]));
      S24 = (S24 + (u * ks[kb + 24LL]));
      S25 = (S25 + (u * ks[kb + 25LL]));
      S26 = (S26 + (u * ks[kb + 26LL]));
      S27 = (S27 + (u * ks[kb + 27LL]));
      S28 = (S28 + (u * ks[kb + 28LL]));
      S29 = (S29 + (u * ks[kb + 29LL]));
      S30 = (S30 + (u * ks[kb + 30LL]));
      S31 = (S31 + (u * ks[kb + 31LL]));
    }
    __syncthreads();
  }
  // final S
  long long sb = (((((b * 4LL) + h) * 32LL) + tid) * 32LL);
  state[(sb + 0LL)] = S0;
  state[(sb + 1LL)] = S1;
  state[(sb + 2LL)] = S2;
  state[(sb + 3LL)] = S3;
  state[(sb + 4LL)] = S4;
  state[(sb + 5LL)] = S5;
  state[(sb + 6LL)] = S6;
  state[(sb + 7LL)] = S7;
  state[(sb + 8LL)] = S8;
  state[(sb + 9LL)] = S9;
  state[(sb + 10LL)] = S10;
  state[(sb + 11LL)] = S11;
  state[(sb + 12LL)] = S12;
  state[(sb + 13LL)] = S13;
  state[(sb + 14LL)] = S14;
  state[(sb + 15LL)] = S15;
  state[(sb + 16LL)] = S16;
  state[(sb + 17LL)] = S17;
  state[(sb + 18LL)] = S18;
  state[(sb + 19LL)] = S19;
  state[(sb + 20LL)] = S20;
  state[(sb + 21LL)] = S21;
  state[(sb + 22LL)] = S22;
  state[(sb + 23LL)] = S23;
  state[(sb + 24LL)] = S24;
  state[(sb + 25LL)] = S25;
  state[(sb + 26LL)] = S26;
  state[(sb + 27LL)] = S27;
  state[(sb + 28LL)] = S28;
  state[(sb + 29LL)] = S29;
  state[(sb + 30LL)] = S30;
  state[(sb + 31LL)] = S31;
}

// output projection o·w_oᵀ + residual stream (epilogue): %x2, %L1.S = fused.dual_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(256) x2__fused_dual_residual_wo__l22(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
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

// rmsnorm: %L2.h = rmsnorm %x2, @L2.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(128) L2_h__rmsnorm__l21(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 128LL);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 128LL; sq_i += 128LL) {
    sq = (sq + (x[base + sq_i] * x[base + sq_i]));
  }
  red[tid] = sq;
  __syncthreads();
  for (long long sq_s = 0LL; sq_s < 7LL; sq_s += 1LL) {
    long long sq_stride = (64LL >> sq_s);
    if (tid < sq_stride) {
      red[tid] = (red[tid] + red[tid + sq_stride]);
    }
    __syncthreads();
  }
  float sq_total = red[0LL];
  __syncthreads();
  float inv = rsqrtf(((sq_total / 128.0f) + 1e-06f));
  for (long long i = tid; i < 128LL; i += 128LL) {
    y[(base + i)] = (((x[base + i] - 0.0f) * inv) * weight[i]);
  }
}

// tiled GEMM 388×128: %L2.qkvbeta = linear %L2.h, @L2.w_qkvbeta : f32[B,T,388]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(256) L2_qkvbeta__linear__l21(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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
    ws[((ty * 16LL) + tx)] = (((wrow < 388LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 388LL)) {
    long long idx = ((row * 388LL) + col);
    y[idx] = acc;
  }
}

// fast weights, delta rule S += β(v − S k)kᵀ, chunked form (S on chip, one block per batch×head): %x3, %L2.S = fused.dual_residual %x2, %L2.qkvbeta, @L2.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(32) x3__fused_dual_residual_dual__l21(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ float qs[2048];
  __shared__ float ks[2048];
  __shared__ float vs[2048];
  __shared__ float bs[64];
  __shared__ float kinv[64];
  __shared__ float qinv[64];
  __shared__ float mm[4096];
  // delta rule, causal, chunked form: chunks of 64 tokens, thread i keeps row i of S (32×32) in registers
  long long tid = (long long)threadIdx.x;
  long long h = (long long)blockIdx.x;
  long long b = (long long)blockIdx.y;
  float S0 = 0.0f;
  float S1 = 0.0f;
  float S2 = 0.0f;
  float S3 = 0.0f;
  float S4 = 0.0f;
  float S5 = 0.0f;
  float S6 = 0.0f;
  float S7 = 0.0f;
  float S8 = 0.0f;
  float S9 = 0.0f;
  float S10 = 0.0f;
  float S11 = 0.0f;
  float S12 = 0.0f;
  float S13 = 0.0f;
  float S14 = 0.0f;
  float S15 = 0.0f;
  float S16 = 0.0f;
  float S17 = 0.0f;
  float S18 = 0.0f;
  float S19 = 0.0f;
  float S20 = 0.0f;
  float S21 = 0.0f;
  float S22 = 0.0f;
  float S23 = 0.0f;
  float S24 = 0.0f;
  float S25 = 0.0f;
  float S26 = 0.0f;
  float S27 = 0.0f;
  float S28 = 0.0f;
  float S29 = 0.0f;
  float S30 = 0.0f;
  float S31 = 0.0f;
  for (long long t0 = 0LL; t0 < T; t0 += 64LL) {
    long long L = min(64LL, (T - t0));
    // 1/‖k‖ and 1/‖q‖ per token
    for (long long tau = tid; tau < L; tau += 32LL) {
      long long r = (((b * T) + (t0 + tau)) * 388LL);
      float kss = 0.0f;
      for (long long kss_d = 0LL; kss_d < 32LL; kss_d += 1LL) {
        float kss_v = qkv[r + ((128LL + (h * 32LL)) + kss_d)];
        kss = (kss + (kss_v * kss_v));
      }
      kinv[tau] = (1.0f / sqrtf((kss + 1e-06f)));
      float qss = 0.0f;
      for (long long qss_d = 0LL; qss_d < 32LL; qss_d += 1LL) {
        float qss_v = qkv[r + ((h * 32LL) + qss_d)];
        qss = (qss + (qss_v * qss_v));
      }
      qinv[tau] = (1.0f / sqrtf((qss + 1e-06f)));
    }
    __syncthreads();
    // stage φ(q), φ(k), v, β
    for (long long x = tid; x < (L * 32LL); x += 32LL) {
      long long tau1 = (x / 32LL);
      long long d = (x % 32LL);
      long long r1 = (((b * T) + (t0 + tau1)) * 388LL);
      ks[x] = (qkv[r1 + ((128LL + (h * 32LL)) + d)] * kinv[tau1]);
      qs[x] = (qkv[r1 + ((h * 32LL) + d)] * qinv[tau1]);
    }
    for (long long x1 = tid; x1 < (L * 32LL); x1 += 32LL) {
      long long tau2 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau2)) * 388LL) + ((256LL + (h * 32LL)) + c)];
    }
    for (long long tau3 = tid; tau3 < L; tau3 += 32LL) {
      float beta_x = qkv[(((b * T) + (t0 + tau3)) * 388LL) + (384LL + h)];
      float beta_e = expf((-fabsf(beta_x)));
      bs[tau3] = ((beta_x >= 0.0f) ? (1.0f / (1.0f + beta_e)) : (beta_e / (1.0f + beta_e)));
    }
    __syncthreads();
    // N[τ][σ] = β_τ k_τ·k_σ for σ < τ, stored at M[σ][τ]; column tid of V becomes V − K Sᵀ
    for (long long x2 = tid; x2 < (L * L); x2 += 32LL) {
      long long tau4 = (x2 / L);
      long long sig = (x2 % L);
      if (sig < tau4) {
        float kk = 0.0f;
        long long kk_a = (tau4 * 32LL);
        long long kk_k = (sig * 32LL);
        kk = (kk + (ks[kk_a + 0LL] * ks[kk_k + 0LL]));
        kk = (kk + (ks[kk_a + 1LL] * ks[kk_k + 1LL]));
        kk = (kk + (ks[kk_a + 2LL] * ks[kk_k + 2LL]));
        kk = (kk + (ks[kk_a + 3LL] * ks[kk_k + 3LL]));
        kk = (kk + (ks[kk_a + 4LL] * ks[kk_k + 4LL]));
        kk = (kk + (ks[kk_a + 5LL] * ks[kk_k + 5LL]));
        kk = (kk + (ks[kk_a + 6LL] * ks[kk_k + 6LL]));
        kk = (kk + (ks[kk_a + 7LL] * ks[kk_k + 7LL]));
        kk = (kk + (ks[kk_a + 8LL] * ks[kk_k + 8LL]));
        kk = (kk + (ks[kk_a + 9LL] * ks[kk_k + 9LL]));
        kk = (kk + (ks[kk_a + 10LL] * ks[kk_k + 10LL]));
        kk = (kk + (ks[kk_a + 11LL] * ks[kk_k + 11LL]));
        kk = (kk + (ks[kk_a + 12LL] * ks[kk_k + 12LL]));
        kk = (kk + (ks[kk_a + 13LL] * ks[kk_k + 13LL]));
        kk = (kk + (ks[kk_a + 14LL] * ks[kk_k + 14LL]));
        kk = (kk + (ks[kk_a + 15LL] * ks[kk_k + 15LL]));
        kk = (kk + (ks[kk_a + 16LL] * ks[kk_k + 16LL]));
        kk = (kk + (ks[kk_a + 17LL] * ks[kk_k + 17LL]));
        kk = (kk + (ks[kk_a + 18LL] * ks[kk_k + 18LL]));
        kk = (kk + (ks[kk_a + 19LL] * ks[kk_k + 19LL]));
        kk = (kk + (ks[kk_a + 20LL] * ks[kk_k + 20LL]));
        kk = (kk + (ks[kk_a + 21LL] * ks[kk_k + 21LL]));
        kk = (kk + (ks[kk_a + 22LL] * ks[kk_k + 22LL]));
        kk = (kk + (ks[kk_a + 23LL] * ks[kk_k + 23LL]));
        kk = (kk + (ks[kk_a + 24LL] * ks[kk_k + 24LL]));
        kk = (kk + (ks[kk_a + 25LL] * ks[kk_k + 25LL]));
        kk = (kk + (ks[kk_a + 26LL] * ks[kk_k + 26LL]));
        kk = (kk + (ks[kk_a + 27LL] * ks[kk_k + 27LL]));
        kk = (kk + (ks[kk_a + 28LL] * ks[kk_k + 28LL]));
        kk = (kk + (ks[kk_a + 29LL] * ks[kk_k + 29LL]));
        kk = (kk + (ks[kk_a + 30LL] * ks[kk_k + 30LL]));
        kk = (kk + (ks[kk_a + 31LL] * ks[kk_k + 31LL]));
        mm[((sig * 64LL) + tau4)] = (bs[tau4] * kk);
      }
    }
    for (long long tau5 = 0LL; tau5 < L; tau5 += 1LL) {
      long long kb = (tau5 * 32LL);
      float sk = 0.0f;
      sk = (sk + (S0 * ks[kb + 0LL]));
      sk = (sk + (S1 * ks[kb + 1LL]));
      sk = (sk + (S2 * ks[kb + 2LL]));
      sk = (sk + (S3 * ks[kb + 3LL]));
      sk = (sk + (S4 * ks[kb + 4LL]));
      sk = (sk + (S5 * ks[kb + 5LL]));
      sk = (sk + (S6 * ks[kb + 6LL]));
      sk = (sk + (S7 * ks[kb + 7LL]));
      sk = (sk + (S8 * ks[kb + 8LL]));
      sk = (sk + (S9 * ks[kb + 9LL]));
      sk = (sk + (S10 * ks[kb + 10LL]));
      sk = (sk + (S11 * ks[kb + 11LL]));
      sk = (sk + (S12 * ks[kb + 12LL]));
      sk = (sk + (S13 * ks[kb + 13LL]));
      sk = (sk + (S14 * ks[kb + 14LL]));
      sk = (sk + (S15 * ks[kb + 15LL]));
      sk = (sk + (S16 * ks[kb + 16LL]));
      sk = (sk + (S17 * ks[kb + 17LL]));
      sk = (sk + (S18 * ks[kb + 18LL]));
      sk = (sk + (S19 * ks[kb + 19LL]));
      sk = (sk + (S20 * ks[kb + 20LL]));
      sk = (sk + (S21 * ks[kb + 21LL]));
      sk = (sk + (S22 * ks[kb + 22LL]));
      sk = (sk + (S23 * ks[kb + 23LL]));
      sk = (sk + (S24 * ks[kb + 24LL]));
      sk = (sk + (S25 * ks[kb + 25LL]));
      sk = (sk + (S26 * ks[kb + 26LL]));
      sk = (sk + (S27 * ks[kb + 27LL]));
      sk = (sk + (S28 * ks[kb + 28LL]));
      sk = (sk + (S29 * ks[kb + 29LL]));
      sk = (sk + (S30 * ks[kb + 30LL]));
      sk = (sk + (S31 * ks[kb + 31LL]));
      vs[((tau5 * 32LL) + tid)] = (vs[(tau5 * 32LL) + tid] - sk);
    }
    __syncthreads();
    // Tc = (I + N)⁻¹ by forward substitution, column j by thread j: Tc[i][j] = −N[i][j] − Σ_{j<m<i} N[i][m] Tc[m][j], stored at M[i][j]
    for (long long j = tid; j < L; j += 32LL) {
      for (long long i = (j + 1LL); i < L; i += 1LL) {
        float acc = mm[(j * 64LL) + i];
        for (long long m = (j + 1LL); m < i; m += 1LL) {
          acc = (acc + (mm[(m * 64LL) + i] * mm[(m * 64LL) + j]));
        }
        mm[((i * 64LL) + j)] = (-acc);
      }
    }
    __syncthreads();
    // column tid of V' = Tc diag(β) (V − K Sᵀ), in place from the last token down
    for (long long r2 = 0LL; r2 < L; r2 += 1LL) {
      long long tau6 = ((L - 1LL) - r2);
      float acc1 = (bs[tau6] * vs[(tau6 * 32LL) + tid]);
      for (long long sig1 = 0LL; sig1 < tau6; sig1 += 1LL) {
        acc1 = (acc1 + (mm[(tau6 * 64LL) + sig1] * (bs[sig1] * vs[(sig1 * 32LL) + tid])));
      }
      vs[((tau6 * 32LL) + tid)] = acc1;
    }
    // P[τ][σ] = q_τ·k_σ for σ ≤ τ (with the diagonal), stored at M[σ][τ]
    for (long long x3 = tid; x3 < (L * L); x3 += 32LL) {
      long long tau7 = (x3 / L);
      long long sig2 = (x3 % L);
      if (sig2 <= tau7) {
        float qk = 0.0f;
        long long qk_a = (tau7 * 32LL);
        long long qk_k = (sig2 * 32LL);
        qk = (qk + (qs[qk_a + 0LL] * ks[qk_k + 0LL]));
        qk = (qk + (qs[qk_a + 1LL] * ks[qk_k + 1LL]));
        qk = (qk + (qs[qk_a + 2LL] * ks[qk_k + 2LL]));
        qk = (qk + (qs[qk_a + 3LL] * ks[qk_k + 3LL]));
        qk = (qk + (qs[qk_a + 4LL] * ks[qk_k + 4LL]));
        qk = (qk + (qs[qk_a + 5LL] * ks[qk_k + 5LL]));
        qk = (qk + (qs[qk_a + 6LL] * ks[qk_k + 6LL]));
        qk = (qk + (qs[qk_a + 7LL] * ks[qk_k + 7LL]));
        qk = (qk + (qs[qk_a + 8LL] * ks[qk_k + 8LL]));
        qk = (qk + (qs[qk_a + 9LL] * ks[qk_k + 9LL]));
        qk = (qk + (qs[qk_a + 10LL] * ks[qk_k + 10LL]));
        qk = (qk + (qs[qk_a + 11LL] * ks[qk_k + 11LL]));
        qk = (qk + (qs[qk_a + 12LL] * ks[qk_k + 12LL]));
        qk = (qk + (qs[qk_a + 13LL] * ks[qk_k + 13LL]));
        qk = (qk + (qs[qk_a + 14LL] * ks[qk_k + 14LL]));
        qk = (qk + (qs[qk_a + 15LL] * ks[qk_k + 15LL]));
        qk = (qk + (qs[qk_a + 16LL] * ks[qk_k + 16LL]));
        qk = (qk + (qs[qk_a + 17LL] * ks[qk_k + 17LL]));
        qk = (qk + (qs[qk_a + 18LL] * ks[qk_k + 18LL]));
        qk = (qk + (qs[qk_a + 19LL] * ks[qk_k + 19LL]));
        qk = (qk + (qs[qk_a + 20LL] * ks[qk_k + 20LL]));
        qk = (qk + (qs[qk_a + 21LL] * ks[qk_k + 21LL]));
        qk = (qk + (qs[qk_a + 22LL] * ks[qk_k + 22LL]));
        qk = (qk + (qs[qk_a + 23LL] * ks[qk_k + 23LL]));
        qk = (qk + (qs[qk_a + 24LL] * ks[qk_k + 24LL]));
        qk = (qk + (qs[qk_a + 25LL] * ks[qk_k + 25LL]));
        qk = (qk + (qs[qk_a + 26LL] * ks[qk_k + 26LL]));
        qk = (qk + (qs[qk_a + 27LL] * ks[qk_k + 27LL]));
        qk = (qk + (qs[qk_a + 28LL] * ks[qk_k + 28LL]));
        qk = (qk + (qs[qk_a + 29LL] * ks[qk_k + 29LL]));
        qk = (qk + (qs[qk_a + 30LL] * ks[qk_k + 30LL]));
        qk = (qk + (qs[qk_a + 31LL] * ks[qk_k + 31LL]));
        mm[((sig2 * 64LL) + tau7)] = qk;
      }
    }
    __syncthreads();
    // column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K
    for (long long tau8 = 0LL; tau8 < L; tau8 += 1LL) {
      long long qb = (tau8 * 32LL);
      float qs1 = 0.0f;
      qs1 = (qs1 + (S0 * qs[qb + 0LL]));
      qs1 = (qs1 + (S1 * qs[qb + 1LL]));
      qs1 = (qs1 + (S2 * qs[qb + 2LL]));
      qs1 = (qs1 + (S3 * qs[qb + 3LL]));
      qs1 = (qs1 + (S4 * qs[qb + 4LL]));
      qs1 = (qs1 + (S5 * qs[qb + 5LL]));
      qs1 = (qs1 + (S6 * qs[qb + 6LL]));
      qs1 = (qs1 + (S7 * qs[qb + 7LL]));
      qs1 = (qs1 + (S8 * qs[qb + 8LL]));
      qs1 = (qs1 + (S9 * qs[qb + 9LL]));
      qs1 = (qs1 + (S10 * qs[qb + 10LL]));
      qs1 = (qs1 + (S11 * qs[qb + 11LL]));
      qs1 = (qs1 + (S12 * qs[qb + 12LL]));
      qs1 = (qs1 + (S13 * qs[qb + 13LL]));
      qs1 = (qs1 + (S14 * qs[qb + 14LL]));
      qs1 = (qs1 + (S15 * qs[qb + 15LL]));
      qs1 = (qs1 + (S16 * qs[qb + 16LL]));
      qs1 = (qs1 + (S17 * qs[qb + 17LL]));
      qs1 = (qs1 + (S18 * qs[qb + 18LL]));
      qs1 = (qs1 + (S19 * qs[qb + 19LL]));
      qs1 = (qs1 + (S20 * qs[qb + 20LL]));
      qs1 = (qs1 + (S21 * qs[qb + 21LL]));
      qs1 = (qs1 + (S22 * qs[qb + 22LL]));
      qs1 = (qs1 + (S23 * qs[qb + 23LL]));
      qs1 = (qs1 + (S24 * qs[qb + 24LL]));
      qs1 = (qs1 + (S25 * qs[qb + 25LL]));
      qs1 = (qs1 + (S26 * qs[qb + 26LL]));
      qs1 = (qs1 + (S27 * qs[qb + 27LL]));
      qs1 = (qs1 + (S28 * qs[qb + 28LL]));
      qs1 = (qs1 + (S29 * qs[qb + 29LL]));
      qs1 = (qs1 + (S30 * qs[qb + 30LL]));
      qs1 = (qs1 + (S31 * qs[qb + 31LL]));
      float acc2 = qs1;
      for (long long sig3 = 0LL; sig3 < (tau8 + 1LL); sig3 += 1LL) {
        acc2 = (acc2 + (mm[(sig3 * 64LL) + tau8] * vs[(sig3 * 32LL) + tid]));
      }
      o[((((b * T) + (t0 + tau8)) * 128LL) + ((h * 32LL) + tid))] = (1.0f * acc2);
    }
    for (long long sig4 = 0LL; sig4 < L; sig4 += 1LL) {
      float u = vs[(sig4 * 32LL) + tid];
      long long kb1 = (sig4 * 32LL);
      S0 = (S0 + (u * ks[kb1 + 0LL]));
      S1 = (S1 + (u * ks[kb1 + 1LL]));
      S2 = (S2 + (u * ks[kb1 + 2LL]));
      S3 = (S3 + (u * ks[kb1 + 3LL]));
      S4 = (S4 + (u * ks[kb1 + 4LL]));
      S5 = (S5 + (u * ks[kb1 + 5LL]));
      S6 = (S6 + (u * ks[kb1 + 6LL]));
      S7 = (S7 + (u * ks[kb1 + 7LL]));
      S8 = (S8 + (u * ks[kb1 + 8LL]));
      S9 = (S9 + (u * ks[kb1 + 9LL]));
      S10 = (S10 + (u * ks[kb1 + 10LL]));
      S11 = (S11 + (u * ks[kb1 + 11LL]));
      S12 = (S12 + (u * ks[kb1 + 12LL]));
      S13 = (S13 + (u * ks[kb1 + 13LL]));
      S14 = (S14 + (u * ks[kb1 + 14LL]));
      S15 = (S15 + (u * ks[kb1 + 15LL]));
      S16 = (S16 + (u * ks[kb1 + 16LL]));
      S17 = (S17 + (u * ks[kb1 + 17LL]));
      S18 = (S18 + (u * ks[kb1 + 18LL]));
      S19 = (S19 + (u * ks[kb1 + 19LL]));
      S20 = (S20 + (u * ks[kb1 + 20LL]));
      S21 = (S21 + (u * ks[kb1 + 21LL]));
      S22 = (S22 + (u * ks[kb1 + 22LL]));
      S23 = (S23 + (u * ks[kb1 + 23LL]));
      S24 = (S24 + (u * ks[kb1 + 24LL]));
      S25 = (S25 + (u * ks[kb1 + 25LL]));
      S26 = (S26 + (u * ks[kb1 + 26LL]));
      S27 = (S27 + (u * ks[kb1 + 27LL]));
      S28 = (S28 + (u * ks[kb1 + 28LL]));
      S29 = (S29 + (u * ks[kb1 + 29LL]));
      S30 = (S30 + (u * ks[kb1 + 30LL]));
      S31 = (S31 + (u * ks[kb1 + 31LL]));
    }
    __syncthreads();
  }
  // final S
  long long sb = (((((b * 4LL) + h) * 32LL) + tid) * 32LL);
  state[(sb + 0LL)] = S0;
  state[(sb + 1LL)] = S1;
  state[(sb + 2LL)] = S2;
  state[(sb + 3LL)] = S3;
  state[(sb + 4LL)] = S4;
  state[(sb + 5LL)] = S5;
  state[(sb + 6LL)] = S6;
  state[(sb + 7LL)] = S7;
  state[(sb + 8LL)] = S8;
  state[(sb + 9LL)] = S9;
  state[(sb + 10LL)] = S10;
  state[(sb + 11LL)] = S11;
  state[(sb + 12LL)] = S12;
  state[(sb + 13LL)] = S13;
  state[(sb + 14LL)] = S14;
  state[(sb + 15LL)] = S15;
  state[(sb + 16LL)] = S16;
  state[(sb + 17LL)] = S17;
  state[(sb + 18LL)] = S18;
  state[(sb + 19LL)] = S19;
  state[(sb + 20LL)] = S20;
  state[(sb + 21LL)] = S21;
  state[(sb + 22LL)] = S22;
  state[(sb + 23LL)] = S23;
  state[(sb + 24LL)] = S24;
  state[(sb + 25LL)] = S25;
  state[(sb + 26LL)] = S26;
  state[(sb + 27LL)] = S27;
  state[(sb + 28LL)] = S28;
  state[(sb + 29LL)] = S29;
  state[(sb + 30LL)] = S30;
  state[(sb + 31LL)] = S31;
}

// output projection o·w_oᵀ + residual stream (epilogue): %x3, %L2.S = fused.dual_residual %x2, %L2.qkvbeta, @L2.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(256) x3__fused_dual_residual_wo__l21(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
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

// rmsnorm: %L3.h = rmsnorm %x3, @L3.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(128) L3_h__rmsnorm__l22(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 128LL);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 128LL; sq_i += 128LL) {
    sq = (sq + (x[base + sq_i] * x[base + sq_i]));
  }
  red[tid] = sq;
  __syncthreads();
  for (long long sq_s = 0LL; sq_s < 7LL; sq_s += 1LL) {
    long long sq_stride = (64LL >> sq_s);
    if (tid < sq_stride) {
      red[tid] = (red[tid] + red[tid + sq_stride]);
    }
    __syncthreads();
  }
  float sq_total = red[0LL];
  __syncthreads();
  float inv = rsqrtf(((sq_total / 128.0f) + 1e-06f));
  for (long long i = tid; i < 128LL; i += 128LL) {
    y[(base + i)] = (((x[base + i] - 0.0f) * inv) * weight[i]);
  }
}

// tiled GEMM 384×128: %L3.qkv = linear %L3.h, @L3.w_qkv : f32[B,T,384]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(256) L3_qkv__linear__l22(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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

// fast weights, sum rule S += v kᵀ, chunked form (S on chip, one block per batch×head): %x4, %L3.S = fused.dual_residual %x3, %L3.qkv, @L3.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(32) x4__fused_dual_residual_dual__l22(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ float qs[2048];
  __shared__ float ks[2048];
  __shared__ float vs[2048];
  __shared__ float mm[4096];
  // sum rule, causal, chunked form: chunks of 64 tokens, thread i keeps row i of S (32×32) in registers
  long long tid = (long long)threadIdx.x;
  long long h = (long long)blockIdx.x;
  long long b = (long long)blockIdx.y;
  float S0 = 0.0f;
  float S1 = 0.0f;
  float S2 = 0.0f;
  float S3 = 0.0f;
  float S4 = 0.0f;
  float S5 = 0.0f;
  float S6 = 0.0f;
  float S7 = 0.0f;
  float S8 = 0.0f;
  float S9 = 0.0f;
  float S10 = 0.0f;
  float S11 = 0.0f;
  float S12 = 0.0f;
  float S13 = 0.0f;
  float S14 = 0.0f;
  float S15 = 0.0f;
  float S16 = 0.0f;
  float S17 = 0.0f;
  float S18 = 0.0f;
  float S19 = 0.0f;
  float S20 = 0.0f;
  float S21 = 0.0f;
  float S22 = 0.0f;
  float S23 = 0.0f;
  float S24 = 0.0f;
  float S25 = 0.0f;
  float S26 = 0.0f;
  float S27 = 0.0f;
  float S28 = 0.0f;
  float S29 = 0.0f;
  float S30 = 0.0f;
  float S31 = 0.0f;
  for (long long t0 = 0LL; t0 < T; t0 += 64LL) {
    long long L = min(64LL, (T - t0));
    // stage φ(q), φ(k), v
    for (long long x = tid; x < (L * 32LL); x += 32LL) {
      long long tau = (x / 32LL);
      long long d = (x % 32LL);
      long long r = (((b * T) + (t0 + tau)) * 384LL);
      ks[x] = ((qkv[r + ((128LL + (h * 32LL)) + d)] > 0.0f) ? (qkv[r + ((128LL + (h * 32LL)) + d)] + 1.0f) : expf(qkv[r + ((128LL + (h * 32LL)) + d)]));
      qs[x] = ((qkv[r + ((h * 32LL) + d)] > 0.0f) ? (qkv[r + ((h * 32LL) + d)] + 1.0f) : expf(qkv[r + ((h * 32LL) + d)]));
    }
    for (long long x1 = tid; x1 < (L * 32LL); x1 += 32LL) {
      long long tau1 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau1)) * 384LL) + ((256LL + (h * 32LL)) + c)];
    }
    __syncthreads();
    // P[τ][σ] = q_τ·k_σ for σ ≤ τ (with the diagonal), stored at M[σ][τ]
    for (long long x2 = tid; x2 < (L * L); x2 += 32LL) {
      long long tau2 = (x2 / L);
      long long sig = (x2 % L);
      if (sig <= tau2) {
        float qk = 0.0f;
        long long qk_a = (tau2 * 32LL);
        long long qk_k = (sig * 32LL);
        qk = (qk + (qs[qk_a + 0LL] * ks[qk_k + 0LL]));
        qk = (qk + (qs[qk_a + 1LL] * ks[qk_k + 1LL]));
        qk = (qk + (qs[qk_a + 2LL] * ks[qk_k + 2LL]));
        qk = (qk + (qs[qk_a + 3LL] * ks[qk_k + 3LL]));
        qk = (qk + (qs[qk_a + 4LL] * ks[qk_k + 4LL]));
        qk = (qk + (qs[qk_a + 5LL] * ks[qk_k + 5LL]));
        qk = (qk + (qs[qk_a + 6LL] * ks[qk_k + 6LL]));
        qk = (qk + (qs[qk_a + 7LL] * ks[qk_k + 7LL]));
        qk = (qk + (qs[qk_a + 8LL] * ks[qk_k + 8LL]));
        qk = (qk + (qs[qk_a + 9LL] * ks[qk_k + 9LL]));
        qk = (qk + (qs[qk_a + 10LL] * ks[qk_k + 10LL]));
        qk = (qk + (qs[qk_a + 11LL] * ks[qk_k + 11LL]));
        qk = (qk + (qs[qk_a + 12LL] * ks[qk_k + 12LL]));
        qk = (qk + (qs[qk_a + 13LL] * ks[qk_k + 13LL]));
        qk = (qk + (qs[qk_a + 14LL] * ks[qk_k + 14LL]));
        qk = (qk + (qs[qk_a + 15LL] * ks[qk_k + 15LL]));
        qk = (qk + (qs[qk_a + 16LL] * ks[qk_k + 16LL]));
        qk = (qk + (qs[qk_a + 17LL] * ks[qk_k + 17LL]));
        qk = (qk + (qs[qk_a + 18LL] * ks[qk_k + 18LL]));
        qk = (qk + (qs[qk_a + 19LL] * ks[qk_k + 19LL]));
        qk = (qk + (qs[qk_a + 20LL] * ks[qk_k + 20LL]));
        qk = (qk + (qs[qk_a + 21LL] * ks[qk_k + 21LL]));
        qk = (qk + (qs[qk_a + 22LL] * ks[qk_k + 22LL]));
        qk = (qk + (qs[qk_a + 23LL] * ks[qk_k + 23LL]));
        qk = (qk + (qs[qk_a + 24LL] * ks[qk_k + 24LL]));
        qk = (qk + (qs[qk_a + 25LL] * ks[qk_k + 25LL]));
        qk = (qk + (qs[qk_a + 26LL] * ks[qk_k + 26LL]));
        qk = (qk + (qs[qk_a + 27LL] * ks[qk_k + 27LL]));
        qk = (qk + (qs[qk_a + 28LL] * ks[qk_k + 28LL]));
        qk = (qk + (qs[qk_a + 29LL] * ks[qk_k + 29LL]));
        qk = (qk + (qs[qk_a + 30LL] * ks[qk_k + 30LL]));
        qk = (qk + (qs[qk_a + 31LL] * ks[qk_k + 31LL]));
        mm[((sig * 64LL) + tau2)] = qk;
      }
    }
    __syncthreads();
    // column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K
    for (long long tau3 = 0LL; tau3 < L; tau3 += 1LL) {
      long long qb = (tau3 * 32LL);
      float qs1 = 0.0f;
      qs1 = (qs1 + (S0 * qs[qb + 0LL]));
      qs1 = (qs1 + (S1 * qs[qb + 1LL]));
      qs1 = (qs1 + (S2 * qs[qb + 2LL]));
      qs1 = (qs1 + (S3 * qs[qb + 3LL]));
      qs1 = (qs1 + (S4 * qs[qb + 4LL]));
      qs1 = (qs1 + (S5 * qs[qb + 5LL]));
      qs1 = (qs1 + (S6 * qs[qb + 6LL]));
      qs1 = (qs1 + (S7 * qs[qb + 7LL]));
      qs1 = (qs1 + (S8 * qs[qb + 8LL]));
      qs1 = (qs1 + (S9 * qs[qb + 9LL]));
      qs1 = (qs1 + (S10 * qs[qb + 10LL]));
      qs1 = (qs1 + (S11 * qs[qb + 11LL]));
      qs1 = (qs1 + (S12 * qs[qb + 12LL]));
      qs1 = (qs1 + (S13 * qs[qb + 13LL]));
      qs1 = (qs1 + (S14 * qs[qb + 14LL]));
      qs1 = (qs1 + (S15 * qs[qb + 15LL]));
      qs1 = (qs1 + (S16 * qs[qb + 16LL]));
      qs1 = (qs1 + (S17 * qs[qb + 17LL]));
      qs1 = (qs1 + (S18 * qs[qb + 18LL]));
      qs1 = (qs1 + (S19 * qs[qb + 19LL]));
      qs1 = (qs1 + (S20 * qs[qb + 20LL]));
      qs1 = (qs1 + (S21 * qs[qb + 21LL]));
      qs1 = (qs1 + (S22 * qs[qb + 22LL]));
      qs1 = (qs1 + (S23 * qs[qb + 23LL]));
      qs1 = (qs1 + (S24 * qs[qb + 24LL]));
      qs1 = (qs1 + (S25 * qs[qb + 25LL]));
      qs1 = (qs1 + (S26 * qs[qb + 26LL]));
      qs1 = (qs1 + (S27 * qs[qb + 27LL]));
      qs1 = (qs1 + (S28 * qs[qb + 28LL]));
      qs1 = (qs1 + (S29 * qs[qb + 29LL]));
      qs1 = (qs1 + (S30 * qs[qb + 30LL]));
      qs1 = (qs1 + (S31 * qs[qb + 31LL]));
      float acc = qs1;
      for (long long sig1 = 0LL; sig1 < (tau3 + 1LL); sig1 += 1LL) {
        acc = (acc + (mm[(sig1 * 64LL) + tau3] * vs[(sig1 * 32LL) + tid]));
      }
      o[((((b * T) + (t0 + tau3)) * 128LL) + ((h * 32LL) + tid))] = (1.0f * acc);
    }
    for (long long sig2 = 0LL; sig2 < L; sig2 += 1LL) {
      float u = vs[(sig2 * 32LL) + tid];
      long long kb = (sig2 * 32LL);
      S0 = (S0 + (u * ks[kb + 0LL]));
      S1 = (S1 + (u * ks[kb + 1LL]));
      S2 = (S2 + (u * ks[kb + 2LL]));
      S3 = (S3 + (u * ks[kb + 3LL]));
      S4 = (S4 + (u * ks[kb + 4LL]));
      S5 = (S5 + (u * ks[kb + 5LL]));
      S6 = (S6 + (u * ks[kb + 6LL]));
      S7 = (S7 + (u * ks[kb + 7LL]));
      S8 = (S8 + (u * ks[kb + 8LL]));
      S9 = (S9 + (u * ks[kb + 9LL]));
      S10 = (S10 + (u * ks[kb + 10LL]));
      S11 = (S11 + (u * ks[kb + 11LL]));
      S12 = (S12 + (u * ks[kb + 12LL]));
      S13 = (S13 + (u * ks[kb + 13LL]));
      S14 = (S14 + (u * ks[kb + 14LL]));
      S15 = (S15 + (u * ks[kb + 15LL]));
      S16 = (S16 + (u * ks[kb + 16LL]));
      S17 = (S17 + (u * ks[kb + 17LL]));
      S18 = (S18 + (u * ks[kb + 18LL]));
      S19 = (S19 + (u * ks[kb + 19LL]));
      S20 = (S20 + (u * ks[kb + 20LL]));
      S21 = (S21 + (u * ks[kb + 21LL]));
      S22 = (S22 + (u * ks[kb + 22LL]));
      S23 = (S23 + (u * ks[kb + 23LL]));
      S24 = (S24 + (u * ks[kb + 24LL]));
      S25 = (S25 + (u * ks[kb + 25LL]));
      S26 = (S26 + (u * ks[kb + 26LL]));
      S27 = (S27 + (u * ks[kb + 27LL]));
      S28 = (S28 + (u * ks[kb + 28LL]));
      S29 = (S29 + (u * ks[kb + 29LL]));
      S30 = (S30 + (u * ks[kb + 30LL]));
      S31 = (S31 + (u * ks[kb + 31LL]));
    }
    __syncthreads();
  }
  // final S
  long long sb = (((((b * 4LL) + h) * 32LL) + tid) * 32LL);
  state[(sb + 0LL)] = S0;
  state[(sb + 1LL)] = S1;
  state[(sb + 2LL)] = S2;
  state[(sb + 3LL)] = S3;
  state[(sb + 4LL)] = S4;
  state[(sb + 5LL)] = S5;
  state[(sb + 6LL)] = S6;
  state[(sb + 7LL)] = S7;
  state[(sb + 8LL)] = S8;
  state[(sb + 9LL)] = S9;
  state[(sb + 10LL)] = S10;
  state[(sb + 11LL)] = S11;
  state[(sb + 12LL)] = S12;
  state[(sb + 13LL)] = S13;
  state[(sb + 14LL)] = S14;
  state[(sb + 15LL)] = S15;
  state[(sb + 16LL)] = S16;
  state[(sb + 17LL)] = S17;
  state[(sb + 18LL)] = S18;
  state[(sb + 19LL)] = S19;
  state[(sb + 20LL)] = S20;
  state[(sb + 21LL)] = S21;
  state[(sb + 22LL)] = S22;
  state[(sb + 23LL)] = S23;
  state[(sb + 24LL)] = S24;
  state[(sb + 25LL)] = S25;
  state[(sb + 26LL)] = S26;
  state[(sb + 27LL)] = S27;
  state[(sb + 28LL)] = S28;
  state[(sb + 29LL)] = S29;
  state[(sb + 30LL)] = S30;
  state[(sb + 31LL)] = S31;
}

// output projection o·w_oᵀ + residual stream (epilogue): %x4, %L3.S = fused.dual_residual %x3, %L3.qkv, @L3.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=chunked, chunk=64, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(256) x4__fused_dual_residual_wo__l22(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
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

// rmsnorm: %xf = rmsnorm %x4, @norm_f.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:25:3
extern "C" __global__ void __launch_bounds__(128) xf__rmsnorm__l25(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 128LL);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 128LL; sq_i += 128LL) {
    sq = (sq + (x[base + sq_i] * x[base + sq_i]));
  }
  red[tid] = sq;
  __syncthreads();
  for (long long sq_s = 0LL; sq_s < 7LL; sq_s += 1LL) {
    long long sq_stride = (64LL >> sq_s);
    if (tid < sq_stride) {
      red[tid] = (red[tid] + red[tid + sq_stride]);
    }
    __syncthreads();
  }
  float sq_total = red[0LL];
  __syncthreads();
  float inv = rsqrtf(((sq_total / 128.0f) + 1e-06f));
  for (long long i = tid; i < 128LL; i += 128LL) {
    y[(base + i)] = (((x[base + i] - 0.0f) * inv) * weight[i]);
  }
}

// tiled GEMM 256×128: %logits = unembed %xf, @tok_embed : f32[B,T,256]
// from examples/fastweight.hopf:26:3
extern "C" __global__ void __launch_bounds__(256) logits__unembed__l26(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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
    ws[((ty * 16LL) + tx)] = (((wrow < 256LL) && (kx < 128LL)) ? w[(wrow * 128LL) + kx] : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 256LL)) {
    long long idx = ((row * 256LL) + col);
    y[idx] = acc;
  }
}
