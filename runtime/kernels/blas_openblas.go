//go:build openblas

package kernels

import (
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/netlib/blas/netlib"
)

// With the build tag openblas every matrix product goes through OpenBLAS
// (cgo; link with CGO_LDFLAGS=-lopenblas, Debian package libopenblas-dev).
// Run OpenBLAS single-threaded (OPENBLAS_NUM_THREADS=1): the kernels already
// split work over GOMAXPROCS goroutines, and two thread pools fight.
// Without the tag the kernels use gonum's pure-Go BLAS, so hopf builds and
// runs on a machine without the library. See docs/RATIONALE.md.
func init() { blas32.Use(netlib.Implementation{}) }

// BLAS names the BLAS implementation in use.
const BLAS = "openblas"
