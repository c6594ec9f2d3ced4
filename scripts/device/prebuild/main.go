// Command prebuild prepares, on a machine without a GPU, what the GPU host
// needs for scripts/device/run.sh (scripts/device/build.sh runs it):
//
//   - OUT/refs: for every check case of runtime/cuda (CheckCases), the
//     model's seeded weights (hopf init) and the CPU backend's output on a
//     seeded input (hopf run --backend cpu --out), both written by the hopf
//     binary given with -hopf (a build without the hopfcuda tag), and
//     cases.tsv listing them for the CLI check, and tile.txt: the tiling
//     (cuda.CheckTile) run.sh also runs the f16 cases with;
//   - OUT/cache: the module cache (runtime/cuda.Compiler) filled with nvcc
//     for -arch: the modules of every check case, kernel benchmark and model
//     benchmark, so the GPU host needs no nvcc (it rebuilds on a miss);
//   - OUT/parsed: `hopf ir --stage parsed` of the benchmarked models, which
//     the PyTorch side builds its models from;
//   - OUT/resources.jsonl: ptxas's registers and spills of every benchmarked
//     kernel (and model: the most registers, the fewest resident blocks)
//     and the resident blocks per SM they allow, for the benchmark table.
//
// Run it from the repository root:
//
//	go run ./scripts/device/prebuild -hopf /tmp/hopf -out build/device
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/hopf-ml/hopf/codegen"
	"github.com/hopf-ml/hopf/runtime/cuda"
)

func main() {
	hopf := flag.String("hopf", "", "hopf binary without the hopfcuda tag (its CPU backend makes the references)")
	out := flag.String("out", "build/device", "output directory")
	arch := flag.String("arch", "sm_90", "GPU architecture of the cached modules")
	flag.Parse()
	if *hopf == "" {
		fail(fmt.Errorf("-hopf is required"))
	}
	if err := run(*hopf, *out, *arch); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "prebuild: %v\n", err)
	os.Exit(1)
}

func hopfRun(hopf string, args ...string) error {
	cmd := exec.Command(hopf, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v\n%s", hopf, strings.Join(args, " "), err, out)
	}
	return nil
}

