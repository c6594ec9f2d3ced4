// hopf generated kernels for examples/hybrid.hopf
#include <cuda_fp16.h>
#include <cuda_bf16.h>

// embedding gather: %emb = embed %tokens, @tok_embed : f16[B,T,256]
// from examples/hybrid.hopf:11:3
extern "C" __global__ void __launch_bounds__(256) emb__embed__l11(const int* __restrict__ ids, const __half* __restrict__ table, __half* __restrict__ y, long long n) {
  long long i = (((long long)blockIdx.x * 256LL) + (long long)threadIdx.x);
  if (i < n) {
    long long r = (i / 256LL);
    long long d = (i % 256LL);
    long long id = ((long long)ids[r]);
    y[i] = table[(id * 256LL) + d];
  }
}

// layernorm: %L0.h = layernorm %emb, @L0.norm.weight, @L0.norm.bias {eps=1e-05} : f16[B,T,256]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(128) L0_h__layernorm__l16(const __half* __restrict__ x, const __half* __restrict__ weight, const __half* __restrict__ bias, __half* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 256LL);
  float sum = 0.0f;
  for (long long sum_i = tid; sum_i < 256LL; sum_i += 128LL) {
    sum = (sum + ((float)__half2float(x[base + sum_i])));
  }
  red[tid] = sum;
  __syncthreads();
  for (long long sum_s = 0LL; sum_s < 7LL; sum_s += 1LL) {
    long long sum_stride = (64LL >> sum_s);
    if (tid < sum_stride) {
      red[tid] = (red[tid] + red[tid + sum_stride]);
    }
    __syncthreads();
  }
  float sum_total = red[0LL];
  __syncthreads();
  float mean = (sum_total / 256.0f);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 256LL; sq_i += 128LL) {
    sq = (sq + ((((float)__half2float(x[base + sq_i])) - mean) * (((float)__half2float(x[base + sq_i])) - mean)));
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
  float inv = rsqrtf(((sq_total / 256.0f) + 1e-05f));
  for (long long i = tid; i < 256LL; i += 128LL) {
    y[(base + i)] = __float2half(((((((float)__half2float(x[base + i])) - mean) * inv) * ((float)__half2float(weight[i]))) + ((float)__half2float(bias[i]))));
  }
}

// tiled GEMM 768×256: %L0.qkv = linear %L0.h, @L0.w_qkv : f16[B,T,768]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(256) L0_qkv__linear__l16(const __half* __restrict__ x, const __half* __restrict__ w, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 768LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 768LL)) {
    long long idx = ((row * 768LL) + col);
    y[idx] = __float2half(acc);
  }
}

// fast weights, delta rule S += β(v − S k)kᵀ, chunked form (S on chip, one block per batch×head): %x1, %L0.S = fused.dual_residual %emb, %L0.qkv, @L0.w_o {heads=8, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, beta=0.5, form=chunked, chunk=64, residual=true} : f16[B,T,256], f32[B,8,32,32]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(32) x1__fused_dual_residual_dual__l16(const __half* __restrict__ qkv, __half* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ float qs[2048];
  __shared__ float ks[2048];
  __shared__ float vs[2048];
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
      long long r = (((b * T) + (t0 + tau)) * 768LL);
      float kss = 0.0f;
      for (long long kss_d = 0LL; kss_d < 32LL; kss_d += 1LL) {
        float kss_v = ((float)__half2float(qkv[r + ((256LL + (h * 32LL)) + kss_d)]));
        kss = (kss + (kss_v * kss_v));
      }
      kinv[tau] = (1.0f / sqrtf((kss + 1e-06f)));
      float qss = 0.0f;
      for (long long qss_d = 0LL; qss_d < 32LL; qss_d += 1LL) {
        float qss_v = ((float)__half2float(qkv[r + ((h * 32LL) + qss_d)]));
        qss = (qss + (qss_v * qss_v));
      }
      qinv[tau] = (1.0f / sqrtf((qss + 1e-06f)));
    }
    __syncthreads();
    // stage φ(q), φ(k), v
    for (long long x = tid; x < (L * 32LL); x += 32LL) {
      long long tau1 = (x / 32LL);
      long long d = (x % 32LL);
      long long r1 = (((b * T) + (t0 + tau1)) * 768LL);
      ks[x] = (((float)__half2float(qkv[r1 + ((256LL + (h * 32LL)) + d)])) * kinv[tau1]);
      qs[x] = (((float)__half2float(qkv[r1 + ((h * 32LL) + d)])) * qinv[tau1]);
    }
    for (long long x1 = tid; x1 < (L * 32LL); x1 += 32LL) {
      long long tau2 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = ((float)__half2float(qkv[(((b * T) + (t0 + tau2)) * 768LL) + ((512LL + (h * 32LL)) + c)]));
    }
    __syncthreads();
    // N[τ][σ] = β_τ k_τ·k_σ for σ < τ, stored at M[σ][τ]; column tid of V becomes V − K Sᵀ
    for (long long x2 = tid; x2 < (L * L); x2 += 32LL) {
      long long tau3 = (x2 / L);
      long long sig = (x2 % L);
      if (sig < tau3) {
        float kk = 0.0f;
        long long kk_a = (tau3 * 32LL);
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
        mm[((sig * 64LL) + tau3)] = (0.5f * kk);
      }
    }
    for (long long tau4 = 0LL; tau4 < L; tau4 += 1LL) {
      long long kb = (tau4 * 32LL);
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
      vs[((tau4 * 32LL) + tid)] = (vs[(tau4 * 32LL) + tid] - sk);
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
      long long tau5 = ((L - 1LL) - r2);
      float acc1 = (0.5f * vs[(tau5 * 32LL) + tid]);
      for (long long sig1 = 0LL; sig1 < tau5; sig1 += 1LL) {
        acc1 = (acc1 + (mm[(tau5 * 64LL) + sig1] * (0.5f * vs[(sig1 * 32LL) + tid])));
      }
      vs[((tau5 * 32LL) + tid)] = acc1;
    }
    // P[τ][σ] = q_τ·k_σ for σ ≤ τ (with the diagonal), stored at M[σ][τ]
    for (long long x3 = tid; x3 < (L * L); x3 += 32LL) {
      long long tau6 = (x3 / L);
      long long sig2 = (x3 % L);
      if (sig2 <= tau6) {
        float qk = 0.0f;
        long long qk_a = (tau6 * 32LL);
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
        mm[((sig2 * 64LL) + tau6)] = qk;
      }
    }
    __syncthreads();
    // column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K
    for (long long tau7 = 0LL; tau7 < L; tau7 += 1LL) {
      long long qb = (tau7 * 32LL);
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
      for (long long sig3 = 0LL; sig3 < (tau7 + 1LL); sig3 += 1LL) {
        acc2 = (acc2 + (mm[(sig3 * 64LL) + tau7] * vs[(sig3 * 32LL) + tid]));
      }
      o[((((b * T) + (t0 + tau7)) * 256LL) + ((h * 32LL) + tid))] = __float2half((1.0f * acc2));
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
  long long sb = (((((b * 8LL) + h) * 32LL) + tid) * 32LL);
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

// output projection o·w_oᵀ + residual stream (epilogue): %x1, %L0.S = fused.dual_residual %emb, %L0.qkv, @L0.w_o {heads=8, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, beta=0.5, form=chunked, chunk=64, residual=true} : f16[B,T,256], f32[B,8,32,32]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(256) x1__fused_dual_residual_wo__l16(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 256LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 256LL)) {
    long long idx = ((row * 256LL) + col);
    y[idx] = __float2half((acc + ((float)__half2float(res[idx]))));
  }
}

