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
  __shared__ __align__(16) float red[128];
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
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 388LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 388LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 388LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 388LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 388LL) {
      long long idx = ((row01 * 388LL) + col);
      y[idx] = acc0_0;
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 388LL) {
      long long idx1 = ((row01 * 388LL) + col1);
      y[idx1] = acc0_1;
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 388LL) {
      long long idx2 = ((row01 * 388LL) + col2);
      y[idx2] = acc0_2;
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 388LL) {
      long long idx3 = ((row01 * 388LL) + col3);
      y[idx3] = acc0_3;
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 388LL) {
      long long idx4 = ((row1 * 388LL) + col4);
      y[idx4] = acc1_0;
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 388LL) {
      long long idx5 = ((row1 * 388LL) + col5);
      y[idx5] = acc1_1;
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 388LL) {
      long long idx6 = ((row1 * 388LL) + col6);
      y[idx6] = acc1_2;
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 388LL) {
      long long idx7 = ((row1 * 388LL) + col7);
      y[idx7] = acc1_3;
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 388LL) {
      long long idx8 = ((row2 * 388LL) + col8);
      y[idx8] = acc2_0;
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 388LL) {
      long long idx9 = ((row2 * 388LL) + col9);
      y[idx9] = acc2_1;
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 388LL) {
      long long idx10 = ((row2 * 388LL) + col10);
      y[idx10] = acc2_2;
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 388LL) {
      long long idx11 = ((row2 * 388LL) + col11);
      y[idx11] = acc2_3;
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 388LL) {
      long long idx12 = ((row3 * 388LL) + col12);
      y[idx12] = acc3_0;
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 388LL) {
      long long idx13 = ((row3 * 388LL) + col13);
      y[idx13] = acc3_1;
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 388LL) {
      long long idx14 = ((row3 * 388LL) + col14);
      y[idx14] = acc3_2;
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 388LL) {
      long long idx15 = ((row3 * 388LL) + col15);
      y[idx15] = acc3_3;
    }
  }
}