func run(hopf, out, arch string) error {
	refs, cache, parsed := filepath.Join(out, "refs"), filepath.Join(out, "cache"), filepath.Join(out, "parsed")
	for _, d := range []string{refs, cache, parsed} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	comp := &cuda.Compiler{Dir: cache, Arch: arch}
	if codegen.NVCC() == "" {
		return fmt.Errorf("nvcc not found (scripts/install-cuda-toolkit.sh installs it)")
	}
	modules := map[string]string{} // source → what uses it
	archs := map[string]string{}   // source → its module's architecture (ModuleArch)
	add := func(p *codegen.Program, what string) error {
		a, err := cuda.ModuleArch(p, arch)
		if err != nil {
			return fmt.Errorf("%s: %v", what, err)
		}
		modules[cuda.Source(p)], archs[cuda.Source(p)] = what, a
		return nil
	}
	var tsv strings.Builder
	tsv.WriteString("# name\tfile\tB\tT\tdtype\tweights\treference\n")
	weightsDone := map[string]bool{}
	for _, c := range cuda.CheckCases() {
		m, err := cuda.LoadModel(c.File)
		if err != nil {
			return err
		}
		model := strings.TrimSuffix(filepath.Base(c.File), ".hopf")
		w := filepath.Join(refs, model+".weights.safetensors")
		if !weightsDone[w] {
			if err := hopfRun(hopf, "init", c.File, "-o", w, "--seed", fmt.Sprint(c.Seed)); err != nil {
				return err
			}
			weightsDone[w] = true
		}
		ref := filepath.Join(refs, c.Name+".cpu.safetensors")
		if err := hopfRun(hopf, "run", c.File, "--backend", "cpu", "--weights", w, "--batch", fmt.Sprint(c.B), "--len", fmt.Sprint(c.T),
			"--seed", fmt.Sprint(c.Seed), "--out", ref); err != nil {
			return err
		}
		fmt.Fprintf(&tsv, "%s\t%s\t%d\t%d\t%s\t%s\t%s\n", c.Name, c.File, c.B, c.T, m.DType, filepath.Base(w), filepath.Base(ref))
		p, err := cuda.CompileModel(m, c.B, c.T, false, arch)
		if err != nil {
			return fmt.Errorf("%s: %v", c.Name, err)
		}
		if err := add(p, c.Name); err != nil {
			return err
		}
		// hopf run --state-out and TestPassCounts compile with the state exported.
		if p, err = cuda.CompileModel(m, c.B, c.T, true, arch); err != nil {
			return fmt.Errorf("%s with state: %v", c.Name, err)
		}
		if err := add(p, c.Name+" (state)"); err != nil {
			return err
		}
		if m.DType == "f16" { // run.sh's --tile cases
			opts, err := cuda.CheckOptions(arch)
			if err != nil {
				return err
			}
			if p, err = cuda.CompileModelWith(m, c.B, c.T, false, opts); err != nil {
				return fmt.Errorf("%s --tile %s: %v", c.Name, cuda.CheckTile, err)
			}
			if err := add(p, c.Name+" --tile "+cuda.CheckTile); err != nil {
				return err
			}
		}
	}
	if err := os.WriteFile(filepath.Join(refs, "tile.txt"), []byte(cuda.CheckTile+"\n"), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(refs, "cases.tsv"), []byte(tsv.String()), 0o644); err != nil {
		return err
	}
	for _, kb := range cuda.KernelBenches() {
		for _, k := range []cuda.KernelBench{kb, kb.Small()} {
			p, _, err := k.Program()
			if err != nil {
				return err
			}
			if err := add(p, "bench "+k.Name); err != nil {
				return err
			}
		}
	}
	for _, dtype := range []string{"f16", "bf16"} {
		p, err := cuda.MmaProbe(dtype)
		if err != nil {
			return err
		}
		if err := add(p, "mma probe "+dtype); err != nil {
			return err
		}
		if p, err = cuda.WgmmaProbe(dtype); err != nil {
			return err
		}
		if err := add(p, "wgmma probe "+dtype); err != nil {
			return err
		}
	}
	for _, mb := range cuda.ModelBenches() {
		m, err := cuda.LoadModel(mb.File)
		if err != nil {
			return err
		}
		p, err := cuda.CompileModel(m, mb.B, mb.T, false, arch)
		if err != nil {
			return err
		}
		if err := add(p, "bench "+mb.Name); err != nil {
			return err
		}
		cmd := exec.Command(hopf, "ir", mb.File, "--stage", "parsed")
		text, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("hopf ir %s --stage parsed: %v", mb.File, err)
		}
		if err := os.WriteFile(filepath.Join(parsed, mb.Name+".parsed.hopf"), text, 0o644); err != nil {
			return err
		}
	}
	for src, what := range modules {
		c := *comp
		c.Arch = archs[src]
		a, err := c.Build(src)
		if err != nil {
			return fmt.Errorf("%s: %v", what, err)
		}
		state := "cached"
		if !a.Hit {
			state = fmt.Sprintf("nvcc %.1fs", a.Took.Seconds())
		}
		fmt.Printf("module %s (%s, %s): %s\n", filepath.Base(a.Path), what, c.Arch, state)
	}
	if err := writeResources(filepath.Join(out, "resources.jsonl"), arch); err != nil {
		return err
	}
	fmt.Printf("prebuild: %d check cases in %s, %d modules for %s in %s, parsed models in %s, resources.jsonl\n", len(cuda.CheckCases()), refs, len(modules), arch, cache, parsed)
	return nil
}

// resourceRow is one line of resources.jsonl (scripts/device/table.py).
type resourceRow struct {
	Name        string `json:"name"`
	Kernels     int    `json:"kernels"`
	Registers   int    `json:"registers"`     // the most of any kernel
	Shared      int    `json:"shared_bytes"`  // the most of any kernel
	BlocksPerSM int    `json:"blocks_per_sm"` // the fewest of any kernel
	Limit       string `json:"limit"`         // of that kernel
	SpillBytes  int    `json:"spill_bytes"`   // stores and loads, all kernels
}

// writeResources compiles every benchmark's program with nvcc
// --resource-usage (two at a time) and writes one row each.
func writeResources(path, arch string) error {
	jobs, err := cuda.BenchPrograms(".", arch)
	if err != nil {
		return err
	}
	rows := make([]resourceRow, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			a, err := cuda.ModuleArch(j.P, arch)
			if err != nil {
				errs[i] = err
				return
			}
			rs, err := codegen.KernelResources(codegen.NVCC(), a, cuda.Source(j.P))
			if err != nil {
				errs[i] = fmt.Errorf("%s: %v", j.Name, err)
				return
			}
			reps, err := codegen.Report(j.P.Kernels, rs, a)
			if err != nil {
				errs[i] = fmt.Errorf("%s: %v", j.Name, err)
				return
			}
			row := resourceRow{Name: j.Name, Kernels: len(reps), BlocksPerSM: -1}
			for _, r := range reps {
				row.Registers, row.Shared = max(row.Registers, r.Registers), max(row.Shared, r.Shared)
				row.SpillBytes += r.SpillStores + r.SpillLoads
				if r.Known && (row.BlocksPerSM < 0 || r.Occupancy.Blocks < row.BlocksPerSM) {
					row.BlocksPerSM, row.Limit = r.Occupancy.Blocks, r.Occupancy.Limit
				}
			}
			rows[i] = row
		}()
	}
	wg.Wait()
	var b strings.Builder
	for i, row := range rows {
		if errs[i] != nil {
			return errs[i]
		}
		line, err := json.Marshal(row)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
