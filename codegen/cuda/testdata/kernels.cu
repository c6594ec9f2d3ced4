// hopf kernel IR test kernels
#include <cuda_fp16.h>
#include <cuda_bf16.h>

__device__ __forceinline__ float hopf_exp2(float x) {
  float y;
  asm("ex2.approx.ftz.f32 %0, %1;" : "=f"(y) : "f"(x));
  return y;
}

// y = 2·x (test)
extern "C" __global__ void __launch_bounds__(128) scale(const float* __restrict__ x, float* __restrict__ y, long long n) {
  long long i = (((long long)blockIdx.x * (long long)blockDim.x) + (long long)threadIdx.x);
  if (i < n) {
    y[i] = (x[i] * 2.0f);
  }
}

// sum of 256 values per block (test)
extern "C" __global__ void __launch_bounds__(256) block_sum(const float* __restrict__ x, float* __restrict__ y) {
  __shared__ __align__(16) float s[256];
  long long t = (long long)threadIdx.x;
  s[t] = x[((long long)blockIdx.x * 256LL) + t];
  __syncthreads();
  for (long long stride = 128LL; stride < 32LL; stride += -1LL) {
  }
  float v = s[t];
  for (long long o = 16LL; o < 17LL; o += 1LL) {
    v = (v + __shfl_xor_sync(0xffffffffu, v, (int)o));
  }
  if (t == 0LL) {
    y[(long long)blockIdx.x] = v;
  } else {
    // other threads are done
  }
}

// expressions (test)
extern "C" __global__ void __launch_bounds__(32) forms(const __half* __restrict__ h, __nv_bfloat16* __restrict__ o) {
  float f = ((float)__half2float(h[(long long)threadIdx.x]));
  float g = fmaxf(fminf(expf((-f)), 1e+30f), sqrtf(fabsf(f)));
  bool c = ((g >= 0.5f) && (!(((long long)threadIdx.x % 2LL) != 0LL)));
  o[(long long)threadIdx.x] = __float2bfloat16((c ? rsqrtf(g) : (-INFINITY)));
}

