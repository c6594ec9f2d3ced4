//go:build hopfcuda

package cuda

import (
	"errors"
	"fmt"
	"sync"
	"time"
	"unsafe"

	"github.com/hopf-ml/hopf/codegen"
	// Every binary that links gorgonia.org/cu must link the probe: its init
	// runs before cu's and turns "no device" into a message and exit 3.
	"github.com/hopf-ml/hopf/runtime/cudaprobe"
	"gorgonia.org/cu"
)

// The context: one per process, on device 0, created on first use. cu's
// NewContext starts a goroutine locked to an OS thread with the context
// current there; every driver call of this package runs on that thread
// through Ctx.Do (a whole forward pass is one Do).
var (
	ctxOnce sync.Once
	ctxVal  *cu.Ctx
	ctxDev  cu.Device
	ctxErr  error
)

func sharedContext() (*cu.Ctx, error) {
	ctxOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil { // cu.NewContext panics when cuCtxCreate fails
				ctxErr = fmt.Errorf("cuda: creating a context: %v", r)
			}
		}()
		n, err := cu.NumDevices()
		if err != nil {
			ctxErr = fmt.Errorf("cuda: %v", err)
			return
		}
		if n < 1 {
			ctxErr = errors.New("cuda: " + cudaprobe.NoDeviceMessage)
			return
		}
		if ctxDev, err = cu.GetDevice(0); err != nil {
			ctxErr = fmt.Errorf("cuda: %v", err)
			return
		}
		ctxVal = cu.NewContext(ctxDev, cu.SchedAuto)
	})
	return ctxVal, ctxErr
}

// Info describes the device.
type Info struct {
	Name          string
	Arch          string // sm_XY from the compute capability
	MemBytes      int64
	SMs           int
	DriverVersion int // e.g. 13000
}

func (i Info) String() string {
	return fmt.Sprintf("%s (%s, %d SMs, %.0f GiB, driver API %d.%d)", i.Name, i.Arch, i.SMs, float64(i.MemBytes)/(1<<30), i.DriverVersion/1000, i.DriverVersion%1000/10)
}

// DeviceInfo returns the name, architecture and size of device 0.
func DeviceInfo() (Info, error) {
	ctx, err := sharedContext()
	if err != nil {
		return Info{}, err
	}
	var info Info
	err = ctx.Do(func() error {
		var err error
		if info.Name, err = ctxDev.Name(); err != nil {
			return err
		}
		attrs, err := ctxDev.Attributes(cu.ComputeCapabilityMajor, cu.ComputeCapabilityMinor, cu.MultiprocessorCount)
		if err != nil {
			return err
		}
		info.Arch = fmt.Sprintf("sm_%d%d", attrs[0], attrs[1])
		info.SMs = attrs[2]
		if info.MemBytes, err = ctxDev.TotalMem(); err != nil {
			return err
		}
		info.DriverVersion = cu.Version()
		return nil
	})
	return info, err
}

// Options configure a Machine.
type Options struct {
	// Poison memsets activations, scratch and outputs to 0xFF bytes (NaN in
	// f32, f16 and bf16) before every pass, so an element that no kernel
	// writes shows in the output. On for checks (DefaultOptions); off for
	// timing.
	Poison bool
	// Compiler builds the module; an empty Arch is taken from the device.
	Compiler Compiler
	// Graph captures the plan's launches once, in New, as a CUDA graph and
	// replays it every pass: one launch call per pass instead of one per
	// kernel (the host-side cost of a forward pass of small kernels).
	// Uploads, poison memsets and downloads stay outside the graph.
	Graph bool
}

// DefaultOptions poisons before every pass and caches modules in
// DefaultCacheDir as cubins for the device's architecture.
func DefaultOptions() Options { return Options{Poison: true} }

// launch is one prepared launch: the function and its parameter words.
type launch struct {
	fn          cu.Function
	grid, block [3]int
	dynShared   int // bytes of dynamic shared memory
	words       []uint64
	params      []unsafe.Pointer // &words[i]
}

