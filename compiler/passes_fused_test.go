package compiler

import "testing"

// Before/after IR for the fusion, dual-form and planning passes; the
// verifier runs on both sides (TestPasses has the lowering-stage passes).
func TestFusionPasses(t *testing.T) {
	tests := []struct {
		name, pass, target string
		maxT               int
		env                map[string]int
		export, changed    bool
		before, after      string
	}{
		{name: "fuse-qkv/q-k-v-beta", pass: "fuse-qkv", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `weight @L0.w_q : f32[4,4]
weight @L0.w_k : f32[4,4]
weight @L0.w_v : f32[4,4]
weight @L0.w_beta : f32[2,4]
graph @g(%h: f32[B,T,4]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,T,2]) {
  %L0.q = linear %h, @L0.w_q : f32[B,T,4]
  %L0.k = linear %h, @L0.w_k : f32[B,T,4]
  %L0.v = linear %h, @L0.w_v : f32[B,T,4]
  %L0.qh = split_heads %L0.q {heads=2} : f32[B,2,T,2]
  %L0.kh = split_heads %L0.k {heads=2} : f32[B,2,T,2]
  %L0.vh = split_heads %L0.v {heads=2} : f32[B,2,T,2]
  %L0.bl = linear %h, @L0.w_beta : f32[B,T,2]
  %L0.beta = sigmoid %L0.bl : f32[B,T,2]
  return %L0.qh, %L0.kh, %L0.vh, %L0.beta
}
`,
			after: `weight @L0.w_q : f32[4,4]
weight @L0.w_k : f32[4,4]
weight @L0.w_v : f32[4,4]
weight @L0.w_beta : f32[2,4]
weight @L0.w_qkvbeta : f32[14,4] = concat @L0.w_q, @L0.w_k, @L0.w_v, @L0.w_beta
graph @g(%h: f32[B,T,4]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,T,2]) {
  %L0.qkvbeta = linear %h, @L0.w_qkvbeta : f32[B,T,14]
  %L0.bl = slice %L0.qkvbeta {offset=12, width=2} : f32[B,T,2]
  %L0.qh = split_heads %L0.qkvbeta {heads=2, offset=0, width=4} : f32[B,2,T,2]
  %L0.kh = split_heads %L0.qkvbeta {heads=2, offset=4, width=4} : f32[B,2,T,2]
  %L0.vh = split_heads %L0.qkvbeta {heads=2, offset=8, width=4} : f32[B,2,T,2]
  %L0.beta = sigmoid %L0.bl : f32[B,T,2]
  return %L0.qh, %L0.kh, %L0.vh, %L0.beta
}
`},
		{name: "fuse-qkv/single-projection", pass: "fuse-qkv", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: false,
			before: `weight @L0.w_q : f32[4,4]
graph @g(%h: f32[B,T,4]) -> f32[B,T,4] {
  %L0.q = linear %h, @L0.w_q : f32[B,T,4]
  return %L0.q
}
`,
			after: `weight @L0.w_q : f32[4,4]
graph @g(%h: f32[B,T,4]) -> f32[B,T,4] {
  %L0.q = linear %h, @L0.w_q : f32[B,T,4]
  return %L0.q
}
`},
		{name: "dualize/cuda-long", pass: "dualize", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,2], %b: f32[B,T,2]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2]) {
  %L0.s = scores %q, %k {scale=0.5} : f32[B,2,T,T]
  %L0.m = mask %L0.s {kind=causal, fill=zero} : f32[B,2,T,T]
  %L0.o = mix %L0.m, %v : f32[B,2,T,2]
  %L1.o = delta_rule %q, %k, %v, %b {mask=strict, scale=1.0} : f32[B,2,T,2]
  %L2.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L2.m = mask %L2.s {kind=strict, fill=zero} : f32[B,2,T,T]
  %L2.o = mix %L2.m, %v {form=chunked, chunk=32} : f32[B,2,T,2]
  %L3.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L3.m = mask %L3.s {kind=window, window=3, fill=zero} : f32[B,2,T,T]
  %L3.o = mix %L3.m, %v : f32[B,2,T,2]
  return %L0.o, %L1.o, %L2.o, %L3.o
}
`,
			after: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,2], %b: f32[B,T,2]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2]) {
  %L0.o, %L0.S = dual.sum_update %q, %k, %v {mask=causal, scale=0.5, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  %L1.o, %L1.S = dual.delta_update %q, %k, %v, %b {mask=strict, scale=1.0, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  %L2.o, %L2.S = dual.sum_update %q, %k, %v {mask=strict, scale=1.0, form=chunked, chunk=32} : f32[B,2,T,2], f32[B,2,2,2]
  %L3.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L3.m = mask %L3.s {kind=window, window=3, fill=zero} : f32[B,2,T,T]
  %L3.o = mix %L3.m, %v : f32[B,2,T,2]
  return %L0.o, %L1.o, %L2.o, %L3.o
}
`},
		{name: "dualize/cpu", pass: "dualize", target: "cpu", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,2], %b: f32[B,T,2]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2]) {
  %L0.s = scores %q, %k {scale=0.5} : f32[B,2,T,T]
  %L0.m = mask %L0.s {kind=causal, fill=zero} : f32[B,2,T,T]
  %L0.o = mix %L0.m, %v : f32[B,2,T,2]
  %L1.o = delta_rule %q, %k, %v, %b {mask=strict, scale=1.0} : f32[B,2,T,2]
  %L2.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L2.m = mask %L2.s {kind=strict, fill=zero} : f32[B,2,T,T]
  %L2.o = mix %L2.m, %v {form=recurrent} : f32[B,2,T,2]
  %L3.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L3.m = mask %L3.s {kind=window, window=3, fill=zero} : f32[B,2,T,T]
  %L3.o = mix %L3.m, %v : f32[B,2,T,2]
  return %L0.o, %L1.o, %L2.o, %L3.o
}
`,
			after: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,2], %b: f32[B,T,2]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2]) {
  %L0.o, %L0.S = dual.sum_update %q, %k, %v {mask=causal, scale=0.5, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  %L1.o, %L1.S = dual.delta_update %q, %k, %v, %b {mask=strict, scale=1.0, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  %L2.o, %L2.S = dual.sum_update %q, %k, %v {mask=strict, scale=1.0, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  %L3.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L3.m = mask %L3.s {kind=window, window=3, fill=zero} : f32[B,2,T,T]
  %L3.o = mix %L3.m, %v : f32[B,2,T,2]
  return %L0.o, %L1.o, %L2.o, %L3.o
}
`},
		{name: "dualize/cuda-short-is-parallel", pass: "dualize", target: "cuda", maxT: 64, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,2], %b: f32[B,T,2]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2]) {
  %L0.s = scores %q, %k {scale=0.5} : f32[B,2,T,T]
  %L0.m = mask %L0.s {kind=causal, fill=zero} : f32[B,2,T,T]
  %L0.o = mix %L0.m, %v : f32[B,2,T,2]
  %L1.o = delta_rule %q, %k, %v, %b {mask=strict, scale=1.0} : f32[B,2,T,2]
  %L2.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L2.m = mask %L2.s {kind=strict, fill=zero} : f32[B,2,T,T]
  %L2.o = mix %L2.m, %v {form=recurrent} : f32[B,2,T,2]
  %L3.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L3.m = mask %L3.s {kind=window, window=3, fill=zero} : f32[B,2,T,T]
  %L3.o = mix %L3.m, %v : f32[B,2,T,2]
  return %L0.o, %L1.o, %L2.o, %L3.o
}
`,
			after: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,2], %b: f32[B,T,2]) -> (f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2], f32[B,2,T,2]) {
  %L0.s = scores %q, %k {scale=0.5} : f32[B,2,T,T]
  %L0.m = mask %L0.s {kind=causal, fill=zero} : f32[B,2,T,T]
  %L0.o = mix %L0.m, %v : f32[B,2,T,2]
  %L1.o, %L1.S = dual.delta_update %q, %k, %v, %b {mask=strict, scale=1.0, form=parallel} : f32[B,2,T,2], f32[B,2,2,2]
  %L2.o, %L2.S = dual.sum_update %q, %k, %v {mask=strict, scale=1.0, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  %L3.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %L3.m = mask %L3.s {kind=window, window=3, fill=zero} : f32[B,2,T,T]
  %L3.o = mix %L3.m, %v : f32[B,2,T,2]
  return %L0.o, %L1.o, %L2.o, %L3.o
}
`},
		{name: "fuse-attention", pass: "fuse-attention", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,3]) -> (f32[B,2,T,3], f32[B,2,T,3], f32[B,2,T,3], f32[B,2,T,T]) {
  %a.s = scores %q, %k {scale=0.5} : f32[B,2,T,T]
  %a.m = mask %a.s {kind=window, window=4, fill=neg_inf} : f32[B,2,T,T]
  %a.p = softmax %a.m : f32[B,2,T,T]
  %a.o = mix %a.p, %v : f32[B,2,T,3]
  %b.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %b.o = mix %b.s, %v : f32[B,2,T,3]
  %c.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %c.m = mask %c.s {kind=causal, fill=neg_inf} : f32[B,2,T,T]
  %c.p = softmax %c.m : f32[B,2,T,T]
  %c.o = mix %c.p, %v : f32[B,2,T,3]
  return %a.o, %b.o, %c.o, %c.p
}
`,
			after: `graph @g(%q: f32[B,2,T,2], %k: f32[B,2,T,2], %v: f32[B,2,T,3]) -> (f32[B,2,T,3], f32[B,2,T,3], f32[B,2,T,3], f32[B,2,T,T]) {
  %a.o = fused.attention %q, %k, %v {kind=softmax, mask=window, window=4, scale=0.5} : f32[B,2,T,3]
  %b.o = fused.attention %q, %k, %v {kind=linear, mask=none, scale=1.0} : f32[B,2,T,3]
  %c.s = scores %q, %k {scale=1.0} : f32[B,2,T,T]
  %c.m = mask %c.s {kind=causal, fill=neg_inf} : f32[B,2,T,T]
  %c.p = softmax %c.m : f32[B,2,T,T]
  %c.o = mix %c.p, %v : f32[B,2,T,3]
  return %a.o, %b.o, %c.o, %c.p
}
`},
		{name: "fuse-residual", pass: "fuse-residual", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `weight @L0.w_qkv : f32[12,4]