// layernorm: %L1.h = layernorm %x1, @L1.norm.weight, @L1.norm.bias {eps=1e-05} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(128) L1_h__layernorm__l17(const __half* __restrict__ x, const __half* __restrict__ weight, const __half* __restrict__ bias, __half* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 256LL);
  float sum = 0.0f;
  for (long long sum_i = tid; sum_i < 256LL; sum_i += 128LL) {
    sum = (sum + ((float)__half2float(x[base + sum_i])));
  }
  red[tid] = sum;
  __syncthreads();
  for (long long sum_s = 0LL; sum_s < 7LL; sum_s += 1LL) {
    long long sum_stride = (64LL >> sum_s);
    if (tid < sum_stride) {
      red[tid] = (red[tid] + red[tid + sum_stride]);
    }
    __syncthreads();
  }
  float sum_total = red[0LL];
  __syncthreads();
  float mean = (sum_total / 256.0f);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 256LL; sq_i += 128LL) {
    sq = (sq + ((((float)__half2float(x[base + sq_i])) - mean) * (((float)__half2float(x[base + sq_i])) - mean)));
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
  float inv = rsqrtf(((sq_total / 256.0f) + 1e-05f));
  for (long long i = tid; i < 256LL; i += 128LL) {
    y[(base + i)] = __float2half(((((((float)__half2float(x[base + i])) - mean) * inv) * ((float)__half2float(weight[i]))) + ((float)__half2float(bias[i]))));
  }
}

