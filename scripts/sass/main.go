// Command sass reports what ptxas made of the benchmarked kernels, without
// a GPU: each kernel's registers, spills and resident blocks per SM, and
// per loop its static instruction count and most frequent opcodes; for
// the wgmma kernels also the MUFU.EX2 that run while a wgmma group is in
// flight (codegen.OverlapExps) and the instructions ptxas lets write an A
// register of a wgmma still in flight (codegen.InFlightAWrites).
//
// It compiles with the toolchain the module cache uses (nvcc; for sm_90a
// with nvcc 11.8 the CUDA 12 ptxas of scripts/install-ptxas.sh) and
// disassembles with cuobjdump. From the repository root:
//
//	go run ./scripts/sass                    # every attention benchmark
//	go run ./scripts/sass 'attention_d64_wg' # those whose name matches
//	go run ./scripts/sass -v attention_d64   # and every loop's opcodes
//
// Static counts are not times: a branch's two sides both count, and what a
// loop costs depends on latencies the listing does not show. They tell
// whether a change removed instructions or registers, and where they are.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/runtime/cuda"
)

func main() {
	verbose := flag.Bool("v", false, "every loop's most frequent opcodes")
	arch := flag.String("arch", "sm_90", "GPU architecture (a wgmma kernel's module is built for sm_90a)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./scripts/sass [-v] [-arch sm_90] [name regexp, default ^attention_]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	pat := "^attention_"
	if flag.NArg() > 0 {
		pat = flag.Arg(0)
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		fail(err)
	}
	nvcc := codegen.NVCC()
	if nvcc == "" {
		fail(fmt.Errorf("nvcc not found (scripts/install-cuda-toolkit.sh)"))
	}
	dump := codegen.Cuobjdump(nvcc)
	if dump == "" {
		fail(fmt.Errorf("cuobjdump not found beside nvcc or on PATH"))
	}
	dir, err := os.MkdirTemp("", "hopf-sass")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	n := 0
	for _, kb := range cuda.KernelBenches() {
		if !re.MatchString(kb.Name) {
			continue
		}
		n++
		if err := report(kb, nvcc, dump, *arch, dir, *verbose); err != nil {
			fail(fmt.Errorf("%s: %v", kb.Name, err))
		}
	}
	if n == 0 {
		fail(fmt.Errorf("no benchmark matches %q (runtime/cuda.KernelBenches)", pat))
	}
}

func report(kb cuda.KernelBench, nvcc, dump, arch, dir string, verbose bool) error {
	p, _, err := kb.Program()
	if err != nil {
		return err
	}
	a, err := cuda.ModuleArch(p, arch)
	if err != nil {
		return err
	}
	if err := codegen.CanBuild(nvcc, a); err != nil {
		return err
	}
	src, cubin := filepath.Join(dir, kb.Name+".cu"), filepath.Join(dir, kb.Name+".cubin")
	if err := os.WriteFile(src, []byte(cuda.Source(p)), 0o644); err != nil {
		return err
	}
	rs, err := codegen.CompileCubin(nvcc, a, src, cubin)
	if err != nil {
		return err
	}
	reps, err := codegen.Report(p.Kernels, rs, a)
	if err != nil {
		return err
	}
	fns, err := codegen.SASS(dump, cubin)
	if err != nil {
		return err
	}
	for _, r := range reps {
		ins := fns[r.Kernel]
		fmt.Printf("%s (%s, %s): %d registers, %d blocks an SM (%s), %d instructions\n",
			r.Kernel, kb.Name, a, r.Registers, r.Occupancy.Blocks, r.Occupancy.Limit, len(ins))
		if pr := r.Problem(); pr != "" {
			fmt.Printf("  problem: %s\n", pr)
		}
		for i, l := range codegen.Loops(ins) {
			mma := l.Ops["HGMMA"] + l.Ops["HMMA"]
			if mma == 0 && !verbose {
				continue
			}
			fmt.Printf("  loop %d: %d instructions, %d branches, %d MMA, %d MUFU, %d cp.async", i, l.Len(), l.Ops["BRA"], mma, l.Ops["MUFU"], l.Ops["LDGSTS"])
			if verbose {
				fmt.Printf("; %s", l.Top(12))
			}
			fmt.Println()
		}
		if ov := codegen.OverlapExps(ins); len(ov) > 0 {
			fmt.Printf("  MUFU.EX2 while a wgmma group runs, per wait: %v\n", ov)
		}
		if w := codegen.InFlightAWrites(ins); len(w) > 0 {
			fmt.Printf("  writes to A registers of a wgmma in flight (ptxas's allocation): %d, the first %#x %s\n", len(w), w[0].Addr, w[0].Text)
		}
	}
	return nil
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "sass: %v\n", err)
	os.Exit(1)
}