weight @L0.w_o : f32[4,4]
weight @L1.w_qkvbeta : f32[14,4]
weight @L1.w_o : f32[4,4]
graph @g(%x: f32[B,T,4]) -> f32[B,T,4] {
  %L0.qkv = linear %x, @L0.w_qkv : f32[B,T,12]  // m.hopf:2:3
  %L0.qh = split_heads %L0.qkv {heads=2, offset=0, width=4} : f32[B,2,T,2]  // m.hopf:2:3
  %L0.kh = split_heads %L0.qkv {heads=2, offset=4, width=4} : f32[B,2,T,2]  // m.hopf:2:3
  %L0.vh = split_heads %L0.qkv {heads=2, offset=8, width=4} : f32[B,2,T,2]  // m.hopf:2:3
  %L0.o = fused.attention %L0.qh, %L0.kh, %L0.vh {kind=softmax, mask=causal, scale=0.7} : f32[B,2,T,2]  // m.hopf:2:3
  %L0.om = merge_heads %L0.o : f32[B,T,4]  // m.hopf:2:3
  %L0.y = linear %L0.om, @L0.w_o : f32[B,T,4]  // m.hopf:2:3
  %x1 = add %x, %L0.y : f32[B,T,4]  // m.hopf:2:3
  %L1.qkvbeta = linear %x1, @L1.w_qkvbeta : f32[B,T,14]  // m.hopf:3:3
  %L1.bl = slice %L1.qkvbeta {offset=12, width=2} : f32[B,T,2]  // m.hopf:3:3
  %L1.qh = split_heads %L1.qkvbeta {heads=2, offset=0, width=4} : f32[B,2,T,2]  // m.hopf:3:3
  %L1.kh = split_heads %L1.qkvbeta {heads=2, offset=4, width=4} : f32[B,2,T,2]  // m.hopf:3:3
  %L1.vh = split_heads %L1.qkvbeta {heads=2, offset=8, width=4} : f32[B,2,T,2]  // m.hopf:3:3
  %L1.qf = feature %L1.qh {map=l2} : f32[B,2,T,2]  // m.hopf:3:3
  %L1.kf = feature %L1.kh {map=l2} : f32[B,2,T,2]  // m.hopf:3:3
  %L1.beta = sigmoid %L1.bl : f32[B,T,2]  // m.hopf:3:3
  %L1.o, %L1.S = dual.delta_update %L1.qf, %L1.kf, %L1.vh, %L1.beta {mask=causal, scale=1.0, form=chunked, chunk=16} : f32[B,2,T,2], f32[B,2,2,2]  // m.hopf:3:3
  %L1.om = merge_heads %L1.o : f32[B,T,4]  // m.hopf:3:3
  %L1.y = linear %L1.om, @L1.w_o : f32[B,T,4]  // m.hopf:4:5
  %x2 = add %x1, %L1.y : f32[B,T,4]  // m.hopf:3:3
  return %x2
}
`,
			after: `weight @L0.w_qkv : f32[12,4]