// Machine runs a compiled program (codegen.Program: kernels and launch
// plan) on the GPU through gorgonia.org/cu: the cuda backend, with the API
// of the sim backend (runtime/sim/machine). Buffers are allocated and
// weights uploaded once in New; Run uploads the inputs, launches the plan
// in order on one stream and copies back the outputs asked for, waiting
// for the GPU once at the end.
type Machine struct {
	P        *codegen.Program
	Opts     Options
	Artifact *Artifact // the module image (cache entry, hit or rebuilt)
	Info     Info

	ctx      *cu.Ctx
	mod      cu.Module
	loaded   bool
	stream   cu.Stream
	events   [4]cu.Event // pass start, kernels start, kernels end, pass end
	nevents  int
	bufs     []cu.DevicePtr
	maps     cu.DevicePtr // the plan's tensor maps (TensorMapPlan), 0 if none
	launches []launch
	pinIn    []pinned // one per input
	pinOut   []pinned // one per output
	graph    *graph   // Opts.Graph: the launches, captured
	poison   []int    // buffers to poison: activations and scratch
	vocab    map[int]int
	stats    Stats
	uploaded bool // a pass has uploaded the inputs
	closed   bool
}

// New prepares a program with DefaultOptions: validates it, compiles (or
// finds in the cache) its module, allocates every buffer and uploads the
// weights (f32 values by name; derived weights are concatenated from their
// parts).
func New(p *codegen.Program, weights map[string][]float32) (*Machine, error) {
	return NewWithOptions(p, weights, DefaultOptions())
}