// fast weights, delta rule S += β(v − S k)kᵀ, recurrent form (S on chip, one block per batch×head): %x1, %L0.S = fused.dual_residual %x0, %L0.qkvbeta, @L0.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(32) x1__fused_dual_residual_dual__l21(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ __align__(16) float qs[1024];
  __shared__ __align__(16) float ks[1024];
  __shared__ __align__(16) float vs[1024];
  __shared__ __align__(16) float bs[32];
  __shared__ __align__(16) float kinv[32];
  __shared__ __align__(16) float qinv[32];
  // delta rule, causal, recurrent form: tiles of 32 tokens, thread i keeps row i of S (32×32) in registers
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
  for (long long t0 = 0LL; t0 < T; t0 += 32LL) {
    long long n = min(32LL, (T - t0));
    // 1/‖k‖ and 1/‖q‖ per token
    for (long long tau = tid; tau < n; tau += 32LL) {
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
    for (long long x = tid; x < (n * 32LL); x += 32LL) {
      long long tau1 = (x / 32LL);
      long long d = (x % 32LL);
      long long r1 = (((b * T) + (t0 + tau1)) * 388LL);
      ks[x] = (qkv[r1 + ((128LL + (h * 32LL)) + d)] * kinv[tau1]);
      qs[x] = (qkv[r1 + ((h * 32LL) + d)] * qinv[tau1]);
    }
    for (long long x1 = tid; x1 < (n * 32LL); x1 += 32LL) {
      long long tau2 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau2)) * 388LL) + ((256LL + (h * 32LL)) + c)];
    }
    for (long long tau3 = tid; tau3 < n; tau3 += 32LL) {
      float beta_x = qkv[(((b * T) + (t0 + tau3)) * 388LL) + (384LL + h)];
      float beta_e = expf((-fabsf(beta_x)));
      bs[tau3] = ((beta_x >= 0.0f) ? (1.0f / (1.0f + beta_e)) : (beta_e / (1.0f + beta_e)));
    }
    __syncthreads();
    // tokens of the tile: row tid of S, no communication
    for (long long tau4 = 0LL; tau4 < n; tau4 += 1LL) {
      long long kb = (tau4 * 32LL);
      long long oi = ((((b * T) + (t0 + tau4)) * 128LL) + ((h * 32LL) + tid));
      float vi = vs[(tau4 * 32LL) + tid];
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
      float e = (vi - sk);
      float u = (bs[tau4] * e);
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
      float o1 = 0.0f;
      o1 = (o1 + (S0 * qs[kb + 0LL]));
      o1 = (o1 + (S1 * qs[kb + 1LL]));
      o1 = (o1 + (S2 * qs[kb + 2LL]));
      o1 = (o1 + (S3 * qs[kb + 3LL]));
      o1 = (o1 + (S4 * qs[kb + 4LL]));
      o1 = (o1 + (S5 * qs[kb + 5LL]));
      o1 = (o1 + (S6 * qs[kb + 6LL]));
      o1 = (o1 + (S7 * qs[kb + 7LL]));
      o1 = (o1 + (S8 * qs[kb + 8LL]));
      o1 = (o1 + (S9 * qs[kb + 9LL]));
      o1 = (o1 + (S10 * qs[kb + 10LL]));
      o1 = (o1 + (S11 * qs[kb + 11LL]));
      o1 = (o1 + (S12 * qs[kb + 12LL]));
      o1 = (o1 + (S13 * qs[kb + 13LL]));
      o1 = (o1 + (S14 * qs[kb + 14LL]));
      o1 = (o1 + (S15 * qs[kb + 15LL]));
      o1 = (o1 + (S16 * qs[kb + 16LL]));
      o1 = (o1 + (S17 * qs[kb + 17LL]));
      o1 = (o1 + (S18 * qs[kb + 18LL]));
      o1 = (o1 + (S19 * qs[kb + 19LL]));
      o1 = (o1 + (S20 * qs[kb + 20LL]));
      o1 = (o1 + (S21 * qs[kb + 21LL]));
      o1 = (o1 + (S22 * qs[kb + 22LL]));
      o1 = (o1 + (S23 * qs[kb + 23LL]));
      o1 = (o1 + (S24 * qs[kb + 24LL]));
      o1 = (o1 + (S25 * qs[kb + 25LL]));
      o1 = (o1 + (S26 * qs[kb + 26LL]));
      o1 = (o1 + (S27 * qs[kb + 27LL]));
      o1 = (o1 + (S28 * qs[kb + 28LL]));
      o1 = (o1 + (S29 * qs[kb + 29LL]));
      o1 = (o1 + (S30 * qs[kb + 30LL]));
      o1 = (o1 + (S31 * qs[kb + 31LL]));
      o[oi] = (1.0f * o1);
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

// output projection o·w_oᵀ + residual stream (epilogue): %x1, %L0.S = fused.dual_residual %x0, %L0.qkvbeta, @L0.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(256) x1__fused_dual_residual_wo__l21(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 128LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 128LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 128LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 128LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 128LL) {
      long long idx = ((row01 * 128LL) + col);
      y[idx] = (acc0_0 + res[idx]);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 128LL) {
      long long idx1 = ((row01 * 128LL) + col1);
      y[idx1] = (acc0_1 + res[idx1]);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 128LL) {
      long long idx2 = ((row01 * 128LL) + col2);
      y[idx2] = (acc0_2 + res[idx2]);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 128LL) {
      long long idx3 = ((row01 * 128LL) + col3);
      y[idx3] = (acc0_3 + res[idx3]);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 128LL) {
      long long idx4 = ((row1 * 128LL) + col4);
      y[idx4] = (acc1_0 + res[idx4]);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 128LL) {
      long long idx5 = ((row1 * 128LL) + col5);
      y[idx5] = (acc1_1 + res[idx5]);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 128LL) {
      long long idx6 = ((row1 * 128LL) + col6);
      y[idx6] = (acc1_2 + res[idx6]);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 128LL) {
      long long idx7 = ((row1 * 128LL) + col7);
      y[idx7] = (acc1_3 + res[idx7]);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 128LL) {
      long long idx8 = ((row2 * 128LL) + col8);
      y[idx8] = (acc2_0 + res[idx8]);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 128LL) {
      long long idx9 = ((row2 * 128LL) + col9);
      y[idx9] = (acc2_1 + res[idx9]);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 128LL) {
      long long idx10 = ((row2 * 128LL) + col10);
      y[idx10] = (acc2_2 + res[idx10]);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 128LL) {
      long long idx11 = ((row2 * 128LL) + col11);
      y[idx11] = (acc2_3 + res[idx11]);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 128LL) {
      long long idx12 = ((row3 * 128LL) + col12);
      y[idx12] = (acc3_0 + res[idx12]);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 128LL) {
      long long idx13 = ((row3 * 128LL) + col13);
      y[idx13] = (acc3_1 + res[idx13]);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 128LL) {
      long long idx14 = ((row3 * 128LL) + col14);
      y[idx14] = (acc3_2 + res[idx14]);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 128LL) {
      long long idx15 = ((row3 * 128LL) + col15);
      y[idx15] = (acc3_3 + res[idx15]);
    }
  }
}

// rmsnorm: %L1.h = rmsnorm %x1, @L1.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(128) L1_h__rmsnorm__l22(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ __align__(16) float red[128];
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
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 384LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 384LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 384LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 384LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 384LL) {
      long long idx = ((row01 * 384LL) + col);
      y[idx] = acc0_0;
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 384LL) {
      long long idx1 = ((row01 * 384LL) + col1);
      y[idx1] = acc0_1;
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 384LL) {
      long long idx2 = ((row01 * 384LL) + col2);
      y[idx2] = acc0_2;
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 384LL) {
      long long idx3 = ((row01 * 384LL) + col3);
      y[idx3] = acc0_3;
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 384LL) {
      long long idx4 = ((row1 * 384LL) + col4);
      y[idx4] = acc1_0;
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 384LL) {
      long long idx5 = ((row1 * 384LL) + col5);
      y[idx5] = acc1_1;
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 384LL) {
      long long idx6 = ((row1 * 384LL) + col6);
      y[idx6] = acc1_2;
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 384LL) {
      long long idx7 = ((row1 * 384LL) + col7);
      y[idx7] = acc1_3;
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 384LL) {
      long long idx8 = ((row2 * 384LL) + col8);
      y[idx8] = acc2_0;
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 384LL) {
      long long idx9 = ((row2 * 384LL) + col9);
      y[idx9] = acc2_1;
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 384LL) {
      long long idx10 = ((row2 * 384LL) + col10);
      y[idx10] = acc2_2;
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 384LL) {
      long long idx11 = ((row2 * 384LL) + col11);
      y[idx11] = acc2_3;
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 384LL) {
      long long idx12 = ((row3 * 384LL) + col12);
      y[idx12] = acc3_0;
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 384LL) {
      long long idx13 = ((row3 * 384LL) + col13);
      y[idx13] = acc3_1;
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 384LL) {
      long long idx14 = ((row3 * 384LL) + col14);
      y[idx14] = acc3_2;
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 384LL) {
      long long idx15 = ((row3 * 384LL) + col15);
      y[idx15] = acc3_3;
    }
  }
}

