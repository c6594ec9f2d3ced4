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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 768LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 768LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 768LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 768LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 768LL) {
      long long idx = ((row01 * 768LL) + col);
      y[idx] = __float2half(acc0_0);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 768LL) {
      long long idx1 = ((row01 * 768LL) + col1);
      y[idx1] = __float2half(acc0_1);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 768LL) {
      long long idx2 = ((row01 * 768LL) + col2);
      y[idx2] = __float2half(acc0_2);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 768LL) {
      long long idx3 = ((row01 * 768LL) + col3);
      y[idx3] = __float2half(acc0_3);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 768LL) {
      long long idx4 = ((row1 * 768LL) + col4);
      y[idx4] = __float2half(acc1_0);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 768LL) {
      long long idx5 = ((row1 * 768LL) + col5);
      y[idx5] = __float2half(acc1_1);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 768LL) {
      long long idx6 = ((row1 * 768LL) + col6);
      y[idx6] = __float2half(acc1_2);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 768LL) {
      long long idx7 = ((row1 * 768LL) + col7);
      y[idx7] = __float2half(acc1_3);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 768LL) {
      long long idx8 = ((row2 * 768LL) + col8);
      y[idx8] = __float2half(acc2_0);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 768LL) {
      long long idx9 = ((row2 * 768LL) + col9);
      y[idx9] = __float2half(acc2_1);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 768LL) {
      long long idx10 = ((row2 * 768LL) + col10);
      y[idx10] = __float2half(acc2_2);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 768LL) {
      long long idx11 = ((row2 * 768LL) + col11);
      y[idx11] = __float2half(acc2_3);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 768LL) {
      long long idx12 = ((row3 * 768LL) + col12);
      y[idx12] = __float2half(acc3_0);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 768LL) {
      long long idx13 = ((row3 * 768LL) + col13);
      y[idx13] = __float2half(acc3_1);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 768LL) {
      long long idx14 = ((row3 * 768LL) + col14);
      y[idx14] = __float2half(acc3_2);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 768LL) {
      long long idx15 = ((row3 * 768LL) + col15);
      y[idx15] = __float2half(acc3_3);
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 256LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 256LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 256LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 256LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 256LL) {
      long long idx = ((row01 * 256LL) + col);
      y[idx] = __float2half((acc0_0 + ((float)__half2float(res[idx]))));
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 256LL) {
      long long idx1 = ((row01 * 256LL) + col1);
      y[idx1] = __float2half((acc0_1 + ((float)__half2float(res[idx1]))));
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 256LL) {
      long long idx2 = ((row01 * 256LL) + col2);
      y[idx2] = __float2half((acc0_2 + ((float)__half2float(res[idx2]))));
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 256LL) {
      long long idx3 = ((row01 * 256LL) + col3);
      y[idx3] = __float2half((acc0_3 + ((float)__half2float(res[idx3]))));
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 256LL) {
      long long idx4 = ((row1 * 256LL) + col4);
      y[idx4] = __float2half((acc1_0 + ((float)__half2float(res[idx4]))));
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 256LL) {
      long long idx5 = ((row1 * 256LL) + col5);
      y[idx5] = __float2half((acc1_1 + ((float)__half2float(res[idx5]))));
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 256LL) {
      long long idx6 = ((row1 * 256LL) + col6);
      y[idx6] = __float2half((acc1_2 + ((float)__half2float(res[idx6]))));
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 256LL) {
      long long idx7 = ((row1 * 256LL) + col7);
      y[idx7] = __float2half((acc1_3 + ((float)__half2float(res[idx7]))));
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 256LL) {
      long long idx8 = ((row2 * 256LL) + col8);
      y[idx8] = __float2half((acc2_0 + ((float)__half2float(res[idx8]))));
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 256LL) {
      long long idx9 = ((row2 * 256LL) + col9);
      y[idx9] = __float2half((acc2_1 + ((float)__half2float(res[idx9]))));
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 256LL) {
      long long idx10 = ((row2 * 256LL) + col10);
      y[idx10] = __float2half((acc2_2 + ((float)__half2float(res[idx10]))));
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 256LL) {
      long long idx11 = ((row2 * 256LL) + col11);
      y[idx11] = __float2half((acc2_3 + ((float)__half2float(res[idx11]))));
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 256LL) {
      long long idx12 = ((row3 * 256LL) + col12);
      y[idx12] = __float2half((acc3_0 + ((float)__half2float(res[idx12]))));
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 256LL) {
      long long idx13 = ((row3 * 256LL) + col13);
      y[idx13] = __float2half((acc3_1 + ((float)__half2float(res[idx13]))));
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 256LL) {
      long long idx14 = ((row3 * 256LL) + col14);
      y[idx14] = __float2half((acc3_2 + ((float)__half2float(res[idx14]))));
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 256LL) {
      long long idx15 = ((row3 * 256LL) + col15);
      y[idx15] = __float2half((acc3_3 + ((float)__half2float(res[idx15]))));
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 768LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 768LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 768LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 768LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 768LL) {
      long long idx = ((row01 * 768LL) + col);
      y[idx] = __float2half(acc0_0);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 768LL) {
      long long idx1 = ((row01 * 768LL) + col1);
      y[idx1] = __float2half(acc0_1);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 768LL) {
      long long idx2 = ((row01 * 768LL) + col2);
      y[idx2] = __float2half(acc0_2);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 768LL) {
      long long idx3 = ((row01 * 768LL) + col3);
      y[idx3] = __float2half(acc0_3);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 768LL) {
      long long idx4 = ((row1 * 768LL) + col4);
      y[idx4] = __float2half(acc1_0);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 768LL) {
      long long idx5 = ((row1 * 768LL) + col5);
      y[idx5] = __float2half(acc1_1);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 768LL) {
      long long idx6 = ((row1 * 768LL) + col6);
      y[idx6] = __float2half(acc1_2);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 768LL) {
      long long idx7 = ((row1 * 768LL) + col7);
      y[idx7] = __float2half(acc1_3);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 768LL) {
      long long idx8 = ((row2 * 768LL) + col8);
      y[idx8] = __float2half(acc2_0);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 768LL) {
      long long idx9 = ((row2 * 768LL) + col9);
      y[idx9] = __float2half(acc2_1);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 768LL) {
      long long idx10 = ((row2 * 768LL) + col10);
      y[idx10] = __float2half(acc2_2);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 768LL) {
      long long idx11 = ((row2 * 768LL) + col11);
      y[idx11] = __float2half(acc2_3);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 768LL) {
      long long idx12 = ((row3 * 768LL) + col12);
      y[idx12] = __float2half(acc3_0);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 768LL) {
      long long idx13 = ((row3 * 768LL) + col13);
      y[idx13] = __float2half(acc3_1);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 768LL) {
      long long idx14 = ((row3 * 768LL) + col14);
      y[idx14] = __float2half(acc3_2);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 768LL) {
      long long idx15 = ((row3 * 768LL) + col15);
      y[idx15] = __float2half(acc3_3);
    }
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(128) x2__fused_attention_residual_attn__l17(const __half* __restrict__ qkv, __half* __restrict__ o, long long B, long long T) {
  __shared__ __half ks[5120];
  __shared__ __half vs[5120];
  // softmax attention on tensor cores (mma m16n8k16, f16 in, f32 accumulate), mask window: 4 warps × 16 queries per block, key tiles of 64 in 2 stages
  long long tid = (long long)threadIdx.x;
  long long lane = (tid % 32LL);
  long long g = (lane / 4LL);
  long long q = (lane % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 64LL);
  long long tw = (t0 + ((tid / 32LL) * 16LL));
  long long tend = min((t0 + 64LL), T);
  long long tq0_0 = (tw + (g + 0LL));
  long long tq0_1 = (tw + (g + 8LL));
  long long klo = max((t0 - 63LL), 0LL);
  // q of the warp's 16 queries as 1×2 A fragments (queries past T read row T−1 and write nothing)
  long long qrow0_0 = ((((b * T) + min(tq0_0, (T - 1LL))) * 768LL) + ((h * 32LL) + (q * 2LL)));
  long long qrow0_1 = ((((b * T) + min(tq0_1, (T - 1LL))) * 768LL) + ((h * 32LL) + (q * 2LL)));
  __half qa0_0_0 = qkv[qrow0_0 + 0LL];
  __half qa0_0_1 = qkv[qrow0_0 + 1LL];
  __half qa0_0_2 = qkv[qrow0_1 + 0LL];
  __half qa0_0_3 = qkv[qrow0_1 + 1LL];
  __half qa0_0_4 = qkv[qrow0_0 + 8LL];
  __half qa0_0_5 = qkv[qrow0_0 + 9LL];
  __half qa0_0_6 = qkv[qrow0_1 + 8LL];
  __half qa0_0_7 = qkv[qrow0_1 + 9LL];
  __half qa0_1_0 = qkv[qrow0_0 + 16LL];
  __half qa0_1_1 = qkv[qrow0_0 + 17LL];
  __half qa0_1_2 = qkv[qrow0_1 + 16LL];
  __half qa0_1_3 = qkv[qrow0_1 + 17LL];
  __half qa0_1_4 = qkv[qrow0_0 + 24LL];
  __half qa0_1_5 = qkv[qrow0_0 + 25LL];
  __half qa0_1_6 = qkv[qrow0_1 + 24LL];
  __half qa0_1_7 = qkv[qrow0_1 + 25LL];
  float m0_0 = (-INFINITY);
  float l0_0 = 0.0f;
  float m0_1 = (-INFINITY);
  float l0_1 = 0.0f;
  float o0_0_0 = 0.0f;
  float o0_0_1 = 0.0f;
  float o0_0_2 = 0.0f;
  float o0_0_3 = 0.0f;
  float o0_1_0 = 0.0f;
  float o0_1_1 = 0.0f;
  float o0_1_2 = 0.0f;
  float o0_1_3 = 0.0f;
  float o0_2_0 = 0.0f;
  float o0_2_1 = 0.0f;
  float o0_2_2 = 0.0f;
  float o0_2_3 = 0.0f;
  float o0_3_0 = 0.0f;
  float o0_3_1 = 0.0f;
  float o0_3_2 = 0.0f;
  float o0_3_3 = 0.0f;
  float s0_0_0 = 0.0f;
  float s0_0_1 = 0.0f;
  float s0_0_2 = 0.0f;
  float s0_0_3 = 0.0f;
  float s0_1_0 = 0.0f;
  float s0_1_1 = 0.0f;
  float s0_1_2 = 0.0f;
  float s0_1_3 = 0.0f;
  float s0_2_0 = 0.0f;
  float s0_2_1 = 0.0f;
  float s0_2_2 = 0.0f;
  float s0_2_3 = 0.0f;
  float s0_3_0 = 0.0f;
  float s0_3_1 = 0.0f;
  float s0_3_2 = 0.0f;
  float s0_3_3 = 0.0f;
  float s0_4_0 = 0.0f;
  float s0_4_1 = 0.0f;
  float s0_4_2 = 0.0f;
  float s0_4_3 = 0.0f;
  float s0_5_0 = 0.0f;
  float s0_5_1 = 0.0f;
  float s0_5_2 = 0.0f;
  float s0_5_3 = 0.0f;
  float s0_6_0 = 0.0f;
  float s0_6_1 = 0.0f;
  float s0_6_2 = 0.0f;
  float s0_6_3 = 0.0f;
  float s0_7_0 = 0.0f;
  float s0_7_1 = 0.0f;
  float s0_7_2 = 0.0f;
  float s0_7_3 = 0.0f;
  long long r8 = (lane % 8LL);
  long long mi = (lane / 8LL);
  long long krow = ((r8 * 40LL) + (mi * 8LL));
  long long vrow = (((r8 + ((mi % 2LL) * 8LL)) * 40LL) + ((mi / 2LL) * 8LL));
  // two stages: tile i+1 is copied (cp.async, 16 bytes a copy) while tile i is used; rows past the visible range are 0
  for (long long x = tid; x < 256LL; x += 128LL) {
    long long kj = (x / 4LL);
    long long kd = ((x % 4LL) * 8LL);
    long long ktk = (klo + kj);
    long long ki = ((0LL * 2560LL) + ((kj * 40LL) + kd));
    if (ktk < tend) {
      asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&ks[ki])), "l"(&qkv[(((b * T) + ktk) * 768LL) + ((256LL + (h * 32LL)) + kd)]) : "memory"); // 8 × f16
    } else {
      ks[(ki + 0LL)] = __float2half(0.0f);
      ks[(ki + 1LL)] = __float2half(0.0f);
      ks[(ki + 2LL)] = __float2half(0.0f);
      ks[(ki + 3LL)] = __float2half(0.0f);
      ks[(ki + 4LL)] = __float2half(0.0f);
      ks[(ki + 5LL)] = __float2half(0.0f);
      ks[(ki + 6LL)] = __float2half(0.0f);
      ks[(ki + 7LL)] = __float2half(0.0f);
    }
  }
  for (long long x1 = tid; x1 < 256LL; x1 += 128LL) {
    long long vj = (x1 / 4LL);
    long long vd = ((x1 % 4LL) * 8LL);
    long long vtk = (klo + vj);
    long long vi = ((0LL * 2560LL) + ((vj * 40LL) + vd));
    if (vtk < tend) {
      asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&vs[vi])), "l"(&qkv[(((b * T) + vtk) * 768LL) + ((512LL + (h * 32LL)) + vd)]) : "memory"); // 8 × f16
    } else {
      vs[(vi + 0LL)] = __float2half(0.0f);
      vs[(vi + 1LL)] = __float2half(0.0f);
      vs[(vi + 2LL)] = __float2half(0.0f);
      vs[(vi + 3LL)] = __float2half(0.0f);
      vs[(vi + 4LL)] = __float2half(0.0f);
      vs[(vi + 5LL)] = __float2half(0.0f);
      vs[(vi + 6LL)] = __float2half(0.0f);
      vs[(vi + 7LL)] = __float2half(0.0f);
    }
  }
  asm volatile("cp.async.commit_group;" ::: "memory");
  for (long long j0 = klo; j0 < tend; j0 += 64LL) {
    long long st = (((j0 - klo) / 64LL) % 2LL);
    long long jn = (j0 + 64LL);
    if (jn < tend) {
      for (long long x2 = tid; x2 < 256LL; x2 += 128LL) {
        long long kj1 = (x2 / 4LL);
        long long kd1 = ((x2 % 4LL) * 8LL);
        long long ktk1 = (jn + kj1);
        long long ki1 = (((1LL - st) * 2560LL) + ((kj1 * 40LL) + kd1));
        if (ktk1 < tend) {
          asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&ks[ki1])), "l"(&qkv[(((b * T) + ktk1) * 768LL) + ((256LL + (h * 32LL)) + kd1)]) : "memory"); // 8 × f16
        } else {
          ks[(ki1 + 0LL)] = __float2half(0.0f);
          ks[(ki1 + 1LL)] = __float2half(0.0f);
          ks[(ki1 + 2LL)] = __float2half(0.0f);
          ks[(ki1 + 3LL)] = __float2half(0.0f);
          ks[(ki1 + 4LL)] = __float2half(0.0f);
          ks[(ki1 + 5LL)] = __float2half(0.0f);
          ks[(ki1 + 6LL)] = __float2half(0.0f);
          ks[(ki1 + 7LL)] = __float2half(0.0f);
        }
      }
      for (long long x3 = tid; x3 < 256LL; x3 += 128LL) {
        long long vj1 = (x3 / 4LL);
        long long vd1 = ((x3 % 4LL) * 8LL);
        long long vtk1 = (jn + vj1);
        long long vi1 = (((1LL - st) * 2560LL) + ((vj1 * 40LL) + vd1));
        if (vtk1 < tend) {
          asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&vs[vi1])), "l"(&qkv[(((b * T) + vtk1) * 768LL) + ((512LL + (h * 32LL)) + vd1)]) : "memory"); // 8 × f16
        } else {
          vs[(vi1 + 0LL)] = __float2half(0.0f);
          vs[(vi1 + 1LL)] = __float2half(0.0f);
          vs[(vi1 + 2LL)] = __float2half(0.0f);
          vs[(vi1 + 3LL)] = __float2half(0.0f);
          vs[(vi1 + 4LL)] = __float2half(0.0f);
          vs[(vi1 + 5LL)] = __float2half(0.0f);
          vs[(vi1 + 6LL)] = __float2half(0.0f);
          vs[(vi1 + 7LL)] = __float2half(0.0f);
        }
      }
    }
    asm volatile("cp.async.commit_group;" ::: "memory");
    asm volatile("cp.async.wait_group 1;" ::: "memory");
    __syncthreads();
    long long kst = (krow + (st * 2560LL));
    long long vst = (vrow + (st * 2560LL));
    // scores S = q kᵀ of the warp's 16 queries × 64 keys: 16 mma, B fragments by ldmatrix
    __half kb0_0_0 = __float2half(0.0f);
    __half kb0_0_1 = __float2half(0.0f);
    __half kb0_0_2 = __float2half(0.0f);
    __half kb0_0_3 = __float2half(0.0f);
    __half kb0_0_4 = __float2half(0.0f);
    __half kb0_0_5 = __float2half(0.0f);
    __half kb0_0_6 = __float2half(0.0f);
    __half kb0_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 0LL])));
      kb0_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb0_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb0_0_0, kb0_0_1), __halves2half2(kb0_0_2, kb0_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb0_0_4, kb0_0_5), __halves2half2(kb0_0_6, kb0_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_0_0), "f"(s0_0_1), "f"(s0_0_2), "f"(s0_0_3));
    }
    __half kb1_0_0 = __float2half(0.0f);
    __half kb1_0_1 = __float2half(0.0f);
    __half kb1_0_2 = __float2half(0.0f);
    __half kb1_0_3 = __float2half(0.0f);
    __half kb1_0_4 = __float2half(0.0f);
    __half kb1_0_5 = __float2half(0.0f);
    __half kb1_0_6 = __float2half(0.0f);
    __half kb1_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 320LL])));
      kb1_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb1_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb1_0_0, kb1_0_1), __halves2half2(kb1_0_2, kb1_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb1_0_4, kb1_0_5), __halves2half2(kb1_0_6, kb1_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_1_0), "f"(s0_1_1), "f"(s0_1_2), "f"(s0_1_3));
    }
    __half kb2_0_0 = __float2half(0.0f);
    __half kb2_0_1 = __float2half(0.0f);
    __half kb2_0_2 = __float2half(0.0f);
    __half kb2_0_3 = __float2half(0.0f);
    __half kb2_0_4 = __float2half(0.0f);
    __half kb2_0_5 = __float2half(0.0f);
    __half kb2_0_6 = __float2half(0.0f);
    __half kb2_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 640LL])));
      kb2_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb2_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb2_0_0, kb2_0_1), __halves2half2(kb2_0_2, kb2_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb2_0_4, kb2_0_5), __halves2half2(kb2_0_6, kb2_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_2_0), "f"(s0_2_1), "f"(s0_2_2), "f"(s0_2_3));
    }
    __half kb3_0_0 = __float2half(0.0f);
    __half kb3_0_1 = __float2half(0.0f);
    __half kb3_0_2 = __float2half(0.0f);
    __half kb3_0_3 = __float2half(0.0f);
    __half kb3_0_4 = __float2half(0.0f);
    __half kb3_0_5 = __float2half(0.0f);
    __half kb3_0_6 = __float2half(0.0f);
    __half kb3_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 960LL])));
      kb3_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb3_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb3_0_0, kb3_0_1), __halves2half2(kb3_0_2, kb3_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb3_0_4, kb3_0_5), __halves2half2(kb3_0_6, kb3_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_3_0), "f"(s0_3_1), "f"(s0_3_2), "f"(s0_3_3));
    }
    __half kb4_0_0 = __float2half(0.0f);
    __half kb4_0_1 = __float2half(0.0f);
    __half kb4_0_2 = __float2half(0.0f);
    __half kb4_0_3 = __float2half(0.0f);
    __half kb4_0_4 = __float2half(0.0f);
    __half kb4_0_5 = __float2half(0.0f);
    __half kb4_0_6 = __float2half(0.0f);
    __half kb4_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1280LL])));
      kb4_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb4_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb4_0_0, kb4_0_1), __halves2half2(kb4_0_2, kb4_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb4_0_4, kb4_0_5), __halves2half2(kb4_0_6, kb4_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_4_0), "f"(s0_4_1), "f"(s0_4_2), "f"(s0_4_3));
    }
    __half kb5_0_0 = __float2half(0.0f);
    __half kb5_0_1 = __float2half(0.0f);
    __half kb5_0_2 = __float2half(0.0f);
    __half kb5_0_3 = __float2half(0.0f);
    __half kb5_0_4 = __float2half(0.0f);
    __half kb5_0_5 = __float2half(0.0f);
    __half kb5_0_6 = __float2half(0.0f);
    __half kb5_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1600LL])));
      kb5_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb5_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb5_0_0, kb5_0_1), __halves2half2(kb5_0_2, kb5_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb5_0_4, kb5_0_5), __halves2half2(kb5_0_6, kb5_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_5_0), "f"(s0_5_1), "f"(s0_5_2), "f"(s0_5_3));
    }
    __half kb6_0_0 = __float2half(0.0f);
    __half kb6_0_1 = __float2half(0.0f);
    __half kb6_0_2 = __float2half(0.0f);
    __half kb6_0_3 = __float2half(0.0f);
    __half kb6_0_4 = __float2half(0.0f);
    __half kb6_0_5 = __float2half(0.0f);
    __half kb6_0_6 = __float2half(0.0f);
    __half kb6_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1920LL])));
      kb6_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb6_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb6_0_0, kb6_0_1), __halves2half2(kb6_0_2, kb6_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb6_0_4, kb6_0_5), __halves2half2(kb6_0_6, kb6_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_6_0), "f"(s0_6_1), "f"(s0_6_2), "f"(s0_6_3));
    }
    __half kb7_0_0 = __float2half(0.0f);
    __half kb7_0_1 = __float2half(0.0f);
    __half kb7_0_2 = __float2half(0.0f);
    __half kb7_0_3 = __float2half(0.0f);
    __half kb7_0_4 = __float2half(0.0f);
    __half kb7_0_5 = __float2half(0.0f);
    __half kb7_0_6 = __float2half(0.0f);
    __half kb7_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 2240LL])));
      kb7_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb7_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb7_0_0, kb7_0_1), __halves2half2(kb7_0_2, kb7_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb7_0_4, kb7_0_5), __halves2half2(kb7_0_6, kb7_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_7_0), "f"(s0_7_1), "f"(s0_7_2), "f"(s0_7_3));
    }
    // scale (by log2 e too), mask, the running max of rows g and g+8 (over the row's 4 lanes), p = 2^(s − m) in place of the scores
    s0_0_0 = ((((j0 + ((q * 2LL) + 0LL)) < tend) && (((j0 + ((q * 2LL) + 0LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 0LL)) + 64LL) > tq0_0))) ? (s0_0_0 * 0.25503486f) : (-INFINITY));
    s0_0_1 = ((((j0 + ((q * 2LL) + 1LL)) < tend) && (((j0 + ((q * 2LL) + 1LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 1LL)) + 64LL) > tq0_0))) ? (s0_0_1 * 0.25503486f) : (-INFINITY));
    s0_0_2 = ((((j0 + ((q * 2LL) + 0LL)) < tend) && (((j0 + ((q * 2LL) + 0LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 0LL)) + 64LL) > tq0_1))) ? (s0_0_2 * 0.25503486f) : (-INFINITY));
    s0_0_3 = ((((j0 + ((q * 2LL) + 1LL)) < tend) && (((j0 + ((q * 2LL) + 1LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 1LL)) + 64LL) > tq0_1))) ? (s0_0_3 * 0.25503486f) : (-INFINITY));
    s0_1_0 = ((((j0 + ((q * 2LL) + 8LL)) < tend) && (((j0 + ((q * 2LL) + 8LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 8LL)) + 64LL) > tq0_0))) ? (s0_1_0 * 0.25503486f) : (-INFINITY));
    s0_1_1 = ((((j0 + ((q * 2LL) + 9LL)) < tend) && (((j0 + ((q * 2LL) + 9LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 9LL)) + 64LL) > tq0_0))) ? (s0_1_1 * 0.25503486f) : (-INFINITY));
    s0_1_2 = ((((j0 + ((q * 2LL) + 8LL)) < tend) && (((j0 + ((q * 2LL) + 8LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 8LL)) + 64LL) > tq0_1))) ? (s0_1_2 * 0.25503486f) : (-INFINITY));
    s0_1_3 = ((((j0 + ((q * 2LL) + 9LL)) < tend) && (((j0 + ((q * 2LL) + 9LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 9LL)) + 64LL) > tq0_1))) ? (s0_1_3 * 0.25503486f) : (-INFINITY));
    s0_2_0 = ((((j0 + ((q * 2LL) + 16LL)) < tend) && (((j0 + ((q * 2LL) + 16LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 16LL)) + 64LL) > tq0_0))) ? (s0_2_0 * 0.25503486f) : (-INFINITY));
    s0_2_1 = ((((j0 + ((q * 2LL) + 17LL)) < tend) && (((j0 + ((q * 2LL) + 17LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 17LL)) + 64LL) > tq0_0))) ? (s0_2_1 * 0.25503486f) : (-INFINITY));
    s0_2_2 = ((((j0 + ((q * 2LL) + 16LL)) < tend) && (((j0 + ((q * 2LL) + 16LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 16LL)) + 64LL) > tq0_1))) ? (s0_2_2 * 0.25503486f) : (-INFINITY));
    s0_2_3 = ((((j0 + ((q * 2LL) + 17LL)) < tend) && (((j0 + ((q * 2LL) + 17LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 17LL)) + 64LL) > tq0_1))) ? (s0_2_3 * 0.25503486f) : (-INFINITY));
    s0_3_0 = ((((j0 + ((q * 2LL) + 24LL)) < tend) && (((j0 + ((q * 2LL) + 24LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 24LL)) + 64LL) > tq0_0))) ? (s0_3_0 * 0.25503486f) : (-INFINITY));
    s0_3_1 = ((((j0 + ((q * 2LL) + 25LL)) < tend) && (((j0 + ((q * 2LL) + 25LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 25LL)) + 64LL) > tq0_0))) ? (s0_3_1 * 0.25503486f) : (-INFINITY));
    s0_3_2 = ((((j0 + ((q * 2LL) + 24LL)) < tend) && (((j0 + ((q * 2LL) + 24LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 24LL)) + 64LL) > tq0_1))) ? (s0_3_2 * 0.25503486f) : (-INFINITY));
    s0_3_3 = ((((j0 + ((q * 2LL) + 25LL)) < tend) && (((j0 + ((q * 2LL) + 25LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 25LL)) + 64LL) > tq0_1))) ? (s0_3_3 * 0.25503486f) : (-INFINITY));
    s0_4_0 = ((((j0 + ((q * 2LL) + 32LL)) < tend) && (((j0 + ((q * 2LL) + 32LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 32LL)) + 64LL) > tq0_0))) ? (s0_4_0 * 0.25503486f) : (-INFINITY));
    s0_4_1 = ((((j0 + ((q * 2LL) + 33LL)) < tend) && (((j0 + ((q * 2LL) + 33LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 33LL)) + 64LL) > tq0_0))) ? (s0_4_1 * 0.25503486f) : (-INFINITY));
    s0_4_2 = ((((j0 + ((q * 2LL) + 32LL)) < tend) && (((j0 + ((q * 2LL) + 32LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 32LL)) + 64LL) > tq0_1))) ? (s0_4_2 * 0.25503486f) : (-INFINITY));
    s0_4_3 = ((((j0 + ((q * 2LL) + 33LL)) < tend) && (((j0 + ((q * 2LL) + 33LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 33LL)) + 64LL) > tq0_1))) ? (s0_4_3 * 0.25503486f) : (-INFINITY));
    s0_5_0 = ((((j0 + ((q * 2LL) + 40LL)) < tend) && (((j0 + ((q * 2LL) + 40LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 40LL)) + 64LL) > tq0_0))) ? (s0_5_0 * 0.25503486f) : (-INFINITY));
    s0_5_1 = ((((j0 + ((q * 2LL) + 41LL)) < tend) && (((j0 + ((q * 2LL) + 41LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 41LL)) + 64LL) > tq0_0))) ? (s0_5_1 * 0.25503486f) : (-INFINITY));
    s0_5_2 = ((((j0 + ((q * 2LL) + 40LL)) < tend) && (((j0 + ((q * 2LL) + 40LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 40LL)) + 64LL) > tq0_1))) ? (s0_5_2 * 0.25503486f) : (-INFINITY));
    s0_5_3 = ((((j0 + ((q * 2LL) + 41LL)) < tend) && (((j0 + ((q * 2LL) + 41LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 41LL)) + 64LL) > tq0_1))) ? (s0_5_3 * 0.25503486f) : (-INFINITY));
    s0_6_0 = ((((j0 + ((q * 2LL) + 48LL)) < tend) && (((j0 + ((q * 2LL) + 48LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 48LL)) + 64LL) > tq0_0))) ? (s0_6_0 * 0.25503486f) : (-INFINITY));
    s0_6_1 = ((((j0 + ((q * 2LL) + 49LL)) < tend) && (((j0 + ((q * 2LL) + 49LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 49LL)) + 64LL) > tq0_0))) ? (s0_6_1 * 0.25503486f) : (-INFINITY));
    s0_6_2 = ((((j0 + ((q * 2LL) + 48LL)) < tend) && (((j0 + ((q * 2LL) + 48LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 48LL)) + 64LL) > tq0_1))) ? (s0_6_2 * 0.25503486f) : (-INFINITY));
    s0_6_3 = ((((j0 + ((q * 2LL) + 49LL)) < tend) && (((j0 + ((q * 2LL) + 49LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 49LL)) + 64LL) > tq0_1))) ? (s0_6_3 * 0.25503486f) : (-INFINITY));
    s0_7_0 = ((((j0 + ((q * 2LL) + 56LL)) < tend) && (((j0 + ((q * 2LL) + 56LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 56LL)) + 64LL) > tq0_0))) ? (s0_7_0 * 0.25503486f) : (-INFINITY));
    s0_7_1 = ((((j0 + ((q * 2LL) + 57LL)) < tend) && (((j0 + ((q * 2LL) + 57LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 57LL)) + 64LL) > tq0_0))) ? (s0_7_1 * 0.25503486f) : (-INFINITY));
    s0_7_2 = ((((j0 + ((q * 2LL) + 56LL)) < tend) && (((j0 + ((q * 2LL) + 56LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 56LL)) + 64LL) > tq0_1))) ? (s0_7_2 * 0.25503486f) : (-INFINITY));
    s0_7_3 = ((((j0 + ((q * 2LL) + 57LL)) < tend) && (((j0 + ((q * 2LL) + 57LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 57LL)) + 64LL) > tq0_1))) ? (s0_7_3 * 0.25503486f) : (-INFINITY));
    float mn0_0 = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(m0_0, fmaxf(s0_0_0, s0_0_1)), fmaxf(s0_1_0, s0_1_1)), fmaxf(s0_2_0, s0_2_1)), fmaxf(s0_3_0, s0_3_1)), fmaxf(s0_4_0, s0_4_1)), fmaxf(s0_5_0, s0_5_1)), fmaxf(s0_6_0, s0_6_1)), fmaxf(s0_7_0, s0_7_1));
    mn0_0 = fmaxf(mn0_0, __shfl_xor_sync(0xffffffffu, mn0_0, (int)1LL));
    mn0_0 = fmaxf(mn0_0, __shfl_xor_sync(0xffffffffu, mn0_0, (int)2LL));
    float mu0_0 = ((mn0_0 == (-INFINITY)) ? 0.0f : mn0_0);
    float alpha0_0 = exp2f((m0_0 - mu0_0));
    m0_0 = mn0_0;
    l0_0 = (l0_0 * alpha0_0);
    float mn0_1 = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(m0_1, fmaxf(s0_0_2, s0_0_3)), fmaxf(s0_1_2, s0_1_3)), fmaxf(s0_2_2, s0_2_3)), fmaxf(s0_3_2, s0_3_3)), fmaxf(s0_4_2, s0_4_3)), fmaxf(s0_5_2, s0_5_3)), fmaxf(s0_6_2, s0_6_3)), fmaxf(s0_7_2, s0_7_3));
    mn0_1 = fmaxf(mn0_1, __shfl_xor_sync(0xffffffffu, mn0_1, (int)1LL));
    mn0_1 = fmaxf(mn0_1, __shfl_xor_sync(0xffffffffu, mn0_1, (int)2LL));
    float mu0_1 = ((mn0_1 == (-INFINITY)) ? 0.0f : mn0_1);
    float alpha0_1 = exp2f((m0_1 - mu0_1));
    m0_1 = mn0_1;
    l0_1 = (l0_1 * alpha0_1);
    o0_0_0 = (o0_0_0 * alpha0_0);
    o0_0_1 = (o0_0_1 * alpha0_0);
    o0_0_2 = (o0_0_2 * alpha0_1);
    o0_0_3 = (o0_0_3 * alpha0_1);
    o0_1_0 = (o0_1_0 * alpha0_0);
    o0_1_1 = (o0_1_1 * alpha0_0);
    o0_1_2 = (o0_1_2 * alpha0_1);
    o0_1_3 = (o0_1_3 * alpha0_1);
    o0_2_0 = (o0_2_0 * alpha0_0);
    o0_2_1 = (o0_2_1 * alpha0_0);
    o0_2_2 = (o0_2_2 * alpha0_1);
    o0_2_3 = (o0_2_3 * alpha0_1);
    o0_3_0 = (o0_3_0 * alpha0_0);
    o0_3_1 = (o0_3_1 * alpha0_0);
    o0_3_2 = (o0_3_2 * alpha0_1);
    o0_3_3 = (o0_3_3 * alpha0_1);
    s0_0_0 = exp2f((s0_0_0 - mu0_0));
    l0_0 = (l0_0 + s0_0_0);
    s0_0_1 = exp2f((s0_0_1 - mu0_0));
    l0_0 = (l0_0 + s0_0_1);
    s0_0_2 = exp2f((s0_0_2 - mu0_1));
    l0_1 = (l0_1 + s0_0_2);
    s0_0_3 = exp2f((s0_0_3 - mu0_1));
    l0_1 = (l0_1 + s0_0_3);
    s0_1_0 = exp2f((s0_1_0 - mu0_0));
    l0_0 = (l0_0 + s0_1_0);
    s0_1_1 = exp2f((s0_1_1 - mu0_0));
    l0_0 = (l0_0 + s0_1_1);
    s0_1_2 = exp2f((s0_1_2 - mu0_1));
    l0_1 = (l0_1 + s0_1_2);
    s0_1_3 = exp2f((s0_1_3 - mu0_1));
    l0_1 = (l0_1 + s0_1_3);
    s0_2_0 = exp2f((s0_2_0 - mu0_0));
    l0_0 = (l0_0 + s0_2_0);
    s0_2_1 = exp2f((s0_2_1 - mu0_0));
    l0_0 = (l0_0 + s0_2_1);
    s0_2_2 = exp2f((s0_2_2 - mu0_1));
    l0_1 = (l0_1 + s0_2_2);
    s0_2_3 = exp2f((s0_2_3 - mu0_1));
    l0_1 = (l0_1 + s0_2_3);
    s0_3_0 = exp2f((s0_3_0 - mu0_0));
    l0_0 = (l0_0 + s0_3_0);
    s0_3_1 = exp2f((s0_3_1 - mu0_0));
    l0_0 = (l0_0 + s0_3_1);
    s0_3_2 = exp2f((s0_3_2 - mu0_1));
    l0_1 = (l0_1 + s0_3_2);
    s0_3_3 = exp2f((s0_3_3 - mu0_1));
    l0_1 = (l0_1 + s0_3_3);
    s0_4_0 = exp2f((s0_4_0 - mu0_0));
    l0_0 = (l0_0 + s0_4_0);
    s0_4_1 = exp2f((s0_4_1 - mu0_0));
    l0_0 = (l0_0 + s0_4_1);
    s0_4_2 = exp2f((s0_4_2 - mu0_1));
    l0_1 = (l0_1 + s0_4_2);
    s0_4_3 = exp2f((s0_4_3 - mu0_1));
    l0_1 = (l0_1 + s0_4_3);
    s0_5_0 = exp2f((s0_5_0 - mu0_0));
    l0_0 = (l0_0 + s0_5_0);
    s0_5_1 = exp2f((s0_5_1 - mu0_0));
    l0_0 = (l0_0 + s0_5_1);
    s0_5_2 = exp2f((s0_5_2 - mu0_1));
    l0_1 = (l0_1 + s0_5_2);
    s0_5_3 = exp2f((s0_5_3 - mu0_1));
    l0_1 = (l0_1 + s0_5_3);
    s0_6_0 = exp2f((s0_6_0 - mu0_0));
    l0_0 = (l0_0 + s0_6_0);
    s0_6_1 = exp2f((s0_6_1 - mu0_0));
    l0_0 = (l0_0 + s0_6_1);
    s0_6_2 = exp2f((s0_6_2 - mu0_1));
    l0_1 = (l0_1 + s0_6_2);
    s0_6_3 = exp2f((s0_6_3 - mu0_1));
    l0_1 = (l0_1 + s0_6_3);
    s0_7_0 = exp2f((s0_7_0 - mu0_0));
    l0_0 = (l0_0 + s0_7_0);
    s0_7_1 = exp2f((s0_7_1 - mu0_0));
    l0_0 = (l0_0 + s0_7_1);
    s0_7_2 = exp2f((s0_7_2 - mu0_1));
    l0_1 = (l0_1 + s0_7_2);
    s0_7_3 = exp2f((s0_7_3 - mu0_1));
    l0_1 = (l0_1 + s0_7_3);
    // o += p v: the score fragments are the A fragments (16 mma, B fragments by ldmatrix .trans)
    __half vb0_0_0 = __float2half(0.0f);
    __half vb0_0_1 = __float2half(0.0f);
    __half vb0_0_2 = __float2half(0.0f);
    __half vb0_0_3 = __float2half(0.0f);
    __half vb0_0_4 = __float2half(0.0f);
    __half vb0_0_5 = __float2half(0.0f);
    __half vb0_0_6 = __float2half(0.0f);
    __half vb0_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 0LL])));
      vb0_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_0_0, vb0_0_1), __halves2half2(vb0_0_2, vb0_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_0_4, vb0_0_5), __halves2half2(vb0_0_6, vb0_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb0_2_0 = __float2half(0.0f);
    __half vb0_2_1 = __float2half(0.0f);
    __half vb0_2_2 = __float2half(0.0f);
    __half vb0_2_3 = __float2half(0.0f);
    __half vb0_2_4 = __float2half(0.0f);
    __half vb0_2_5 = __float2half(0.0f);
    __half vb0_2_6 = __float2half(0.0f);
    __half vb0_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 16LL])));
      vb0_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_2_0, vb0_2_1), __halves2half2(vb0_2_2, vb0_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_2_4, vb0_2_5), __halves2half2(vb0_2_6, vb0_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb1_0_0 = __float2half(0.0f);
    __half vb1_0_1 = __float2half(0.0f);
    __half vb1_0_2 = __float2half(0.0f);
    __half vb1_0_3 = __float2half(0.0f);
    __half vb1_0_4 = __float2half(0.0f);
    __half vb1_0_5 = __float2half(0.0f);
    __half vb1_0_6 = __float2half(0.0f);
    __half vb1_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 640LL])));
      vb1_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_0_0, vb1_0_1), __halves2half2(vb1_0_2, vb1_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_0_4, vb1_0_5), __halves2half2(vb1_0_6, vb1_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb1_2_0 = __float2half(0.0f);
    __half vb1_2_1 = __float2half(0.0f);
    __half vb1_2_2 = __float2half(0.0f);
    __half vb1_2_3 = __float2half(0.0f);
    __half vb1_2_4 = __float2half(0.0f);
    __half vb1_2_5 = __float2half(0.0f);
    __half vb1_2_6 = __float2half(0.0f);
    __half vb1_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 656LL])));
      vb1_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_2_0, vb1_2_1), __halves2half2(vb1_2_2, vb1_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_2_4, vb1_2_5), __halves2half2(vb1_2_6, vb1_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb2_0_0 = __float2half(0.0f);
    __half vb2_0_1 = __float2half(0.0f);
    __half vb2_0_2 = __float2half(0.0f);
    __half vb2_0_3 = __float2half(0.0f);
    __half vb2_0_4 = __float2half(0.0f);
    __half vb2_0_5 = __float2half(0.0f);
    __half vb2_0_6 = __float2half(0.0f);
    __half vb2_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1280LL])));
      vb2_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_0_0, vb2_0_1), __halves2half2(vb2_0_2, vb2_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_0_4, vb2_0_5), __halves2half2(vb2_0_6, vb2_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb2_2_0 = __float2half(0.0f);
    __half vb2_2_1 = __float2half(0.0f);
    __half vb2_2_2 = __float2half(0.0f);
    __half vb2_2_3 = __float2half(0.0f);
    __half vb2_2_4 = __float2half(0.0f);
    __half vb2_2_5 = __float2half(0.0f);
    __half vb2_2_6 = __float2half(0.0f);
    __half vb2_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1296LL])));
      vb2_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_2_0, vb2_2_1), __halves2half2(vb2_2_2, vb2_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_2_4, vb2_2_5), __halves2half2(vb2_2_6, vb2_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb3_0_0 = __float2half(0.0f);
    __half vb3_0_1 = __float2half(0.0f);
    __half vb3_0_2 = __float2half(0.0f);
    __half vb3_0_3 = __float2half(0.0f);
    __half vb3_0_4 = __float2half(0.0f);
    __half vb3_0_5 = __float2half(0.0f);
    __half vb3_0_6 = __float2half(0.0f);
    __half vb3_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1920LL])));
      vb3_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_0_0, vb3_0_1), __halves2half2(vb3_0_2, vb3_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_0_4, vb3_0_5), __halves2half2(vb3_0_6, vb3_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb3_2_0 = __float2half(0.0f);
    __half vb3_2_1 = __float2half(0.0f);
    __half vb3_2_2 = __float2half(0.0f);
    __half vb3_2_3 = __float2half(0.0f);
    __half vb3_2_4 = __float2half(0.0f);
    __half vb3_2_5 = __float2half(0.0f);
    __half vb3_2_6 = __float2half(0.0f);
    __half vb3_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1936LL])));
      vb3_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_2_0, vb3_2_1), __halves2half2(vb3_2_2, vb3_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_2_4, vb3_2_5), __halves2half2(vb3_2_6, vb3_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __syncthreads();
  }
  asm volatile("cp.async.wait_group 0;" ::: "memory");
  // row sums over the row's 4 lanes, then o / l (no visible key: 0)
  l0_0 = (l0_0 + __shfl_xor_sync(0xffffffffu, l0_0, (int)1LL));
  l0_0 = (l0_0 + __shfl_xor_sync(0xffffffffu, l0_0, (int)2LL));
  float inv0_0 = ((l0_0 > 0.0f) ? (1.0f / l0_0) : 0.0f);
  if (tq0_0 < T) {
    long long ob0_0 = ((((b * T) + tq0_0) * 256LL) + ((h * 32LL) + (q * 2LL)));
    o[(ob0_0 + 0LL)] = __float2half((o0_0_0 * inv0_0));
    o[(ob0_0 + 1LL)] = __float2half((o0_0_1 * inv0_0));
    o[(ob0_0 + 8LL)] = __float2half((o0_1_0 * inv0_0));
    o[(ob0_0 + 9LL)] = __float2half((o0_1_1 * inv0_0));
    o[(ob0_0 + 16LL)] = __float2half((o0_2_0 * inv0_0));
    o[(ob0_0 + 17LL)] = __float2half((o0_2_1 * inv0_0));
    o[(ob0_0 + 24LL)] = __float2half((o0_3_0 * inv0_0));
    o[(ob0_0 + 25LL)] = __float2half((o0_3_1 * inv0_0));
  }
  l0_1 = (l0_1 + __shfl_xor_sync(0xffffffffu, l0_1, (int)1LL));
  l0_1 = (l0_1 + __shfl_xor_sync(0xffffffffu, l0_1, (int)2LL));
  float inv0_1 = ((l0_1 > 0.0f) ? (1.0f / l0_1) : 0.0f);
  if (tq0_1 < T) {
    long long ob0_1 = ((((b * T) + tq0_1) * 256LL) + ((h * 32LL) + (q * 2LL)));
    o[(ob0_1 + 0LL)] = __float2half((o0_0_2 * inv0_1));
    o[(ob0_1 + 1LL)] = __float2half((o0_0_3 * inv0_1));
    o[(ob0_1 + 8LL)] = __float2half((o0_1_2 * inv0_1));
    o[(ob0_1 + 9LL)] = __float2half((o0_1_3 * inv0_1));
    o[(ob0_1 + 16LL)] = __float2half((o0_2_2 * inv0_1));
    o[(ob0_1 + 17LL)] = __float2half((o0_2_3 * inv0_1));
    o[(ob0_1 + 24LL)] = __float2half((o0_3_2 * inv0_1));
    o[(ob0_1 + 25LL)] = __float2half((o0_3_3 * inv0_1));
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(256) x2__fused_attention_residual_wo__l17(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 256LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 256LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 256LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 256LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 256LL) {
      long long idx = ((row01 * 256LL) + col);
      y[idx] = __float2half((acc0_0 + ((float)__half2float(res[idx]))));
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 256LL) {
      long long idx1 = ((row01 * 256LL) + col1);
      y[idx1] = __float2half((acc0_1 + ((float)__half2float(res[idx1]))));
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 256LL) {
      long long idx2 = ((row01 * 256LL) + col2);
      y[idx2] = __float2half((acc0_2 + ((float)__half2float(res[idx2]))));
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 256LL) {
      long long idx3 = ((row01 * 256LL) + col3);
      y[idx3] = __float2half((acc0_3 + ((float)__half2float(res[idx3]))));
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 256LL) {
      long long idx4 = ((row1 * 256LL) + col4);
      y[idx4] = __float2half((acc1_0 + ((float)__half2float(res[idx4]))));
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 256LL) {
      long long idx5 = ((row1 * 256LL) + col5);
      y[idx5] = __float2half((acc1_1 + ((float)__half2float(res[idx5]))));
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 256LL) {
      long long idx6 = ((row1 * 256LL) + col6);
      y[idx6] = __float2half((acc1_2 + ((float)__half2float(res[idx6]))));
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 256LL) {
      long long idx7 = ((row1 * 256LL) + col7);
      y[idx7] = __float2half((acc1_3 + ((float)__half2float(res[idx7]))));
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 256LL) {
      long long idx8 = ((row2 * 256LL) + col8);
      y[idx8] = __float2half((acc2_0 + ((float)__half2float(res[idx8]))));
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 256LL) {
      long long idx9 = ((row2 * 256LL) + col9);
      y[idx9] = __float2half((acc2_1 + ((float)__half2float(res[idx9]))));
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 256LL) {
      long long idx10 = ((row2 * 256LL) + col10);
      y[idx10] = __float2half((acc2_2 + ((float)__half2float(res[idx10]))));
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 256LL) {
      long long idx11 = ((row2 * 256LL) + col11);
      y[idx11] = __float2half((acc2_3 + ((float)__half2float(res[idx11]))));
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 256LL) {
      long long idx12 = ((row3 * 256LL) + col12);
      y[idx12] = __float2half((acc3_0 + ((float)__half2float(res[idx12]))));
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 256LL) {
      long long idx13 = ((row3 * 256LL) + col13);
      y[idx13] = __float2half((acc3_1 + ((float)__half2float(res[idx13]))));
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 256LL) {
      long long idx14 = ((row3 * 256LL) + col14);
      y[idx14] = __float2half((acc3_2 + ((float)__half2float(res[idx14]))));
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 256LL) {
      long long idx15 = ((row3 * 256LL) + col15);
      y[idx15] = __float2half((acc3_3 + ((float)__half2float(res[idx15]))));
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 768LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 768LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 768LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 768LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 768LL) {
      long long idx = ((row01 * 768LL) + col);
      y[idx] = __float2half(acc0_0);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 768LL) {
      long long idx1 = ((row01 * 768LL) + col1);
      y[idx1] = __float2half(acc0_1);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 768LL) {
      long long idx2 = ((row01 * 768LL) + col2);
      y[idx2] = __float2half(acc0_2);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 768LL) {
      long long idx3 = ((row01 * 768LL) + col3);
      y[idx3] = __float2half(acc0_3);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 768LL) {
      long long idx4 = ((row1 * 768LL) + col4);
      y[idx4] = __float2half(acc1_0);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 768LL) {
      long long idx5 = ((row1 * 768LL) + col5);
      y[idx5] = __float2half(acc1_1);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 768LL) {
      long long idx6 = ((row1 * 768LL) + col6);
      y[idx6] = __float2half(acc1_2);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 768LL) {
      long long idx7 = ((row1 * 768LL) + col7);
      y[idx7] = __float2half(acc1_3);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 768LL) {
      long long idx8 = ((row2 * 768LL) + col8);
      y[idx8] = __float2half(acc2_0);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 768LL) {
      long long idx9 = ((row2 * 768LL) + col9);
      y[idx9] = __float2half(acc2_1);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 768LL) {
      long long idx10 = ((row2 * 768LL) + col10);
      y[idx10] = __float2half(acc2_2);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 768LL) {
      long long idx11 = ((row2 * 768LL) + col11);
      y[idx11] = __float2half(acc2_3);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 768LL) {
      long long idx12 = ((row3 * 768LL) + col12);
      y[idx12] = __float2half(acc3_0);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 768LL) {
      long long idx13 = ((row3 * 768LL) + col13);
      y[idx13] = __float2half(acc3_1);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 768LL) {
      long long idx14 = ((row3 * 768LL) + col14);
      y[idx14] = __float2half(acc3_2);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 768LL) {
      long long idx15 = ((row3 * 768LL) + col15);
      y[idx15] = __float2half(acc3_3);
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 256LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 256LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 256LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 256LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 256LL) {
      long long idx = ((row01 * 256LL) + col);
      y[idx] = __float2half((acc0_0 + ((float)__half2float(res[idx]))));
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 256LL) {
      long long idx1 = ((row01 * 256LL) + col1);
      y[idx1] = __float2half((acc0_1 + ((float)__half2float(res[idx1]))));
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 256LL) {
      long long idx2 = ((row01 * 256LL) + col2);
      y[idx2] = __float2half((acc0_2 + ((float)__half2float(res[idx2]))));
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 256LL) {
      long long idx3 = ((row01 * 256LL) + col3);
      y[idx3] = __float2half((acc0_3 + ((float)__half2float(res[idx3]))));
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 256LL) {
      long long idx4 = ((row1 * 256LL) + col4);
      y[idx4] = __float2half((acc1_0 + ((float)__half2float(res[idx4]))));
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 256LL) {
      long long idx5 = ((row1 * 256LL) + col5);
      y[idx5] = __float2half((acc1_1 + ((float)__half2float(res[idx5]))));
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 256LL) {
      long long idx6 = ((row1 * 256LL) + col6);
      y[idx6] = __float2half((acc1_2 + ((float)__half2float(res[idx6]))));
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 256LL) {
      long long idx7 = ((row1 * 256LL) + col7);
      y[idx7] = __float2half((acc1_3 + ((float)__half2float(res[idx7]))));
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 256LL) {
      long long idx8 = ((row2 * 256LL) + col8);
      y[idx8] = __float2half((acc2_0 + ((float)__half2float(res[idx8]))));
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 256LL) {
      long long idx9 = ((row2 * 256LL) + col9);
      y[idx9] = __float2half((acc2_1 + ((float)__half2float(res[idx9]))));
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 256LL) {
      long long idx10 = ((row2 * 256LL) + col10);
      y[idx10] = __float2half((acc2_2 + ((float)__half2float(res[idx10]))));
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 256LL) {
      long long idx11 = ((row2 * 256LL) + col11);
      y[idx11] = __float2half((acc2_3 + ((float)__half2float(res[idx11]))));
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 256LL) {
      long long idx12 = ((row3 * 256LL) + col12);
      y[idx12] = __float2half((acc3_0 + ((float)__half2float(res[idx12]))));
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 256LL) {
      long long idx13 = ((row3 * 256LL) + col13);
      y[idx13] = __float2half((acc3_1 + ((float)__half2float(res[idx13]))));
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 256LL) {
      long long idx14 = ((row3 * 256LL) + col14);
      y[idx14] = __float2half((acc3_2 + ((float)__half2float(res[idx14]))));
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 256LL) {
      long long idx15 = ((row3 * 256LL) + col15);
      y[idx15] = __float2half((acc3_3 + ((float)__half2float(res[idx15]))));
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 768LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 768LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 768LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 768LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 768LL) {
      long long idx = ((row01 * 768LL) + col);
      y[idx] = __float2half(acc0_0);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 768LL) {
      long long idx1 = ((row01 * 768LL) + col1);
      y[idx1] = __float2half(acc0_1);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 768LL) {
      long long idx2 = ((row01 * 768LL) + col2);
      y[idx2] = __float2half(acc0_2);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 768LL) {
      long long idx3 = ((row01 * 768LL) + col3);
      y[idx3] = __float2half(acc0_3);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 768LL) {
      long long idx4 = ((row1 * 768LL) + col4);
      y[idx4] = __float2half(acc1_0);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 768LL) {
      long long idx5 = ((row1 * 768LL) + col5);
      y[idx5] = __float2half(acc1_1);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 768LL) {
      long long idx6 = ((row1 * 768LL) + col6);
      y[idx6] = __float2half(acc1_2);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 768LL) {
      long long idx7 = ((row1 * 768LL) + col7);
      y[idx7] = __float2half(acc1_3);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 768LL) {
      long long idx8 = ((row2 * 768LL) + col8);
      y[idx8] = __float2half(acc2_0);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 768LL) {
      long long idx9 = ((row2 * 768LL) + col9);
      y[idx9] = __float2half(acc2_1);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 768LL) {
      long long idx10 = ((row2 * 768LL) + col10);
      y[idx10] = __float2half(acc2_2);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 768LL) {
      long long idx11 = ((row2 * 768LL) + col11);
      y[idx11] = __float2half(acc2_3);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 768LL) {
      long long idx12 = ((row3 * 768LL) + col12);
      y[idx12] = __float2half(acc3_0);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 768LL) {
      long long idx13 = ((row3 * 768LL) + col13);
      y[idx13] = __float2half(acc3_1);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 768LL) {
      long long idx14 = ((row3 * 768LL) + col14);
      y[idx14] = __float2half(acc3_2);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 768LL) {
      long long idx15 = ((row3 * 768LL) + col15);
      y[idx15] = __float2half(acc3_3);
    }
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x4 = fused.attention_residual %x3, %L3.qkv, @L3.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(128) x4__fused_attention_residual_attn__l17(const __half* __restrict__ qkv, __half* __restrict__ o, long long B, long long T) {
  __shared__ __half ks[5120];
  __shared__ __half vs[5120];
  // softmax attention on tensor cores (mma m16n8k16, f16 in, f32 accumulate), mask window: 4 warps × 16 queries per block, key tiles of 64 in 2 stages
  long long tid = (long long)threadIdx.x;
  long long lane = (tid % 32LL);
  long long g = (lane / 4LL);
  long long q = (lane % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 64LL);
  long long tw = (t0 + ((tid / 32LL) * 16LL));
  long long tend = min((t0 + 64LL), T);
  long long tq0_0 = (tw + (g + 0LL));
  long long tq0_1 = (tw + (g + 8LL));
  long long klo = max((t0 - 63LL), 0LL);
  // q of the warp's 16 queries as 1×2 A fragments (queries past T read row T−1 and write nothing)
  long long qrow0_0 = ((((b * T) + min(tq0_0, (T - 1LL))) * 768LL) + ((h * 32LL) + (q * 2LL)));
  long long qrow0_1 = ((((b * T) + min(tq0_1, (T - 1LL))) * 768LL) + ((h * 32LL) + (q * 2LL)));
  __half qa0_0_0 = qkv[qrow0_0 + 0LL];
  __half qa0_0_1 = qkv[qrow0_0 + 1LL];
  __half qa0_0_2 = qkv[qrow0_1 + 0LL];
  __half qa0_0_3 = qkv[qrow0_1 + 1LL];
  __half qa0_0_4 = qkv[qrow0_0 + 8LL];
  __half qa0_0_5 = qkv[qrow0_0 + 9LL];
  __half qa0_0_6 = qkv[qrow0_1 + 8LL];
  __half qa0_0_7 = qkv[qrow0_1 + 9LL];
  __half qa0_1_0 = qkv[qrow0_0 + 16LL];
  __half qa0_1_1 = qkv[qrow0_0 + 17LL];
  __half qa0_1_2 = qkv[qrow0_1 + 16LL];
  __half qa0_1_3 = qkv[qrow0_1 + 17LL];
  __half qa0_1_4 = qkv[qrow0_0 + 24LL];
  __half qa0_1_5 = qkv[qrow0_0 + 25LL];
  __half qa0_1_6 = qkv[qrow0_1 + 24LL];
  __half qa0_1_7 = qkv[qrow0_1 + 25LL];
  float m0_0 = (-INFINITY);
  float l0_0 = 0.0f;
  float m0_1 = (-INFINITY);
  float l0_1 = 0.0f;
  float o0_0_0 = 0.0f;
  float o0_0_1 = 0.0f;
  float o0_0_2 = 0.0f;
  float o0_0_3 = 0.0f;
  float o0_1_0 = 0.0f;
  float o0_1_1 = 0.0f;
  float o0_1_2 = 0.0f;
  float o0_1_3 = 0.0f;
  float o0_2_0 = 0.0f;
  float o0_2_1 = 0.0f;
  float o0_2_2 = 0.0f;
  float o0_2_3 = 0.0f;
  float o0_3_0 = 0.0f;
  float o0_3_1 = 0.0f;
  float o0_3_2 = 0.0f;
  float o0_3_3 = 0.0f;
  float s0_0_0 = 0.0f;
  float s0_0_1 = 0.0f;
  float s0_0_2 = 0.0f;
  float s0_0_3 = 0.0f;
  float s0_1_0 = 0.0f;
  float s0_1_1 = 0.0f;
  float s0_1_2 = 0.0f;
  float s0_1_3 = 0.0f;
  float s0_2_0 = 0.0f;
  float s0_2_1 = 0.0f;
  float s0_2_2 = 0.0f;
  float s0_2_3 = 0.0f;
  float s0_3_0 = 0.0f;
  float s0_3_1 = 0.0f;
  float s0_3_2 = 0.0f;
  float s0_3_3 = 0.0f;
  float s0_4_0 = 0.0f;
  float s0_4_1 = 0.0f;
  float s0_4_2 = 0.0f;
  float s0_4_3 = 0.0f;
  float s0_5_0 = 0.0f;
  float s0_5_1 = 0.0f;
  float s0_5_2 = 0.0f;
  float s0_5_3 = 0.0f;
  float s0_6_0 = 0.0f;
  float s0_6_1 = 0.0f;
  float s0_6_2 = 0.0f;
  float s0_6_3 = 0.0f;
  float s0_7_0 = 0.0f;
  float s0_7_1 = 0.0f;
  float s0_7_2 = 0.0f;
  float s0_7_3 = 0.0f;
  long long r8 = (lane % 8LL);
  long long mi = (lane / 8LL);
  long long krow = ((r8 * 40LL) + (mi * 8LL));
  long long vrow = (((r8 + ((mi % 2LL) * 8LL)) * 40LL) + ((mi / 2LL) * 8LL));
  // two stages: tile i+1 is copied (cp.async, 16 bytes a copy) while tile i is used; rows past the visible range are 0
  for (long long x = tid; x < 256LL; x += 128LL) {
    long long kj = (x / 4LL);
    long long kd = ((x % 4LL) * 8LL);
    long long ktk = (klo + kj);
    long long ki = ((0LL * 2560LL) + ((kj * 40LL) + kd));
    if (ktk < tend) {
      asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&ks[ki])), "l"(&qkv[(((b * T) + ktk) * 768LL) + ((256LL + (h * 32LL)) + kd)]) : "memory"); // 8 × f16
    } else {
      ks[(ki + 0LL)] = __float2half(0.0f);
      ks[(ki + 1LL)] = __float2half(0.0f);
      ks[(ki + 2LL)] = __float2half(0.0f);
      ks[(ki + 3LL)] = __float2half(0.0f);
      ks[(ki + 4LL)] = __float2half(0.0f);
      ks[(ki + 5LL)] = __float2half(0.0f);
      ks[(ki + 6LL)] = __float2half(0.0f);
      ks[(ki + 7LL)] = __float2half(0.0f);
    }
  }
  for (long long x1 = tid; x1 < 256LL; x1 += 128LL) {
    long long vj = (x1 / 4LL);
    long long vd = ((x1 % 4LL) * 8LL);
    long long vtk = (klo + vj);
    long long vi = ((0LL * 2560LL) + ((vj * 40LL) + vd));
    if (vtk < tend) {
      asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&vs[vi])), "l"(&qkv[(((b * T) + vtk) * 768LL) + ((512LL + (h * 32LL)) + vd)]) : "memory"); // 8 × f16
    } else {
      vs[(vi + 0LL)] = __float2half(0.0f);
      vs[(vi + 1LL)] = __float2half(0.0f);
      vs[(vi + 2LL)] = __float2half(0.0f);
      vs[(vi + 3LL)] = __float2half(0.0f);
      vs[(vi + 4LL)] = __float2half(0.0f);
      vs[(vi + 5LL)] = __float2half(0.0f);
      vs[(vi + 6LL)] = __float2half(0.0f);
      vs[(vi + 7LL)] = __float2half(0.0f);
    }
  }
  asm volatile("cp.async.commit_group;" ::: "memory");
  for (long long j0 = klo; j0 < tend; j0 += 64LL) {
    long long st = (((j0 - klo) / 64LL) % 2LL);
    long long jn = (j0 + 64LL);
    if (jn < tend) {
      for (long long x2 = tid; x2 < 256LL; x2 += 128LL) {
        long long kj1 = (x2 / 4LL);
        long long kd1 = ((x2 % 4LL) * 8LL);
        long long ktk1 = (jn + kj1);
        long long ki1 = (((1LL - st) * 2560LL) + ((kj1 * 40LL) + kd1));
        if (ktk1 < tend) {
          asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&ks[ki1])), "l"(&qkv[(((b * T) + ktk1) * 768LL) + ((256LL + (h * 32LL)) + kd1)]) : "memory"); // 8 × f16
        } else {
          ks[(ki1 + 0LL)] = __float2half(0.0f);
          ks[(ki1 + 1LL)] = __float2half(0.0f);
          ks[(ki1 + 2LL)] = __float2half(0.0f);
          ks[(ki1 + 3LL)] = __float2half(0.0f);
          ks[(ki1 + 4LL)] = __float2half(0.0f);
          ks[(ki1 + 5LL)] = __float2half(0.0f);
          ks[(ki1 + 6LL)] = __float2half(0.0f);
          ks[(ki1 + 7LL)] = __float2half(0.0f);
        }
      }
      for (long long x3 = tid; x3 < 256LL; x3 += 128LL) {
        long long vj1 = (x3 / 4LL);
        long long vd1 = ((x3 % 4LL) * 8LL);
        long long vtk1 = (jn + vj1);
        long long vi1 = (((1LL - st) * 2560LL) + ((vj1 * 40LL) + vd1));
        if (vtk1 < tend) {
          asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&vs[vi1])), "l"(&qkv[(((b * T) + vtk1) * 768LL) + ((512LL + (h * 32LL)) + vd1)]) : "memory"); // 8 × f16
        } else {
          vs[(vi1 + 0LL)] = __float2half(0.0f);
          vs[(vi1 + 1LL)] = __float2half(0.0f);
          vs[(vi1 + 2LL)] = __float2half(0.0f);
          vs[(vi1 + 3LL)] = __float2half(0.0f);
          vs[(vi1 + 4LL)] = __float2half(0.0f);
          vs[(vi1 + 5LL)] = __float2half(0.0f);
          vs[(vi1 + 6LL)] = __float2half(0.0f);
          vs[(vi1 + 7LL)] = __float2half(0.0f);
        }
      }
    }
    asm volatile("cp.async.commit_group;" ::: "memory");
    asm volatile("cp.async.wait_group 1;" ::: "memory");
    __syncthreads();
    long long kst = (krow + (st * 2560LL));
    long long vst = (vrow + (st * 2560LL));
    // scores S = q kᵀ of the warp's 16 queries × 64 keys: 16 mma, B fragments by ldmatrix
    __half kb0_0_0 = __float2half(0.0f);
    __half kb0_0_1 = __float2half(0.0f);
    __half kb0_0_2 = __float2half(0.0f);
    __half kb0_0_3 = __float2half(0.0f);
    __half kb0_0_4 = __float2half(0.0f);
    __half kb0_0_5 = __float2half(0.0f);
    __half kb0_0_6 = __float2half(0.0f);
    __half kb0_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 0LL])));
      kb0_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb0_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb0_0_0, kb0_0_1), __halves2half2(kb0_0_2, kb0_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb0_0_4, kb0_0_5), __halves2half2(kb0_0_6, kb0_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_0_0), "f"(s0_0_1), "f"(s0_0_2), "f"(s0_0_3));
    }
    __half kb1_0_0 = __float2half(0.0f);
    __half kb1_0_1 = __float2half(0.0f);
    __half kb1_0_2 = __float2half(0.0f);
    __half kb1_0_3 = __float2half(0.0f);
    __half kb1_0_4 = __float2half(0.0f);
    __half kb1_0_5 = __float2half(0.0f);
    __half kb1_0_6 = __float2half(0.0f);
    __half kb1_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 320LL])));
      kb1_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb1_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb1_0_0, kb1_0_1), __halves2half2(kb1_0_2, kb1_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb1_0_4, kb1_0_5), __halves2half2(kb1_0_6, kb1_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_1_0), "f"(s0_1_1), "f"(s0_1_2), "f"(s0_1_3));
    }
    __half kb2_0_0 = __float2half(0.0f);
    __half kb2_0_1 = __float2half(0.0f);
    __half kb2_0_2 = __float2half(0.0f);
    __half kb2_0_3 = __float2half(0.0f);
    __half kb2_0_4 = __float2half(0.0f);
    __half kb2_0_5 = __float2half(0.0f);
    __half kb2_0_6 = __float2half(0.0f);
    __half kb2_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 640LL])));
      kb2_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb2_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb2_0_0, kb2_0_1), __halves2half2(kb2_0_2, kb2_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb2_0_4, kb2_0_5), __halves2half2(kb2_0_6, kb2_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_2_0), "f"(s0_2_1), "f"(s0_2_2), "f"(s0_2_3));
    }
    __half kb3_0_0 = __float2half(0.0f);
    __half kb3_0_1 = __float2half(0.0f);
    __half kb3_0_2 = __float2half(0.0f);
    __half kb3_0_3 = __float2half(0.0f);
    __half kb3_0_4 = __float2half(0.0f);
    __half kb3_0_5 = __float2half(0.0f);
    __half kb3_0_6 = __float2half(0.0f);
    __half kb3_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 960LL])));
      kb3_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb3_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb3_0_0, kb3_0_1), __halves2half2(kb3_0_2, kb3_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb3_0_4, kb3_0_5), __halves2half2(kb3_0_6, kb3_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_3_0), "f"(s0_3_1), "f"(s0_3_2), "f"(s0_3_3));
    }
    __half kb4_0_0 = __float2half(0.0f);
    __half kb4_0_1 = __float2half(0.0f);
    __half kb4_0_2 = __float2half(0.0f);
    __half kb4_0_3 = __float2half(0.0f);
    __half kb4_0_4 = __float2half(0.0f);
    __half kb4_0_5 = __float2half(0.0f);
    __half kb4_0_6 = __float2half(0.0f);
    __half kb4_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1280LL])));
      kb4_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb4_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb4_0_0, kb4_0_1), __halves2half2(kb4_0_2, kb4_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb4_0_4, kb4_0_5), __halves2half2(kb4_0_6, kb4_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_4_0), "f"(s0_4_1), "f"(s0_4_2), "f"(s0_4_3));
    }
    __half kb5_0_0 = __float2half(0.0f);
    __half kb5_0_1 = __float2half(0.0f);
    __half kb5_0_2 = __float2half(0.0f);
    __half kb5_0_3 = __float2half(0.0f);
    __half kb5_0_4 = __float2half(0.0f);
    __half kb5_0_5 = __float2half(0.0f);
    __half kb5_0_6 = __float2half(0.0f);
    __half kb5_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1600LL])));
      kb5_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb5_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb5_0_0, kb5_0_1), __halves2half2(kb5_0_2, kb5_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb5_0_4, kb5_0_5), __halves2half2(kb5_0_6, kb5_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_5_0), "f"(s0_5_1), "f"(s0_5_2), "f"(s0_5_3));
    }
    __half kb6_0_0 = __float2half(0.0f);
    __half kb6_0_1 = __float2half(0.0f);
    __half kb6_0_2 = __float2half(0.0f);
    __half kb6_0_3 = __float2half(0.0f);
    __half kb6_0_4 = __float2half(0.0f);
    __half kb6_0_5 = __float2half(0.0f);
    __half kb6_0_6 = __float2half(0.0f);
    __half kb6_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1920LL])));
      kb6_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb6_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb6_0_0, kb6_0_1), __halves2half2(kb6_0_2, kb6_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb6_0_4, kb6_0_5), __halves2half2(kb6_0_6, kb6_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_6_0), "f"(s0_6_1), "f"(s0_6_2), "f"(s0_6_3));
    }
    __half kb7_0_0 = __float2half(0.0f);
    __half kb7_0_1 = __float2half(0.0f);
    __half kb7_0_2 = __float2half(0.0f);
    __half kb7_0_3 = __float2half(0.0f);
    __half kb7_0_4 = __float2half(0.0f);
    __half kb7_0_5 = __float2half(0.0f);
    __half kb7_0_6 = __float2half(0.0f);
    __half kb7_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 2240LL])));
      kb7_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb7_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb7_0_0, kb7_0_1), __halves2half2(kb7_0_2, kb7_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb7_0_4, kb7_0_5), __halves2half2(kb7_0_6, kb7_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_7_0), "f"(s0_7_1), "f"(s0_7_2), "f"(s0_7_3));
    }
    // scale (by log2 e too), mask, the running max of rows g and g+8 (over the row's 4 lanes), p = 2^(s − m) in place of the scores
    s0_0_0 = ((((j0 + ((q * 2LL) + 0LL)) < tend) && (((j0 + ((q * 2LL) + 0LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 0LL)) + 64LL) > tq0_0))) ? (s0_0_0 * 0.25503486f) : (-INFINITY));
    s0_0_1 = ((((j0 + ((q * 2LL) + 1LL)) < tend) && (((j0 + ((q * 2LL) + 1LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 1LL)) + 64LL) > tq0_0))) ? (s0_0_1 * 0.25503486f) : (-INFINITY));
    s0_0_2 = ((((j0 + ((q * 2LL) + 0LL)) < tend) && (((j0 + ((q * 2LL) + 0LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 0LL)) + 64LL) > tq0_1))) ? (s0_0_2 * 0.25503486f) : (-INFINITY));
    s0_0_3 = ((((j0 + ((q * 2LL) + 1LL)) < tend) && (((j0 + ((q * 2LL) + 1LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 1LL)) + 64LL) > tq0_1))) ? (s0_0_3 * 0.25503486f) : (-INFINITY));
    s0_1_0 = ((((j0 + ((q * 2LL) + 8LL)) < tend) && (((j0 + ((q * 2LL) + 8LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 8LL)) + 64LL) > tq0_0))) ? (s0_1_0 * 0.25503486f) : (-INFINITY));
    s0_1_1 = ((((j0 + ((q * 2LL) + 9LL)) < tend) && (((j0 + ((q * 2LL) + 9LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 9LL)) + 64LL) > tq0_0))) ? (s0_1_1 * 0.25503486f) : (-INFINITY));
    s0_1_2 = ((((j0 + ((q * 2LL) + 8LL)) < tend) && (((j0 + ((q * 2LL) + 8LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 8LL)) + 64LL) > tq0_1))) ? (s0_1_2 * 0.25503486f) : (-INFINITY));
    s0_1_3 = ((((j0 + ((q * 2LL) + 9LL)) < tend) && (((j0 + ((q * 2LL) + 9LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 9LL)) + 64LL) > tq0_1))) ? (s0_1_3 * 0.25503486f) : (-INFINITY));
    s0_2_0 = ((((j0 + ((q * 2LL) + 16LL)) < tend) && (((j0 + ((q * 2LL) + 16LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 16LL)) + 64LL) > tq0_0))) ? (s0_2_0 * 0.25503486f) : (-INFINITY));
    s0_2_1 = ((((j0 + ((q * 2LL) + 17LL)) < tend) && (((j0 + ((q * 2LL) + 17LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 17LL)) + 64LL) > tq0_0))) ? (s0_2_1 * 0.25503486f) : (-INFINITY));
    s0_2_2 = ((((j0 + ((q * 2LL) + 16LL)) < tend) && (((j0 + ((q * 2LL) + 16LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 16LL)) + 64LL) > tq0_1))) ? (s0_2_2 * 0.25503486f) : (-INFINITY));
    s0_2_3 = ((((j0 + ((q * 2LL) + 17LL)) < tend) && (((j0 + ((q * 2LL) + 17LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 17LL)) + 64LL) > tq0_1))) ? (s0_2_3 * 0.25503486f) : (-INFINITY));
    s0_3_0 = ((((j0 + ((q * 2LL) + 24LL)) < tend) && (((j0 + ((q * 2LL) + 24LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 24LL)) + 64LL) > tq0_0))) ? (s0_3_0 * 0.25503486f) : (-INFINITY));
    s0_3_1 = ((((j0 + ((q * 2LL) + 25LL)) < tend) && (((j0 + ((q * 2LL) + 25LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 25LL)) + 64LL) > tq0_0))) ? (s0_3_1 * 0.25503486f) : (-INFINITY));
    s0_3_2 = ((((j0 + ((q * 2LL) + 24LL)) < tend) && (((j0 + ((q * 2LL) + 24LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 24LL)) + 64LL) > tq0_1))) ? (s0_3_2 * 0.25503486f) : (-INFINITY));
    s0_3_3 = ((((j0 + ((q * 2LL) + 25LL)) < tend) && (((j0 + ((q * 2LL) + 25LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 25LL)) + 64LL) > tq0_1))) ? (s0_3_3 * 0.25503486f) : (-INFINITY));
    s0_4_0 = ((((j0 + ((q * 2LL) + 32LL)) < tend) && (((j0 + ((q * 2LL) + 32LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 32LL)) + 64LL) > tq0_0))) ? (s0_4_0 * 0.25503486f) : (-INFINITY));
    s0_4_1 = ((((j0 + ((q * 2LL) + 33LL)) < tend) && (((j0 + ((q * 2LL) + 33LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 33LL)) + 64LL) > tq0_0))) ? (s0_4_1 * 0.25503486f) : (-INFINITY));
    s0_4_2 = ((((j0 + ((q * 2LL) + 32LL)) < tend) && (((j0 + ((q * 2LL) + 32LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 32LL)) + 64LL) > tq0_1))) ? (s0_4_2 * 0.25503486f) : (-INFINITY));
    s0_4_3 = ((((j0 + ((q * 2LL) + 33LL)) < tend) && (((j0 + ((q * 2LL) + 33LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 33LL)) + 64LL) > tq0_1))) ? (s0_4_3 * 0.25503486f) : (-INFINITY));
    s0_5_0 = ((((j0 + ((q * 2LL) + 40LL)) < tend) && (((j0 + ((q * 2LL) + 40LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 40LL)) + 64LL) > tq0_0))) ? (s0_5_0 * 0.25503486f) : (-INFINITY));
    s0_5_1 = ((((j0 + ((q * 2LL) + 41LL)) < tend) && (((j0 + ((q * 2LL) + 41LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 41LL)) + 64LL) > tq0_0))) ? (s0_5_1 * 0.25503486f) : (-INFINITY));
    s0_5_2 = ((((j0 + ((q * 2LL) + 40LL)) < tend) && (((j0 + ((q * 2LL) + 40LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 40LL)) + 64LL) > tq0_1))) ? (s0_5_2 * 0.25503486f) : (-INFINITY));
    s0_5_3 = ((((j0 + ((q * 2LL) + 41LL)) < tend) && (((j0 + ((q * 2LL) + 41LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 41LL)) + 64LL) > tq0_1))) ? (s0_5_3 * 0.25503486f) : (-INFINITY));
    s0_6_0 = ((((j0 + ((q * 2LL) + 48LL)) < tend) && (((j0 + ((q * 2LL) + 48LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 48LL)) + 64LL) > tq0_0))) ? (s0_6_0 * 0.25503486f) : (-INFINITY));
    s0_6_1 = ((((j0 + ((q * 2LL) + 49LL)) < tend) && (((j0 + ((q * 2LL) + 49LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 49LL)) + 64LL) > tq0_0))) ? (s0_6_1 * 0.25503486f) : (-INFINITY));
    s0_6_2 = ((((j0 + ((q * 2LL) + 48LL)) < tend) && (((j0 + ((q * 2LL) + 48LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 48LL)) + 64LL) > tq0_1))) ? (s0_6_2 * 0.25503486f) : (-INFINITY));
    s0_6_3 = ((((j0 + ((q * 2LL) + 49LL)) < tend) && (((j0 + ((q * 2LL) + 49LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 49LL)) + 64LL) > tq0_1))) ? (s0_6_3 * 0.25503486f) : (-INFINITY));
    s0_7_0 = ((((j0 + ((q * 2LL) + 56LL)) < tend) && (((j0 + ((q * 2LL) + 56LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 56LL)) + 64LL) > tq0_0))) ? (s0_7_0 * 0.25503486f) : (-INFINITY));
    s0_7_1 = ((((j0 + ((q * 2LL) + 57LL)) < tend) && (((j0 + ((q * 2LL) + 57LL)) <= tq0_0) && (((j0 + ((q * 2LL) + 57LL)) + 64LL) > tq0_0))) ? (s0_7_1 * 0.25503486f) : (-INFINITY));
    s0_7_2 = ((((j0 + ((q * 2LL) + 56LL)) < tend) && (((j0 + ((q * 2LL) + 56LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 56LL)) + 64LL) > tq0_1))) ? (s0_7_2 * 0.25503486f) : (-INFINITY));
    s0_7_3 = ((((j0 + ((q * 2LL) + 57LL)) < tend) && (((j0 + ((q * 2LL) + 57LL)) <= tq0_1) && (((j0 + ((q * 2LL) + 57LL)) + 64LL) > tq0_1))) ? (s0_7_3 * 0.25503486f) : (-INFINITY));
    float mn0_0 = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(m0_0, fmaxf(s0_0_0, s0_0_1)), fmaxf(s0_1_0, s0_1_1)), fmaxf(s0_2_0, s0_2_1)), fmaxf(s0_3_0, s0_3_1)), fmaxf(s0_4_0, s0_4_1)), fmaxf(s0_5_0, s0_5_1)), fmaxf(s0_6_0, s0_6_1)), fmaxf(s0_7_0, s0_7_1));
    mn0_0 = fmaxf(mn0_0, __shfl_xor_sync(0xffffffffu, mn0_0, (int)1LL));
    mn0_0 = fmaxf(mn0_0, __shfl_xor_sync(0xffffffffu, mn0_0, (int)2LL));
    float mu0_0 = ((mn0_0 == (-INFINITY)) ? 0.0f : mn0_0);
    float alpha0_0 = exp2f((m0_0 - mu0_0));
    m0_0 = mn0_0;
    l0_0 = (l0_0 * alpha0_0);
    float mn0_1 = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(m0_1, fmaxf(s0_0_2, s0_0_3)), fmaxf(s0_1_2, s0_1_3)), fmaxf(s0_2_2, s0_2_3)), fmaxf(s0_3_2, s0_3_3)), fmaxf(s0_4_2, s0_4_3)), fmaxf(s0_5_2, s0_5_3)), fmaxf(s0_6_2, s0_6_3)), fmaxf(s0_7_2, s0_7_3));
    mn0_1 = fmaxf(mn0_1, __shfl_xor_sync(0xffffffffu, mn0_1, (int)1LL));
    mn0_1 = fmaxf(mn0_1, __shfl_xor_sync(0xffffffffu, mn0_1, (int)2LL));
    float mu0_1 = ((mn0_1 == (-INFINITY)) ? 0.0f : mn0_1);
    float alpha0_1 = exp2f((m0_1 - mu0_1));
    m0_1 = mn0_1;
    l0_1 = (l0_1 * alpha0_1);
    o0_0_0 = (o0_0_0 * alpha0_0);
    o0_0_1 = (o0_0_1 * alpha0_0);
    o0_0_2 = (o0_0_2 * alpha0_1);
    o0_0_3 = (o0_0_3 * alpha0_1);
    o0_1_0 = (o0_1_0 * alpha0_0);
    o0_1_1 = (o0_1_1 * alpha0_0);
    o0_1_2 = (o0_1_2 * alpha0_1);
    o0_1_3 = (o0_1_3 * alpha0_1);
    o0_2_0 = (o0_2_0 * alpha0_0);
    o0_2_1 = (o0_2_1 * alpha0_0);
    o0_2_2 = (o0_2_2 * alpha0_1);
    o0_2_3 = (o0_2_3 * alpha0_1);
    o0_3_0 = (o0_3_0 * alpha0_0);
    o0_3_1 = (o0_3_1 * alpha0_0);
    o0_3_2 = (o0_3_2 * alpha0_1);
    o0_3_3 = (o0_3_3 * alpha0_1);
    s0_0_0 = exp2f((s0_0_0 - mu0_0));
    l0_0 = (l0_0 + s0_0_0);
    s0_0_1 = exp2f((s0_0_1 - mu0_0));
    l0_0 = (l0_0 + s0_0_1);
    s0_0_2 = exp2f((s0_0_2 - mu0_1));
    l0_1 = (l0_1 + s0_0_2);
    s0_0_3 = exp2f((s0_0_3 - mu0_1));
    l0_1 = (l0_1 + s0_0_3);
    s0_1_0 = exp2f((s0_1_0 - mu0_0));
    l0_0 = (l0_0 + s0_1_0);
    s0_1_1 = exp2f((s0_1_1 - mu0_0));
    l0_0 = (l0_0 + s0_1_1);
    s0_1_2 = exp2f((s0_1_2 - mu0_1));
    l0_1 = (l0_1 + s0_1_2);
    s0_1_3 = exp2f((s0_1_3 - mu0_1));
    l0_1 = (l0_1 + s0_1_3);
    s0_2_0 = exp2f((s0_2_0 - mu0_0));
    l0_0 = (l0_0 + s0_2_0);
    s0_2_1 = exp2f((s0_2_1 - mu0_0));
    l0_0 = (l0_0 + s0_2_1);
    s0_2_2 = exp2f((s0_2_2 - mu0_1));
    l0_1 = (l0_1 + s0_2_2);
    s0_2_3 = exp2f((s0_2_3 - mu0_1));
    l0_1 = (l0_1 + s0_2_3);
    s0_3_0 = exp2f((s0_3_0 - mu0_0));
    l0_0 = (l0_0 + s0_3_0);
    s0_3_1 = exp2f((s0_3_1 - mu0_0));
    l0_0 = (l0_0 + s0_3_1);
    s0_3_2 = exp2f((s0_3_2 - mu0_1));
    l0_1 = (l0_1 + s0_3_2);
    s0_3_3 = exp2f((s0_3_3 - mu0_1));
    l0_1 = (l0_1 + s0_3_3);
    s0_4_0 = exp2f((s0_4_0 - mu0_0));
    l0_0 = (l0_0 + s0_4_0);
    s0_4_1 = exp2f((s0_4_1 - mu0_0));
    l0_0 = (l0_0 + s0_4_1);
    s0_4_2 = exp2f((s0_4_2 - mu0_1));
    l0_1 = (l0_1 + s0_4_2);
    s0_4_3 = exp2f((s0_4_3 - mu0_1));
    l0_1 = (l0_1 + s0_4_3);
    s0_5_0 = exp2f((s0_5_0 - mu0_0));
    l0_0 = (l0_0 + s0_5_0);
    s0_5_1 = exp2f((s0_5_1 - mu0_0));
    l0_0 = (l0_0 + s0_5_1);
    s0_5_2 = exp2f((s0_5_2 - mu0_1));
    l0_1 = (l0_1 + s0_5_2);
    s0_5_3 = exp2f((s0_5_3 - mu0_1));
    l0_1 = (l0_1 + s0_5_3);
    s0_6_0 = exp2f((s0_6_0 - mu0_0));
    l0_0 = (l0_0 + s0_6_0);
    s0_6_1 = exp2f((s0_6_1 - mu0_0));
    l0_0 = (l0_0 + s0_6_1);
    s0_6_2 = exp2f((s0_6_2 - mu0_1));
    l0_1 = (l0_1 + s0_6_2);
    s0_6_3 = exp2f((s0_6_3 - mu0_1));
    l0_1 = (l0_1 + s0_6_3);
    s0_7_0 = exp2f((s0_7_0 - mu0_0));
    l0_0 = (l0_0 + s0_7_0);
    s0_7_1 = exp2f((s0_7_1 - mu0_0));
    l0_0 = (l0_0 + s0_7_1);
    s0_7_2 = exp2f((s0_7_2 - mu0_1));
    l0_1 = (l0_1 + s0_7_2);
    s0_7_3 = exp2f((s0_7_3 - mu0_1));
    l0_1 = (l0_1 + s0_7_3);
    // o += p v: the score fragments are the A fragments (16 mma, B fragments by ldmatrix .trans)
    __half vb0_0_0 = __float2half(0.0f);
    __half vb0_0_1 = __float2half(0.0f);
    __half vb0_0_2 = __float2half(0.0f);
    __half vb0_0_3 = __float2half(0.0f);
    __half vb0_0_4 = __float2half(0.0f);
    __half vb0_0_5 = __float2half(0.0f);
    __half vb0_0_6 = __float2half(0.0f);
    __half vb0_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 0LL])));
      vb0_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_0_0, vb0_0_1), __halves2half2(vb0_0_2, vb0_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_0_4, vb0_0_5), __halves2half2(vb0_0_6, vb0_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb0_2_0 = __float2half(0.0f);
    __half vb0_2_1 = __float2half(0.0f);
    __half vb0_2_2 = __float2half(0.0f);
    __half vb0_2_3 = __float2half(0.0f);
    __half vb0_2_4 = __float2half(0.0f);
    __half vb0_2_5 = __float2half(0.0f);
    __half vb0_2_6 = __float2half(0.0f);
    __half vb0_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 16LL])));
      vb0_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_2_0, vb0_2_1), __halves2half2(vb0_2_2, vb0_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_2_4, vb0_2_5), __halves2half2(vb0_2_6, vb0_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb1_0_0 = __float2half(0.0f);
    __half vb1_0_1 = __float2half(0.0f);
    __half vb1_0_2 = __float2half(0.0f);
    __half vb1_0_3 = __float2half(0.0f);
    __half vb1_0_4 = __float2half(0.0f);
    __half vb1_0_5 = __float2half(0.0f);
    __half vb1_0_6 = __float2half(0.0f);
    __half vb1_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 640LL])));
      vb1_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_0_0, vb1_0_1), __halves2half2(vb1_0_2, vb1_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_0_4, vb1_0_5), __halves2half2(vb1_0_6, vb1_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb1_2_0 = __float2half(0.0f);
    __half vb1_2_1 = __float2half(0.0f);
    __half vb1_2_2 = __float2half(0.0f);
    __half vb1_2_3 = __float2half(0.0f);
    __half vb1_2_4 = __float2half(0.0f);
    __half vb1_2_5 = __float2half(0.0f);
    __half vb1_2_6 = __float2half(0.0f);
    __half vb1_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 656LL])));
      vb1_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_2_0, vb1_2_1), __halves2half2(vb1_2_2, vb1_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_2_4, vb1_2_5), __halves2half2(vb1_2_6, vb1_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb2_0_0 = __float2half(0.0f);
    __half vb2_0_1 = __float2half(0.0f);
    __half vb2_0_2 = __float2half(0.0f);
    __half vb2_0_3 = __float2half(0.0f);
    __half vb2_0_4 = __float2half(0.0f);
    __half vb2_0_5 = __float2half(0.0f);
    __half vb2_0_6 = __float2half(0.0f);
    __half vb2_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1280LL])));
      vb2_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_0_0, vb2_0_1), __halves2half2(vb2_0_2, vb2_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_0_4, vb2_0_5), __halves2half2(vb2_0_6, vb2_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb2_2_0 = __float2half(0.0f);
    __half vb2_2_1 = __float2half(0.0f);
    __half vb2_2_2 = __float2half(0.0f);
    __half vb2_2_3 = __float2half(0.0f);
    __half vb2_2_4 = __float2half(0.0f);
    __half vb2_2_5 = __float2half(0.0f);
    __half vb2_2_6 = __float2half(0.0f);
    __half vb2_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1296LL])));
      vb2_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_2_0, vb2_2_1), __halves2half2(vb2_2_2, vb2_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_2_4, vb2_2_5), __halves2half2(vb2_2_6, vb2_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb3_0_0 = __float2half(0.0f);
    __half vb3_0_1 = __float2half(0.0f);
    __half vb3_0_2 = __float2half(0.0f);
    __half vb3_0_3 = __float2half(0.0f);
    __half vb3_0_4 = __float2half(0.0f);
    __half vb3_0_5 = __float2half(0.0f);
    __half vb3_0_6 = __float2half(0.0f);
    __half vb3_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1920LL])));
      vb3_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_0_0, vb3_0_1), __halves2half2(vb3_0_2, vb3_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_0_4, vb3_0_5), __halves2half2(vb3_0_6, vb3_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb3_2_0 = __float2half(0.0f);
    __half vb3_2_1 = __float2half(0.0f);
    __half vb3_2_2 = __float2half(0.0f);
    __half vb3_2_3 = __float2half(0.0f);
    __half vb3_2_4 = __float2half(0.0f);
    __half vb3_2_5 = __float2half(0.0f);
    __half vb3_2_6 = __float2half(0.0f);
    __half vb3_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1936LL])));
      vb3_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_2_0, vb3_2_1), __halves2half2(vb3_2_2, vb3_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_2_4, vb3_2_5), __halves2half2(vb3_2_6, vb3_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __syncthreads();
  }
  asm volatile("cp.async.wait_group 0;" ::: "memory");
  // row sums over the row's 4 lanes, then o / l (no visible key: 0)
  l0_0 = (l0_0 + __shfl_xor_sync(0xffffffffu, l0_0, (int)1LL));
  l0_0 = (l0_0 + __shfl_xor_sync(0xffffffffu, l0_0, (int)2LL));
  float inv0_0 = ((l0_0 > 0.0f) ? (1.0f / l0_0) : 0.0f);
  if (tq0_0 < T) {
    long long ob0_0 = ((((b * T) + tq0_0) * 256LL) + ((h * 32LL) + (q * 2LL)));
    o[(ob0_0 + 0LL)] = __float2half((o0_0_0 * inv0_0));
    o[(ob0_0 + 1LL)] = __float2half((o0_0_1 * inv0_0));
    o[(ob0_0 + 8LL)] = __float2half((o0_1_0 * inv0_0));
    o[(ob0_0 + 9LL)] = __float2half((o0_1_1 * inv0_0));
    o[(ob0_0 + 16LL)] = __float2half((o0_2_0 * inv0_0));
    o[(ob0_0 + 17LL)] = __float2half((o0_2_1 * inv0_0));
    o[(ob0_0 + 24LL)] = __float2half((o0_3_0 * inv0_0));
    o[(ob0_0 + 25LL)] = __float2half((o0_3_1 * inv0_0));
  }
  l0_1 = (l0_1 + __shfl_xor_sync(0xffffffffu, l0_1, (int)1LL));
  l0_1 = (l0_1 + __shfl_xor_sync(0xffffffffu, l0_1, (int)2LL));
  float inv0_1 = ((l0_1 > 0.0f) ? (1.0f / l0_1) : 0.0f);
  if (tq0_1 < T) {
    long long ob0_1 = ((((b * T) + tq0_1) * 256LL) + ((h * 32LL) + (q * 2LL)));
    o[(ob0_1 + 0LL)] = __float2half((o0_0_2 * inv0_1));
    o[(ob0_1 + 1LL)] = __float2half((o0_0_3 * inv0_1));
    o[(ob0_1 + 8LL)] = __float2half((o0_1_2 * inv0_1));
    o[(ob0_1 + 9LL)] = __float2half((o0_1_3 * inv0_1));
    o[(ob0_1 + 16LL)] = __float2half((o0_2_2 * inv0_1));
    o[(ob0_1 + 17LL)] = __float2half((o0_2_3 * inv0_1));
    o[(ob0_1 + 24LL)] = __float2half((o0_3_2 * inv0_1));
    o[(ob0_1 + 25LL)] = __float2half((o0_3_3 * inv0_1));
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x4 = fused.attention_residual %x3, %L3.qkv, @L3.w_o {heads=8, d_head=32, d_value=32, kind=softmax, mask=window, window=64, scale=0.17677669529663687, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:17:5
extern "C" __global__ void __launch_bounds__(256) x4__fused_attention_residual_wo__l17(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 256LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 256LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 256LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 256LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 256LL) {
      long long idx = ((row01 * 256LL) + col);
      y[idx] = __float2half((acc0_0 + ((float)__half2float(res[idx]))));
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 256LL) {
      long long idx1 = ((row01 * 256LL) + col1);
      y[idx1] = __float2half((acc0_1 + ((float)__half2float(res[idx1]))));
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 256LL) {
      long long idx2 = ((row01 * 256LL) + col2);
      y[idx2] = __float2half((acc0_2 + ((float)__half2float(res[idx2]))));
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 256LL) {
      long long idx3 = ((row01 * 256LL) + col3);
      y[idx3] = __float2half((acc0_3 + ((float)__half2float(res[idx3]))));
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 256LL) {
      long long idx4 = ((row1 * 256LL) + col4);
      y[idx4] = __float2half((acc1_0 + ((float)__half2float(res[idx4]))));
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 256LL) {
      long long idx5 = ((row1 * 256LL) + col5);
      y[idx5] = __float2half((acc1_1 + ((float)__half2float(res[idx5]))));
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 256LL) {
      long long idx6 = ((row1 * 256LL) + col6);
      y[idx6] = __float2half((acc1_2 + ((float)__half2float(res[idx6]))));
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 256LL) {
      long long idx7 = ((row1 * 256LL) + col7);
      y[idx7] = __float2half((acc1_3 + ((float)__half2float(res[idx7]))));
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 256LL) {
      long long idx8 = ((row2 * 256LL) + col8);
      y[idx8] = __float2half((acc2_0 + ((float)__half2float(res[idx8]))));
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 256LL) {
      long long idx9 = ((row2 * 256LL) + col9);
      y[idx9] = __float2half((acc2_1 + ((float)__half2float(res[idx9]))));
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 256LL) {
      long long idx10 = ((row2 * 256LL) + col10);
      y[idx10] = __float2half((acc2_2 + ((float)__half2float(res[idx10]))));
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 256LL) {
      long long idx11 = ((row2 * 256LL) + col11);
      y[idx11] = __float2half((acc2_3 + ((float)__half2float(res[idx11]))));
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 256LL) {
      long long idx12 = ((row3 * 256LL) + col12);
      y[idx12] = __float2half((acc3_0 + ((float)__half2float(res[idx12]))));
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 256LL) {
      long long idx13 = ((row3 * 256LL) + col13);
      y[idx13] = __float2half((acc3_1 + ((float)__half2float(res[idx13]))));
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 256LL) {
      long long idx14 = ((row3 * 256LL) + col14);
      y[idx14] = __float2half((acc3_2 + ((float)__half2float(res[idx14]))));
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 256LL) {
      long long idx15 = ((row3 * 256LL) + col15);
      y[idx15] = __float2half((acc3_3 + ((float)__half2float(res[idx15]))));
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 768LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 768LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 768LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 768LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 768LL) {
      long long idx = ((row01 * 768LL) + col);
      y[idx] = __float2half(acc0_0);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 768LL) {
      long long idx1 = ((row01 * 768LL) + col1);
      y[idx1] = __float2half(acc0_1);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 768LL) {
      long long idx2 = ((row01 * 768LL) + col2);
      y[idx2] = __float2half(acc0_2);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 768LL) {
      long long idx3 = ((row01 * 768LL) + col3);
      y[idx3] = __float2half(acc0_3);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 768LL) {
      long long idx4 = ((row1 * 768LL) + col4);
      y[idx4] = __float2half(acc1_0);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 768LL) {
      long long idx5 = ((row1 * 768LL) + col5);
      y[idx5] = __float2half(acc1_1);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 768LL) {
      long long idx6 = ((row1 * 768LL) + col6);
      y[idx6] = __float2half(acc1_2);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 768LL) {
      long long idx7 = ((row1 * 768LL) + col7);
      y[idx7] = __float2half(acc1_3);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 768LL) {
      long long idx8 = ((row2 * 768LL) + col8);
      y[idx8] = __float2half(acc2_0);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 768LL) {
      long long idx9 = ((row2 * 768LL) + col9);
      y[idx9] = __float2half(acc2_1);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 768LL) {
      long long idx10 = ((row2 * 768LL) + col10);
      y[idx10] = __float2half(acc2_2);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 768LL) {
      long long idx11 = ((row2 * 768LL) + col11);
      y[idx11] = __float2half(acc2_3);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 768LL) {
      long long idx12 = ((row3 * 768LL) + col12);
      y[idx12] = __float2half(acc3_0);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 768LL) {
      long long idx13 = ((row3 * 768LL) + col13);
      y[idx13] = __float2half(acc3_1);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 768LL) {
      long long idx14 = ((row3 * 768LL) + col14);
      y[idx14] = __float2half(acc3_2);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 768LL) {
      long long idx15 = ((row3 * 768LL) + col15);
      y[idx15] = __float2half(acc3_3);
    }
  }
}

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x5 = fused.attention_residual %x4, %L4.qkv, @L4.w_o {heads=4, d_head=64, d_value=64, kind=softmax, mask=causal, scale=0.125, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:19:3
extern "C" __global__ void __launch_bounds__(128) x5__fused_attention_residual_attn__l19(const __half* __restrict__ qkv, __half* __restrict__ o, long long B, long long T) {
  __shared__ __half ks[9216];
  __shared__ __half vs[9216];
  // softmax attention on tensor cores (mma m16n8k16, f16 in, f32 accumulate), mask causal: 4 warps × 16 queries per block, key tiles of 64 in 2 stages
  long long tid = (long long)threadIdx.x;
  long long lane = (tid % 32LL);
  long long g = (lane / 4LL);
  long long q = (lane % 4LL);
  long long h = (long long)blockIdx.y;
  long long b = (long long)blockIdx.z;
  long long t0 = ((long long)blockIdx.x * 64LL);
  long long tw = (t0 + ((tid / 32LL) * 16LL));
  long long tend = min((t0 + 64LL), T);
  long long tq0_0 = (tw + (g + 0LL));
  long long tq0_1 = (tw + (g + 8LL));
  // q of the warp's 16 queries as 1×4 A fragments (queries past T read row T−1 and write nothing)
  long long qrow0_0 = ((((b * T) + min(tq0_0, (T - 1LL))) * 768LL) + ((h * 64LL) + (q * 2LL)));
  long long qrow0_1 = ((((b * T) + min(tq0_1, (T - 1LL))) * 768LL) + ((h * 64LL) + (q * 2LL)));
  __half qa0_0_0 = qkv[qrow0_0 + 0LL];
  __half qa0_0_1 = qkv[qrow0_0 + 1LL];
  __half qa0_0_2 = qkv[qrow0_1 + 0LL];
  __half qa0_0_3 = qkv[qrow0_1 + 1LL];
  __half qa0_0_4 = qkv[qrow0_0 + 8LL];
  __half qa0_0_5 = qkv[qrow0_0 + 9LL];
  __half qa0_0_6 = qkv[qrow0_1 + 8LL];
  __half qa0_0_7 = qkv[qrow0_1 + 9LL];
  __half qa0_1_0 = qkv[qrow0_0 + 16LL];
  __half qa0_1_1 = qkv[qrow0_0 + 17LL];
  __half qa0_1_2 = qkv[qrow0_1 + 16LL];
  __half qa0_1_3 = qkv[qrow0_1 + 17LL];
  __half qa0_1_4 = qkv[qrow0_0 + 24LL];
  __half qa0_1_5 = qkv[qrow0_0 + 25LL];
  __half qa0_1_6 = qkv[qrow0_1 + 24LL];
  __half qa0_1_7 = qkv[qrow0_1 + 25LL];
  __half qa0_2_0 = qkv[qrow0_0 + 32LL];
  __half qa0_2_1 = qkv[qrow0_0 + 33LL];
  __half qa0_2_2 = qkv[qrow0_1 + 32LL];
  __half qa0_2_3 = qkv[qrow0_1 + 33LL];
  __half qa0_2_4 = qkv[qrow0_0 + 40LL];
  __half qa0_2_5 = qkv[qrow0_0 + 41LL];
  __half qa0_2_6 = qkv[qrow0_1 + 40LL];
  __half qa0_2_7 = qkv[qrow0_1 + 41LL];
  __half qa0_3_0 = qkv[qrow0_0 + 48LL];
  __half qa0_3_1 = qkv[qrow0_0 + 49LL];
  __half qa0_3_2 = qkv[qrow0_1 + 48LL];
  __half qa0_3_3 = qkv[qrow0_1 + 49LL];
  __half qa0_3_4 = qkv[qrow0_0 + 56LL];
  __half qa0_3_5 = qkv[qrow0_0 + 57LL];
  __half qa0_3_6 = qkv[qrow0_1 + 56LL];
  __half qa0_3_7 = qkv[qrow0_1 + 57LL];
  float m0_0 = (-INFINITY);
  float l0_0 = 0.0f;
  float m0_1 = (-INFINITY);
  float l0_1 = 0.0f;
  float o0_0_0 = 0.0f;
  float o0_0_1 = 0.0f;
  float o0_0_2 = 0.0f;
  float o0_0_3 = 0.0f;
  float o0_1_0 = 0.0f;
  float o0_1_1 = 0.0f;
  float o0_1_2 = 0.0f;
  float o0_1_3 = 0.0f;
  float o0_2_0 = 0.0f;
  float o0_2_1 = 0.0f;
  float o0_2_2 = 0.0f;
  float o0_2_3 = 0.0f;
  float o0_3_0 = 0.0f;
  float o0_3_1 = 0.0f;
  float o0_3_2 = 0.0f;
  float o0_3_3 = 0.0f;
  float o0_4_0 = 0.0f;
  float o0_4_1 = 0.0f;
  float o0_4_2 = 0.0f;
  float o0_4_3 = 0.0f;
  float o0_5_0 = 0.0f;
  float o0_5_1 = 0.0f;
  float o0_5_2 = 0.0f;
  float o0_5_3 = 0.0f;
  float o0_6_0 = 0.0f;
  float o0_6_1 = 0.0f;
  float o0_6_2 = 0.0f;
  float o0_6_3 = 0.0f;
  float o0_7_0 = 0.0f;
  float o0_7_1 = 0.0f;
  float o0_7_2 = 0.0f;
  float o0_7_3 = 0.0f;
  float s0_0_0 = 0.0f;
  float s0_0_1 = 0.0f;
  float s0_0_2 = 0.0f;
  float s0_0_3 = 0.0f;
  float s0_1_0 = 0.0f;
  float s0_1_1 = 0.0f;
  float s0_1_2 = 0.0f;
  float s0_1_3 = 0.0f;
  float s0_2_0 = 0.0f;
  float s0_2_1 = 0.0f;
  float s0_2_2 = 0.0f;
  float s0_2_3 = 0.0f;
  float s0_3_0 = 0.0f;
  float s0_3_1 = 0.0f;
  float s0_3_2 = 0.0f;
  float s0_3_3 = 0.0f;
  float s0_4_0 = 0.0f;
  float s0_4_1 = 0.0f;
  float s0_4_2 = 0.0f;
  float s0_4_3 = 0.0f;
  float s0_5_0 = 0.0f;
  float s0_5_1 = 0.0f;
  float s0_5_2 = 0.0f;
  float s0_5_3 = 0.0f;
  float s0_6_0 = 0.0f;
  float s0_6_1 = 0.0f;
  float s0_6_2 = 0.0f;
  float s0_6_3 = 0.0f;
  float s0_7_0 = 0.0f;
  float s0_7_1 = 0.0f;
  float s0_7_2 = 0.0f;
  float s0_7_3 = 0.0f;
  long long r8 = (lane % 8LL);
  long long mi = (lane / 8LL);
  long long krow = ((r8 * 72LL) + (mi * 8LL));
  long long vrow = (((r8 + ((mi % 2LL) * 8LL)) * 72LL) + ((mi / 2LL) * 8LL));
  // two stages: tile i+1 is copied (cp.async, 16 bytes a copy) while tile i is used; rows past the visible range are 0
  for (long long x = tid; x < 512LL; x += 128LL) {
    long long kj = (x / 8LL);
    long long kd = ((x % 8LL) * 8LL);
    long long ktk = (0LL + kj);
    long long ki = ((0LL * 4608LL) + ((kj * 72LL) + kd));
    if (ktk < tend) {
      asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&ks[ki])), "l"(&qkv[(((b * T) + ktk) * 768LL) + ((256LL + (h * 64LL)) + kd)]) : "memory"); // 8 × f16
    } else {
      ks[(ki + 0LL)] = __float2half(0.0f);
      ks[(ki + 1LL)] = __float2half(0.0f);
      ks[(ki + 2LL)] = __float2half(0.0f);
      ks[(ki + 3LL)] = __float2half(0.0f);
      ks[(ki + 4LL)] = __float2half(0.0f);
      ks[(ki + 5LL)] = __float2half(0.0f);
      ks[(ki + 6LL)] = __float2half(0.0f);
      ks[(ki + 7LL)] = __float2half(0.0f);
    }
  }
  for (long long x1 = tid; x1 < 512LL; x1 += 128LL) {
    long long vj = (x1 / 8LL);
    long long vd = ((x1 % 8LL) * 8LL);
    long long vtk = (0LL + vj);
    long long vi = ((0LL * 4608LL) + ((vj * 72LL) + vd));
    if (vtk < tend) {
      asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&vs[vi])), "l"(&qkv[(((b * T) + vtk) * 768LL) + ((512LL + (h * 64LL)) + vd)]) : "memory"); // 8 × f16
    } else {
      vs[(vi + 0LL)] = __float2half(0.0f);
      vs[(vi + 1LL)] = __float2half(0.0f);
      vs[(vi + 2LL)] = __float2half(0.0f);
      vs[(vi + 3LL)] = __float2half(0.0f);
      vs[(vi + 4LL)] = __float2half(0.0f);
      vs[(vi + 5LL)] = __float2half(0.0f);
      vs[(vi + 6LL)] = __float2half(0.0f);
      vs[(vi + 7LL)] = __float2half(0.0f);
    }
  }
  asm volatile("cp.async.commit_group;" ::: "memory");
  for (long long j0 = 0LL; j0 < tend; j0 += 64LL) {
    long long st = (((j0 - 0LL) / 64LL) % 2LL);
    long long jn = (j0 + 64LL);
    if (jn < tend) {
      for (long long x2 = tid; x2 < 512LL; x2 += 128LL) {
        long long kj1 = (x2 / 8LL);
        long long kd1 = ((x2 % 8LL) * 8LL);
        long long ktk1 = (jn + kj1);
        long long ki1 = (((1LL - st) * 4608LL) + ((kj1 * 72LL) + kd1));
        if (ktk1 < tend) {
          asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&ks[ki1])), "l"(&qkv[(((b * T) + ktk1) * 768LL) + ((256LL + (h * 64LL)) + kd1)]) : "memory"); // 8 × f16
        } else {
          ks[(ki1 + 0LL)] = __float2half(0.0f);
          ks[(ki1 + 1LL)] = __float2half(0.0f);
          ks[(ki1 + 2LL)] = __float2half(0.0f);
          ks[(ki1 + 3LL)] = __float2half(0.0f);
          ks[(ki1 + 4LL)] = __float2half(0.0f);
          ks[(ki1 + 5LL)] = __float2half(0.0f);
          ks[(ki1 + 6LL)] = __float2half(0.0f);
          ks[(ki1 + 7LL)] = __float2half(0.0f);
        }
      }
      for (long long x3 = tid; x3 < 512LL; x3 += 128LL) {
        long long vj1 = (x3 / 8LL);
        long long vd1 = ((x3 % 8LL) * 8LL);
        long long vtk1 = (jn + vj1);
        long long vi1 = (((1LL - st) * 4608LL) + ((vj1 * 72LL) + vd1));
        if (vtk1 < tend) {
          asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&vs[vi1])), "l"(&qkv[(((b * T) + vtk1) * 768LL) + ((512LL + (h * 64LL)) + vd1)]) : "memory"); // 8 × f16
        } else {
          vs[(vi1 + 0LL)] = __float2half(0.0f);
          vs[(vi1 + 1LL)] = __float2half(0.0f);
          vs[(vi1 + 2LL)] = __float2half(0.0f);
          vs[(vi1 + 3LL)] = __float2half(0.0f);
          vs[(vi1 + 4LL)] = __float2half(0.0f);
          vs[(vi1 + 5LL)] = __float2half(0.0f);
          vs[(vi1 + 6LL)] = __float2half(0.0f);
          vs[(vi1 + 7LL)] = __float2half(0.0f);
        }
      }
    }
    asm volatile("cp.async.commit_group;" ::: "memory");
    asm volatile("cp.async.wait_group 1;" ::: "memory");
    __syncthreads();
    long long kst = (krow + (st * 4608LL));
    long long vst = (vrow + (st * 4608LL));
    // scores S = q kᵀ of the warp's 16 queries × 64 keys: 32 mma, B fragments by ldmatrix
    __half kb0_0_0 = __float2half(0.0f);
    __half kb0_0_1 = __float2half(0.0f);
    __half kb0_0_2 = __float2half(0.0f);
    __half kb0_0_3 = __float2half(0.0f);
    __half kb0_0_4 = __float2half(0.0f);
    __half kb0_0_5 = __float2half(0.0f);
    __half kb0_0_6 = __float2half(0.0f);
    __half kb0_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 0LL])));
      kb0_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb0_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb0_0_0, kb0_0_1), __halves2half2(kb0_0_2, kb0_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb0_0_4, kb0_0_5), __halves2half2(kb0_0_6, kb0_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_0_0), "f"(s0_0_1), "f"(s0_0_2), "f"(s0_0_3));
    }
    __half kb0_2_0 = __float2half(0.0f);
    __half kb0_2_1 = __float2half(0.0f);
    __half kb0_2_2 = __float2half(0.0f);
    __half kb0_2_3 = __float2half(0.0f);
    __half kb0_2_4 = __float2half(0.0f);
    __half kb0_2_5 = __float2half(0.0f);
    __half kb0_2_6 = __float2half(0.0f);
    __half kb0_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 32LL])));
      kb0_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb0_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb0_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb0_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb0_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb0_2_0, kb0_2_1), __halves2half2(kb0_2_2, kb0_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_0_0), "f"(s0_0_1), "f"(s0_0_2), "f"(s0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb0_2_4, kb0_2_5), __halves2half2(kb0_2_6, kb0_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_0_0), "=f"(s0_0_1), "=f"(s0_0_2), "=f"(s0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_0_0), "f"(s0_0_1), "f"(s0_0_2), "f"(s0_0_3));
    }
    __half kb1_0_0 = __float2half(0.0f);
    __half kb1_0_1 = __float2half(0.0f);
    __half kb1_0_2 = __float2half(0.0f);
    __half kb1_0_3 = __float2half(0.0f);
    __half kb1_0_4 = __float2half(0.0f);
    __half kb1_0_5 = __float2half(0.0f);
    __half kb1_0_6 = __float2half(0.0f);
    __half kb1_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 576LL])));
      kb1_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb1_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb1_0_0, kb1_0_1), __halves2half2(kb1_0_2, kb1_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb1_0_4, kb1_0_5), __halves2half2(kb1_0_6, kb1_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_1_0), "f"(s0_1_1), "f"(s0_1_2), "f"(s0_1_3));
    }
    __half kb1_2_0 = __float2half(0.0f);
    __half kb1_2_1 = __float2half(0.0f);
    __half kb1_2_2 = __float2half(0.0f);
    __half kb1_2_3 = __float2half(0.0f);
    __half kb1_2_4 = __float2half(0.0f);
    __half kb1_2_5 = __float2half(0.0f);
    __half kb1_2_6 = __float2half(0.0f);
    __half kb1_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 608LL])));
      kb1_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb1_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb1_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb1_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb1_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb1_2_0, kb1_2_1), __halves2half2(kb1_2_2, kb1_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_1_0), "f"(s0_1_1), "f"(s0_1_2), "f"(s0_1_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb1_2_4, kb1_2_5), __halves2half2(kb1_2_6, kb1_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_1_0), "=f"(s0_1_1), "=f"(s0_1_2), "=f"(s0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_1_0), "f"(s0_1_1), "f"(s0_1_2), "f"(s0_1_3));
    }
    __half kb2_0_0 = __float2half(0.0f);
    __half kb2_0_1 = __float2half(0.0f);
    __half kb2_0_2 = __float2half(0.0f);
    __half kb2_0_3 = __float2half(0.0f);
    __half kb2_0_4 = __float2half(0.0f);
    __half kb2_0_5 = __float2half(0.0f);
    __half kb2_0_6 = __float2half(0.0f);
    __half kb2_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1152LL])));
      kb2_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb2_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb2_0_0, kb2_0_1), __halves2half2(kb2_0_2, kb2_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb2_0_4, kb2_0_5), __halves2half2(kb2_0_6, kb2_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_2_0), "f"(s0_2_1), "f"(s0_2_2), "f"(s0_2_3));
    }
    __half kb2_2_0 = __float2half(0.0f);
    __half kb2_2_1 = __float2half(0.0f);
    __half kb2_2_2 = __float2half(0.0f);
    __half kb2_2_3 = __float2half(0.0f);
    __half kb2_2_4 = __float2half(0.0f);
    __half kb2_2_5 = __float2half(0.0f);
    __half kb2_2_6 = __float2half(0.0f);
    __half kb2_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1184LL])));
      kb2_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb2_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb2_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb2_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb2_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb2_2_0, kb2_2_1), __halves2half2(kb2_2_2, kb2_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_2_0), "f"(s0_2_1), "f"(s0_2_2), "f"(s0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb2_2_4, kb2_2_5), __halves2half2(kb2_2_6, kb2_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_2_0), "=f"(s0_2_1), "=f"(s0_2_2), "=f"(s0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_2_0), "f"(s0_2_1), "f"(s0_2_2), "f"(s0_2_3));
    }
    __half kb3_0_0 = __float2half(0.0f);
    __half kb3_0_1 = __float2half(0.0f);
    __half kb3_0_2 = __float2half(0.0f);
    __half kb3_0_3 = __float2half(0.0f);
    __half kb3_0_4 = __float2half(0.0f);
    __half kb3_0_5 = __float2half(0.0f);
    __half kb3_0_6 = __float2half(0.0f);
    __half kb3_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1728LL])));
      kb3_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb3_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb3_0_0, kb3_0_1), __halves2half2(kb3_0_2, kb3_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb3_0_4, kb3_0_5), __halves2half2(kb3_0_6, kb3_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_3_0), "f"(s0_3_1), "f"(s0_3_2), "f"(s0_3_3));
    }
    __half kb3_2_0 = __float2half(0.0f);
    __half kb3_2_1 = __float2half(0.0f);
    __half kb3_2_2 = __float2half(0.0f);
    __half kb3_2_3 = __float2half(0.0f);
    __half kb3_2_4 = __float2half(0.0f);
    __half kb3_2_5 = __float2half(0.0f);
    __half kb3_2_6 = __float2half(0.0f);
    __half kb3_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 1760LL])));
      kb3_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb3_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb3_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb3_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb3_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb3_2_0, kb3_2_1), __halves2half2(kb3_2_2, kb3_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_3_0), "f"(s0_3_1), "f"(s0_3_2), "f"(s0_3_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb3_2_4, kb3_2_5), __halves2half2(kb3_2_6, kb3_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_3_0), "=f"(s0_3_1), "=f"(s0_3_2), "=f"(s0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_3_0), "f"(s0_3_1), "f"(s0_3_2), "f"(s0_3_3));
    }
    __half kb4_0_0 = __float2half(0.0f);
    __half kb4_0_1 = __float2half(0.0f);
    __half kb4_0_2 = __float2half(0.0f);
    __half kb4_0_3 = __float2half(0.0f);
    __half kb4_0_4 = __float2half(0.0f);
    __half kb4_0_5 = __float2half(0.0f);
    __half kb4_0_6 = __float2half(0.0f);
    __half kb4_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 2304LL])));
      kb4_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb4_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb4_0_0, kb4_0_1), __halves2half2(kb4_0_2, kb4_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb4_0_4, kb4_0_5), __halves2half2(kb4_0_6, kb4_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_4_0), "f"(s0_4_1), "f"(s0_4_2), "f"(s0_4_3));
    }
    __half kb4_2_0 = __float2half(0.0f);
    __half kb4_2_1 = __float2half(0.0f);
    __half kb4_2_2 = __float2half(0.0f);
    __half kb4_2_3 = __float2half(0.0f);
    __half kb4_2_4 = __float2half(0.0f);
    __half kb4_2_5 = __float2half(0.0f);
    __half kb4_2_6 = __float2half(0.0f);
    __half kb4_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 2336LL])));
      kb4_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb4_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb4_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb4_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb4_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb4_2_0, kb4_2_1), __halves2half2(kb4_2_2, kb4_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_4_0), "f"(s0_4_1), "f"(s0_4_2), "f"(s0_4_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb4_2_4, kb4_2_5), __halves2half2(kb4_2_6, kb4_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_4_0), "=f"(s0_4_1), "=f"(s0_4_2), "=f"(s0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_4_0), "f"(s0_4_1), "f"(s0_4_2), "f"(s0_4_3));
    }
    __half kb5_0_0 = __float2half(0.0f);
    __half kb5_0_1 = __float2half(0.0f);
    __half kb5_0_2 = __float2half(0.0f);
    __half kb5_0_3 = __float2half(0.0f);
    __half kb5_0_4 = __float2half(0.0f);
    __half kb5_0_5 = __float2half(0.0f);
    __half kb5_0_6 = __float2half(0.0f);
    __half kb5_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 2880LL])));
      kb5_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb5_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb5_0_0, kb5_0_1), __halves2half2(kb5_0_2, kb5_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb5_0_4, kb5_0_5), __halves2half2(kb5_0_6, kb5_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_5_0), "f"(s0_5_1), "f"(s0_5_2), "f"(s0_5_3));
    }
    __half kb5_2_0 = __float2half(0.0f);
    __half kb5_2_1 = __float2half(0.0f);
    __half kb5_2_2 = __float2half(0.0f);
    __half kb5_2_3 = __float2half(0.0f);
    __half kb5_2_4 = __float2half(0.0f);
    __half kb5_2_5 = __float2half(0.0f);
    __half kb5_2_6 = __float2half(0.0f);
    __half kb5_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 2912LL])));
      kb5_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb5_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb5_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb5_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb5_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb5_2_0, kb5_2_1), __halves2half2(kb5_2_2, kb5_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_5_0), "f"(s0_5_1), "f"(s0_5_2), "f"(s0_5_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb5_2_4, kb5_2_5), __halves2half2(kb5_2_6, kb5_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_5_0), "=f"(s0_5_1), "=f"(s0_5_2), "=f"(s0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_5_0), "f"(s0_5_1), "f"(s0_5_2), "f"(s0_5_3));
    }
    __half kb6_0_0 = __float2half(0.0f);
    __half kb6_0_1 = __float2half(0.0f);
    __half kb6_0_2 = __float2half(0.0f);
    __half kb6_0_3 = __float2half(0.0f);
    __half kb6_0_4 = __float2half(0.0f);
    __half kb6_0_5 = __float2half(0.0f);
    __half kb6_0_6 = __float2half(0.0f);
    __half kb6_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 3456LL])));
      kb6_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb6_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb6_0_0, kb6_0_1), __halves2half2(kb6_0_2, kb6_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb6_0_4, kb6_0_5), __halves2half2(kb6_0_6, kb6_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_6_0), "f"(s0_6_1), "f"(s0_6_2), "f"(s0_6_3));
    }
    __half kb6_2_0 = __float2half(0.0f);
    __half kb6_2_1 = __float2half(0.0f);
    __half kb6_2_2 = __float2half(0.0f);
    __half kb6_2_3 = __float2half(0.0f);
    __half kb6_2_4 = __float2half(0.0f);
    __half kb6_2_5 = __float2half(0.0f);
    __half kb6_2_6 = __float2half(0.0f);
    __half kb6_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 3488LL])));
      kb6_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb6_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb6_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb6_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb6_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb6_2_0, kb6_2_1), __halves2half2(kb6_2_2, kb6_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_6_0), "f"(s0_6_1), "f"(s0_6_2), "f"(s0_6_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb6_2_4, kb6_2_5), __halves2half2(kb6_2_6, kb6_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_6_0), "=f"(s0_6_1), "=f"(s0_6_2), "=f"(s0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_6_0), "f"(s0_6_1), "f"(s0_6_2), "f"(s0_6_3));
    }
    __half kb7_0_0 = __float2half(0.0f);
    __half kb7_0_1 = __float2half(0.0f);
    __half kb7_0_2 = __float2half(0.0f);
    __half kb7_0_3 = __float2half(0.0f);
    __half kb7_0_4 = __float2half(0.0f);
    __half kb7_0_5 = __float2half(0.0f);
    __half kb7_0_6 = __float2half(0.0f);
    __half kb7_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 4032LL])));
      kb7_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb7_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_0_0, qa0_0_1), __halves2half2(qa0_0_2, qa0_0_3), __halves2half2(qa0_0_4, qa0_0_5), __halves2half2(qa0_0_6, qa0_0_7), __halves2half2(kb7_0_0, kb7_0_1), __halves2half2(kb7_0_2, kb7_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(0.0f), "f"(0.0f), "f"(0.0f), "f"(0.0f));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_1_0, qa0_1_1), __halves2half2(qa0_1_2, qa0_1_3), __halves2half2(qa0_1_4, qa0_1_5), __halves2half2(qa0_1_6, qa0_1_7), __halves2half2(kb7_0_4, kb7_0_5), __halves2half2(kb7_0_6, kb7_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_7_0), "f"(s0_7_1), "f"(s0_7_2), "f"(s0_7_3));
    }
    __half kb7_2_0 = __float2half(0.0f);
    __half kb7_2_1 = __float2half(0.0f);
    __half kb7_2_2 = __float2half(0.0f);
    __half kb7_2_3 = __float2half(0.0f);
    __half kb7_2_4 = __float2half(0.0f);
    __half kb7_2_5 = __float2half(0.0f);
    __half kb7_2_6 = __float2half(0.0f);
    __half kb7_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of ks from shared memory
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&ks[kst + 4064LL])));
      kb7_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      kb7_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      kb7_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      kb7_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      kb7_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_2_0, qa0_2_1), __halves2half2(qa0_2_2, qa0_2_3), __halves2half2(qa0_2_4, qa0_2_5), __halves2half2(qa0_2_6, qa0_2_7), __halves2half2(kb7_2_0, kb7_2_1), __halves2half2(kb7_2_2, kb7_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_7_0), "f"(s0_7_1), "f"(s0_7_2), "f"(s0_7_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(qa0_3_0, qa0_3_1), __halves2half2(qa0_3_2, qa0_3_3), __halves2half2(qa0_3_4, qa0_3_5), __halves2half2(qa0_3_6, qa0_3_7), __halves2half2(kb7_2_4, kb7_2_5), __halves2half2(kb7_2_6, kb7_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(s0_7_0), "=f"(s0_7_1), "=f"(s0_7_2), "=f"(s0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(s0_7_0), "f"(s0_7_1), "f"(s0_7_2), "f"(s0_7_3));
    }
    // scale (by log2 e too), mask, the running max of rows g and g+8 (over the row's 4 lanes), p = 2^(s − m) in place of the scores
    s0_0_0 = ((((j0 + ((q * 2LL) + 0LL)) < tend) && ((j0 + ((q * 2LL) + 0LL)) <= tq0_0)) ? (s0_0_0 * 0.18033688f) : (-INFINITY));
    s0_0_1 = ((((j0 + ((q * 2LL) + 1LL)) < tend) && ((j0 + ((q * 2LL) + 1LL)) <= tq0_0)) ? (s0_0_1 * 0.18033688f) : (-INFINITY));
    s0_0_2 = ((((j0 + ((q * 2LL) + 0LL)) < tend) && ((j0 + ((q * 2LL) + 0LL)) <= tq0_1)) ? (s0_0_2 * 0.18033688f) : (-INFINITY));
    s0_0_3 = ((((j0 + ((q * 2LL) + 1LL)) < tend) && ((j0 + ((q * 2LL) + 1LL)) <= tq0_1)) ? (s0_0_3 * 0.18033688f) : (-INFINITY));
    s0_1_0 = ((((j0 + ((q * 2LL) + 8LL)) < tend) && ((j0 + ((q * 2LL) + 8LL)) <= tq0_0)) ? (s0_1_0 * 0.18033688f) : (-INFINITY));
    s0_1_1 = ((((j0 + ((q * 2LL) + 9LL)) < tend) && ((j0 + ((q * 2LL) + 9LL)) <= tq0_0)) ? (s0_1_1 * 0.18033688f) : (-INFINITY));
    s0_1_2 = ((((j0 + ((q * 2LL) + 8LL)) < tend) && ((j0 + ((q * 2LL) + 8LL)) <= tq0_1)) ? (s0_1_2 * 0.18033688f) : (-INFINITY));
    s0_1_3 = ((((j0 + ((q * 2LL) + 9LL)) < tend) && ((j0 + ((q * 2LL) + 9LL)) <= tq0_1)) ? (s0_1_3 * 0.18033688f) : (-INFINITY));
    s0_2_0 = ((((j0 + ((q * 2LL) + 16LL)) < tend) && ((j0 + ((q * 2LL) + 16LL)) <= tq0_0)) ? (s0_2_0 * 0.18033688f) : (-INFINITY));
    s0_2_1 = ((((j0 + ((q * 2LL) + 17LL)) < tend) && ((j0 + ((q * 2LL) + 17LL)) <= tq0_0)) ? (s0_2_1 * 0.18033688f) : (-INFINITY));
    s0_2_2 = ((((j0 + ((q * 2LL) + 16LL)) < tend) && ((j0 + ((q * 2LL) + 16LL)) <= tq0_1)) ? (s0_2_2 * 0.18033688f) : (-INFINITY));
    s0_2_3 = ((((j0 + ((q * 2LL) + 17LL)) < tend) && ((j0 + ((q * 2LL) + 17LL)) <= tq0_1)) ? (s0_2_3 * 0.18033688f) : (-INFINITY));
    s0_3_0 = ((((j0 + ((q * 2LL) + 24LL)) < tend) && ((j0 + ((q * 2LL) + 24LL)) <= tq0_0)) ? (s0_3_0 * 0.18033688f) : (-INFINITY));
    s0_3_1 = ((((j0 + ((q * 2LL) + 25LL)) < tend) && ((j0 + ((q * 2LL) + 25LL)) <= tq0_0)) ? (s0_3_1 * 0.18033688f) : (-INFINITY));
    s0_3_2 = ((((j0 + ((q * 2LL) + 24LL)) < tend) && ((j0 + ((q * 2LL) + 24LL)) <= tq0_1)) ? (s0_3_2 * 0.18033688f) : (-INFINITY));
    s0_3_3 = ((((j0 + ((q * 2LL) + 25LL)) < tend) && ((j0 + ((q * 2LL) + 25LL)) <= tq0_1)) ? (s0_3_3 * 0.18033688f) : (-INFINITY));
    s0_4_0 = ((((j0 + ((q * 2LL) + 32LL)) < tend) && ((j0 + ((q * 2LL) + 32LL)) <= tq0_0)) ? (s0_4_0 * 0.18033688f) : (-INFINITY));
    s0_4_1 = ((((j0 + ((q * 2LL) + 33LL)) < tend) && ((j0 + ((q * 2LL) + 33LL)) <= tq0_0)) ? (s0_4_1 * 0.18033688f) : (-INFINITY));
    s0_4_2 = ((((j0 + ((q * 2LL) + 32LL)) < tend) && ((j0 + ((q * 2LL) + 32LL)) <= tq0_1)) ? (s0_4_2 * 0.18033688f) : (-INFINITY));
    s0_4_3 = ((((j0 + ((q * 2LL) + 33LL)) < tend) && ((j0 + ((q * 2LL) + 33LL)) <= tq0_1)) ? (s0_4_3 * 0.18033688f) : (-INFINITY));
    s0_5_0 = ((((j0 + ((q * 2LL) + 40LL)) < tend) && ((j0 + ((q * 2LL) + 40LL)) <= tq0_0)) ? (s0_5_0 * 0.18033688f) : (-INFINITY));
    s0_5_1 = ((((j0 + ((q * 2LL) + 41LL)) < tend) && ((j0 + ((q * 2LL) + 41LL)) <= tq0_0)) ? (s0_5_1 * 0.18033688f) : (-INFINITY));
    s0_5_2 = ((((j0 + ((q * 2LL) + 40LL)) < tend) && ((j0 + ((q * 2LL) + 40LL)) <= tq0_1)) ? (s0_5_2 * 0.18033688f) : (-INFINITY));
    s0_5_3 = ((((j0 + ((q * 2LL) + 41LL)) < tend) && ((j0 + ((q * 2LL) + 41LL)) <= tq0_1)) ? (s0_5_3 * 0.18033688f) : (-INFINITY));
    s0_6_0 = ((((j0 + ((q * 2LL) + 48LL)) < tend) && ((j0 + ((q * 2LL) + 48LL)) <= tq0_0)) ? (s0_6_0 * 0.18033688f) : (-INFINITY));
    s0_6_1 = ((((j0 + ((q * 2LL) + 49LL)) < tend) && ((j0 + ((q * 2LL) + 49LL)) <= tq0_0)) ? (s0_6_1 * 0.18033688f) : (-INFINITY));
    s0_6_2 = ((((j0 + ((q * 2LL) + 48LL)) < tend) && ((j0 + ((q * 2LL) + 48LL)) <= tq0_1)) ? (s0_6_2 * 0.18033688f) : (-INFINITY));
    s0_6_3 = ((((j0 + ((q * 2LL) + 49LL)) < tend) && ((j0 + ((q * 2LL) + 49LL)) <= tq0_1)) ? (s0_6_3 * 0.18033688f) : (-INFINITY));
    s0_7_0 = ((((j0 + ((q * 2LL) + 56LL)) < tend) && ((j0 + ((q * 2LL) + 56LL)) <= tq0_0)) ? (s0_7_0 * 0.18033688f) : (-INFINITY));
    s0_7_1 = ((((j0 + ((q * 2LL) + 57LL)) < tend) && ((j0 + ((q * 2LL) + 57LL)) <= tq0_0)) ? (s0_7_1 * 0.18033688f) : (-INFINITY));
    s0_7_2 = ((((j0 + ((q * 2LL) + 56LL)) < tend) && ((j0 + ((q * 2LL) + 56LL)) <= tq0_1)) ? (s0_7_2 * 0.18033688f) : (-INFINITY));
    s0_7_3 = ((((j0 + ((q * 2LL) + 57LL)) < tend) && ((j0 + ((q * 2LL) + 57LL)) <= tq0_1)) ? (s0_7_3 * 0.18033688f) : (-INFINITY));
    float mn0_0 = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(m0_0, fmaxf(s0_0_0, s0_0_1)), fmaxf(s0_1_0, s0_1_1)), fmaxf(s0_2_0, s0_2_1)), fmaxf(s0_3_0, s0_3_1)), fmaxf(s0_4_0, s0_4_1)), fmaxf(s0_5_0, s0_5_1)), fmaxf(s0_6_0, s0_6_1)), fmaxf(s0_7_0, s0_7_1));
    mn0_0 = fmaxf(mn0_0, __shfl_xor_sync(0xffffffffu, mn0_0, (int)1LL));
    mn0_0 = fmaxf(mn0_0, __shfl_xor_sync(0xffffffffu, mn0_0, (int)2LL));
    float mu0_0 = ((mn0_0 == (-INFINITY)) ? 0.0f : mn0_0);
    float alpha0_0 = exp2f((m0_0 - mu0_0));
    m0_0 = mn0_0;
    l0_0 = (l0_0 * alpha0_0);
    float mn0_1 = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(m0_1, fmaxf(s0_0_2, s0_0_3)), fmaxf(s0_1_2, s0_1_3)), fmaxf(s0_2_2, s0_2_3)), fmaxf(s0_3_2, s0_3_3)), fmaxf(s0_4_2, s0_4_3)), fmaxf(s0_5_2, s0_5_3)), fmaxf(s0_6_2, s0_6_3)), fmaxf(s0_7_2, s0_7_3));
    mn0_1 = fmaxf(mn0_1, __shfl_xor_sync(0xffffffffu, mn0_1, (int)1LL));
    mn0_1 = fmaxf(mn0_1, __shfl_xor_sync(0xffffffffu, mn0_1, (int)2LL));
    float mu0_1 = ((mn0_1 == (-INFINITY)) ? 0.0f : mn0_1);
    float alpha0_1 = exp2f((m0_1 - mu0_1));
    m0_1 = mn0_1;
    l0_1 = (l0_1 * alpha0_1);
    o0_0_0 = (o0_0_0 * alpha0_0);
    o0_0_1 = (o0_0_1 * alpha0_0);
    o0_0_2 = (o0_0_2 * alpha0_1);
    o0_0_3 = (o0_0_3 * alpha0_1);
    o0_1_0 = (o0_1_0 * alpha0_0);
    o0_1_1 = (o0_1_1 * alpha0_0);
    o0_1_2 = (o0_1_2 * alpha0_1);
    o0_1_3 = (o0_1_3 * alpha0_1);
    o0_2_0 = (o0_2_0 * alpha0_0);
    o0_2_1 = (o0_2_1 * alpha0_0);
    o0_2_2 = (o0_2_2 * alpha0_1);
    o0_2_3 = (o0_2_3 * alpha0_1);
    o0_3_0 = (o0_3_0 * alpha0_0);
    o0_3_1 = (o0_3_1 * alpha0_0);
    o0_3_2 = (o0_3_2 * alpha0_1);
    o0_3_3 = (o0_3_3 * alpha0_1);
    o0_4_0 = (o0_4_0 * alpha0_0);
    o0_4_1 = (o0_4_1 * alpha0_0);
    o0_4_2 = (o0_4_2 * alpha0_1);
    o0_4_3 = (o0_4_3 * alpha0_1);
    o0_5_0 = (o0_5_0 * alpha0_0);
    o0_5_1 = (o0_5_1 * alpha0_0);
    o0_5_2 = (o0_5_2 * alpha0_1);
    o0_5_3 = (o0_5_3 * alpha0_1);
    o0_6_0 = (o0_6_0 * alpha0_0);
    o0_6_1 = (o0_6_1 * alpha0_0);
    o0_6_2 = (o0_6_2 * alpha0_1);
    o0_6_3 = (o0_6_3 * alpha0_1);
    o0_7_0 = (o0_7_0 * alpha0_0);
    o0_7_1 = (o0_7_1 * alpha0_0);
    o0_7_2 = (o0_7_2 * alpha0_1);
    o0_7_3 = (o0_7_3 * alpha0_1);
    s0_0_0 = exp2f((s0_0_0 - mu0_0));
    l0_0 = (l0_0 + s0_0_0);
    s0_0_1 = exp2f((s0_0_1 - mu0_0));
    l0_0 = (l0_0 + s0_0_1);
    s0_0_2 = exp2f((s0_0_2 - mu0_1));
    l0_1 = (l0_1 + s0_0_2);
    s0_0_3 = exp2f((s0_0_3 - mu0_1));
    l0_1 = (l0_1 + s0_0_3);
    s0_1_0 = exp2f((s0_1_0 - mu0_0));
    l0_0 = (l0_0 + s0_1_0);
    s0_1_1 = exp2f((s0_1_1 - mu0_0));
    l0_0 = (l0_0 + s0_1_1);
    s0_1_2 = exp2f((s0_1_2 - mu0_1));
    l0_1 = (l0_1 + s0_1_2);
    s0_1_3 = exp2f((s0_1_3 - mu0_1));
    l0_1 = (l0_1 + s0_1_3);
    s0_2_0 = exp2f((s0_2_0 - mu0_0));
    l0_0 = (l0_0 + s0_2_0);
    s0_2_1 = exp2f((s0_2_1 - mu0_0));
    l0_0 = (l0_0 + s0_2_1);
    s0_2_2 = exp2f((s0_2_2 - mu0_1));
    l0_1 = (l0_1 + s0_2_2);
    s0_2_3 = exp2f((s0_2_3 - mu0_1));
    l0_1 = (l0_1 + s0_2_3);
    s0_3_0 = exp2f((s0_3_0 - mu0_0));
    l0_0 = (l0_0 + s0_3_0);
    s0_3_1 = exp2f((s0_3_1 - mu0_0));
    l0_0 = (l0_0 + s0_3_1);
    s0_3_2 = exp2f((s0_3_2 - mu0_1));
    l0_1 = (l0_1 + s0_3_2);
    s0_3_3 = exp2f((s0_3_3 - mu0_1));
    l0_1 = (l0_1 + s0_3_3);
    s0_4_0 = exp2f((s0_4_0 - mu0_0));
    l0_0 = (l0_0 + s0_4_0);
    s0_4_1 = exp2f((s0_4_1 - mu0_0));
    l0_0 = (l0_0 + s0_4_1);
    s0_4_2 = exp2f((s0_4_2 - mu0_1));
    l0_1 = (l0_1 + s0_4_2);
    s0_4_3 = exp2f((s0_4_3 - mu0_1));
    l0_1 = (l0_1 + s0_4_3);
    s0_5_0 = exp2f((s0_5_0 - mu0_0));
    l0_0 = (l0_0 + s0_5_0);
    s0_5_1 = exp2f((s0_5_1 - mu0_0));
    l0_0 = (l0_0 + s0_5_1);
    s0_5_2 = exp2f((s0_5_2 - mu0_1));
    l0_1 = (l0_1 + s0_5_2);
    s0_5_3 = exp2f((s0_5_3 - mu0_1));
    l0_1 = (l0_1 + s0_5_3);
    s0_6_0 = exp2f((s0_6_0 - mu0_0));
    l0_0 = (l0_0 + s0_6_0);
    s0_6_1 = exp2f((s0_6_1 - mu0_0));
    l0_0 = (l0_0 + s0_6_1);
    s0_6_2 = exp2f((s0_6_2 - mu0_1));
    l0_1 = (l0_1 + s0_6_2);
    s0_6_3 = exp2f((s0_6_3 - mu0_1));
    l0_1 = (l0_1 + s0_6_3);
    s0_7_0 = exp2f((s0_7_0 - mu0_0));
    l0_0 = (l0_0 + s0_7_0);
    s0_7_1 = exp2f((s0_7_1 - mu0_0));
    l0_0 = (l0_0 + s0_7_1);
    s0_7_2 = exp2f((s0_7_2 - mu0_1));
    l0_1 = (l0_1 + s0_7_2);
    s0_7_3 = exp2f((s0_7_3 - mu0_1));
    l0_1 = (l0_1 + s0_7_3);
    // o += p v: the score fragments are the A fragments (32 mma, B fragments by ldmatrix .trans)
    __half vb0_0_0 = __float2half(0.0f);
    __half vb0_0_1 = __float2half(0.0f);
    __half vb0_0_2 = __float2half(0.0f);
    __half vb0_0_3 = __float2half(0.0f);
    __half vb0_0_4 = __float2half(0.0f);
    __half vb0_0_5 = __float2half(0.0f);
    __half vb0_0_6 = __float2half(0.0f);
    __half vb0_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 0LL])));
      vb0_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_0_0, vb0_0_1), __halves2half2(vb0_0_2, vb0_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_0_4, vb0_0_5), __halves2half2(vb0_0_6, vb0_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb0_2_0 = __float2half(0.0f);
    __half vb0_2_1 = __float2half(0.0f);
    __half vb0_2_2 = __float2half(0.0f);
    __half vb0_2_3 = __float2half(0.0f);
    __half vb0_2_4 = __float2half(0.0f);
    __half vb0_2_5 = __float2half(0.0f);
    __half vb0_2_6 = __float2half(0.0f);
    __half vb0_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 16LL])));
      vb0_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_2_0, vb0_2_1), __halves2half2(vb0_2_2, vb0_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_2_4, vb0_2_5), __halves2half2(vb0_2_6, vb0_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb0_4_0 = __float2half(0.0f);
    __half vb0_4_1 = __float2half(0.0f);
    __half vb0_4_2 = __float2half(0.0f);
    __half vb0_4_3 = __float2half(0.0f);
    __half vb0_4_4 = __float2half(0.0f);
    __half vb0_4_5 = __float2half(0.0f);
    __half vb0_4_6 = __float2half(0.0f);
    __half vb0_4_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 32LL])));
      vb0_4_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_4_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_4_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_4_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_4_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_4_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_4_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_4_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_4_0, vb0_4_1), __halves2half2(vb0_4_2, vb0_4_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_4_0), "=f"(o0_4_1), "=f"(o0_4_2), "=f"(o0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_4_0), "f"(o0_4_1), "f"(o0_4_2), "f"(o0_4_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_4_4, vb0_4_5), __halves2half2(vb0_4_6, vb0_4_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_5_0), "=f"(o0_5_1), "=f"(o0_5_2), "=f"(o0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_5_0), "f"(o0_5_1), "f"(o0_5_2), "f"(o0_5_3));
    }
    __half vb0_6_0 = __float2half(0.0f);
    __half vb0_6_1 = __float2half(0.0f);
    __half vb0_6_2 = __float2half(0.0f);
    __half vb0_6_3 = __float2half(0.0f);
    __half vb0_6_4 = __float2half(0.0f);
    __half vb0_6_5 = __float2half(0.0f);
    __half vb0_6_6 = __float2half(0.0f);
    __half vb0_6_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 48LL])));
      vb0_6_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_6_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb0_6_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_6_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb0_6_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_6_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb0_6_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb0_6_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_6_0, vb0_6_1), __halves2half2(vb0_6_2, vb0_6_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_6_0), "=f"(o0_6_1), "=f"(o0_6_2), "=f"(o0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_6_0), "f"(o0_6_1), "f"(o0_6_2), "f"(o0_6_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_0_0), __float2half(s0_0_1)), __halves2half2(__float2half(s0_0_2), __float2half(s0_0_3)), __halves2half2(__float2half(s0_1_0), __float2half(s0_1_1)), __halves2half2(__float2half(s0_1_2), __float2half(s0_1_3)), __halves2half2(vb0_6_4, vb0_6_5), __halves2half2(vb0_6_6, vb0_6_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_7_0), "=f"(o0_7_1), "=f"(o0_7_2), "=f"(o0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_7_0), "f"(o0_7_1), "f"(o0_7_2), "f"(o0_7_3));
    }
    __half vb1_0_0 = __float2half(0.0f);
    __half vb1_0_1 = __float2half(0.0f);
    __half vb1_0_2 = __float2half(0.0f);
    __half vb1_0_3 = __float2half(0.0f);
    __half vb1_0_4 = __float2half(0.0f);
    __half vb1_0_5 = __float2half(0.0f);
    __half vb1_0_6 = __float2half(0.0f);
    __half vb1_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1152LL])));
      vb1_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_0_0, vb1_0_1), __halves2half2(vb1_0_2, vb1_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_0_4, vb1_0_5), __halves2half2(vb1_0_6, vb1_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb1_2_0 = __float2half(0.0f);
    __half vb1_2_1 = __float2half(0.0f);
    __half vb1_2_2 = __float2half(0.0f);
    __half vb1_2_3 = __float2half(0.0f);
    __half vb1_2_4 = __float2half(0.0f);
    __half vb1_2_5 = __float2half(0.0f);
    __half vb1_2_6 = __float2half(0.0f);
    __half vb1_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1168LL])));
      vb1_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_2_0, vb1_2_1), __halves2half2(vb1_2_2, vb1_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_2_4, vb1_2_5), __halves2half2(vb1_2_6, vb1_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb1_4_0 = __float2half(0.0f);
    __half vb1_4_1 = __float2half(0.0f);
    __half vb1_4_2 = __float2half(0.0f);
    __half vb1_4_3 = __float2half(0.0f);
    __half vb1_4_4 = __float2half(0.0f);
    __half vb1_4_5 = __float2half(0.0f);
    __half vb1_4_6 = __float2half(0.0f);
    __half vb1_4_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1184LL])));
      vb1_4_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_4_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_4_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_4_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_4_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_4_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_4_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_4_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_4_0, vb1_4_1), __halves2half2(vb1_4_2, vb1_4_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_4_0), "=f"(o0_4_1), "=f"(o0_4_2), "=f"(o0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_4_0), "f"(o0_4_1), "f"(o0_4_2), "f"(o0_4_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_4_4, vb1_4_5), __halves2half2(vb1_4_6, vb1_4_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_5_0), "=f"(o0_5_1), "=f"(o0_5_2), "=f"(o0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_5_0), "f"(o0_5_1), "f"(o0_5_2), "f"(o0_5_3));
    }
    __half vb1_6_0 = __float2half(0.0f);
    __half vb1_6_1 = __float2half(0.0f);
    __half vb1_6_2 = __float2half(0.0f);
    __half vb1_6_3 = __float2half(0.0f);
    __half vb1_6_4 = __float2half(0.0f);
    __half vb1_6_5 = __float2half(0.0f);
    __half vb1_6_6 = __float2half(0.0f);
    __half vb1_6_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 1200LL])));
      vb1_6_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_6_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb1_6_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_6_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb1_6_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_6_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb1_6_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb1_6_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_6_0, vb1_6_1), __halves2half2(vb1_6_2, vb1_6_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_6_0), "=f"(o0_6_1), "=f"(o0_6_2), "=f"(o0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_6_0), "f"(o0_6_1), "f"(o0_6_2), "f"(o0_6_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_2_0), __float2half(s0_2_1)), __halves2half2(__float2half(s0_2_2), __float2half(s0_2_3)), __halves2half2(__float2half(s0_3_0), __float2half(s0_3_1)), __halves2half2(__float2half(s0_3_2), __float2half(s0_3_3)), __halves2half2(vb1_6_4, vb1_6_5), __halves2half2(vb1_6_6, vb1_6_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_7_0), "=f"(o0_7_1), "=f"(o0_7_2), "=f"(o0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_7_0), "f"(o0_7_1), "f"(o0_7_2), "f"(o0_7_3));
    }
    __half vb2_0_0 = __float2half(0.0f);
    __half vb2_0_1 = __float2half(0.0f);
    __half vb2_0_2 = __float2half(0.0f);
    __half vb2_0_3 = __float2half(0.0f);
    __half vb2_0_4 = __float2half(0.0f);
    __half vb2_0_5 = __float2half(0.0f);
    __half vb2_0_6 = __float2half(0.0f);
    __half vb2_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 2304LL])));
      vb2_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_0_0, vb2_0_1), __halves2half2(vb2_0_2, vb2_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_0_4, vb2_0_5), __halves2half2(vb2_0_6, vb2_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb2_2_0 = __float2half(0.0f);
    __half vb2_2_1 = __float2half(0.0f);
    __half vb2_2_2 = __float2half(0.0f);
    __half vb2_2_3 = __float2half(0.0f);
    __half vb2_2_4 = __float2half(0.0f);
    __half vb2_2_5 = __float2half(0.0f);
    __half vb2_2_6 = __float2half(0.0f);
    __half vb2_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 2320LL])));
      vb2_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_2_0, vb2_2_1), __halves2half2(vb2_2_2, vb2_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_2_4, vb2_2_5), __halves2half2(vb2_2_6, vb2_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb2_4_0 = __float2half(0.0f);
    __half vb2_4_1 = __float2half(0.0f);
    __half vb2_4_2 = __float2half(0.0f);
    __half vb2_4_3 = __float2half(0.0f);
    __half vb2_4_4 = __float2half(0.0f);
    __half vb2_4_5 = __float2half(0.0f);
    __half vb2_4_6 = __float2half(0.0f);
    __half vb2_4_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 2336LL])));
      vb2_4_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_4_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_4_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_4_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_4_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_4_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_4_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_4_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_4_0, vb2_4_1), __halves2half2(vb2_4_2, vb2_4_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_4_0), "=f"(o0_4_1), "=f"(o0_4_2), "=f"(o0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_4_0), "f"(o0_4_1), "f"(o0_4_2), "f"(o0_4_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_4_4, vb2_4_5), __halves2half2(vb2_4_6, vb2_4_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_5_0), "=f"(o0_5_1), "=f"(o0_5_2), "=f"(o0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_5_0), "f"(o0_5_1), "f"(o0_5_2), "f"(o0_5_3));
    }
    __half vb2_6_0 = __float2half(0.0f);
    __half vb2_6_1 = __float2half(0.0f);
    __half vb2_6_2 = __float2half(0.0f);
    __half vb2_6_3 = __float2half(0.0f);
    __half vb2_6_4 = __float2half(0.0f);
    __half vb2_6_5 = __float2half(0.0f);
    __half vb2_6_6 = __float2half(0.0f);
    __half vb2_6_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 2352LL])));
      vb2_6_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_6_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb2_6_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_6_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb2_6_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_6_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb2_6_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb2_6_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_6_0, vb2_6_1), __halves2half2(vb2_6_2, vb2_6_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_6_0), "=f"(o0_6_1), "=f"(o0_6_2), "=f"(o0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_6_0), "f"(o0_6_1), "f"(o0_6_2), "f"(o0_6_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_4_0), __float2half(s0_4_1)), __halves2half2(__float2half(s0_4_2), __float2half(s0_4_3)), __halves2half2(__float2half(s0_5_0), __float2half(s0_5_1)), __halves2half2(__float2half(s0_5_2), __float2half(s0_5_3)), __halves2half2(vb2_6_4, vb2_6_5), __halves2half2(vb2_6_6, vb2_6_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_7_0), "=f"(o0_7_1), "=f"(o0_7_2), "=f"(o0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_7_0), "f"(o0_7_1), "f"(o0_7_2), "f"(o0_7_3));
    }
    __half vb3_0_0 = __float2half(0.0f);
    __half vb3_0_1 = __float2half(0.0f);
    __half vb3_0_2 = __float2half(0.0f);
    __half vb3_0_3 = __float2half(0.0f);
    __half vb3_0_4 = __float2half(0.0f);
    __half vb3_0_5 = __float2half(0.0f);
    __half vb3_0_6 = __float2half(0.0f);
    __half vb3_0_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 3456LL])));
      vb3_0_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_0_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_0_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_0_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_0_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_0_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_0_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_0_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_0_0, vb3_0_1), __halves2half2(vb3_0_2, vb3_0_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_0_0), "=f"(o0_0_1), "=f"(o0_0_2), "=f"(o0_0_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_0_0), "f"(o0_0_1), "f"(o0_0_2), "f"(o0_0_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_0_4, vb3_0_5), __halves2half2(vb3_0_6, vb3_0_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_1_0), "=f"(o0_1_1), "=f"(o0_1_2), "=f"(o0_1_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_1_0), "f"(o0_1_1), "f"(o0_1_2), "f"(o0_1_3));
    }
    __half vb3_2_0 = __float2half(0.0f);
    __half vb3_2_1 = __float2half(0.0f);
    __half vb3_2_2 = __float2half(0.0f);
    __half vb3_2_3 = __float2half(0.0f);
    __half vb3_2_4 = __float2half(0.0f);
    __half vb3_2_5 = __float2half(0.0f);
    __half vb3_2_6 = __float2half(0.0f);
    __half vb3_2_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 3472LL])));
      vb3_2_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_2_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_2_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_2_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_2_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_2_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_2_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_2_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_2_0, vb3_2_1), __halves2half2(vb3_2_2, vb3_2_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_2_0), "=f"(o0_2_1), "=f"(o0_2_2), "=f"(o0_2_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_2_0), "f"(o0_2_1), "f"(o0_2_2), "f"(o0_2_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_2_4, vb3_2_5), __halves2half2(vb3_2_6, vb3_2_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_3_0), "=f"(o0_3_1), "=f"(o0_3_2), "=f"(o0_3_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_3_0), "f"(o0_3_1), "f"(o0_3_2), "f"(o0_3_3));
    }
    __half vb3_4_0 = __float2half(0.0f);
    __half vb3_4_1 = __float2half(0.0f);
    __half vb3_4_2 = __float2half(0.0f);
    __half vb3_4_3 = __float2half(0.0f);
    __half vb3_4_4 = __float2half(0.0f);
    __half vb3_4_5 = __float2half(0.0f);
    __half vb3_4_6 = __float2half(0.0f);
    __half vb3_4_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 3488LL])));
      vb3_4_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_4_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_4_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_4_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_4_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_4_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_4_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_4_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_4_0, vb3_4_1), __halves2half2(vb3_4_2, vb3_4_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_4_0), "=f"(o0_4_1), "=f"(o0_4_2), "=f"(o0_4_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_4_0), "f"(o0_4_1), "f"(o0_4_2), "f"(o0_4_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_4_4, vb3_4_5), __halves2half2(vb3_4_6, vb3_4_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_5_0), "=f"(o0_5_1), "=f"(o0_5_2), "=f"(o0_5_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_5_0), "f"(o0_5_1), "f"(o0_5_2), "f"(o0_5_3));
    }
    __half vb3_6_0 = __float2half(0.0f);
    __half vb3_6_1 = __float2half(0.0f);
    __half vb3_6_2 = __float2half(0.0f);
    __half vb3_6_3 = __float2half(0.0f);
    __half vb3_6_4 = __float2half(0.0f);
    __half vb3_6_5 = __float2half(0.0f);
    __half vb3_6_6 = __float2half(0.0f);
    __half vb3_6_7 = __float2half(0.0f);
    { // 4 8×8 matrices of vs from shared memory, transposed
      unsigned lm_r[4];
      asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];"
          : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
          : "r"((unsigned)__cvta_generic_to_shared(&vs[vst + 3504LL])));
      vb3_6_0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_6_1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
      vb3_6_2 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_6_3 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[1]));
      vb3_6_4 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_6_5 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[2]));
      vb3_6_6 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
      vb3_6_7 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[3]));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_6_0, vb3_6_1), __halves2half2(vb3_6_2, vb3_6_3)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_6_0), "=f"(o0_6_1), "=f"(o0_6_2), "=f"(o0_6_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_6_0), "f"(o0_6_1), "f"(o0_6_2), "f"(o0_6_3));
    }
    { // D = A·B + C on the warp's tensor cores (m16n8k16, f16 in, f32 accumulate)
      const __half2 mma_h[6] = {__halves2half2(__float2half(s0_6_0), __float2half(s0_6_1)), __halves2half2(__float2half(s0_6_2), __float2half(s0_6_3)), __halves2half2(__float2half(s0_7_0), __float2half(s0_7_1)), __halves2half2(__float2half(s0_7_2), __float2half(s0_7_3)), __halves2half2(vb3_6_4, vb3_6_5), __halves2half2(vb3_6_6, vb3_6_7)};
      const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
      asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
          : "=f"(o0_7_0), "=f"(o0_7_1), "=f"(o0_7_2), "=f"(o0_7_3)
          : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
            "f"(o0_7_0), "f"(o0_7_1), "f"(o0_7_2), "f"(o0_7_3));
    }
    __syncthreads();
  }
  asm volatile("cp.async.wait_group 0;" ::: "memory");
  // row sums over the row's 4 lanes, then o / l (no visible key: 0)
  l0_0 = (l0_0 + __shfl_xor_sync(0xffffffffu, l0_0, (int)1LL));
  l0_0 = (l0_0 + __shfl_xor_sync(0xffffffffu, l0_0, (int)2LL));
  float inv0_0 = ((l0_0 > 0.0f) ? (1.0f / l0_0) : 0.0f);
  if (tq0_0 < T) {
    long long ob0_0 = ((((b * T) + tq0_0) * 256LL) + ((h * 64LL) + (q * 2LL)));
    o[(ob0_0 + 0LL)] = __float2half((o0_0_0 * inv0_0));
    o[(ob0_0 + 1LL)] = __float2half((o0_0_1 * inv0_0));
    o[(ob0_0 + 8LL)] = __float2half((o0_1_0 * inv0_0));
    o[(ob0_0 + 9LL)] = __float2half((o0_1_1 * inv0_0));
    o[(ob0_0 + 16LL)] = __float2half((o0_2_0 * inv0_0));
    o[(ob0_0 + 17LL)] = __float2half((o0_2_1 * inv0_0));
    o[(ob0_0 + 24LL)] = __float2half((o0_3_0 * inv0_0));
    o[(ob0_0 + 25LL)] = __float2half((o0_3_1 * inv0_0));
    o[(ob0_0 + 32LL)] = __float2half((o0_4_0 * inv0_0));
    o[(ob0_0 + 33LL)] = __float2half((o0_4_1 * inv0_0));
    o[(ob0_0 + 40LL)] = __float2half((o0_5_0 * inv0_0));
    o[(ob0_0 + 41LL)] = __float2half((o0_5_1 * inv0_0));
    o[(ob0_0 + 48LL)] = __float2half((o0_6_0 * inv0_0));
    o[(ob0_0 + 49LL)] = __float2half((o0_6_1 * inv0_0));
    o[(ob0_0 + 56LL)] = __float2half((o0_7_0 * inv0_0));
    o[(ob0_0 + 57LL)] = __float2half((o0_7_1 * inv0_0));
  }
  l0_1 = (l0_1 + __shfl_xor_sync(0xffffffffu, l0_1, (int)1LL));
  l0_1 = (l0_1 + __shfl_xor_sync(0xffffffffu, l0_1, (int)2LL));
  float inv0_1 = ((l0_1 > 0.0f) ? (1.0f / l0_1) : 0.0f);
  if (tq0_1 < T) {
    long long ob0_1 = ((((b * T) + tq0_1) * 256LL) + ((h * 64LL) + (q * 2LL)));
    o[(ob0_1 + 0LL)] = __float2half((o0_0_2 * inv0_1));
    o[(ob0_1 + 1LL)] = __float2half((o0_0_3 * inv0_1));
    o[(ob0_1 + 8LL)] = __float2half((o0_1_2 * inv0_1));
    o[(ob0_1 + 9LL)] = __float2half((o0_1_3 * inv0_1));
    o[(ob0_1 + 16LL)] = __float2half((o0_2_2 * inv0_1));
    o[(ob0_1 + 17LL)] = __float2half((o0_2_3 * inv0_1));
    o[(ob0_1 + 24LL)] = __float2half((o0_3_2 * inv0_1));
    o[(ob0_1 + 25LL)] = __float2half((o0_3_3 * inv0_1));
    o[(ob0_1 + 32LL)] = __float2half((o0_4_2 * inv0_1));
    o[(ob0_1 + 33LL)] = __float2half((o0_4_3 * inv0_1));
    o[(ob0_1 + 40LL)] = __float2half((o0_5_2 * inv0_1));
    o[(ob0_1 + 41LL)] = __float2half((o0_5_3 * inv0_1));
    o[(ob0_1 + 48LL)] = __float2half((o0_6_2 * inv0_1));
    o[(ob0_1 + 49LL)] = __float2half((o0_6_3 * inv0_1));
    o[(ob0_1 + 56LL)] = __float2half((o0_7_2 * inv0_1));
    o[(ob0_1 + 57LL)] = __float2half((o0_7_3 * inv0_1));
  }
}