// NewWithOptions is New with options.
func NewWithOptions(p *codegen.Program, weights map[string][]float32, opts Options) (*Machine, error) {
	if err := Validate(p); err != nil {
		return nil, fmt.Errorf("cuda: %v", err)
	}
	ctx, err := sharedContext()
	if err != nil {
		return nil, err
	}
	info, err := DeviceInfo()
	if err != nil {
		return nil, err
	}
	m := &Machine{P: p, Opts: opts, Info: info, ctx: ctx, vocab: TokenLimits(p)}
	if m.Opts.Compiler.Arch == "" {
		m.Opts.Compiler.Arch = info.Arch
	}
	// Weights are converted on the host before any device work.
	host := make([][]byte, len(p.Buffers))
	for i, b := range p.Buffers {
		if b.Kind != codegen.Weight {
			continue
		}
		data, err := WeightData(b, weights)
		if err != nil {
			return nil, fmt.Errorf("cuda: %v", err)
		}
		host[i] = make([]byte, b.Bytes)
		if err := Encode(host[i], b.DType, data); err != nil {
			return nil, fmt.Errorf("cuda: weight %s: %v", b.Name, err)
		}
	}
	comp := m.Opts.Compiler
	if comp.Arch, err = ModuleArch(p, comp.Arch); err != nil {
		return nil, err
	}
	if m.Artifact, err = comp.Build(Source(p)); err != nil {
		return nil, err
	}
	err = ctx.Do(func() error { return m.setup(host) })
	if err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

// setup runs on the context's thread.
func (m *Machine) setup(host [][]byte) error {
	p := m.P
	var err error
	if m.mod, err = cu.LoadData(string(m.Artifact.Data)); err != nil {
		return fmt.Errorf("cuda: loading the module (%s): %v", m.Artifact.Path, err)
	}
	m.loaded = true
	if m.stream, err = cu.MakeStream(cu.NonBlocking); err != nil {
		return fmt.Errorf("cuda: stream: %v", err)
	}
	for ; m.nevents < len(m.events); m.nevents++ {
		if m.events[m.nevents], err = cu.MakeEvent(cu.DefaultEvent); err != nil {
			return fmt.Errorf("cuda: event: %v", err)
		}
	}
	addr := make([]uint64, len(p.Buffers))
	for i, b := range p.Buffers {
		ptr, err := cu.MemAlloc(b.Bytes)
		if err != nil {
			return fmt.Errorf("cuda: allocating buffer %d (%s, %d bytes): %v", i, b.Name, b.Bytes, err)
		}
		m.bufs = append(m.bufs, ptr)
		addr[i] = uint64(ptr)
		switch b.Kind {
		case codegen.Weight:
			if err := cu.MemcpyHtoD(ptr, unsafe.Pointer(&host[i][0]), b.Bytes); err != nil {
				return fmt.Errorf("cuda: uploading weight %s: %v", b.Name, err)
			}
		case codegen.Activation, codegen.Scratch:
			m.poison = append(m.poison, i)
		}
	}
	fns := map[string]cu.Function{}
	optin := -1 // the device's opt-in shared memory per block, read at the first dynamic kernel
	for _, k := range p.Kernels {
		fn, err := m.mod.Function(k.Name)
		if err != nil {
			return fmt.Errorf("cuda: kernel %s is not in the module: %v", k.Name, err)
		}
		// What the cubin says against what the plan says.
		maxT, err := fn.Attribute(cu.FnMaxThreadsPerBlock)
		if err != nil {
			return fmt.Errorf("cuda: kernel %s: %v", k.Name, err)
		}
		if maxT < k.Threads() {
			return fmt.Errorf("cuda: kernel %s: %d threads per block, the compiled kernel allows %d (registers)", k.Name, k.Threads(), maxT)
		}
		static, err := fn.Attribute(cu.SharedSizeBytes)
		if err != nil {
			return fmt.Errorf("cuda: kernel %s: %v", k.Name, err)
		}
		// nvcc may order static arrays its own way (and drop unused ones), so
		// the plan's layout (kir.SharedOffsets) bounds the module's size
		// rather than equals it.
		want := k.SharedBytes()
		if k.DynamicShared() {
			want = 0
		}
		if static > want {
			return fmt.Errorf("cuda: kernel %s: the module declares %d bytes of static shared memory, the plan %d (module %s)", k.Name, static, want, m.Artifact.Path)
		}
		if k.DynamicShared() {
			if optin < 0 {
				if optin, err = sharedOptin(ctxDev); err != nil {
					return fmt.Errorf("cuda: kernel %s: %v", k.Name, err)
				}
			}
			if k.SharedBytes() > optin {
				return fmt.Errorf("cuda: kernel %s needs %d bytes of shared memory, the device allows %d per block: use smaller tiles (codegen.TCTile, a smaller chunk) or --backend sim", k.Name, k.SharedBytes(), optin)
			}
			if err := setMaxDynamicShared(fn, k.SharedBytes()); err != nil {
				return fmt.Errorf("cuda: kernel %s: %v", k.Name, err)
			}
		}
		fns[k.Name] = fn
	}
	tmaps, err := PlanTensorMaps(p)
	if err != nil {
		return fmt.Errorf("cuda: %v", err)
	}
	if err := m.uploadTensorMaps(tmaps, addr); err != nil {
		return err
	}
	for li, l := range p.Launches {
		words, err := LaunchWords(l, addr, tmaps.ArgAddrs(li, uint64(m.maps)))
		if err != nil {
			return fmt.Errorf("cuda: launch %d: %v", li, err)
		}
		rec := launch{fn: fns[l.Kernel], grid: l.Grid, block: l.Block, words: words, params: make([]unsafe.Pointer, len(words))}
		if l.DynamicShared {
			rec.dynShared = l.SharedBytes
		}
		for j := range words {
			rec.params[j] = unsafe.Pointer(&rec.words[j])
		}
		m.launches = append(m.launches, rec)
	}
	if m.Opts.Graph {
		gr, err := captureGraph(m.stream, m.launchAll)
		if err != nil {
			return fmt.Errorf("cuda: capturing the launches as a CUDA graph (Options.Graph; without it the launches go one by one): %v", err)
		}
		m.graph = gr
		if gr.nodes != len(m.launches) {
			return fmt.Errorf("cuda: the captured graph has %d nodes, the plan %d launches", gr.nodes, len(m.launches))
		}
	}
	for _, id := range p.Inputs {
		b, err := allocPinned(int(p.Buffers[id].Bytes))
		if err != nil {
			return fmt.Errorf("cuda: %v", err)
		}
		m.pinIn = append(m.pinIn, b)
	}
	for i, id := range p.Outputs {
		size, _ := elemSize(p.Buffers[id].DType)
		b, err := allocPinned(int(p.OutputElems[i]) * size)
		if err != nil {
			return fmt.Errorf("cuda: %v", err)
		}
		m.pinOut = append(m.pinOut, b)
	}
	return cu.Synchronize() // the weights are on the device before New returns
}

// uploadTensorMaps encodes the plan's tensor maps over the buffers'
// device addresses (addr, by buffer id) and copies them into one
// allocation, m.maps: map i at byte i·TensorMapBytes (cu.MemAlloc returns
// 256-byte aligned memory; a map must start on 64 bytes). Runs on the
// context's thread, once per machine: the buffers do not move.
func (m *Machine) uploadTensorMaps(tp *TensorMapPlan, addr []uint64) error {
	if len(tp.Maps) == 0 {
		return nil
	}
	host := make([]byte, tp.Bytes())
	for i, u := range tp.Maps {
		b := m.P.Buffers[u.Arg.Buffer]
		e, err := TensorMapEncode(u.Arg, u.Type)
		if err != nil {
			return fmt.Errorf("cuda: %v", err)
		}
		tm, err := encodeTensorMap(e, addr[u.Arg.Buffer])
		if err != nil {
			return fmt.Errorf("cuda: tensor map %d over buffer %d (%s): %v", i, b.ID, b.Name, err)
		}
		copy(host[i*TensorMapBytes:], tm[:])
	}
	ptr, err := cu.MemAlloc(tp.Bytes())
	if err != nil {
		return fmt.Errorf("cuda: allocating %d tensor maps (%d bytes): %v", len(tp.Maps), tp.Bytes(), err)
	}
	m.maps = ptr
	if uint64(ptr)%TensorMapBytes != 0 {
		return fmt.Errorf("cuda: the tensor maps' allocation at %#x is not %d-byte aligned", uint64(ptr), TensorMapBytes)
	}
	if err := cu.MemcpyHtoD(ptr, unsafe.Pointer(&host[0]), tp.Bytes()); err != nil {
		return fmt.Errorf("cuda: uploading %d tensor maps: %v", len(tp.Maps), err)
	}
	return nil
}

// Run runs one forward pass and returns every graph result as f32.
func (m *Machine) Run(inputs ...Input) ([][]float32, error) {
	return m.RunOutputs(nil, inputs...)
}

// RunOutputs runs one forward pass and copies back only the graph results
// listed in want (indices into P.Outputs; nil: all of them, empty: none).
// The result has one entry per graph result, nil for those not asked for.
// Without inputs, the pass reuses the inputs of the previous one, which
// are still on the device (benchmarks: no upload in the timed passes).
//
// On the stream, in order: the input uploads (from page-locked staging),
// the poison memsets (Opts.Poison), every launch of the plan, the output
// downloads (into page-locked staging); events mark the pass and the
// launches; then the host waits once (cuStreamSynchronize) and converts
// the outputs to f32. Stats() reports the counts and times.
func (m *Machine) RunOutputs(want []int, inputs ...Input) ([][]float32, error) {
	if m.closed {
		return nil, errors.New("cuda: machine is closed")
	}
	t0 := time.Now()
	p := m.P
	upload := len(inputs) > 0 || len(p.Inputs) == 0
	if !upload && !m.uploaded {
		return nil, fmt.Errorf("cuda: program @%s takes %d inputs and none are on the device yet", p.Graph, len(p.Inputs))
	}
	if upload {
		if err := checkInputs(p, m.vocab, inputs); err != nil {
			return nil, fmt.Errorf("cuda: %v", err)
		}
	}
	if want == nil {
		want = make([]int, len(p.Outputs))
		for i := range want {
			want[i] = i
		}
	}
	for _, i := range want {
		if i < 0 || i >= len(p.Outputs) {
			return nil, fmt.Errorf("cuda: program @%s has %d outputs, no output %d", p.Graph, len(p.Outputs), i)
		}
	}
	for i, id := range p.Inputs {
		if !upload {
			break
		}
		dst, b := m.pinIn[i].bytes(), p.Buffers[id]
		var err error
		if b.DType == "i32" {
			err = EncodeI32(dst, inputs[i].I32)
		} else {
			err = Encode(dst, b.DType, inputs[i].F32)
		}
		if err != nil {
			return nil, fmt.Errorf("cuda: input %d: %v", i, err)
		}
	}
	var st Stats
	err := m.ctx.Do(func() error {
		s := m.stream
		if err := m.events[0].Record(s); err != nil {
			return err
		}
		for i, id := range p.Inputs {
			if !upload {
				break
			}
			b := p.Buffers[id]
			if err := cu.MemcpyHtoDAsync(m.bufs[id], m.pinIn[i].p, b.Bytes, s); err != nil {
				return fmt.Errorf("uploading input %d: %v", i, err)
			}
			st.CopiesHtoD++
			st.BytesHtoD += b.Bytes
		}
		if m.Opts.Poison {
			for _, id := range m.poison {
				if err := cu.MemsetD8Async(m.bufs[id], PoisonByte, p.Buffers[id].Bytes, s); err != nil {
					return fmt.Errorf("poisoning buffer %d: %v", id, err)
				}
				st.Memsets++
			}
		}
		if err := m.events[1].Record(s); err != nil {
			return err
		}
		if m.graph != nil {
			if err := m.graph.launch(s); err != nil {
				return err
			}
			st.GraphLaunches++
		} else if err := m.launchAll(); err != nil {
			return err
		}
		st.Launches = len(m.launches)
		if err := m.events[2].Record(s); err != nil {
			return err
		}
		for _, i := range want {
			id := p.Outputs[i]
			n := int64(m.pinOut[i].n)
			if err := cu.MemcpyDtoHAsync(m.pinOut[i].p, m.bufs[id], n, s); err != nil {
				return fmt.Errorf("downloading output %d: %v", i, err)
			}
			st.CopiesDtoH++
			st.BytesDtoH += n
		}
		if err := m.events[3].Record(s); err != nil {
			return err
		}
		// The one host synchronisation of the pass. A kernel fault shows
		// here (launches are asynchronous).
		st.HostSyncs++
		if err := s.Synchronize(); err != nil {
			return fmt.Errorf("the pass failed on the device: %v", err)
		}
		var err error
		if st.KernelMs, err = m.events[1].Elapsed(m.events[2]); err != nil {
			return err
		}
		st.PassMs, err = m.events[0].Elapsed(m.events[3])
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("cuda: program @%s: %v", p.Graph, err)
	}
	m.uploaded = m.uploaded || upload
	outs := make([][]float32, len(p.Outputs))
	for _, i := range want {
		b := p.Buffers[p.Outputs[i]]
		if outs[i], err = Decode(m.pinOut[i].bytes(), b.DType, p.OutputElems[i]); err != nil {
			return nil, fmt.Errorf("cuda: output %d: %v", i, err)
		}
	}
	st.WallMs = float64(time.Since(t0).Nanoseconds()) / 1e6
	m.stats = st
	return outs, nil
}

// launchAll launches the plan in order on the machine's stream (or records
// the launches, while the stream is captured).
func (m *Machine) launchAll() error {
	for li, l := range m.launches {
		if err := l.fn.Launch(l.grid[0], l.grid[1], l.grid[2], l.block[0], l.block[1], l.block[2], l.dynShared, m.stream, l.params); err != nil {
			pl := m.P.Launches[li]
			return fmt.Errorf("launch %d (%s, %s at %s): %v", li, pl.Kernel, pl.Op, pl.Pos, err)
		}
	}
	return nil
}

// Stats returns the counts and times of the last pass.
func (m *Machine) Stats() Stats { return m.stats }

// Close frees the machine's device and page-locked memory, its events,
// stream and module. The context stays for the process's other machines.
func (m *Machine) Close() error {
	if m.closed {
		return nil
	}
	m.closed = true
	var errs []error
	note := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	note(m.ctx.Do(func() error {
		if m.graph != nil {
			note(m.graph.destroy())
		}
		for _, b := range m.bufs {
			note(cu.MemFree(b))
		}
		if m.maps != 0 {
			note(cu.MemFree(m.maps))
		}
		for i := range m.pinIn {
			note(m.pinIn[i].free())
		}
		for i := range m.pinOut {
			note(m.pinOut[i].free())
		}
		for i := 0; i < m.nevents; i++ {
			note(cu.DestroyEvent(&m.events[i]))
		}
		if m.stream != (cu.Stream{}) {
			note(m.stream.Destroy())
		}
		if m.loaded {
			note(m.mod.Unload())
		}
		return nil
	}))
	return errors.Join(errs...)
}