// fast weights, sum rule S += v kᵀ, recurrent form (S on chip, one block per batch×head): %x2, %L1.S = fused.dual_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(32) x2__fused_dual_residual_dual__l22(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ __align__(16) float qs[1024];
  __shared__ __align__(16) float ks[1024];
  __shared__ __align__(16) float vs[1024];
  // sum rule, causal, recurrent form: tiles of 32 tokens, thread i keeps row i of S (32×32) in registers
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
  for (long long t0 = 0LL; t0 < T; t0 += 32LL) {
    long long n = min(32LL, (T - t0));
    // stage φ(q), φ(k), v
    for (long long x = tid; x < (n * 32LL); x += 32LL) {
      long long tau = (x / 32LL);
      long long d = (x % 32LL);
      long long r = (((b * T) + (t0 + tau)) * 384LL);
      ks[x] = ((qkv[r + ((128LL + (h * 32LL)) + d)] > 0.0f) ? (qkv[r + ((128LL + (h * 32LL)) + d)] + 1.0f) : expf(qkv[r + ((128LL + (h * 32LL)) + d)]));
      qs[x] = ((qkv[r + ((h * 32LL) + d)] > 0.0f) ? (qkv[r + ((h * 32LL) + d)] + 1.0f) : expf(qkv[r + ((h * 32LL) + d)]));
    }
    for (long long x1 = tid; x1 < (n * 32LL); x1 += 32LL) {
      long long tau1 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau1)) * 384LL) + ((256LL + (h * 32LL)) + c)];
    }
    __syncthreads();
    // tokens of the tile: row tid of S, no communication
    for (long long tau2 = 0LL; tau2 < n; tau2 += 1LL) {
      long long kb = (tau2 * 32LL);
      long long oi = ((((b * T) + (t0 + tau2)) * 128LL) + ((h * 32LL) + tid));
      float vi = vs[(tau2 * 32LL) + tid];
      S0 = (S0 + (vi * ks[kb + 0LL]));
      S1 = (S1 + (vi * ks[kb + 1LL]));
      S2 = (S2 + (vi * ks[kb + 2LL]));
      S3 = (S3 + (vi * ks[kb + 3LL]));
      S4 = (S4 + (vi * ks[kb + 4LL]));
      S5 = (S5 + (vi * ks[kb + 5LL]));
      S6 = (S6 + (vi * ks[kb + 6LL]));
      S7 = (S7 + (vi * ks[kb + 7LL]));
      S8 = (S8 + (vi * ks[kb + 8LL]));
      S9 = (S9 + (vi * ks[kb + 9LL]));
      S10 = (S10 + (vi * ks[kb + 10LL]));
      S11 = (S11 + (vi * ks[kb + 11LL]));
      S12 = (S12 + (vi * ks[kb + 12LL]));
      S13 = (S13 + (vi * ks[kb + 13LL]));
      S14 = (S14 + (vi * ks[kb + 14LL]));
      S15 = (S15 + (vi * ks[kb + 15LL]));
      S16 = (S16 + (vi * ks[kb + 16LL]));
      S17 = (S17 + (vi * ks[kb + 17LL]));
      S18 = (S18 + (vi * ks[kb + 18LL]));
      S19 = (S19 + (vi * ks[kb + 19LL]));
      S20 = (S20 + (vi * ks[kb + 20LL]));
      S21 = (S21 + (vi * ks[kb + 21LL]));
      S22 = (S22 + (vi * ks[kb + 22LL]));
      S23 = (S23 + (vi * ks[kb + 23LL]));
      S24 = (S24 + (vi * ks[kb + 24LL]));
      S25 = (S25 + (vi * ks[kb + 25LL]));
      S26 = (S26 + (vi * ks[kb + 26LL]));
      S27 = (S27 + (vi * ks[kb + 27LL]));
      S28 = (S28 + (vi * ks[kb + 28LL]));
      S29 = (S29 + (vi * ks[kb + 29LL]));
      S30 = (S30 + (vi * ks[kb + 30LL]));
      S31 = (S31 + (vi * ks[kb + 31LL]));
      float o1 = 0.0f;
      o1 = (o1 + (S0 * qs[kb + 0LL]));
      o1 = (o1 + (S1 * qs[kb + 1LL]));
      o1 = (o1 + (S2 * qs[kb + 2LL]));
      o1 = (o1 + (S3 * qs[kb + 3LL]));
      o1 = (o1 + (S4 * qs[kb + 4LL]));
      o1 = (o1 + (S5 * qs[kb + 5LL]));
      o1 = (o1 + (S6 * qs[kb + 6LL]));
      o1 = (o1 + (S7 * qs[kb + 7LL]));
      o1 = (o1 + (S8 * qs[kb + 8LL]));
      o1 = (o1 + (S9 * qs[kb + 9LL]));
      o1 = (o1 + (S10 * qs[kb + 10LL]));
      o1 = (o1 + (S11 * qs[kb + 11LL]));
      o1 = (o1 + (S12 * qs[kb + 12LL]));
      o1 = (o1 + (S13 * qs[kb + 13LL]));
      o1 = (o1 + (S14 * qs[kb + 14LL]));
      o1 = (o1 + (S15 * qs[kb + 15LL]));
      o1 = (o1 + (S16 * qs[kb + 16LL]));
      o1 = (o1 + (S17 * qs[kb + 17LL]));
      o1 = (o1 + (S18 * qs[kb + 18LL]));
      o1 = (o1 + (S19 * qs[kb + 19LL]));
      o1 = (o1 + (S20 * qs[kb + 20LL]));
      o1 = (o1 + (S21 * qs[kb + 21LL]));
      o1 = (o1 + (S22 * qs[kb + 22LL]));
      o1 = (o1 + (S23 * qs[kb + 23LL]));
      o1 = (o1 + (S24 * qs[kb + 24LL]));
      o1 = (o1 + (S25 * qs[kb + 25LL]));
      o1 = (o1 + (S26 * qs[kb + 26LL]));
      o1 = (o1 + (S27 * qs[kb + 27LL]));
      o1 = (o1 + (S28 * qs[kb + 28LL]));
      o1 = (o1 + (S29 * qs[kb + 29LL]));
      o1 = (o1 + (S30 * qs[kb + 30LL]));
      o1 = (o1 + (S31 * qs[kb + 31LL]));
      o[oi] = (1.0f * o1);
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

// output projection o·w_oᵀ + residual stream (epilogue): %x2, %L1.S = fused.dual_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(256) x2__fused_dual_residual_wo__l22(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 128LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 128LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 128LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 128LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 128LL) {
      long long idx = ((row01 * 128LL) + col);
      y[idx] = (acc0_0 + res[idx]);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 128LL) {
      long long idx1 = ((row01 * 128LL) + col1);
      y[idx1] = (acc0_1 + res[idx1]);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 128LL) {
      long long idx2 = ((row01 * 128LL) + col2);
      y[idx2] = (acc0_2 + res[idx2]);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 128LL) {
      long long idx3 = ((row01 * 128LL) + col3);
      y[idx3] = (acc0_3 + res[idx3]);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 128LL) {
      long long idx4 = ((row1 * 128LL) + col4);
      y[idx4] = (acc1_0 + res[idx4]);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 128LL) {
      long long idx5 = ((row1 * 128LL) + col5);
      y[idx5] = (acc1_1 + res[idx5]);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 128LL) {
      long long idx6 = ((row1 * 128LL) + col6);
      y[idx6] = (acc1_2 + res[idx6]);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 128LL) {
      long long idx7 = ((row1 * 128LL) + col7);
      y[idx7] = (acc1_3 + res[idx7]);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 128LL) {
      long long idx8 = ((row2 * 128LL) + col8);
      y[idx8] = (acc2_0 + res[idx8]);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 128LL) {
      long long idx9 = ((row2 * 128LL) + col9);
      y[idx9] = (acc2_1 + res[idx9]);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 128LL) {
      long long idx10 = ((row2 * 128LL) + col10);
      y[idx10] = (acc2_2 + res[idx10]);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 128LL) {
      long long idx11 = ((row2 * 128LL) + col11);
      y[idx11] = (acc2_3 + res[idx11]);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 128LL) {
      long long idx12 = ((row3 * 128LL) + col12);
      y[idx12] = (acc3_0 + res[idx12]);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 128LL) {
      long long idx13 = ((row3 * 128LL) + col13);
      y[idx13] = (acc3_1 + res[idx13]);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 128LL) {
      long long idx14 = ((row3 * 128LL) + col14);
      y[idx14] = (acc3_2 + res[idx14]);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 128LL) {
      long long idx15 = ((row3 * 128LL) + col15);
      y[idx15] = (acc3_3 + res[idx15]);
    }
  }
}

