package dsl

// Example models shared by the check, format and fuzz tests.

const exInduction = `// Olsson et al. 2022: 2-layer attention-only transformer
model induction {
  vocab 64; d_model 128; context 256
  embed token; position learned
  repeat 2 { attention softmax { heads 4; d_head 32; mask causal } }
  unembed
}
`

const exICL = `// von Oswald et al. 2023: one linear self-attention layer = one GD step
model icl_regression {
  d_in 11
  d_model 11
  context 64
  embed input identity
  position none
  attention linear {
    heads 1
    d_head 11
    mask strict
    norm none
  }
  readout 1
}
`

const exFastweight = `const D = 128
model fastweight {
  vocab 256; d_model D; context 512; dtype f32
  defaults { heads 4; d_head (D / 4); norm rmsnorm }
  repeat 2 {
    attention delta { feature elu1; beta learned }
    attention linear { feature elu1 }
  }
  norm rmsnorm
  unembed tied
}
`

const exHybrid = `# a hybrid stack: delta layers and sliding-window softmax
const W = 64
const H = 8

model hybrid {
  vocab 512; d_model 256; context 1024
  dtype f16
  embed token; position none

  defaults { heads H; d_head (256 / H); norm layernorm }

  repeat 2 {
    attention delta { beta 0.5; mask causal }
    attention softmax { mask window W; d_value 32; output off }
  }
  attention softmax { heads 4; d_head 64; scale 0.125; residual off }

  norm layernorm
  unembed untied
}
`

// exAll is every option not used above at least once.
const exAll = `model all {
  d_in 5; d_model 16; context 32; dtype bf16
  embed input linear; position learned
  attention linear { heads 2; d_head 8; d_value 4; mask none; scale 2.5e-1; feature identity; norm rmsnorm; residual on; output on }
  attention delta { heads 1; d_head 3; mask strict; feature elu1; beta 2; norm layernorm }
  attention softmax { heads 16; d_head 1; mask window 1 }
  repeat 1 { repeat 2 { attention linear { heads 4; d_head 4; mask window 7 } } }
  readout 3
}
`

var examples = []string{exInduction, exICL, exFastweight, exHybrid, exAll}
