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

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x1 = fused.attention_residual %x0, %L0.qkv, @L0.w_o {heads=4, d_head=32, d_value=32, kind=softmax, mask=causal, scale=0.17677669529663687, feature=identity, residual=true} : f32[B,T,128]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(128) x1__fused_attention_residual_attn__l13(const float* __restrict__ qkv, float* __restrict__ o, long long B, long long T) {
  __shared__ __align__(16) float ks[1056];
  __shared__ __align__(16) float vs[1024];
  __shared__ __align__(16) float ss[1056];
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
    float inv = ((l > 0.0f) ? __fdividef(1.0f, l) : 0.0f);
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

// tiled GEMM 384×128: %L1.qkv = linear %x1, @L1.w_qkv : f32[B,T,384]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(256) L1_qkv__linear__l13(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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

// flash-style softmax attention forward (online softmax, masked key tiles skipped): %x2 = fused.attention_residual %x1, %L1.qkv, @L1.w_o {heads=4, d_head=32, d_value=32, kind=softmax, mask=causal, scale=0.17677669529663687, feature=identity, residual=true} : f32[B,T,128]
// from examples/induction.hopf:13:5
extern "C" __global__ void __launch_bounds__(128) x2__fused_attention_residual_attn__l13(const float* __restrict__ qkv, float* __restrict__ o, long long B, long long T) {
  __shared__ __align__(16) float ks[1056];
  __shared__ __align__(16) float vs[1024];
  __shared__ __align__(16) float ss[1056];
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
    float inv = ((l > 0.0f) ? __fdividef(1.0f, l) : 0.0f);
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

// tiled GEMM 64×128: %logits = unembed %x2, @unembed : f32[B,T,64]
// from examples/induction.hopf:16:3
extern "C" __global__ void __launch_bounds__(256) logits__unembed__l16(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ y, long long M) {
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
    ws[((ek * 65LL) + er)] = (((wr < 64LL) && (gk < 128LL)) ? w[(wr * 128LL) + gk] : 0.0f);
    long long e1 = (tid + 256LL);
    long long er1 = (e1 / 16LL);
    long long ek1 = (e1 % 16LL);
    long long gk1 = (k0 + ek1);
    long long xr1 = (row0 + er1);
    long long wr1 = (col0 + er1);
    xs[((ek1 * 65LL) + er1)] = (((xr1 < M) && (gk1 < 128LL)) ? x[(xr1 * 128LL) + gk1] : 0.0f);
    ws[((ek1 * 65LL) + er1)] = (((wr1 < 64LL) && (gk1 < 128LL)) ? w[(wr1 * 128LL) + gk1] : 0.0f);
    long long e2 = (tid + 512LL);
    long long er2 = (e2 / 16LL);
    long long ek2 = (e2 % 16LL);
    long long gk2 = (k0 + ek2);
    long long xr2 = (row0 + er2);
    long long wr2 = (col0 + er2);
    xs[((ek2 * 65LL) + er2)] = (((xr2 < M) && (gk2 < 128LL)) ? x[(xr2 * 128LL) + gk2] : 0.0f);
    ws[((ek2 * 65LL) + er2)] = (((wr2 < 64LL) && (gk2 < 128LL)) ? w[(wr2 * 128LL) + gk2] : 0.0f);
    long long e3 = (tid + 768LL);
    long long er3 = (e3 / 16LL);
    long long ek3 = (e3 % 16LL);
    long long gk3 = (k0 + ek3);
    long long xr3 = (row0 + er3);
    long long wr3 = (col0 + er3);
    xs[((ek3 * 65LL) + er3)] = (((xr3 < M) && (gk3 < 128LL)) ? x[(xr3 * 128LL) + gk3] : 0.0f);
    ws[((ek3 * 65LL) + er3)] = (((wr3 < 64LL) && (gk3 < 128LL)) ? w[(wr3 * 128LL) + gk3] : 0.0f);
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
    if (col < 64LL) {
      long long idx = ((row01 * 64LL) + col);
      y[idx] = acc0_0;
    }
    long long col1 = (col0 + (tx + 16LL));
    if (col1 < 64LL) {
      long long idx1 = ((row01 * 64LL) + col1);
      y[idx1] = acc0_1;
    }
    long long col2 = (col0 + (tx + 32LL));
    if (col2 < 64LL) {
      long long idx2 = ((row01 * 64LL) + col2);
      y[idx2] = acc0_2;
    }
    long long col3 = (col0 + (tx + 48LL));
    if (col3 < 64LL) {
      long long idx3 = ((row01 * 64LL) + col3);
      y[idx3] = acc0_3;
    }
  }
  long long row1 = (row0 + (ty + 16LL));
  if (row1 < M) {
    long long col4 = (col0 + (tx + 0LL));
    if (col4 < 64LL) {
      long long idx4 = ((row1 * 64LL) + col4);
      y[idx4] = acc1_0;
    }
    long long col5 = (col0 + (tx + 16LL));
    if (col5 < 64LL) {
      long long idx5 = ((row1 * 64LL) + col5);
      y[idx5] = acc1_1;
    }
    long long col6 = (col0 + (tx + 32LL));
    if (col6 < 64LL) {
      long long idx6 = ((row1 * 64LL) + col6);
      y[idx6] = acc1_2;
    }
    long long col7 = (col0 + (tx + 48LL));
    if (col7 < 64LL) {
      long long idx7 = ((row1 * 64LL) + col7);
      y[idx7] = acc1_3;
    }
  }
  long long row2 = (row0 + (ty + 32LL));
  if (row2 < M) {
    long long col8 = (col0 + (tx + 0LL));
    if (col8 < 64LL) {
      long long idx8 = ((row2 * 64LL) + col8);
      y[idx8] = acc2_0;
    }
    long long col9 = (col0 + (tx + 16LL));
    if (col9 < 64LL) {
      long long idx9 = ((row2 * 64LL) + col9);
      y[idx9] = acc2_1;
    }
    long long col10 = (col0 + (tx + 32LL));
    if (col10 < 64LL) {
      long long idx10 = ((row2 * 64LL) + col10);
      y[idx10] = acc2_2;
    }
    long long col11 = (col0 + (tx + 48LL));
    if (col11 < 64LL) {
      long long idx11 = ((row2 * 64LL) + col11);
      y[idx11] = acc2_3;
    }
  }
  long long row3 = (row0 + (ty + 48LL));
  if (row3 < M) {
    long long col12 = (col0 + (tx + 0LL));
    if (col12 < 64LL) {
      long long idx12 = ((row3 * 64LL) + col12);
      y[idx12] = acc3_0;
    }
    long long col13 = (col0 + (tx + 16LL));
    if (col13 < 64LL) {
      long long idx13 = ((row3 * 64LL) + col13);
      y[idx13] = acc3_1;
    }
    long long col14 = (col0 + (tx + 32LL));
    if (col14 < 64LL) {
      long long idx14 = ((row3 * 64LL) + col14);
      y[idx14] = acc3_2;
    }
    long long col15 = (col0 + (tx + 48LL));
    if (col15 < 64LL) {
      long long idx15 = ((row3 * 64LL) + col15);
      y[idx15] = acc3_3;
    }
  }
}