// rmsnorm: %L2.h = rmsnorm %x2, @L2.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(128) L2_h__rmsnorm__l21(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ __align__(16) float red[128];
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
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 388LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 388LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 388LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 388LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 388LL) {
      long long idx = ((row01 * 388LL) + col);
      y[idx] = acc0_0;
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 388LL) {
      long long idx1 = ((row01 * 388LL) + col1);
      y[idx1] = acc0_1;
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 388LL) {
      long long idx2 = ((row01 * 388LL) + col2);
      y[idx2] = acc0_2;
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 388LL) {
      long long idx3 = ((row01 * 388LL) + col3);
      y[idx3] = acc0_3;
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 388LL) {
      long long idx4 = ((row1 * 388LL) + col4);
      y[idx4] = acc1_0;
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 388LL) {
      long long idx5 = ((row1 * 388LL) + col5);
      y[idx5] = acc1_1;
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 388LL) {
      long long idx6 = ((row1 * 388LL) + col6);
      y[idx6] = acc1_2;
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 388LL) {
      long long idx7 = ((row1 * 388LL) + col7);
      y[idx7] = acc1_3;
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 388LL) {
      long long idx8 = ((row2 * 388LL) + col8);
      y[idx8] = acc2_0;
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 388LL) {
      long long idx9 = ((row2 * 388LL) + col9);
      y[idx9] = acc2_1;
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 388LL) {
      long long idx10 = ((row2 * 388LL) + col10);
      y[idx10] = acc2_2;
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 388LL) {
      long long idx11 = ((row2 * 388LL) + col11);
      y[idx11] = acc2_3;
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 388LL) {
      long long idx12 = ((row3 * 388LL) + col12);
      y[idx12] = acc3_0;
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 388LL) {
      long long idx13 = ((row3 * 388LL) + col13);
      y[idx13] = acc3_1;
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 388LL) {
      long long idx14 = ((row3 * 388LL) + col14);
      y[idx14] = acc3_2;
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 388LL) {
      long long idx15 = ((row3 * 388LL) + col15);
      y[idx15] = acc3_3;
    }
  }
}