// tiled GEMM 768×256: %L1.qkv = linear %L1.h, @L1.w_qkv : f16[B,T,768]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(256) L1_qkv__linear__l17(const __half* __restrict__ x, const __half* __restrict__ w, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 768LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 768LL)) {
    long long idx = ((row * 768LL) + col);
    y[idx] = __float2half(acc);
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(128) x2__fused_attention_residual_attn__l17(const __half* __restrict__ qkv, __half* __restrict__ o, long long B, long long T) {
  __shared__ float ks[1056];
  __shared__ float vs[1024];
  __shared__ float ss[1056];
  // softmax attention, mask window, feature identity: 32 queries × 4 column groups of 8 per block, key tiles of 32
  long long tid = (long long)threadIdx.x;
  long long qi = (tid / 4LL);
  long long g = (tid % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 32LL);
  long long tq = (t0 + qi);
  long long tend = min((t0 + 32LL), T);
  long long klo = max((t0 - 63LL), 0LL);
  // q of this thread's query: φ(q)·scale in 32 registers
  long long qrow = ((((b * T) + min(tq, (T - 1LL))) * 768LL) + (h * 32LL));
  float q0 = ((float)__half2float(qkv[qrow + 0LL]));
  float q1 = ((float)__half2float(qkv[qrow + 1LL]));
  float q2 = ((float)__half2float(qkv[qrow + 2LL]));
  float q3 = ((float)__half2float(qkv[qrow + 3LL]));
  float q4 = ((float)__half2float(qkv[qrow + 4LL]));
  float q5 = ((float)__half2float(qkv[qrow + 5LL]));
  float q6 = ((float)__half2float(qkv[qrow + 6LL]));
  float q7 = ((float)__half2float(qkv[qrow + 7LL]));
  float q8 = ((float)__half2float(qkv[qrow + 8LL]));
  float q9 = ((float)__half2float(qkv[qrow + 9LL]));
  float q10 = ((float)__half2float(qkv[qrow + 10LL]));
  float q11 = ((float)__half2float(qkv[qrow + 11LL]));
  float q12 = ((float)__half2float(qkv[qrow + 12LL]));
  float q13 = ((float)__half2float(qkv[qrow + 13LL]));
  float q14 = ((float)__half2float(qkv[qrow + 14LL]));
  float q15 = ((float)__half2float(qkv[qrow + 15LL]));
  float q16 = ((float)__half2float(qkv[qrow + 16LL]));
  float q17 = ((float)__half2float(qkv[qrow + 17LL]));
  float q18 = ((float)__half2float(qkv[qrow + 18LL]));
  float q19 = ((float)__half2float(qkv[qrow + 19LL]));
  float q20 = ((float)__half2float(qkv[qrow + 20LL]));
  float q21 = ((float)__half2float(qkv[qrow + 21LL]));
  float q22 = ((float)__half2float(qkv[qrow + 22LL]));
  float q23 = ((float)__half2float(qkv[qrow + 23LL]));
  float q24 = ((float)__half2float(qkv[qrow + 24LL]));
  float q25 = ((float)__half2float(qkv[qrow + 25LL]));
  float q26 = ((float)__half2float(qkv[qrow + 26LL]));
  float q27 = ((float)__half2float(qkv[qrow + 27LL]));
  float q28 = ((float)__half2float(qkv[qrow + 28LL]));
  float q29 = ((float)__half2float(qkv[qrow + 29LL]));
  float q30 = ((float)__half2float(qkv[qrow + 30LL]));
  float q31 = ((float)__half2float(qkv[qrow + 31LL]));
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
  for (long long j0 = klo; j0 < tend; j0 += 32LL) {
    long long nk = min(32LL, (tend - j0));
    // stage φ(k) and v of keys [j0, j0+nk); rows past nk are 0
    for (long long x = tid; x < 1024LL; x += 128LL) {
      long long kj = (x / 32LL);
      long long kd = (x % 32LL);
      ks[((kj * 33LL) + kd)] = ((kj < nk) ? ((float)__half2float(qkv[(((b * T) + min((j0 + kj), (T - 1LL))) * 768LL) + (256LL + ((h * 32LL) + kd))])) : 0.0f);
    }
    for (long long x1 = tid; x1 < 1024LL; x1 += 128LL) {
      long long vj = (x1 / 32LL);
      long long vc = (x1 % 32LL);
      vs[x1] = (((vj < nk) && (vc < 32LL)) ? ((float)__half2float(qkv[(((b * T) + min((j0 + vj), (T - 1LL))) * 768LL) + (512LL + ((h * 32LL) + min(vc, 31LL)))])) : 0.0f);
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
      ss[((qi * 33LL) + j)] = ((((j0 + j) <= tq) && (((j0 + j) + 64LL) > tq)) ? dot : (-INFINITY));
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
    long long ob = ((((b * T) + tq) * 256LL) + ((h * 32LL) + (g * 8LL)));
    float inv = ((l > 0.0f) ? (1.0f / l) : 0.0f);
    o[(ob + 0LL)] = __float2half((acc0 * inv));
    o[(ob + 1LL)] = __float2half((acc1 * inv));
    o[(ob + 2LL)] = __float2half((acc2 * inv));
    o[(ob + 3LL)] = __float2half((acc3 * inv));
    o[(ob + 4LL)] = __float2half((acc4 * inv));
    o[(ob + 5LL)] = __float2half((acc5 * inv));
    o[(ob + 6LL)] = __float2half((acc6 * inv));
    o[(ob + 7LL)] = __float2half((acc7 * inv));
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(256) x2__fused_attention_residual_wo__l17(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 256LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 256LL)) {
    long long idx = ((row * 256LL) + col);
    y[idx] = __float2half((acc + ((float)__half2float(res[idx]))));
  }
}

// layernorm: %L2.h = layernorm %x2, @L2.norm.weight, @L2.norm.bias {eps=1e-05} : f16[B,T,256]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(128) L2_h__layernorm__l16(const __half* __restrict__ x, const __half* __restrict__ weight, const __half* __restrict__ bias, __half* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 256LL);
  float sum = 0.0f;
  for (long long sum_i = tid; sum_i < 256LL; sum_i += 128LL) {
    sum = (sum + ((float)__half2float(x[base + sum_i])));
  }
  red[tid] = sum;
  __syncthreads();
  for (long long sum_s = 0LL; sum_s < 7LL; sum_s += 1LL) {
    long long sum_stride = (64LL >> sum_s);
    if (tid < sum_stride) {
      red[tid] = (red[tid] + red[tid + sum_stride]);
    }
    __syncthreads();
  }
  float sum_total = red[0LL];
  __syncthreads();
  float mean = (sum_total / 256.0f);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 256LL; sq_i += 128LL) {
    sq = (sq + ((((float)__half2float(x[base + sq_i])) - mean) * (((float)__half2float(x[base + sq_i])) - mean)));
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
  float inv = rsqrtf(((sq_total / 256.0f) + 1e-05f));
  for (long long i = tid; i < 256LL; i += 128LL) {
    y[(base + i)] = __float2half(((((((float)__half2float(x[base + i])) - mean) * inv) * ((float)__half2float(weight[i]))) + ((float)__half2float(bias[i]))));
  }
}

// tiled GEMM 768×256: %L2.qkv = linear %L2.h, @L2.w_qkv : f16[B,T,768]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(256) L2_qkv__linear__l16(const __half* __restrict__ x, const __half* __restrict__ w, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 768LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 768LL)) {
    long long idx = ((row * 768LL) + col);
    y[idx] = __float2half(acc);
  }
}

