package codegen

import (
	"os"
	"testing"

	"github.com/hopf-ml/hopf/codegen/cuda"
	"github.com/hopf-ml/hopf/codegen/kir"
)

func TestZZDump(t *testing.T) {
	s := AttnSpec{E: kir.F16, H: 16, DK: 128, DV: 128, LD: 3 * 16 * 128, Softmax: true, Mask: "causal", Scale: 0.088, Feature: "identity", Tile: TCTile{Wgmma: true, QShared: true, Overlap: true}}
	k, err := AttentionKernel("attn", "x", s)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/wg/ov.cu", []byte(cuda.CUDA.File("x", []*kir.Kernel{k})), 0o644)
}