// fast weights, delta rule S += β(v − S k)kᵀ, recurrent form (S on chip, one block per batch×head): %x3, %L2.S = fused.dual_residual %x2, %L2.qkvbeta, @L2.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(32) x3__fused_dual_residual_dual__l21(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ __align__(16) float qs[1024];
  __shared__ __align__(16) float ks[1024];
  __shared__ __align__(16) float vs[1024];
  __shared__ __align__(16) float bs[32];
  __shared__ __align__(16) float kinv[32];
  __shared__ __align__(16) float qinv[32];
  // delta rule, causal, recurrent form: tiles of 32 tokens, thread i keeps row i of S (32×32) in registers
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
  for (long long t0 = 0LL; t0 < T; t0 += 32LL) {
    long long n = min(32LL, (T - t0));
    // 1/‖k‖ and 1/‖q‖ per token
    for (long long tau = tid; tau < n; tau += 32LL) {
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
    for (long long x = tid; x < (n * 32LL); x += 32LL) {
      long long tau1 = (x / 32LL);
      long long d = (x % 32LL);
      long long r1 = (((b * T) + (t0 + tau1)) * 388LL);
      ks[x] = (qkv[r1 + ((128LL + (h * 32LL)) + d)] * kinv[tau1]);
      qs[x] = (qkv[r1 + ((h * 32LL) + d)] * qinv[tau1]);
    }
    for (long long x1 = tid; x1 < (n * 32LL); x1 += 32LL) {
      long long tau2 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau2)) * 388LL) + ((256LL + (h * 32LL)) + c)];
    }
    for (long long tau3 = tid; tau3 < n; tau3 += 32LL) {
      float beta_x = qkv[(((b * T) + (t0 + tau3)) * 388LL) + (384LL + h)];
      float beta_e = expf((-fabsf(beta_x)));
      bs[tau3] = ((beta_x >= 0.0f) ? (1.0f / (1.0f + beta_e)) : (beta_e / (1.0f + beta_e)));
    }
    __syncthreads();
    // tokens of the tile: row tid of S, no communication
    for (long long tau4 = 0LL; tau4 < n; tau4 += 1LL) {
      long long kb = (tau4 * 32LL);
      long long oi = ((((b * T) + (t0 + tau4)) * 128LL) + ((h * 32LL) + tid));
      float vi = vs[(tau4 * 32LL) + tid];
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
      float e = (vi - sk);
      float u = (bs[tau4] * e);
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
      float o1 = 0.0f;
      o1 = (o1 + (S0 * qs[kb + 0LL]));
      o1 = (o1 + (S1 * qs[kb + 1LL]));
      o1 = (o1 + (S2 * qs[kb + 2LL]));
      o1 = (o1 + (S3 * qs[kb + 3LL]));
      o1 = (o1 + (S4 * qs[kb + 4LL]));
      o1 = (o1 + (S5 * qs[kb + 5LL]));
      o1 = (o1 + (S6 * qs[kb + 6LL]));
      o1 = (o1 + (S7 * qs[kb + 7LL]));
      o1 = (o1 + (S8 * qs[kb + 8LL]));
      o1 = (o1 + (S9 * qs[kb + 9LL]));
      o1 = (o1 + (S10 * qs[kb + 10LL]));
      o1 = (o1 + (S11 * qs[kb + 11LL]));
      o1 = (o1 + (S12 * qs[kb + 12LL]));
      o1 = (o1 + (S13 * qs[kb + 13LL]));
      o1 = (o1 + (S14 * qs[kb + 14LL]));
      o1 = (o1 + (S15 * qs[kb + 15LL]));
      o1 = (o1 + (S16 * qs[kb + 16LL]));
      o1 = (o1 + (S17 * qs[kb + 17LL]));
      o1 = (o1 + (S18 * qs[kb + 18LL]));
      o1 = (o1 + (S19 * qs[kb + 19LL]));
      o1 = (o1 + (S20 * qs[kb + 20LL]));
      o1 = (o1 + (S21 * qs[kb + 21LL]));
      o1 = (o1 + (S22 * qs[kb + 22LL]));
      o1 = (o1 + (S23 * qs[kb + 23LL]));
      o1 = (o1 + (S24 * qs[kb + 24LL]));
      o1 = (o1 + (S25 * qs[kb + 25LL]));
      o1 = (o1 + (S26 * qs[kb + 26LL]));
      o1 = (o1 + (S27 * qs[kb + 27LL]));
      o1 = (o1 + (S28 * qs[kb + 28LL]));
      o1 = (o1 + (S29 * qs[kb + 29LL]));
      o1 = (o1 + (S30 * qs[kb + 30LL]));
      o1 = (o1 + (S31 * qs[kb + 31LL]));
      o[oi] = (1.0f * o1);
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

// output projection o·w_oᵀ + residual stream (epilogue): %x3, %L2.S = fused.dual_residual %x2, %L2.qkvbeta, @L2.w_o {heads=4, d_head=32, d_value=32, kind=delta, mask=causal, scale=1.0, feature=l2, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:21:5
extern "C" __global__ void __launch_bounds__(256) x3__fused_dual_residual_wo__l21(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 128LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 128LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 128LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 128LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 128LL) {
      long long idx = ((row01 * 128LL) + col);
      y[idx] = (acc0_0 + res[idx]);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 128LL) {
      long long idx1 = ((row01 * 128LL) + col1);
      y[idx1] = (acc0_1 + res[idx1]);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 128LL) {
      long long idx2 = ((row01 * 128LL) + col2);
      y[idx2] = (acc0_2 + res[idx2]);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 128LL) {
      long long idx3 = ((row01 * 128LL) + col3);
      y[idx3] = (acc0_3 + res[idx3]);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 128LL) {
      long long idx4 = ((row1 * 128LL) + col4);
      y[idx4] = (acc1_0 + res[idx4]);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 128LL) {
      long long idx5 = ((row1 * 128LL) + col5);
      y[idx5] = (acc1_1 + res[idx5]);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 128LL) {
      long long idx6 = ((row1 * 128LL) + col6);
      y[idx6] = (acc1_2 + res[idx6]);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 128LL) {
      long long idx7 = ((row1 * 128LL) + col7);
      y[idx7] = (acc1_3 + res[idx7]);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 128LL) {
      long long idx8 = ((row2 * 128LL) + col8);
      y[idx8] = (acc2_0 + res[idx8]);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 128LL) {
      long long idx9 = ((row2 * 128LL) + col9);
      y[idx9] = (acc2_1 + res[idx9]);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 128LL) {
      long long idx10 = ((row2 * 128LL) + col10);
      y[idx10] = (acc2_2 + res[idx10]);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 128LL) {
      long long idx11 = ((row2 * 128LL) + col11);
      y[idx11] = (acc2_3 + res[idx11]);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 128LL) {
      long long idx12 = ((row3 * 128LL) + col12);
      y[idx12] = (acc3_0 + res[idx12]);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 128LL) {
      long long idx13 = ((row3 * 128LL) + col13);
      y[idx13] = (acc3_1 + res[idx13]);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 128LL) {
      long long idx14 = ((row3 * 128LL) + col14);
      y[idx14] = (acc3_2 + res[idx14]);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 128LL) {
      long long idx15 = ((row3 * 128LL) + col15);
      y[idx15] = (acc3_3 + res[idx15]);
    }
  }
}