// fast weights, delta rule S += β(v − S k)kᵀ, chunked form (S on chip, one block per batch×head): %x3, %L2.S = fused.dual_residual %x2, %L2.qkv, @L2.w_o {heads=8, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, beta=0.5, form=chunked, chunk=64, residual=true} : f16[B,T,256], f32[B,8,32,32]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(32) x3__fused_dual_residual_dual__l16(const __half* __restrict__ qkv, __half* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ float qs[2048];
  __shared__ float ks[2048];
  __shared__ float vs[2048];
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
      long long r = (((b * T) + (t0 + tau)) * 768LL);
      float kss = 0.0f;
      for (long long kss_d = 0LL; kss_d < 32LL; kss_d += 1LL) {
        float kss_v = ((float)__half2float(qkv[r + ((256LL + (h * 32LL)) + kss_d)]));
        kss = (kss + (kss_v * kss_v));
      }
      kinv[tau] = (1.0f / sqrtf((kss + 1e-06f)));
      float qss = 0.0f;
      for (long long qss_d = 0LL; qss_d < 32LL; qss_d += 1LL) {
        float qss_v = ((float)__half2float(qkv[r + ((h * 32LL) + qss_d)]));
        qss = (qss + (qss_v * qss_v));
      }
      qinv[tau] = (1.0f / sqrtf((qss + 1e-06f)));
    }
    __syncthreads();
    // stage φ(q), φ(k), v
    for (long long x = tid; x < (L * 32LL); x += 32LL) {
      long long tau1 = (x / 32LL);
      long long d = (x % 32LL);
      long long r1 = (((b * T) + (t0 + tau1)) * 768LL);
      ks[x] = (((float)__half2float(qkv[r1 + ((256LL + (h * 32LL)) + d)])) * kinv[tau1]);
      qs[x] = (((float)__half2float(qkv[r1 + ((h * 32LL) + d)])) * qinv[tau1]);
    }
    for (long long x1 = tid; x1 < (L * 32LL); x1 += 32LL) {
      long long tau2 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = ((float)__half2float(qkv[(((b * T) + (t0 + tau2)) * 768LL) + ((512LL + (h * 32LL)) + c)]));
    }
    __syncthreads();
    // N[τ][σ] = β_τ k_τ·k_σ for σ < τ, stored at M[σ][τ]; column tid of V becomes V − K Sᵀ
    for (long long x2 = tid; x2 < (L * L); x2 += 32LL) {
      long long tau3 = (x2 / L);
      long long sig = (x2 % L);
      if (sig < tau3) {
        float kk = 0.0f;
        long long kk_a = (tau3 * 32LL);
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
        mm[((sig * 64LL) + tau3)] = (0.5f * kk);
      }
    }
    for (long long tau4 = 0LL; tau4 < L; tau4 += 1LL) {
      long long kb = (tau4 * 32LL);
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
      vs[((tau4 * 32LL) + tid)] = (vs[(tau4 * 32LL) + tid] - sk);
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
      long long tau5 = ((L - 1LL) - r2);
      float acc1 = (0.5f * vs[(tau5 * 32LL) + tid]);
      for (long long sig1 = 0LL; sig1 < tau5; sig1 += 1LL) {
        acc1 = (acc1 + (mm[(tau5 * 64LL) + sig1] * (0.5f * vs[(sig1 * 32LL) + tid])));
      }
      vs[((tau5 * 32LL) + tid)] = acc1;
    }
    // P[τ][σ] = q_τ·k_σ for σ ≤ τ (with the diagonal), stored at M[σ][τ]
    for (long long x3 = tid; x3 < (L * L); x3 += 32LL) {
      long long tau6 = (x3 / L);
      long long sig2 = (x3 % L);
      if (sig2 <= tau6) {
        float qk = 0.0f;
        long long qk_a = (tau6 * 32LL);
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
        mm[((sig2 * 64LL) + tau6)] = qk;
      }
    }
    __syncthreads();
    // column tid of O = scale·(Q Sᵀ + P V'), then S += V'ᵀ K
    for (long long tau7 = 0LL; tau7 < L; tau7 += 1LL) {
      long long qb = (tau7 * 32LL);
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
      for (long long sig3 = 0LL; sig3 < (tau7 + 1LL); sig3 += 1LL) {
        acc2 = (acc2 + (mm[(sig3 * 64LL) + tau7] * vs[(sig3 * 32LL) + tid]));
      }
      o[((((b * T) + (t0 + tau7)) * 256LL) + ((h * 32LL) + tid))] = __float2half((1.0f * acc2));
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
  long long sb = (((((b * 8LL) + h) * 32LL) + tid) * 32LL);
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

// output projection o·w_oᵀ + residual stream (epilogue): %x3, %L2.S = fused.dual_residual %x2, %L2.qkv, @L2.w_o {heads=8, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, beta=0.5, form=chunked, chunk=64, residual=true} : f16[B,T,256], f32[B,8,32,32]
// from examples/hybrid.hopf:16:5
extern "C" __global__ void __launch_bounds__(256) x3__fused_dual_residual_wo__l16(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 256LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 256LL)) {
    long long idx = ((row * 256LL) + col);
    y[idx] = __float2half((acc + ((float)__half2float(res[idx]))));
  }
}

// layernorm: %L3.h = layernorm %x3, @L3.norm.weight, @L3.norm.bias {eps=1e-05} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(128) L3_h__layernorm__l17(const __half* __restrict__ x, const __half* __restrict__ weight, const __half* __restrict__ bias, __half* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 256LL);
  float sum = 0.0f;
  for (long long sum_i = tid; sum_i < 256LL; sum_i += 128LL) {
    sum = (sum + ((float)__half2float(x[base + sum_i])));
  }
  red[tid] = sum;
  __syncthreads();
  for (long long sum_s = 0LL; sum_s < 7LL; sum_s += 1LL) {
    long long sum_stride = (64LL >> sum_s);
    if (tid < sum_stride) {
      red[tid] = (red[tid] + red[tid + sum_stride]);
    }
    __syncthreads();
  }
  float sum_total = red[0LL];
  __syncthreads();
  float mean = (sum_total / 256.0f);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 256LL; sq_i += 128LL) {
    sq = (sq + ((((float)__half2float(x[base + sq_i])) - mean) * (((float)__half2float(x[base + sq_i])) - mean)));
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
  float inv = rsqrtf(((sq_total / 256.0f) + 1e-05f));
  for (long long i = tid; i < 256LL; i += 128LL) {
    y[(base + i)] = __float2half(((((((float)__half2float(x[base + i])) - mean) * inv) * ((float)__half2float(weight[i]))) + ((float)__half2float(bias[i]))));
  }
}

