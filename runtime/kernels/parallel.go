package kernels

import (
	"runtime"
	"sync"
)

// parallelFor calls fn on disjoint contiguous ranges [lo,hi) covering [0,n),
// one per worker, with at most runtime.GOMAXPROCS(0) workers, and returns when
// all have finished. With one worker (or n ≤ 1) it runs fn(0, n) on the
// calling goroutine. The split is deterministic for a given GOMAXPROCS.
func parallelFor(n int, fn func(lo, hi int)) {
	parallelForGrain(n, 1, fn)
}

// parallelForGrain is parallelFor that gives every worker at least grain
// items, so cheap loops over small tensors stay on one goroutine.
func parallelForGrain(n, grain int, fn func(lo, hi int)) {
	if n <= 0 {
		return
	}
	w := workers(n, grain)
	if w == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	wg.Add(w - 1)
	for i := 1; i < w; i++ {
		lo, hi := split(n, w, i)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	lo, hi := split(n, w, 0)
	fn(lo, hi)
	wg.Wait()
}

// parallelParts is parallelForGrain that also passes the index of the part
// (0 ≤ part < the returned count), for reductions with one partial buffer per
// part. Call parts first to size the buffers.
func parallelParts(n, grain int, fn func(part, lo, hi int)) {
	if n <= 0 {
		return
	}
	w := workers(n, grain)
	var wg sync.WaitGroup
	wg.Add(w - 1)
	for i := 1; i < w; i++ {
		lo, hi := split(n, w, i)
		go func() {
			defer wg.Done()
			fn(i, lo, hi)
		}()
	}
	lo, hi := split(n, w, 0)
	fn(0, lo, hi)
	wg.Wait()
}

// parts is the number of parts parallelParts(n, grain, …) uses.
func parts(n, grain int) int {
	if n <= 0 {
		return 0
	}
	return workers(n, grain)
}

func workers(n, grain int) int {
	if grain < 1 {
		grain = 1
	}
	w := runtime.GOMAXPROCS(0)
	if m := n / grain; m < w {
		w = m
	}
	if w < 1 {
		w = 1
	}
	return w
}

// split returns the i-th of w nearly equal contiguous ranges of [0,n).
func split(n, w, i int) (lo, hi int) {
	return n * i / w, n * (i + 1) / w
}