// rmsnorm: %L3.h = rmsnorm %x3, @L3.norm.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(128) L3_h__rmsnorm__l22(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ __align__(16) float red[128];
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
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 384LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 384LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 384LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 384LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 384LL) {
      long long idx = ((row01 * 384LL) + col);
      y[idx] = acc0_0;
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 384LL) {
      long long idx1 = ((row01 * 384LL) + col1);
      y[idx1] = acc0_1;
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 384LL) {
      long long idx2 = ((row01 * 384LL) + col2);
      y[idx2] = acc0_2;
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 384LL) {
      long long idx3 = ((row01 * 384LL) + col3);
      y[idx3] = acc0_3;
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 384LL) {
      long long idx4 = ((row1 * 384LL) + col4);
      y[idx4] = acc1_0;
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 384LL) {
      long long idx5 = ((row1 * 384LL) + col5);
      y[idx5] = acc1_1;
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 384LL) {
      long long idx6 = ((row1 * 384LL) + col6);
      y[idx6] = acc1_2;
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 384LL) {
      long long idx7 = ((row1 * 384LL) + col7);
      y[idx7] = acc1_3;
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 384LL) {
      long long idx8 = ((row2 * 384LL) + col8);
      y[idx8] = acc2_0;
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 384LL) {
      long long idx9 = ((row2 * 384LL) + col9);
      y[idx9] = acc2_1;
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 384LL) {
      long long idx10 = ((row2 * 384LL) + col10);
      y[idx10] = acc2_2;
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 384LL) {
      long long idx11 = ((row2 * 384LL) + col11);
      y[idx11] = acc2_3;
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 384LL) {
      long long idx12 = ((row3 * 384LL) + col12);
      y[idx12] = acc3_0;
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 384LL) {
      long long idx13 = ((row3 * 384LL) + col13);
      y[idx13] = acc3_1;
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 384LL) {
      long long idx14 = ((row3 * 384LL) + col14);
      y[idx14] = acc3_2;
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 384LL) {
      long long idx15 = ((row3 * 384LL) + col15);
      y[idx15] = acc3_3;
    }
  }
}