// tiled GEMM 768×256: %L3.qkv = linear %L3.h, @L3.w_qkv : f16[B,T,768]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(256) L3_qkv__linear__l17(const __half* __restrict__ x, const __half* __restrict__ w, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 768LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 768LL)) {
    long long idx = ((row * 768LL) + col);
    y[idx] = __float2half(acc);
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x4 = fused.attention_residual %x3, %L3.qkv, @L3.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(128) x4__fused_attention_residual_attn__l17(const __half* __restrict__ qkv, __half* __restrict__ o, long long B, long long T) {
  __shared__ float ks[1056];
  __shared__ float vs[1024];
  __shared__ float ss[1056];
  // softmax attention, mask window, feature identity: 32 queries × 4 column groups of 8 per block, key tiles of 32
  long long tid = (long long)threadIdx.x;
  long long qi = (tid / 4LL);
  long long g = (tid % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 32LL);
  long long tq = (t0 + qi);
  long long tend = min((t0 + 32LL), T);
  long long klo = max((t0 - 63LL), 0LL);
  // q of this thread's query: φ(q)·scale in 32 registers
  long long qrow = ((((b * T) + min(tq, (T - 1LL))) * 768LL) + (h * 32LL));
  float q0 = ((float)__half2float(qkv[qrow + 0LL]));
  float q1 = ((float)__half2float(qkv[qrow + 1LL]));
  float q2 = ((float)__half2float(qkv[qrow + 2LL]));
  float q3 = ((float)__half2float(qkv[qrow + 3LL]));
  float q4 = ((float)__half2float(qkv[qrow + 4LL]));
  float q5 = ((float)__half2float(qkv[qrow + 5LL]));
  float q6 = ((float)__half2float(qkv[qrow + 6LL]));
  float q7 = ((float)__half2float(qkv[qrow + 7LL]));
  float q8 = ((float)__half2float(qkv[qrow + 8LL]));
  float q9 = ((float)__half2float(qkv[qrow + 9LL]));
  float q10 = ((float)__half2float(qkv[qrow + 10LL]));
  float q11 = ((float)__half2float(qkv[qrow + 11LL]));
  float q12 = ((float)__half2float(qkv[qrow + 12LL]));
  float q13 = ((float)__half2float(qkv[qrow + 13LL]));
  float q14 = ((float)__half2float(qkv[qrow + 14LL]));
  float q15 = ((float)__half2float(qkv[qrow + 15LL]));
  float q16 = ((float)__half2float(qkv[qrow + 16LL]));
  float q17 = ((float)__half2float(qkv[qrow + 17LL]));
  float q18 = ((float)__half2float(qkv[qrow + 18LL]));
  float q19 = ((float)__half2float(qkv[qrow + 19LL]));
  float q20 = ((float)__half2float(qkv[qrow + 20LL]));
  float q21 = ((float)__half2float(qkv[qrow + 21LL]));
  float q22 = ((float)__half2float(qkv[qrow + 22LL]));
  float q23 = ((float)__half2float(qkv[qrow + 23LL]));
  float q24 = ((float)__half2float(qkv[qrow + 24LL]));
  float q25 = ((float)__half2float(qkv[qrow + 25LL]));
  float q26 = ((float)__half2float(qkv[qrow + 26LL]));
  float q27 = ((float)__half2float(qkv[qrow + 27LL]));
  float q28 = ((float)__half2float(qkv[qrow + 28LL]));
  float q29 = ((float)__half2float(qkv[qrow + 29LL]));
  float q30 = ((float)__half2float(qkv[qrow + 30LL]));
  float q31 = ((float)__half2float(qkv[qrow + 31LL]));
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
  for (long long j0 = klo; j0 < tend; j0 += 32LL) {
    long long nk = min(32LL, (tend - j0));
    // stage φ(k) and v of keys [j0, j0+nk); rows past nk are 0
    for (long long x = tid; x < 1024LL; x += 128LL) {
      long long kj = (x / 32LL);
      long long kd = (x % 32LL);
      ks[((kj * 33LL) + kd)] = ((kj < nk) ? ((float)__half2float(qkv[(((b * T) + min((j0 + kj), (T - 1LL))) * 768LL) + (256LL + ((h * 32LL) + kd))])) : 0.0f);
    }
    for (long long x1 = tid; x1 < 1024LL; x1 += 128LL) {
      long long vj = (x1 / 32LL);
      long long vc = (x1 % 32LL);
      vs[x1] = (((vj < nk) && (vc < 32LL)) ? ((float)__half2float(qkv[(((b * T) + min((j0 + vj), (T - 1LL))) * 768LL) + (512LL + ((h * 32LL) + min(vc, 31LL)))])) : 0.0f);
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
      ss[((qi * 33LL) + j)] = ((((j0 + j) <= tq) && (((j0 + j) + 64LL) > tq)) ? dot : (-INFINITY));
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
    long long ob = ((((b * T) + tq) * 256LL) + ((h * 32LL) + (g * 8LL)));
    float inv = ((l > 0.0f) ? (1.0f / l) : 0.0f);
    o[(ob + 0LL)] = __float2half((acc0 * inv));
    o[(ob + 1LL)] = __float2half((acc1 * inv));
    o[(ob + 2LL)] = __float2half((acc2 * inv));
    o[(ob + 3LL)] = __float2half((acc3 * inv));
    o[(ob + 4LL)] = __float2half((acc4 * inv));
    o[(ob + 5LL)] = __float2half((acc5 * inv));
    o[(ob + 6LL)] = __float2half((acc6 * inv));
    o[(ob + 7LL)] = __float2half((acc7 * inv));
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x4 = fused.attention_residual %x3, %L3.qkv, @L3.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(256) x4__fused_attention_residual_wo__l17(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 256LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 256LL)) {
    long long idx = ((row * 256LL) + col);
    y[idx] = __float2half((acc + ((float)__half2float(res[idx]))));
  }
}

// layernorm: %L4.h = layernorm %x4, @L4.norm.weight, @L4.norm.bias {eps=1e-05} : f16[B,T,256]
// from examples/hybrid.hopf:19:3
extern "C" __global__ void __launch_bounds__(128) L4_h__layernorm__l19(const __half* __restrict__ x, const __half* __restrict__ weight, const __half* __restrict__ bias, __half* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 256LL);
  float sum = 0.0f;
  for (long long sum_i = tid; sum_i < 256LL; sum_i += 128LL) {
    sum = (sum + ((float)__half2float(x[base + sum_i])));
  }
  red[tid] = sum;
  __syncthreads();
  for (long long sum_s = 0LL; sum_s < 7LL; sum_s += 1LL) {
    long long sum_stride = (64LL >> sum_s);
    if (tid < sum_stride) {
      red[tid] = (red[tid] + red[tid + sum_stride]);
    }
    __syncthreads();
  }
  float sum_total = red[0LL];
  __syncthreads();
  float mean = (sum_total / 256.0f);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 256LL; sq_i += 128LL) {
    sq = (sq + ((((float)__half2float(x[base + sq_i])) - mean) * (((float)__half2float(x[base + sq_i])) - mean)));
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
  float inv = rsqrtf(((sq_total / 256.0f) + 1e-05f));
  for (long long i = tid; i < 256LL; i += 128LL) {
    y[(base + i)] = __float2half(((((((float)__half2float(x[base + i])) - mean) * inv) * ((float)__half2float(weight[i]))) + ((float)__half2float(bias[i]))));
  }
}

