// Package dsl is the front end of hopf: it parses model files and checks
// them into a resolved Model (model.go), the input of the compiler.
//
// A model file holds named constants and one model:
//
//	const D = 128
//	model fastweight {
//	  vocab 256; d_model D; context 512; dtype f32
//	  defaults { heads 4; d_head (D / 4); norm rmsnorm }
//	  repeat 2 {
//	    attention delta { feature l2; beta learned }
//	    attention linear { feature elu1 }
//	  }
//	  norm rmsnorm
//	  unembed tied
//	}
//
// Statements end at a newline, a ";" or the "}" closing their block.
// Comments run from "//" or "#" to the end of the line. A value is a
// number, a word, a string, or a parenthesised constant expression over
// numbers and constant names with + - * / and parentheses.
//
// Model statements: vocab N | d_in N (exactly one), d_model N, context N,
// dtype f32|f16|bf16, embed token | embed input linear|identity,
// position learned|none, defaults { attention settings },
// attention softmax|linear|delta { settings }, repeat N { attention and
// repeat blocks }, norm none|layernorm|rmsnorm (final norm), and exactly one
// readout: unembed [tied|untied] or readout N.
//
// Attention settings: heads N, d_head N, d_value N,
// mask causal|strict|none|window N, scale X, feature identity|elu1|l2 (linear,
// delta), beta learned|X (delta), norm none|layernorm|rmsnorm (pre-norm),
// residual on|off, output on|off.
//
// ParseFile builds the syntax tree (ast.go), Check validates it and fills
// in every default, Load does both, and Format prints a Model back as
// canonical source. Errors are ErrorLists of "file:line:col: message".
package dsl