// fast weights, sum rule S += v kᵀ, recurrent form (S on chip, one block per batch×head): %x4, %L3.S = fused.dual_residual %x3, %L3.qkv, @L3.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(32) x4__fused_dual_residual_dual__l22(const float* __restrict__ qkv, float* __restrict__ o, float* __restrict__ state, long long B, long long T) {
  __shared__ __align__(16) float qs[1024];
  __shared__ __align__(16) float ks[1024];
  __shared__ __align__(16) float vs[1024];
  // sum rule, causal, recurrent form: tiles of 32 tokens, thread i keeps row i of S (32×32) in registers
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
  for (long long t0 = 0LL; t0 < T; t0 += 32LL) {
    long long n = min(32LL, (T - t0));
    // stage φ(q), φ(k), v
    for (long long x = tid; x < (n * 32LL); x += 32LL) {
      long long tau = (x / 32LL);
      long long d = (x % 32LL);
      long long r = (((b * T) + (t0 + tau)) * 384LL);
      ks[x] = ((qkv[r + ((128LL + (h * 32LL)) + d)] > 0.0f) ? (qkv[r + ((128LL + (h * 32LL)) + d)] + 1.0f) : expf(qkv[r + ((128LL + (h * 32LL)) + d)]));
      qs[x] = ((qkv[r + ((h * 32LL) + d)] > 0.0f) ? (qkv[r + ((h * 32LL) + d)] + 1.0f) : expf(qkv[r + ((h * 32LL) + d)]));
    }
    for (long long x1 = tid; x1 < (n * 32LL); x1 += 32LL) {
      long long tau1 = (x1 / 32LL);
      long long c = (x1 % 32LL);
      vs[x1] = qkv[(((b * T) + (t0 + tau1)) * 384LL) + ((256LL + (h * 32LL)) + c)];
    }
    __syncthreads();
    // tokens of the tile: row tid of S, no communication
    for (long long tau2 = 0LL; tau2 < n; tau2 += 1LL) {
      long long kb = (tau2 * 32LL);
      long long oi = ((((b * T) + (t0 + tau2)) * 128LL) + ((h * 32LL) + tid));
      float vi = vs[(tau2 * 32LL) + tid];
      S0 = (S0 + (vi * ks[kb + 0LL]));
      S1 = (S1 + (vi * ks[kb + 1LL]));
      S2 = (S2 + (vi * ks[kb + 2LL]));
      S3 = (S3 + (vi * ks[kb + 3LL]));
      S4 = (S4 + (vi * ks[kb + 4LL]));
      S5 = (S5 + (vi * ks[kb + 5LL]));
      S6 = (S6 + (vi * ks[kb + 6LL]));
      S7 = (S7 + (vi * ks[kb + 7LL]));
      S8 = (S8 + (vi * ks[kb + 8LL]));
      S9 = (S9 + (vi * ks[kb + 9LL]));
      S10 = (S10 + (vi * ks[kb + 10LL]));
      S11 = (S11 + (vi * ks[kb + 11LL]));
      S12 = (S12 + (vi * ks[kb + 12LL]));
      S13 = (S13 + (vi * ks[kb + 13LL]));
      S14 = (S14 + (vi * ks[kb + 14LL]));
      S15 = (S15 + (vi * ks[kb + 15LL]));
      S16 = (S16 + (vi * ks[kb + 16LL]));
      S17 = (S17 + (vi * ks[kb + 17LL]));
      S18 = (S18 + (vi * ks[kb + 18LL]));
      S19 = (S19 + (vi * ks[kb + 19LL]));
      S20 = (S20 + (vi * ks[kb + 20LL]));
      S21 = (S21 + (vi * ks[kb + 21LL]));
      S22 = (S22 + (vi * ks[kb + 22LL]));
      S23 = (S23 + (vi * ks[kb + 23LL]));
      S24 = (S24 + (vi * ks[kb + 24LL]));
      S25 = (S25 + (vi * ks[kb + 25LL]));
      S26 = (S26 + (vi * ks[kb + 26LL]));
      S27 = (S27 + (vi * ks[kb + 27LL]));
      S28 = (S28 + (vi * ks[kb + 28LL]));
      S29 = (S29 + (vi * ks[kb + 29LL]));
      S30 = (S30 + (vi * ks[kb + 30LL]));
      S31 = (S31 + (vi * ks[kb + 31LL]));
      float o1 = 0.0f;
      o1 = (o1 + (S0 * qs[kb + 0LL]));
      o1 = (o1 + (S1 * qs[kb + 1LL]));
      o1 = (o1 + (S2 * qs[kb + 2LL]));
      o1 = (o1 + (S3 * qs[kb + 3LL]));
      o1 = (o1 + (S4 * qs[kb + 4LL]));
      o1 = (o1 + (S5 * qs[kb + 5LL]));
      o1 = (o1 + (S6 * qs[kb + 6LL]));
      o1 = (o1 + (S7 * qs[kb + 7LL]));
      o1 = (o1 + (S8 * qs[kb + 8LL]));
      o1 = (o1 + (S9 * qs[kb + 9LL]));
      o1 = (o1 + (S10 * qs[kb + 10LL]));
      o1 = (o1 + (S11 * qs[kb + 11LL]));
      o1 = (o1 + (S12 * qs[kb + 12LL]));
      o1 = (o1 + (S13 * qs[kb + 13LL]));
      o1 = (o1 + (S14 * qs[kb + 14LL]));
      o1 = (o1 + (S15 * qs[kb + 15LL]));
      o1 = (o1 + (S16 * qs[kb + 16LL]));
      o1 = (o1 + (S17 * qs[kb + 17LL]));
      o1 = (o1 + (S18 * qs[kb + 18LL]));
      o1 = (o1 + (S19 * qs[kb + 19LL]));
      o1 = (o1 + (S20 * qs[kb + 20LL]));
      o1 = (o1 + (S21 * qs[kb + 21LL]));
      o1 = (o1 + (S22 * qs[kb + 22LL]));
      o1 = (o1 + (S23 * qs[kb + 23LL]));
      o1 = (o1 + (S24 * qs[kb + 24LL]));
      o1 = (o1 + (S25 * qs[kb + 25LL]));
      o1 = (o1 + (S26 * qs[kb + 26LL]));
      o1 = (o1 + (S27 * qs[kb + 27LL]));
      o1 = (o1 + (S28 * qs[kb + 28LL]));
      o1 = (o1 + (S29 * qs[kb + 29LL]));
      o1 = (o1 + (S30 * qs[kb + 30LL]));
      o1 = (o1 + (S31 * qs[kb + 31LL]));
      o[oi] = (1.0f * o1);
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

// output projection o·w_oᵀ + residual stream (epilogue): %x4, %L3.S = fused.dual_residual %x3, %L3.qkv, @L3.w_o {heads=4, d_head=32, d_value=32, kind=sum, mask=causal, scale=1.0, feature=elu1, form=recurrent, residual=true} : f32[B,T,128], f32[B,4,32,32]
// from examples/fastweight.hopf:22:5
extern "C" __global__ void __launch_bounds__(256) x4__fused_dual_residual_wo__l22(const float* __restrict__ x, const float* __restrict__ w, const float* __restrict__ res, float* __restrict__ y, long long M) {
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 128LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 128LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 128LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 128LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 128LL) {
      long long idx = ((row01 * 128LL) + col);
      y[idx] = (acc0_0 + res[idx]);
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 128LL) {
      long long idx1 = ((row01 * 128LL) + col1);
      y[idx1] = (acc0_1 + res[idx1]);
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 128LL) {
      long long idx2 = ((row01 * 128LL) + col2);
      y[idx2] = (acc0_2 + res[idx2]);
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 128LL) {
      long long idx3 = ((row01 * 128LL) + col3);
      y[idx3] = (acc0_3 + res[idx3]);
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 128LL) {
      long long idx4 = ((row1 * 128LL) + col4);
      y[idx4] = (acc1_0 + res[idx4]);
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 128LL) {
      long long idx5 = ((row1 * 128LL) + col5);
      y[idx5] = (acc1_1 + res[idx5]);
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 128LL) {
      long long idx6 = ((row1 * 128LL) + col6);
      y[idx6] = (acc1_2 + res[idx6]);
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 128LL) {
      long long idx7 = ((row1 * 128LL) + col7);
      y[idx7] = (acc1_3 + res[idx7]);
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 128LL) {
      long long idx8 = ((row2 * 128LL) + col8);
      y[idx8] = (acc2_0 + res[idx8]);
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 128LL) {
      long long idx9 = ((row2 * 128LL) + col9);
      y[idx9] = (acc2_1 + res[idx9]);
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 128LL) {
      long long idx10 = ((row2 * 128LL) + col10);
      y[idx10] = (acc2_2 + res[idx10]);
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 128LL) {
      long long idx11 = ((row2 * 128LL) + col11);
      y[idx11] = (acc2_3 + res[idx11]);
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 128LL) {
      long long idx12 = ((row3 * 128LL) + col12);
      y[idx12] = (acc3_0 + res[idx12]);
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 128LL) {
      long long idx13 = ((row3 * 128LL) + col13);
      y[idx13] = (acc3_1 + res[idx13]);
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 128LL) {
      long long idx14 = ((row3 * 128LL) + col14);
      y[idx14] = (acc3_2 + res[idx14]);
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 128LL) {
      long long idx15 = ((row3 * 128LL) + col15);
      y[idx15] = (acc3_3 + res[idx15]);
    }
  }
}