// tiled GEMM 768×256: %L4.qkv = linear %L4.h, @L4.w_qkv : f16[B,T,768]
// from examples/hybrid.hopf:19:3
extern "C" __global__ void __launch_bounds__(256) L4_qkv__linear__l19(const __half* __restrict__ x, const __half* __restrict__ w, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 768LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 768LL)) {
    long long idx = ((row * 768LL) + col);
    y[idx] = __float2half(acc);
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x5 = fused.attention_residual %x4, %L4.qkv, @L4.w_o {heads=4, d_head=64, d_value=64, kind=softmax, mask=causal, scale=0.125, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:19:3
extern "C" __global__ void __launch_bounds__(256) x5__fused_attention_residual_attn__l19(const __half* __restrict__ qkv, __half* __restrict__ o, long long B, long long T) {
  __shared__ float ks[2080];
  __shared__ float vs[2048];
  __shared__ float ss[1056];
  // softmax attention, mask causal, feature identity: 32 queries × 8 column groups of 8 per block, key tiles of 32
  long long tid = (long long)threadIdx.x;
  long long qi = (tid / 8LL);
  long long g = (tid % 8LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 32LL);
  long long tq = (t0 + qi);
  long long tend = min((t0 + 32LL), T);
  // q of this thread's query: φ(q)·scale in 64 registers
  long long qrow = ((((b * T) + min(tq, (T - 1LL))) * 768LL) + (h * 64LL));
  float q0 = ((float)__half2float(qkv[qrow + 0LL]));
  float q1 = ((float)__half2float(qkv[qrow + 1LL]));
  float q2 = ((float)__half2float(qkv[qrow + 2LL]));
  float q3 = ((float)__half2float(qkv[qrow + 3LL]));
  float q4 = ((float)__half2float(qkv[qrow + 4LL]));
  float q5 = ((float)__half2float(qkv[qrow + 5LL]));
  float q6 = ((float)__half2float(qkv[qrow + 6LL]));
  float q7 = ((float)__half2float(qkv[qrow + 7LL]));
  float q8 = ((float)__half2float(qkv[qrow + 8LL]));
  float q9 = ((float)__half2float(qkv[qrow + 9LL]));
  float q10 = ((float)__half2float(qkv[qrow + 10LL]));
  float q11 = ((float)__half2float(qkv[qrow + 11LL]));
  float q12 = ((float)__half2float(qkv[qrow + 12LL]));
  float q13 = ((float)__half2float(qkv[qrow + 13LL]));
  float q14 = ((float)__half2float(qkv[qrow + 14LL]));
  float q15 = ((float)__half2float(qkv[qrow + 15LL]));
  float q16 = ((float)__half2float(qkv[qrow + 16LL]));
  float q17 = ((float)__half2float(qkv[qrow + 17LL]));
  float q18 = ((float)__half2float(qkv[qrow + 18LL]));
  float q19 = ((float)__half2float(qkv[qrow + 19LL]));
  float q20 = ((float)__half2float(qkv[qrow + 20LL]));
  float q21 = ((float)__half2float(qkv[qrow + 21LL]));
  float q22 = ((float)__half2float(qkv[qrow + 22LL]));
  float q23 = ((float)__half2float(qkv[qrow + 23LL]));
  float q24 = ((float)__half2float(qkv[qrow + 24LL]));
  float q25 = ((float)__half2float(qkv[qrow + 25LL]));
  float q26 = ((float)__half2float(qkv[qrow + 26LL]));
  float q27 = ((float)__half2float(qkv[qrow + 27LL]));
  float q28 = ((float)__half2float(qkv[qrow + 28LL]));
  float q29 = ((float)__half2float(qkv[qrow + 29LL]));
  float q30 = ((float)__half2float(qkv[qrow + 30LL]));
  float q31 = ((float)__half2float(qkv[qrow + 31LL]));
  float q32 = ((float)__half2float(qkv[qrow + 32LL]));
  float q33 = ((float)__half2float(qkv[qrow + 33LL]));
  float q34 = ((float)__half2float(qkv[qrow + 34LL]));
  float q35 = ((float)__half2float(qkv[qrow + 35LL]));
  float q36 = ((float)__half2float(qkv[qrow + 36LL]));
  float q37 = ((float)__half2float(qkv[qrow + 37LL]));
  float q38 = ((float)__half2float(qkv[qrow + 38LL]));
  float q39 = ((float)__half2float(qkv[qrow + 39LL]));
  float q40 = ((float)__half2float(qkv[qrow + 40LL]));
  float q41 = ((float)__half2float(qkv[qrow + 41LL]));
  float q42 = ((float)__half2float(qkv[qrow + 42LL]));
  float q43 = ((float)__half2float(qkv[qrow + 43LL]));
  float q44 = ((float)__half2float(qkv[qrow + 44LL]));
  float q45 = ((float)__half2float(qkv[qrow + 45LL]));
  float q46 = ((float)__half2float(qkv[qrow + 46LL]));
  float q47 = ((float)__half2float(qkv[qrow + 47LL]));
  float q48 = ((float)__half2float(qkv[qrow + 48LL]));
  float q49 = ((float)__half2float(qkv[qrow + 49LL]));
  float q50 = ((float)__half2float(qkv[qrow + 50LL]));
  float q51 = ((float)__half2float(qkv[qrow + 51LL]));
  float q52 = ((float)__half2float(qkv[qrow + 52LL]));
  float q53 = ((float)__half2float(qkv[qrow + 53LL]));
  float q54 = ((float)__half2float(qkv[qrow + 54LL]));
  float q55 = ((float)__half2float(qkv[qrow + 55LL]));
  float q56 = ((float)__half2float(qkv[qrow + 56LL]));
  float q57 = ((float)__half2float(qkv[qrow + 57LL]));
  float q58 = ((float)__half2float(qkv[qrow + 58LL]));
  float q59 = ((float)__half2float(qkv[qrow + 59LL]));
  float q60 = ((float)__half2float(qkv[qrow + 60LL]));
  float q61 = ((float)__half2float(qkv[qrow + 61LL]));
  float q62 = ((float)__half2float(qkv[qrow + 62LL]));
  float q63 = ((float)__half2float(qkv[qrow + 63LL]));
  q0 = (q0 * 0.125f);
  q1 = (q1 * 0.125f);
  q2 = (q2 * 0.125f);
  q3 = (q3 * 0.125f);
  q4 = (q4 * 0.125f);
  q5 = (q5 * 0.125f);
  q6 = (q6 * 0.125f);
  q7 = (q7 * 0.125f);
  q8 = (q8 * 0.125f);
  q9 = (q9 * 0.125f);
  q10 = (q10 * 0.125f);
  q11 = (q11 * 0.125f);
  q12 = (q12 * 0.125f);
  q13 = (q13 * 0.125f);
  q14 = (q14 * 0.125f);
  q15 = (q15 * 0.125f);
  q16 = (q16 * 0.125f);
  q17 = (q17 * 0.125f);
  q18 = (q18 * 0.125f);
  q19 = (q19 * 0.125f);
  q20 = (q20 * 0.125f);
  q21 = (q21 * 0.125f);
  q22 = (q22 * 0.125f);
  q23 = (q23 * 0.125f);
  q24 = (q24 * 0.125f);
  q25 = (q25 * 0.125f);
  q26 = (q26 * 0.125f);
  q27 = (q27 * 0.125f);
  q28 = (q28 * 0.125f);
  q29 = (q29 * 0.125f);
  q30 = (q30 * 0.125f);
  q31 = (q31 * 0.125f);
  q32 = (q32 * 0.125f);
  q33 = (q33 * 0.125f);
  q34 = (q34 * 0.125f);
  q35 = (q35 * 0.125f);
  q36 = (q36 * 0.125f);
  q37 = (q37 * 0.125f);
  q38 = (q38 * 0.125f);
  q39 = (q39 * 0.125f);
  q40 = (q40 * 0.125f);
  q41 = (q41 * 0.125f);
  q42 = (q42 * 0.125f);
  q43 = (q43 * 0.125f);
  q44 = (q44 * 0.125f);
  q45 = (q45 * 0.125f);
  q46 = (q46 * 0.125f);
  q47 = (q47 * 0.125f);
  q48 = (q48 * 0.125f);
  q49 = (q49 * 0.125f);
  q50 = (q50 * 0.125f);
  q51 = (q51 * 0.125f);
  q52 = (q52 * 0.125f);
  q53 = (q53 * 0.125f);
  q54 = (q54 * 0.125f);
  q55 = (q55 * 0.125f);
  q56 = (q56 * 0.125f);
  q57 = (q57 * 0.125f);
  q58 = (q58 * 0.125f);
  q59 = (q59 * 0.125f);
  q60 = (q60 * 0.125f);
  q61 = (q61 * 0.125f);
  q62 = (q62 * 0.125f);
  q63 = (q63 * 0.125f);
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
    for (long long x = tid; x < 2048LL; x += 256LL) {
      long long kj = (x / 64LL);
      long long kd = (x % 64LL);
      ks[((kj * 65LL) + kd)] = ((kj < nk) ? ((float)__half2float(qkv[(((b * T) + min((j0 + kj), (T - 1LL))) * 768LL) + (256LL + ((h * 64LL) + kd))])) : 0.0f);
    }
    for (long long x1 = tid; x1 < 2048LL; x1 += 256LL) {
      long long vj = (x1 / 64LL);
      long long vc = (x1 % 64LL);
      vs[x1] = (((vj < nk) && (vc < 64LL)) ? ((float)__half2float(qkv[(((b * T) + min((j0 + vj), (T - 1LL))) * 768LL) + (512LL + ((h * 64LL) + min(vc, 63LL)))])) : 0.0f);
    }
    __syncthreads();
    // scores of query qi against keys j ≡ g (mod 8)
    for (long long j = g; j < nk; j += 8LL) {
      long long kb = (j * 65LL);
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
      dot = (dot + (q32 * ks[kb + 32LL]));
      dot = (dot + (q33 * ks[kb + 33LL]));
      dot = (dot + (q34 * ks[kb + 34LL]));
      dot = (dot + (q35 * ks[kb + 35LL]));
      dot = (dot + (q36 * ks[kb + 36LL]));
      dot = (dot + (q37 * ks[kb + 37LL]));
      dot = (dot + (q38 * ks[kb + 38LL]));
      dot = (dot + (q39 * ks[kb + 39LL]));
      dot = (dot + (q40 * ks[kb + 40LL]));
      dot = (dot + (q41 * ks[kb + 41LL]));
      dot = (dot + (q42 * ks[kb + 42LL]));
      dot = (dot + (q43 * ks[kb + 43LL]));
      dot = (dot + (q44 * ks[kb + 44LL]));
      dot = (dot + (q45 * ks[kb + 45LL]));
      dot = (dot + (q46 * ks[kb + 46LL]));
      dot = (dot + (q47 * ks[kb + 47LL]));
      dot = (dot + (q48 * ks[kb + 48LL]));
      dot = (dot + (q49 * ks[kb + 49LL]));
      dot = (dot + (q50 * ks[kb + 50LL]));
      dot = (dot + (q51 * ks[kb + 51LL]));
      dot = (dot + (q52 * ks[kb + 52LL]));
      dot = (dot + (q53 * ks[kb + 53LL]));
      dot = (dot + (q54 * ks[kb + 54LL]));
      dot = (dot + (q55 * ks[kb + 55LL]));
      dot = (dot + (q56 * ks[kb + 56LL]));
      dot = (dot + (q57 * ks[kb + 57LL]));
      dot = (dot + (q58 * ks[kb + 58LL]));
      dot = (dot + (q59 * ks[kb + 59LL]));
      dot = (dot + (q60 * ks[kb + 60LL]));
      dot = (dot + (q61 * ks[kb + 61LL]));
      dot = (dot + (q62 * ks[kb + 62LL]));
      dot = (dot + (q63 * ks[kb + 63LL]));
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
        long long vb = ((j2 * 64LL) + (g * 8LL));
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
    long long ob = ((((b * T) + tq) * 256LL) + ((h * 64LL) + (g * 8LL)));
    float inv = ((l > 0.0f) ? (1.0f / l) : 0.0f);
    o[(ob + 0LL)] = __float2half((acc0 * inv));
    o[(ob + 1LL)] = __float2half((acc1 * inv));
    o[(ob + 2LL)] = __float2half((acc2 * inv));
    o[(ob + 3LL)] = __float2half((acc3 * inv));
    o[(ob + 4LL)] = __float2half((acc4 * inv));
    o[(ob + 5LL)] = __float2half((acc5 * inv));
    o[(ob + 6LL)] = __float2half((acc6 * inv));
    o[(ob + 7LL)] = __float2half((acc7 * inv));
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x5 = fused.attention_residual %x4, %L4.qkv, @L4.w_o {heads=4, d_head=64, d_value=64, kind=softmax, mask=causal, scale=0.125, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:19:3
extern "C" __global__ void __launch_bounds__(256) x5__fused_attention_residual_wo__l19(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 256LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 256LL)) {
    long long idx = ((row * 256LL) + col);
    y[idx] = __float2half((acc + ((float)__half2float(res[idx]))));
  }
}

// layernorm: %xf = layernorm %x5, @norm_f.weight, @norm_f.bias {eps=1e-05} : f16[B,T,256]
// from examples/hybrid.hopf:21:3
extern "C" __global__ void __launch_bounds__(128) xf__layernorm__l21(const __half* __restrict__ x, const __half* __restrict__ weight, const __half* __restrict__ bias, __half* __restrict__ y) {
  __shared__ float red[128];
  long long tid = (long long)threadIdx.x;
  long long row = (long long)blockIdx.x;
  long long base = (row * 256LL);
  float sum = 0.0f;
  for (long long sum_i = tid; sum_i < 256LL; sum_i += 128LL) {
    sum = (sum + ((float)__half2float(x[base + sum_i])));
  }
  red[tid] = sum;
  __syncthreads();
  for (long long sum_s = 0LL; sum_s < 7LL; sum_s += 1LL) {
    long long sum_stride = (64LL >> sum_s);
    if (tid < sum_stride) {
      red[tid] = (red[tid] + red[tid + sum_stride]);
    }
    __syncthreads();
  }
  float sum_total = red[0LL];
  __syncthreads();
  float mean = (sum_total / 256.0f);
  float sq = 0.0f;
  for (long long sq_i = tid; sq_i < 256LL; sq_i += 128LL) {
    sq = (sq + ((((float)__half2float(x[base + sq_i])) - mean) * (((float)__half2float(x[base + sq_i])) - mean)));
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
  float inv = rsqrtf(((sq_total / 256.0f) + 1e-05f));
  for (long long i = tid; i < 256LL; i += 128LL) {
    y[(base + i)] = __float2half(((((((float)__half2float(x[base + i])) - mean) * inv) * ((float)__half2float(weight[i]))) + ((float)__half2float(bias[i]))));
  }
}

// tiled GEMM 512×256: %logits = unembed %xf, @unembed : f16[B,T,512]
// from examples/hybrid.hopf:22:3
extern "C" __global__ void __launch_bounds__(256) logits__unembed__l22(const __half* __restrict__ x, const __half* __restrict__ w, __half* __restrict__ y, long long M) {
  __shared__ float xs[256];
  __shared__ float ws[256];
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long row = (((long long)blockIdx.y * 16LL) + ty);
  long long col = (((long long)blockIdx.x * 16LL) + tx);
  long long wrow = (((long long)blockIdx.x * 16LL) + ty);
  float acc = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    long long kx = (k0 + tx);
    xs[((ty * 16LL) + tx)] = (((row < M) && (kx < 256LL)) ? ((float)__half2float(x[(row * 256LL) + kx])) : 0.0f);
    ws[((ty * 16LL) + tx)] = (((wrow < 512LL) && (kx < 256LL)) ? ((float)__half2float(w[(wrow * 256LL) + kx])) : 0.0f);
    __syncthreads();
    for (long long kk = 0LL; kk < 16LL; kk += 1LL) {
      acc = (acc + (xs[(ty * 16LL) + kk] * ws[(tx * 16LL) + kk]));
    }
    __syncthreads();
  }
  if ((row < M) && (col < 512LL)) {
    long long idx = ((row * 512LL) + col);
    y[idx] = __float2half(acc);
  }
}