// tensor-core constructs (test)
extern "C" __global__ void __launch_bounds__(32) tensor(const __nv_bfloat16* __restrict__ a, float* __restrict__ d) {
  __shared__ __align__(16) __nv_bfloat16 sa[256];
  __shared__ __align__(16) __nv_bfloat16 sb[256];
  long long lane = (long long)threadIdx.x;
  *reinterpret_cast<uint4*>(&sa[lane * 8LL]) = *reinterpret_cast<const uint4*>(&a[lane * 8LL]); // 8 × bf16
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&sb[lane * 8LL])), "l"(&a[(lane * 8LL) + 256LL]) : "memory"); // 8 × bf16
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;" :: "r"((unsigned)__cvta_generic_to_shared(&sb[lane * 8LL])), "l"(&a[lane * 8LL]), "r"((lane < 5LL) ? 16 : 0) : "memory"); // 8 × bf16, zeros where not valid
  asm volatile("cp.async.commit_group;" ::: "memory");
  asm volatile("cp.async.wait_group 0;" ::: "memory");
  __syncthreads();
  __nv_bfloat16 av0 = __float2bfloat16(0.0f);
  __nv_bfloat16 av1 = __float2bfloat16(0.0f);
  __nv_bfloat16 av2 = __float2bfloat16(0.0f);
  __nv_bfloat16 av3 = __float2bfloat16(0.0f);
  __nv_bfloat16 av4 = __float2bfloat16(0.0f);
  __nv_bfloat16 av5 = __float2bfloat16(0.0f);
  __nv_bfloat16 av6 = __float2bfloat16(0.0f);
  __nv_bfloat16 av7 = __float2bfloat16(0.0f);
  { // 4 8×8 matrices of sa from shared memory
    unsigned lm_r[4];
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];"
        : "=r"(lm_r[0]), "=r"(lm_r[1]), "=r"(lm_r[2]), "=r"(lm_r[3])
        : "r"((unsigned)__cvta_generic_to_shared(&sa[(lane % 16LL) * 16LL])));
    av0 = __low2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[0]));
    av1 = __high2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[0]));
    av2 = __low2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[1]));
    av3 = __high2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[1]));
    av4 = __low2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[2]));
    av5 = __high2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[2]));
    av6 = __low2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[3]));
    av7 = __high2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[3]));
  }
  __nv_bfloat16 bv0 = __float2bfloat16(0.0f);
  __nv_bfloat16 bv1 = __float2bfloat16(0.0f);
  __nv_bfloat16 bv2 = __float2bfloat16(0.0f);
  __nv_bfloat16 bv3 = __float2bfloat16(0.0f);
  { // 2 8×8 matrices of sb from shared memory, transposed
    unsigned lm_r[2];
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0, %1}, [%2];"
        : "=r"(lm_r[0]), "=r"(lm_r[1])
        : "r"((unsigned)__cvta_generic_to_shared(&sb[(lane % 16LL) * 16LL])));
    bv0 = __low2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[0]));
    bv1 = __high2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[0]));
    bv2 = __low2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[1]));
    bv3 = __high2bfloat16(*reinterpret_cast<const __nv_bfloat162*>(&lm_r[1]));
  }
  float c0 = 0.0f;
  float c1 = 0.0f;
  float c2 = 0.0f;
  float c3 = 0.0f;
  { // D = A·B + C on the warp's tensor cores (m16n8k16, bf16 in, f32 accumulate)
    const __nv_bfloat162 mma_h[6] = {__floats2bfloat162_rn((float)__bfloat162float(av0), __fdividef(1.0f, ((float)__bfloat162float(av1)))), __halves2bfloat162(av2, av3), __halves2bfloat162(av4, av5), __halves2bfloat162(av6, av7), __halves2bfloat162(bv0, bv1), __halves2bfloat162(bv2, bv3)};
    const unsigned* mma_r = reinterpret_cast<const unsigned*>(mma_h);
    asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};"
        : "=f"(c0), "=f"(c1), "=f"(c2), "=f"(c3)
        : "r"(mma_r[0]), "r"(mma_r[1]), "r"(mma_r[2]), "r"(mma_r[3]), "r"(mma_r[4]), "r"(mma_r[5]),
          "f"(c0), "f"(c1), "f"(c2), "f"(hopf_exp2(c3)));
  }
  d[((lane * 4LL) + 0LL)] = c0;
  d[((lane * 4LL) + 1LL)] = c1;
  d[((lane * 4LL) + 2LL)] = c2;
  d[((lane * 4LL) + 3LL)] = c3;
}

// dynamic shared memory (test)
extern "C" __global__ void __launch_bounds__(32) big_shared(const __half* __restrict__ a, float* __restrict__ d) {
  extern __shared__ __align__(16) unsigned char hopf_smem[]; // 80016 bytes, dynamic (more than 48 KiB)
  float* const red = reinterpret_cast<float*>(hopf_smem + 0); // [3]
  __half* const big = reinterpret_cast<__half*>(hopf_smem + 16); // [40000]
  long long lane = (long long)threadIdx.x;
  asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"((unsigned)__cvta_generic_to_shared(&big[(lane * 8LL) + 39000LL])), "l"(&a[lane * 8LL]) : "memory"); // 8 × f16
  asm volatile("cp.async.commit_group;" ::: "memory");
  asm volatile("cp.async.wait_group 0;" ::: "memory");
  __syncthreads();
  __half fr0 = __float2half(0.0f);
  __half fr1 = __float2half(0.0f);
  { // 1 8×8 matrices of big from shared memory
    unsigned lm_r[1];
    asm volatile("ldmatrix.sync.aligned.m8n8.x1.shared.b16 {%0}, [%1];"
        : "=r"(lm_r[0])
        : "r"((unsigned)__cvta_generic_to_shared(&big[((lane % 8LL) * 8LL) + 39000LL])));
    fr0 = __low2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
    fr1 = __high2half(*reinterpret_cast<const __half2*>(&lm_r[0]));
  }
  if (lane < 3LL) {
    red[lane] = ((float)__half2float(fr0));
  }
  __syncthreads();
  d[lane] = red[lane % 3LL];
}