// rmsnorm: %xf = rmsnorm %x4, @norm_f.weight {eps=1e-06} : f32[B,T,128]
// from examples/fastweight.hopf:25:3
extern "C" __global__ void __launch_bounds__(128) xf__rmsnorm__l25(const float* __restrict__ x, const float* __restrict__ weight, float* __restrict__ y) {
  __shared__ __align__(16) float red[128];
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
  __shared__ __align__(16) float xs[1040];
  __shared__ __align__(16) float ws[1040];
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
  for (long long k0 = 0LL; k0 < 128LL; k0 += 16LL) {
    // stage x and w rows [·0, ·0+64) × k [k0, k0+16), k-major
    long long e = (tid + 0LL);
    long long er = (e / 16LL);
    long long ek = (e % 16LL);
    long long gk = (k0 + ek);
    long long xr = (row0 + er);
    long long wr = (col0 + er);
    xs[((ek * 65LL) + er)] = (((xr < M) && (gk < 128LL)) ? x[(xr * 128LL) + gk] : 0.0f);
    ws[((ek * 65LL) + er)] = (((wr < 256LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 256LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 256LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 256LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
      y[idx] = acc0_0;
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 256LL) {
      long long idx1 = ((row01 * 256LL) + col1);
      y[idx1] = acc0_1;
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 256LL) {
      long long idx2 = ((row01 * 256LL) + col2);
      y[idx2] = acc0_2;
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 256LL) {
      long long idx3 = ((row01 * 256LL) + col3);
      y[idx3] = acc0_3;
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 256LL) {
      long long idx4 = ((row1 * 256LL) + col4);
      y[idx4] = acc1_0;
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 256LL) {
      long long idx5 = ((row1 * 256LL) + col5);
      y[idx5] = acc1_1;
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 256LL) {
      long long idx6 = ((row1 * 256LL) + col6);
      y[idx6] = acc1_2;
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 256LL) {
      long long idx7 = ((row1 * 256LL) + col7);
      y[idx7] = acc1_3;
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 256LL) {
      long long idx8 = ((row2 * 256LL) + col8);
      y[idx8] = acc2_0;
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 256LL) {
      long long idx9 = ((row2 * 256LL) + col9);
      y[idx9] = acc2_1;
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 256LL) {
      long long idx10 = ((row2 * 256LL) + col10);
      y[idx10] = acc2_2;
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 256LL) {
      long long idx11 = ((row2 * 256LL) + col11);
      y[idx11] = acc2_3;
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 256LL) {
      long long idx12 = ((row3 * 256LL) + col12);
      y[idx12] = acc3_0;
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 256LL) {
      long long idx13 = ((row3 * 256LL) + col13);
      y[idx13] = acc3_1;
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 256LL) {
      long long idx14 = ((row3 * 256LL) + col14);
      y[idx14] = acc3_2;
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 256LL) {
      long long idx15 = ((row3 * 256LL) + col15);
      y[idx15] = acc3_3;
    }
  }
}
