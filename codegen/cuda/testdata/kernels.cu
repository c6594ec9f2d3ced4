// hopf kernel IR test kernels
#include <cuda_fp16.h>
#include <cuda_bf16.h>

// y = 2·x (test)
extern "C" __global__ void __launch_bounds__(128) scale(const float* __restrict__ x, float* __restrict__ y, long long n) {
  long long i = (((long long)blockIdx.x * (long long)blockDim.x) + (long long)threadIdx.x);
  if (i < n) {
    y[i] = (x[i] * 2.0f);
  }
}

// sum of 256 values per block (test)
extern "C" __global__ void __launch_bounds__(256) block_sum(const float* __restrict__ x, float* __restrict__ y) {
  __shared__ float s[256];
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
