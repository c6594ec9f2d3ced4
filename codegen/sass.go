package codegen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// What ptxas made of a kernel, read without a GPU: its SASS from
// cuobjdump, and the few measures of it that the wgmma attention kernels
// are checked and tuned by (TestWgmmaOverlapSASS, scripts/sass).

// Cuobjdump finds cuobjdump beside nvcc, on PATH or under $CUDA_HOME/bin
// (Debian's nvidia-cuda-toolkit installs it with nvcc); "" when there is
// none.
func Cuobjdump(nvcc string) string {
	if nvcc != "" {
		p := filepath.Join(filepath.Dir(nvcc), "cuobjdump")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return cudaTool("cuobjdump")
}

// Ins is one SASS instruction: its address and its text as cuobjdump
// prints it, without the encoding ("@!P1 BRA 0x4a80",
// "HGMMA.64x64x16.F32 R24, gdesc[UR4], R24, gsb0").
type Ins struct {
	Addr int
	Text string
}

// Op is the instruction's opcode without predicate and modifiers ("BRA",
// "HGMMA", "MUFU").
func (in Ins) Op() string {
	f := strings.Fields(in.Text)
	if len(f) > 1 && strings.HasPrefix(f[0], "@") {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	op, _, _ := strings.Cut(f[0], ".")
	return op
}

// SASS disassembles cubin with cuobjdump: each kernel's instructions in
// order.
func SASS(cuobjdump, cubin string) (map[string][]Ins, error) {
	out, err := exec.Command(cuobjdump, "-sass", cubin).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("cuobjdump -sass %s: %v\n%s", cubin, err, strings.TrimSpace(string(out)))
	}
	return parseSASS(string(out)), nil
}

// parseSASS splits cuobjdump -sass output by "Function : name" and keeps
// each instruction line's address and text: "/*0120*/  @P1 BRA 0xb90 ;
// /* 0x… */" gives {0x120, "@P1 BRA 0xb90"}.
func parseSASS(out string) map[string][]Ins {
	fns := map[string][]Ins{}
	var cur string
	for _, l := range strings.Split(out, "\n") {
		t := strings.TrimSpace(l)
		if name, ok := strings.CutPrefix(t, "Function : "); ok {
			cur = strings.TrimSpace(name)
			fns[cur] = nil
			continue
		}
		if cur == "" || !strings.HasPrefix(t, "/*") {
			continue
		}
		end := strings.Index(t, "*/")
		semi := strings.LastIndex(t, ";")
		if end < 0 || semi < end {
			continue
		}
		addr, err := strconv.ParseInt(strings.TrimSpace(t[2:end]), 16, 64)
		if err != nil {
			continue
		}
		if ins := strings.TrimSpace(t[end+2 : semi]); ins != "" {
			fns[cur] = append(fns[cur], Ins{Addr: int(addr), Text: ins})
		}
	}
	return fns
}

var reBranch = regexp.MustCompile(`\bBRA (?:\S+, )?(0x[0-9a-f]+)$`)

// Loop is a backward branch's body: instructions From … To (indices, the
// branch last), with the count of each opcode.
type Loop struct {
	From, To int
	Ops      map[string]int
}

// Len is the loop's static instruction count.
func (l Loop) Len() int { return l.To - l.From + 1 }

// Top is the loop's n most frequent opcodes, "IMAD 57, FMUL 36, …".
func (l Loop) Top(n int) string {
	type kv struct {
		op string
		n  int
	}
	var s []kv
	for op, c := range l.Ops {
		s = append(s, kv{op, c})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].n > s[j].n || s[i].n == s[j].n && s[i].op < s[j].op })
	var out []string
	for i := 0; i < len(s) && i < n; i++ {
		out = append(out, fmt.Sprintf("%s %d", s[i].op, s[i].n))
	}
	return strings.Join(out, ", ")
}

// Loops are the kernel's loops: every branch to an earlier address
// (nested loops appear each by itself).
func Loops(ins []Ins) []Loop {
	at := map[int]int{}
	for i, in := range ins {
		at[in.Addr] = i
	}
	var out []Loop
	for i, in := range ins {
		m := reBranch.FindStringSubmatch(in.Text)
		if m == nil {
			continue
		}
		target, _ := strconv.ParseInt(m[1], 0, 64)
		from, ok := at[int(target)]
		if !ok || int(target) > in.Addr {
			continue
		}
		l := Loop{From: from, To: i, Ops: map[string]int{}}
		for _, x := range ins[from : i+1] {
			l.Ops[x.Op()]++
		}
		out = append(out, l)
	}
	return out
}

// OverlapExps counts, after each wait that leaves one wgmma group in
// flight (WARPGROUP.DEPBAR.LE gsb0, 0x1), the MUFU.EX2 before the next
// wait for all (… 0x0): the exp2 that run while the tensor cores work.
func OverlapExps(ins []Ins) []int {
	var out []int
	for i := 0; i < len(ins); i++ {
		if !strings.HasPrefix(ins[i].Text, "WARPGROUP.DEPBAR.LE gsb0, 0x1") {
			continue
		}
		n := 0
		for i++; i < len(ins) && !strings.HasPrefix(ins[i].Text, "WARPGROUP.DEPBAR.LE gsb0, 0x0"); i++ {
			if strings.Contains(ins[i].Text, "MUFU.EX2") {
				n++
			}
		}
		out = append(out, n)
	}
	return out
}

var (
	reHGMMARegA = regexp.MustCompile(`^HGMMA\.\S+ R\d+, R(\d+), gdesc`)
	reDest      = regexp.MustCompile(`^(?:@!?U?P\w+ )?[A-Z0-9_.]+ R(\d+)\b`)
)

// InFlightAWrites lists, for each batch of wgmma with A in registers (the
// instructions up to the one that closes the group, "gsb0"), the
// instructions after it, up to the next wait for every group, that write
// one of its A registers (4 from each instruction's first). In program
// order such a write is only legal if the hardware has read the register
// by then; ptxas makes them when it can tell (its own allocation), never
// where the PTX itself writes an operand of a wgmma in flight. A linear
// scan: branches are not followed.
func InFlightAWrites(ins []Ins) []Ins {
	var out []Ins
	for i := 0; i < len(ins); i++ {
		m := reHGMMARegA.FindStringSubmatch(ins[i].Text)
		if m == nil {
			continue
		}
		regs := map[int]bool{}
		for ; i < len(ins); i++ {
			if m := reHGMMARegA.FindStringSubmatch(ins[i].Text); m != nil {
				r, _ := strconv.Atoi(m[1])
				for k := 0; k < 4; k++ {
					regs[r+k] = true
				}
			}
			if strings.Contains(ins[i].Text, "gsb0") {
				break
			}
		}
		for k := i + 1; k < len(ins) && !strings.HasPrefix(ins[k].Text, "WARPGROUP.DEPBAR.LE gsb0, 0x0"); k++ {
			if strings.HasPrefix(ins[k].Text, "HGMMA") {
				continue
			}
			if d := reDest.FindStringSubmatch(ins[k].Text); d != nil {
				if r, _ := strconv.Atoi(d[1]); regs[r] {
					out = append(out, ins[k])
				}
			}
		}
	}
	return out
}