// output projection o·w_oᵀ + residual stream (epilogue): %x5 = fused.attention_residual %x4, %L4.qkv, @L4.w_o {heads=4, d_head=64, d_value=64, kind=softmax, mask=causal, scale=0.125, feature=identity, residual=true} : f16[B,T,256]
// from examples/hybrid.hopf:19:3
extern "C" __global__ void __launch_bounds__(256) x5__fused_attention_residual_wo__l19(const __half* __restrict__ x, const __half* __restrict__ w, const __half* __restrict__ res, __half* __restrict__ y, long long M) {
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 256LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 256LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 256LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 256LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 256LL) {
      long long idx = ((row01 * 256LL) + col);
      y[idx] = __float2half((acc0_0 + ((float)__half2float(res[idx]))));
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 256LL) {
      long long idx1 = ((row01 * 256LL) + col1);
      y[idx1] = __float2half((acc0_1 + ((float)__half2float(res[idx1]))));
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 256LL) {
      long long idx2 = ((row01 * 256LL) + col2);
      y[idx2] = __float2half((acc0_2 + ((float)__half2float(res[idx2]))));
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 256LL) {
      long long idx3 = ((row01 * 256LL) + col3);
      y[idx3] = __float2half((acc0_3 + ((float)__half2float(res[idx3]))));
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 256LL) {
      long long idx4 = ((row1 * 256LL) + col4);
      y[idx4] = __float2half((acc1_0 + ((float)__half2float(res[idx4]))));
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 256LL) {
      long long idx5 = ((row1 * 256LL) + col5);
      y[idx5] = __float2half((acc1_1 + ((float)__half2float(res[idx5]))));
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 256LL) {
      long long idx6 = ((row1 * 256LL) + col6);
      y[idx6] = __float2half((acc1_2 + ((float)__half2float(res[idx6]))));
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 256LL) {
      long long idx7 = ((row1 * 256LL) + col7);
      y[idx7] = __float2half((acc1_3 + ((float)__half2float(res[idx7]))));
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 256LL) {
      long long idx8 = ((row2 * 256LL) + col8);
      y[idx8] = __float2half((acc2_0 + ((float)__half2float(res[idx8]))));
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 256LL) {
      long long idx9 = ((row2 * 256LL) + col9);
      y[idx9] = __float2half((acc2_1 + ((float)__half2float(res[idx9]))));
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 256LL) {
      long long idx10 = ((row2 * 256LL) + col10);
      y[idx10] = __float2half((acc2_2 + ((float)__half2float(res[idx10]))));
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 256LL) {
      long long idx11 = ((row2 * 256LL) + col11);
      y[idx11] = __float2half((acc2_3 + ((float)__half2float(res[idx11]))));
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 256LL) {
      long long idx12 = ((row3 * 256LL) + col12);
      y[idx12] = __float2half((acc3_0 + ((float)__half2float(res[idx12]))));
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 256LL) {
      long long idx13 = ((row3 * 256LL) + col13);
      y[idx13] = __float2half((acc3_1 + ((float)__half2float(res[idx13]))));
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 256LL) {
      long long idx14 = ((row3 * 256LL) + col14);
      y[idx14] = __float2half((acc3_2 + ((float)__half2float(res[idx14]))));
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 256LL) {
      long long idx15 = ((row3 * 256LL) + col15);
      y[idx15] = __float2half((acc3_3 + ((float)__half2float(res[idx15]))));
    }
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
  __shared__ float xs[1040];
  __shared__ float ws[1040];
  // y tile 64×64 per block, 4×4 per thread, k tiles of 16
  long long tx = (long long)threadIdx.x;
  long long ty = (long long)threadIdx.y;
  long long tid = ((ty * 16LL) + tx);
  long long row0 = ((long long)blockIdx.y * 64LL);
  long long col0 = ((long long)blockIdx.x * 64LL);
  float acc0_0 = 0.0f;
  float acc0_1 = 0.0f;
  float acc0_2 = 0.0f;
  float acc0_3 = 0.0f;
  float acc1_0 = 0.0f;
  float acc1_1 = 0.0f;
  float acc1_2 = 0.0f;
  float acc1_3 = 0.0f;
  float acc2_0 = 0.0f;
  float acc2_1 = 0.0f;
  float acc2_2 = 0.0f;
  float acc2_3 = 0.0f;
  float acc3_0 = 0.0f;
  float acc3_1 = 0.0f;
  float acc3_2 = 0.0f;
  float acc3_3 = 0.0f;
  for (long long k0 = 0LL; k0 < 256LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 256LL)) ? ((float)__half2float(x[(xr * 256LL) + gk])) : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 512LL) && (gk < 256LL)) ? ((float)__half2float(w[(wr * 256LL) + gk])) : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 256LL)) ? ((float)__half2float(x[(xr1 * 256LL) + gk1])) : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 512LL) && (gk1 < 256LL)) ? ((float)__half2float(w[(wr1 * 256LL) + gk1])) : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 256LL)) ? ((float)__half2float(x[(xr2 * 256LL) + gk2])) : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 512LL) && (gk2 < 256LL)) ? ((float)__half2float(w[(wr2 * 256LL) + gk2])) : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 256LL)) ? ((float)__half2float(x[(xr3 * 256LL) + gk3])) : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 512LL) && (gk3 < 256LL)) ? ((float)__half2float(w[(wr3 * 256LL) + gk3])) : 0.0f);
    __syncthreads();
    float a0 = xs[ty + 0LL];
    float b0 = ws[tx + 0LL];
    float a1 = xs[ty + 16LL];
    float b1 = ws[tx + 16LL];
    float a2 = xs[ty + 32LL];
    float b2 = ws[tx + 32LL];
    float a3 = xs[ty + 48LL];
    float b3 = ws[tx + 48LL];
    acc0_0 = (acc0_0 + (a0 * b0));
    acc0_1 = (acc0_1 + (a0 * b1));
    acc0_2 = (acc0_2 + (a0 * b2));
    acc0_3 = (acc0_3 + (a0 * b3));
    acc1_0 = (acc1_0 + (a1 * b0));
    acc1_1 = (acc1_1 + (a1 * b1));
    acc1_2 = (acc1_2 + (a1 * b2));
    acc1_3 = (acc1_3 + (a1 * b3));
    acc2_0 = (acc2_0 + (a2 * b0));
    acc2_1 = (acc2_1 + (a2 * b1));
    acc2_2 = (acc2_2 + (a2 * b2));
    acc2_3 = (acc2_3 + (a2 * b3));
    acc3_0 = (acc3_0 + (a3 * b0));
    acc3_1 = (acc3_1 + (a3 * b1));
    acc3_2 = (acc3_2 + (a3 * b2));
    acc3_3 = (acc3_3 + (a3 * b3));
    float a01 = xs[ty + 65LL];
    float b01 = ws[tx + 65LL];
    float a11 = xs[ty + 81LL];
    float b11 = ws[tx + 81LL];
    float a21 = xs[ty + 97LL];
    float b21 = ws[tx + 97LL];
    float a31 = xs[ty + 113LL];
    float b31 = ws[tx + 113LL];
    acc0_0 = (acc0_0 + (a01 * b01));
    acc0_1 = (acc0_1 + (a01 * b11));
    acc0_2 = (acc0_2 + (a01 * b21));
    acc0_3 = (acc0_3 + (a01 * b31));
    acc1_0 = (acc1_0 + (a11 * b01));
    acc1_1 = (acc1_1 + (a11 * b11));
    acc1_2 = (acc1_2 + (a11 * b21));
    acc1_3 = (acc1_3 + (a11 * b31));
    acc2_0 = (acc2_0 + (a21 * b01));
    acc2_1 = (acc2_1 + (a21 * b11));
    acc2_2 = (acc2_2 + (a21 * b21));
    acc2_3 = (acc2_3 + (a21 * b31));
    acc3_0 = (acc3_0 + (a31 * b01));
    acc3_1 = (acc3_1 + (a31 * b11));
    acc3_2 = (acc3_2 + (a31 * b21));
    acc3_3 = (acc3_3 + (a31 * b31));
    float a02 = xs[ty + 130LL];
    float b02 = ws[tx + 130LL];
    float a12 = xs[ty + 146LL];
    float b12 = ws[tx + 146LL];
    float a22 = xs[ty + 162LL];
    float b22 = ws[tx + 162LL];
    float a32 = xs[ty + 178LL];
    float b32 = ws[tx + 178LL];
    acc0_0 = (acc0_0 + (a02 * b02));
    acc0_1 = (acc0_1 + (a02 * b12));
    acc0_2 = (acc0_2 + (a02 * b22));
    acc0_3 = (acc0_3 + (a02 * b32));
    acc1_0 = (acc1_0 + (a12 * b02));
    acc1_1 = (acc1_1 + (a12 * b12));
    acc1_2 = (acc1_2 + (a12 * b22));
    acc1_3 = (acc1_3 + (a12 * b32));
    acc2_0 = (acc2_0 + (a22 * b02));
    acc2_1 = (acc2_1 + (a22 * b12));
    acc2_2 = (acc2_2 + (a22 * b22));
    acc2_3 = (acc2_3 + (a22 * b32));
    acc3_0 = (acc3_0 + (a32 * b02));
    acc3_1 = (acc3_1 + (a32 * b12));
    acc3_2 = (acc3_2 + (a32 * b22));
    acc3_3 = (acc3_3 + (a32 * b32));
    float a03 = xs[ty + 195LL];
    float b03 = ws[tx + 195LL];
    float a13 = xs[ty + 211LL];
    float b13 = ws[tx + 211LL];
    float a23 = xs[ty + 227LL];
    float b23 = ws[tx + 227LL];
    float a33 = xs[ty + 243LL];
    float b33 = ws[tx + 243LL];
    acc0_0 = (acc0_0 + (a03 * b03));
    acc0_1 = (acc0_1 + (a03 * b13));
    acc0_2 = (acc0_2 + (a03 * b23));
    acc0_3 = (acc0_3 + (a03 * b33));
    acc1_0 = (acc1_0 + (a13 * b03));
    acc1_1 = (acc1_1 + (a13 * b13));
    acc1_2 = (acc1_2 + (a13 * b23));
    acc1_3 = (acc1_3 + (a13 * b33));
    acc2_0 = (acc2_0 + (a23 * b03));
    acc2_1 = (acc2_1 + (a23 * b13));
    acc2_2 = (acc2_2 + (a23 * b23));
    acc2_3 = (acc2_3 + (a23 * b33));
    acc3_0 = (acc3_0 + (a33 * b03));
    acc3_1 = (acc3_1 + (a33 * b13));
    acc3_2 = (acc3_2 + (a33 * b23));
    acc3_3 = (acc3_3 + (a33 * b33));
    float a04 = xs[ty + 260LL];
    float b04 = ws[tx + 260LL];
    float a14 = xs[ty + 276LL];
    float b14 = ws[tx + 276LL];
    float a24 = xs[ty + 292LL];
    float b24 = ws[tx + 292LL];
    float a34 = xs[ty + 308LL];
    float b34 = ws[tx + 308LL];
    acc0_0 = (acc0_0 + (a04 * b04));
    acc0_1 = (acc0_1 + (a04 * b14));
    acc0_2 = (acc0_2 + (a04 * b24));
    acc0_3 = (acc0_3 + (a04 * b34));
    acc1_0 = (acc1_0 + (a14 * b04));
    acc1_1 = (acc1_1 + (a14 * b14));
    acc1_2 = (acc1_2 + (a14 * b24));
    acc1_3 = (acc1_3 + (a14 * b34));
    acc2_0 = (acc2_0 + (a24 * b04));
    acc2_1 = (acc2_1 + (a24 * b14));
    acc2_2 = (acc2_2 + (a24 * b24));
    acc2_3 = (acc2_3 + (a24 * b34));
    acc3_0 = (acc3_0 + (a34 * b04));
    acc3_1 = (acc3_1 + (a34 * b14));
    acc3_2 = (acc3_2 + (a34 * b24));
    acc3_3 = (acc3_3 + (a34 * b34));
    float a05 = xs[ty + 325LL];
    float b05 = ws[tx + 325LL];
    float a15 = xs[ty + 341LL];
    float b15 = ws[tx + 341LL];
    float a25 = xs[ty + 357LL];
    float b25 = ws[tx + 357LL];
    float a35 = xs[ty + 373LL];
    float b35 = ws[tx + 373LL];
    acc0_0 = (acc0_0 + (a05 * b05));
    acc0_1 = (acc0_1 + (a05 * b15));
    acc0_2 = (acc0_2 + (a05 * b25));
    acc0_3 = (acc0_3 + (a05 * b35));
    acc1_0 = (acc1_0 + (a15 * b05));
    acc1_1 = (acc1_1 + (a15 * b15));
    acc1_2 = (acc1_2 + (a15 * b25));
    acc1_3 = (acc1_3 + (a15 * b35));
    acc2_0 = (acc2_0 + (a25 * b05));
    acc2_1 = (acc2_1 + (a25 * b15));
    acc2_2 = (acc2_2 + (a25 * b25));
    acc2_3 = (acc2_3 + (a25 * b35));
    acc3_0 = (acc3_0 + (a35 * b05));
    acc3_1 = (acc3_1 + (a35 * b15));
    acc3_2 = (acc3_2 + (a35 * b25));
    acc3_3 = (acc3_3 + (a35 * b35));
    float a06 = xs[ty + 390LL];
    float b06 = ws[tx + 390LL];
    float a16 = xs[ty + 406LL];
    float b16 = ws[tx + 406LL];
    float a26 = xs[ty + 422LL];
    float b26 = ws[tx + 422LL];
    float a36 = xs[ty + 438LL];
    float b36 = ws[tx + 438LL];
    acc0_0 = (acc0_0 + (a06 * b06));
    acc0_1 = (acc0_1 + (a06 * b16));
    acc0_2 = (acc0_2 + (a06 * b26));
    acc0_3 = (acc0_3 + (a06 * b36));
    acc1_0 = (acc1_0 + (a16 * b06));
    acc1_1 = (acc1_1 + (a16 * b16));
    acc1_2 = (acc1_2 + (a16 * b26));
    acc1_3 = (acc1_3 + (a16 * b36));
    acc2_0 = (acc2_0 + (a26 * b06));
    acc2_1 = (acc2_1 + (a26 * b16));
    acc2_2 = (acc2_2 + (a26 * b26));
    acc2_3 = (acc2_3 + (a26 * b36));
    acc3_0 = (acc3_0 + (a36 * b06));
    acc3_1 = (acc3_1 + (a36 * b16));
    acc3_2 = (acc3_2 + (a36 * b26));
    acc3_3 = (acc3_3 + (a36 * b36));
    float a07 = xs[ty + 455LL];
    float b07 = ws[tx + 455LL];
    float a17 = xs[ty + 471LL];
    float b17 = ws[tx + 471LL];
    float a27 = xs[ty + 487LL];
    float b27 = ws[tx + 487LL];
    float a37 = xs[ty + 503LL];
    float b37 = ws[tx + 503LL];
    acc0_0 = (acc0_0 + (a07 * b07));
    acc0_1 = (acc0_1 + (a07 * b17));
    acc0_2 = (acc0_2 + (a07 * b27));
    acc0_3 = (acc0_3 + (a07 * b37));
    acc1_0 = (acc1_0 + (a17 * b07));
    acc1_1 = (acc1_1 + (a17 * b17));
    acc1_2 = (acc1_2 + (a17 * b27));
    acc1_3 = (acc1_3 + (a17 * b37));
    acc2_0 = (acc2_0 + (a27 * b07));
    acc2_1 = (acc2_1 + (a27 * b17));
    acc2_2 = (acc2_2 + (a27 * b27));
    acc2_3 = (acc2_3 + (a27 * b37));
    acc3_0 = (acc3_0 + (a37 * b07));
    acc3_1 = (acc3_1 + (a37 * b17));
    acc3_2 = (acc3_2 + (a37 * b27));
    acc3_3 = (acc3_3 + (a37 * b37));
    float a08 = xs[ty + 520LL];
    float b08 = ws[tx + 520LL];
    float a18 = xs[ty + 536LL];
    float b18 = ws[tx + 536LL];
    float a28 = xs[ty + 552LL];
    float b28 = ws[tx + 552LL];
    float a38 = xs[ty + 568LL];
    float b38 = ws[tx + 568LL];
    acc0_0 = (acc0_0 + (a08 * b08));
    acc0_1 = (acc0_1 + (a08 * b18));
    acc0_2 = (acc0_2 + (a08 * b28));
    acc0_3 = (acc0_3 + (a08 * b38));
    acc1_0 = (acc1_0 + (a18 * b08));
    acc1_1 = (acc1_1 + (a18 * b18));
    acc1_2 = (acc1_2 + (a18 * b28));
    acc1_3 = (acc1_3 + (a18 * b38));
    acc2_0 = (acc2_0 + (a28 * b08));
    acc2_1 = (acc2_1 + (a28 * b18));
    acc2_2 = (acc2_2 + (a28 * b28));
    acc2_3 = (acc2_3 + (a28 * b38));
    acc3_0 = (acc3_0 + (a38 * b08));
    acc3_1 = (acc3_1 + (a38 * b18));
    acc3_2 = (acc3_2 + (a38 * b28));
    acc3_3 = (acc3_3 + (a38 * b38));
    float a09 = xs[ty + 585LL];
    float b09 = ws[tx + 585LL];
    float a19 = xs[ty + 601LL];
    float b19 = ws[tx + 601LL];
    float a29 = xs[ty + 617LL];
    float b29 = ws[tx + 617LL];
    float a39 = xs[ty + 633LL];
    float b39 = ws[tx + 633LL];
    acc0_0 = (acc0_0 + (a09 * b09));
    acc0_1 = (acc0_1 + (a09 * b19));
    acc0_2 = (acc0_2 + (a09 * b29));
    acc0_3 = (acc0_3 + (a09 * b39));
    acc1_0 = (acc1_0 + (a19 * b09));
    acc1_1 = (acc1_1 + (a19 * b19));
    acc1_2 = (acc1_2 + (a19 * b29));
    acc1_3 = (acc1_3 + (a19 * b39));
    acc2_0 = (acc2_0 + (a29 * b09));
    acc2_1 = (acc2_1 + (a29 * b19));
    acc2_2 = (acc2_2 + (a29 * b29));
    acc2_3 = (acc2_3 + (a29 * b39));
    acc3_0 = (acc3_0 + (a39 * b09));
    acc3_1 = (acc3_1 + (a39 * b19));
    acc3_2 = (acc3_2 + (a39 * b29));
    acc3_3 = (acc3_3 + (a39 * b39));
    float a010 = xs[ty + 650LL];
    float b010 = ws[tx + 650LL];
    float a110 = xs[ty + 666LL];
    float b110 = ws[tx + 666LL];
    float a210 = xs[ty + 682LL];
    float b210 = ws[tx + 682LL];
    float a310 = xs[ty + 698LL];
    float b310 = ws[tx + 698LL];
    acc0_0 = (acc0_0 + (a010 * b010));
    acc0_1 = (acc0_1 + (a010 * b110));
    acc0_2 = (acc0_2 + (a010 * b210));
    acc0_3 = (acc0_3 + (a010 * b310));
    acc1_0 = (acc1_0 + (a110 * b010));
    acc1_1 = (acc1_1 + (a110 * b110));
    acc1_2 = (acc1_2 + (a110 * b210));
    acc1_3 = (acc1_3 + (a110 * b310));
    acc2_0 = (acc2_0 + (a210 * b010));
    acc2_1 = (acc2_1 + (a210 * b110));
    acc2_2 = (acc2_2 + (a210 * b210));
    acc2_3 = (acc2_3 + (a210 * b310));
    acc3_0 = (acc3_0 + (a310 * b010));
    acc3_1 = (acc3_1 + (a310 * b110));
    acc3_2 = (acc3_2 + (a310 * b210));
    acc3_3 = (acc3_3 + (a310 * b310));
    float a011 = xs[ty + 715LL];
    float b011 = ws[tx + 715LL];
    float a111 = xs[ty + 731LL];
    float b111 = ws[tx + 731LL];
    float a211 = xs[ty + 747LL];
    float b211 = ws[tx + 747LL];
    float a311 = xs[ty + 763LL];
    float b311 = ws[tx + 763LL];
    acc0_0 = (acc0_0 + (a011 * b011));
    acc0_1 = (acc0_1 + (a011 * b111));
    acc0_2 = (acc0_2 + (a011 * b211));
    acc0_3 = (acc0_3 + (a011 * b311));
    acc1_0 = (acc1_0 + (a111 * b011));
    acc1_1 = (acc1_1 + (a111 * b111));
    acc1_2 = (acc1_2 + (a111 * b211));
    acc1_3 = (acc1_3 + (a111 * b311));
    acc2_0 = (acc2_0 + (a211 * b011));
    acc2_1 = (acc2_1 + (a211 * b111));
    acc2_2 = (acc2_2 + (a211 * b211));
    acc2_3 = (acc2_3 + (a211 * b311));
    acc3_0 = (acc3_0 + (a311 * b011));
    acc3_1 = (acc3_1 + (a311 * b111));
    acc3_2 = (acc3_2 + (a311 * b211));
    acc3_3 = (acc3_3 + (a311 * b311));
    float a012 = xs[ty + 780LL];
    float b012 = ws[tx + 780LL];
    float a112 = xs[ty + 796LL];
    float b112 = ws[tx + 796LL];
    float a212 = xs[ty + 812LL];
    float b212 = ws[tx + 812LL];
    float a312 = xs[ty + 828LL];
    float b312 = ws[tx + 828LL];
    acc0_0 = (acc0_0 + (a012 * b012));
    acc0_1 = (acc0_1 + (a012 * b112));
    acc0_2 = (acc0_2 + (a012 * b212));
    acc0_3 = (acc0_3 + (a012 * b312));
    acc1_0 = (acc1_0 + (a112 * b012));
    acc1_1 = (acc1_1 + (a112 * b112));
    acc1_2 = (acc1_2 + (a112 * b212));
    acc1_3 = (acc1_3 + (a112 * b312));
    acc2_0 = (acc2_0 + (a212 * b012));
    acc2_1 = (acc2_1 + (a212 * b112));
    acc2_2 = (acc2_2 + (a212 * b212));
    acc2_3 = (acc2_3 + (a212 * b312));
    acc3_0 = (acc3_0 + (a312 * b012));
    acc3_1 = (acc3_1 + (a312 * b112));
    acc3_2 = (acc3_2 + (a312 * b212));
    acc3_3 = (acc3_3 + (a312 * b312));
    float a013 = xs[ty + 845LL];
    float b013 = ws[tx + 845LL];
    float a113 = xs[ty + 861LL];
    float b113 = ws[tx + 861LL];
    float a213 = xs[ty + 877LL];
    float b213 = ws[tx + 877LL];
    float a313 = xs[ty + 893LL];
    float b313 = ws[tx + 893LL];
    acc0_0 = (acc0_0 + (a013 * b013));
    acc0_1 = (acc0_1 + (a013 * b113));
    acc0_2 = (acc0_2 + (a013 * b213));
    acc0_3 = (acc0_3 + (a013 * b313));
    acc1_0 = (acc1_0 + (a113 * b013));
    acc1_1 = (acc1_1 + (a113 * b113));
    acc1_2 = (acc1_2 + (a113 * b213));
    acc1_3 = (acc1_3 + (a113 * b313));
    acc2_0 = (acc2_0 + (a213 * b013));
    acc2_1 = (acc2_1 + (a213 * b113));
    acc2_2 = (acc2_2 + (a213 * b213));
    acc2_3 = (acc2_3 + (a213 * b313));
    acc3_0 = (acc3_0 + (a313 * b013));
    acc3_1 = (acc3_1 + (a313 * b113));
    acc3_2 = (acc3_2 + (a313 * b213));
    acc3_3 = (acc3_3 + (a313 * b313));
    float a014 = xs[ty + 910LL];
    float b014 = ws[tx + 910LL];
    float a114 = xs[ty + 926LL];
    float b114 = ws[tx + 926LL];
    float a214 = xs[ty + 942LL];
    float b214 = ws[tx + 942LL];
    float a314 = xs[ty + 958LL];
    float b314 = ws[tx + 958LL];
    acc0_0 = (acc0_0 + (a014 * b014));
    acc0_1 = (acc0_1 + (a014 * b114));
    acc0_2 = (acc0_2 + (a014 * b214));
    acc0_3 = (acc0_3 + (a014 * b314));
    acc1_0 = (acc1_0 + (a114 * b014));
    acc1_1 = (acc1_1 + (a114 * b114));
    acc1_2 = (acc1_2 + (a114 * b214));
    acc1_3 = (acc1_3 + (a114 * b314));
    acc2_0 = (acc2_0 + (a214 * b014));
    acc2_1 = (acc2_1 + (a214 * b114));
    acc2_2 = (acc2_2 + (a214 * b214));
    acc2_3 = (acc2_3 + (a214 * b314));
    acc3_0 = (acc3_0 + (a314 * b014));
    acc3_1 = (acc3_1 + (a314 * b114));
    acc3_2 = (acc3_2 + (a314 * b214));
    acc3_3 = (acc3_3 + (a314 * b314));
    float a015 = xs[ty + 975LL];
    float b015 = ws[tx + 975LL];
    float a115 = xs[ty + 991LL];
    float b115 = ws[tx + 991LL];
    float a215 = xs[ty + 1007LL];
    float b215 = ws[tx + 1007LL];
    float a315 = xs[ty + 1023LL];
    float b315 = ws[tx + 1023LL];
    acc0_0 = (acc0_0 + (a015 * b015));
    acc0_1 = (acc0_1 + (a015 * b115));
    acc0_2 = (acc0_2 + (a015 * b215));
    acc0_3 = (acc0_3 + (a015 * b315));
    acc1_0 = (acc1_0 + (a115 * b015));
    acc1_1 = (acc1_1 + (a115 * b115));
    acc1_2 = (acc1_2 + (a115 * b215));
    acc1_3 = (acc1_3 + (a115 * b315));
    acc2_0 = (acc2_0 + (a215 * b015));
    acc2_1 = (acc2_1 + (a215 * b115));
    acc2_2 = (acc2_2 + (a215 * b215));
    acc2_3 = (acc2_3 + (a215 * b315));
    acc3_0 = (acc3_0 + (a315 * b015));
    acc3_1 = (acc3_1 + (a315 * b115));
    acc3_2 = (acc3_2 + (a315 * b215));
    acc3_3 = (acc3_3 + (a315 * b315));
    __syncthreads();
  }
  long long row01 = (row0 + (ty + 0LL));
  if (row01 < M) {
    long long col = (col0 + (tx + 0LL));
    if (col < 512LL) {
      long long idx = ((row01 * 512LL) + col);
      y[idx] = __float2half(acc0_0);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 512LL) {
      long long idx1 = ((row01 * 512LL) + col1);
      y[idx1] = __float2half(acc0_1);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 512LL) {
      long long idx2 = ((row01 * 512LL) + col2);
      y[idx2] = __float2half(acc0_2);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 512LL) {
      long long idx3 = ((row01 * 512LL) + col3);
      y[idx3] = __float2half(acc0_3);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 512LL) {
      long long idx4 = ((row1 * 512LL) + col4);
      y[idx4] = __float2half(acc1_0);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 512LL) {
      long long idx5 = ((row1 * 512LL) + col5);
      y[idx5] = __float2half(acc1_1);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 512LL) {
      long long idx6 = ((row1 * 512LL) + col6);
      y[idx6] = __float2half(acc1_2);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 512LL) {
      long long idx7 = ((row1 * 512LL) + col7);
      y[idx7] = __float2half(acc1_3);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 512LL) {
      long long idx8 = ((row2 * 512LL) + col8);
      y[idx8] = __float2half(acc2_0);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 512LL) {
      long long idx9 = ((row2 * 512LL) + col9);
      y[idx9] = __float2half(acc2_1);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 512LL) {
      long long idx10 = ((row2 * 512LL) + col10);
      y[idx10] = __float2half(acc2_2);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 512LL) {
      long long idx11 = ((row2 * 512LL) + col11);
      y[idx11] = __float2half(acc2_3);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 512LL) {
      long long idx12 = ((row3 * 512LL) + col12);
      y[idx12] = __float2half(acc3_0);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 512LL) {
      long long idx13 = ((row3 * 512LL) + col13);
      y[idx13] = __float2half(acc3_1);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 512LL) {
      long long idx14 = ((row3 * 512LL) + col14);
      y[idx14] = __float2half(acc3_2);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 512LL) {
      long long idx15 = ((row3 * 512LL) + col15);
      y[idx15] = __float2half(acc3_3);
    }
  }
}
