package kernels

import "fmt"

// IDError reports a token id outside [0, V) at flat position Pos of the id
// tensor.
type IDError struct {
	Kernel string
	ID     int32
	Pos    int
	V      int
}

func (e *IDError) Error() string {
	return fmt.Sprintf("kernels.%s: token id %d at position %d is out of range [0, %d)", e.Kernel, e.ID, e.Pos, e.V)
}

// checkIDs returns an *IDError for the first id outside [0, V).
func checkIDs(kernel string, ids []int32, V int) error {
	for p, id := range ids {
		if id < 0 || int(id) >= V {
			return &IDError{Kernel: kernel, ID: id, Pos: p, V: V}
		}
	}
	return nil
}

// Embed gathers rows of table [V,D] by ids (any shape, n = len(ids)) into
// y [n,D]. An id outside [0,V) returns an *IDError naming the id, its
// position and V; y is then left untouched. It never panics on bad ids.
func Embed(y []float32, ids []int32, table []float32, V, D int) error {
	const name = "Embed"
	needDims(name, V, D)
	need(name, "y", y, len(ids)*D)
	need(name, "table", table, V*D)
	if err := checkIDs(name, ids, V); err != nil {
		return err
	}
	parallelForGrain(len(ids), 64, func(lo, hi int) {
		for p := lo; p < hi; p++ {
			id := int(ids[p])
			copy(y[p*D:(p+1)*D], table[id*D:(id+1)*D])
		}
	})
	return nil
}

// EmbedBackward scatter-adds dy [n,D] into the rows of dtable [V,D] picked by
// ids: it ACCUMULATES (dtable[ids[p]] += dy[p]). Bad ids return an *IDError
// before anything is written. Workers own disjoint ranges of the vocabulary,
// so the sum over repeated ids is taken in position order (deterministic).
func EmbedBackward(dtable, dy []float32, ids []int32, V, D int) error {
	const name = "EmbedBackward"
	needDims(name, V, D)
	need(name, "dy", dy, len(ids)*D)
	need(name, "dtable", dtable, V*D)
	if err := checkIDs(name, ids, V); err != nil {
		return err
	}
	grain := V
	if len(ids)*D >= 1<<15 {
		grain = 1
	}
	parallelForGrain(V, grain, func(lo, hi int) {
		for p, id32 := range ids {
			id := int(id32)
			if id < lo || id >= hi {
				continue
			}
			dst, src := dtable[id*D:(id+1)*D], dy[p*D:(p+1)*D]
			for j, g := range src {
				dst[j] += g
			}
		}
	})
	return nil
}

// EmbedPos computes y = x + table[0:T] for x [B,T,D] and a learned position
// table [ctx,D]. It returns an error if T > ctx. y may be x (in place).
func EmbedPos(y, x, table []float32, B, T, D, ctx int) error {
	const name = "EmbedPos"
	needDims(name, B, T, D, ctx)
	if T > ctx {
		return fmt.Errorf("kernels.%s: sequence length %d exceeds the %d rows of the position table", name, T, ctx)
	}
	need(name, "y", y, B*T*D)
	need(name, "x", x, B*T*D)
	need(name, "table", table, ctx*D)
	parallelForGrain(B*T, 64, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			t := r % T
			yr, xr, pr := y[r*D:(r+1)*D], x[r*D:(r+1)*D], table[t*D:(t+1)*D]
			for j := range yr {
				yr[j] = xr[j] + pr[j]
			}
		}
	})
	return nil
}

// EmbedPosBackward is the backward of EmbedPos given dy [B,T,D]: dx = dy
// (OVERWRITES dx; dx may be dy, or nil) and dtable[0:T] += Σ_b dy[b]
// (ACCUMULATES into dtable [ctx,D]; nil if not wanted). Error if T > ctx.
func EmbedPosBackward(dx, dtable, dy []float32, B, T, D, ctx int) error {
	const name = "EmbedPosBackward"
	needDims(name, B, T, D, ctx)
	if T > ctx {
		return fmt.Errorf("kernels.%s: sequence length %d exceeds the %d rows of the position table", name, T, ctx)
	}
	need(name, "dy", dy, B*T*D)
	needOpt(name, "dx", dx, B*T*D)
	needOpt(name, "dtable", dtable, ctx*D)
	if dx != nil {
		copy(dx, dy)
	}
	if dtable != nil {
		parallelForGrain(T, 16, func(lo, hi int) {
			for t := lo; t < hi; t++ {
				dst := dtable[t*D : (t+1)*D]
				for b := 0; b < B; b++ {
					src := dy[(b*T+t)*D : (b*T+t+1)*D]
					for j, g := range src {
						dst[j] += g
					}
				}
			}
		})
	}
	return nil
}