weight @L0.w_o : f32[4,4]
weight @L1.w_qkvbeta : f32[14,4]
weight @L1.w_o : f32[4,4]
graph @g(%x: f32[B,T,4]) -> f32[B,T,4] {
  %L0.qkv = linear %x, @L0.w_qkv : f32[B,T,12]  // m.hopf:2:3
  %x1 = fused.attention_residual %x, %L0.qkv, @L0.w_o {heads=2, d_head=2, d_value=2, kind=softmax, mask=causal, scale=0.7, feature=identity, residual=true} : f32[B,T,4]  // m.hopf:2:3
  %L1.qkvbeta = linear %x1, @L1.w_qkvbeta : f32[B,T,14]  // m.hopf:3:3
  %x2, %L1.S = fused.dual_residual %x1, %L1.qkvbeta, @L1.w_o {heads=2, d_head=2, d_value=2, kind=delta, mask=causal, scale=1.0, feature=l2, form=chunked, chunk=16, residual=true} : f32[B,T,4], f32[B,2,2,2]  // m.hopf:3:3, m.hopf:4:5
  return %x2
}
`},
		{name: "export-state", pass: "export-state", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: true, changed: true,
			before: `graph @g(%q: f32[B,2,T,2]) -> f32[B,2,T,2] {
  %L0.o, %L0.S = dual.sum_update %q, %q, %q {mask=causal, scale=1.0, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  return %L0.o
}
`,
			after: `graph @g(%q: f32[B,2,T,2]) -> (f32[B,2,T,2], f32[B,2,2,2]) {
  %L0.o, %L0.S = dual.sum_update %q, %q, %q {mask=causal, scale=1.0, form=recurrent} : f32[B,2,T,2], f32[B,2,2,2]
  return %L0.o, %L0.S
}
`},
		{name: "plan-memory", pass: "plan-memory", target: "cuda", maxT: 100, env: map[string]int{"B": 2, "T": 8}, export: false, changed: true,
			before: `weight @w : f32[4,4]
weight @u : f32[8,4]
graph @g(%x: f32[B,T,4]) -> f32[B,T,4] {
  %a = linear %x, @w : f32[B,T,4]
  %b = linear %a, @u : f32[B,T,8]
  %c = sigmoid %b : f32[B,T,8]
  %d = linear %a, @w : f32[B,T,4]
  %e = add %d, %a : f32[B,T,4]
  return %e
}
`,
			after: `weight @w : f32[4,4]
weight @u : f32[8,4]
graph @g(%x: f32[B,T,4]) -> f32[B,T,4] {
  %a = linear %x, @w : f32[B,T,4]
  %b = linear %a, @u : f32[B,T,8]
  %c = sigmoid %b : f32[B,T,8]
  %d = linear %a, @w : f32[B,T,4]
  %e = add %d, %a : f32[B,T,4]
  return %e
}
memory {B=2, T=8} peak=1280 naive=1792 {
  buffer 0 : 256 = %a  // 256 B
  buffer 1 : 512 = %b, %d  // 512 B
  buffer 2 : 512 = %c, %e  // 512 B
}
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Context{Target: tt.target, MaxT: tt.maxT, Env: tt.env, ExportState: tt.export}
			checkPass(t, tt.pass, c, tt.before, tt.after, tt.changed)
		})
	}
}
