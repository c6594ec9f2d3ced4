// Package inspect looks inside a model: the implicit weight update ΔW each
// attention head applies (attention as a fast weight, Dai et al. 2022,
// arXiv 2212.10559), checks that in-context updates are gradient steps
// (von Oswald et al. 2023; the delta rule, Schlag et al. 2021), token
// circuits (Elhage et al. 2021; Olsson et al. 2022), and pictures of all
// of it. `hopf inspect` is its command line.
//
// Everything reads one forward pass of the lowered graph on the CPU
// backend (Model.Run): for each layer the IR values %L{i}.q's input (the
// layer input x after its pre-norm), the per-head keys and queries after
// the feature map (the operands of %L{i}.s or of the delta_rule op),
// values %L{i}.vh, softmax probabilities %L{i}.p and the core output
// %L{i}.o, and learned β. Figures are computed from these in f64.
//
// # Definitions
//
// Notation: for head h of layer i, q_t = W_Q,h x_t, k_t = W_K,h x_t,
// v_t = W_V,h x_t, where W_Q,h are rows [h·d_head, (h+1)·d_head) of
// L{i}.w_q (hopf stores [out, in], q = W x), x_t the layer input at token t
// after its pre-norm; φ is the layer's feature map (identity for softmax).
// A span A:B is the half-open token range [A, B); the default is [0, T−1),
// every token but the last (the query).
//
// ΔW (d_value × d_head). Softmax and linear heads: ΔW = Σ_{i∈span} v_i φ(k_i)ᵀ.
// Delta heads: the delta rule run over the span only, S_{A−1} = 0,
// S_t = S_{t−1} + β_t (v_t − S_{t−1} k_t) k_tᵀ, ΔW = S_{B−1}. For linear
// and delta heads whose span starts at 0 this is exactly the state the
// fused graph's dual kernels export after B tokens (Model.CheckStates
// measures the difference). The scale is not part of ΔW (as it is not
// part of the exported S: o = scale·S q).
//
// Numerical rank: the number of singular values σ > max(d_value, d_head) ·
// σ_max · ε with ε = 2⁻²³ (float32's machine epsilon; ΔW is summed from
// f32 activations). Singular values by gonum's SVD.
//
// Relaxation error (softmax and linear heads). For a query position t,
// with V(t) the keys the mask lets t see:
//
//	W_ZSL(t)  = Σ_{i ∈ V(t), i ∉ span} v_i φ(k_i)ᵀ     (Dai et al.'s zero-shot part: the query's own context)
//	ΔW_vis(t) = Σ_{i ∈ V(t), i ∈ span} v_i φ(k_i)ᵀ     (= ΔW when t sees the whole span)
//	F(q_t)    = o_t, the head's actual attention output (before W_O)
//	R(q_t)    = c · (W_ZSL(t) + ΔW_vis(t)) φ(q_t)
//	relax(t)  = ‖F(q_t) − R(q_t)‖ / ‖F(q_t)‖,  also cos(F, R)
//
// with c = 1 for softmax heads (Dai et al.'s relaxation drops the softmax
// and its 1/√d scale, so relax measures how far softmax attention is from
// that linear fast weight; cos ignores the overall scale) and c = the
// layer's scale for linear heads (for which R = F exactly: the error is
// rounding). The queries are every position after the span, t ∈ [B, T),
// or, when the span reaches the end, the last position T−1; tables show
// the mean over them. Delta heads have no relaxation (their output is not
// a sum over tokens).
//
// Gradient-step check (GradientStep; models of examples/icl_regression.hopf's
// shape, CheckICL). Tokens e_j = [x_j; y_j] (x ∈ R^dx, dx = d_in − 1), the
// examples are the span, the query e_q = [x_q; 0] is the last token. The
// readout r (1×D) gives ŷ = r (e_q + Σ_h scale P_h ΔW_h W_Q,h e_q) where
// P_h are head h's columns of w_o and the query sees exactly the span, so
// the layer changes the predictor ŷ = W x_q by
//
//	ΔW_W = Σ_h scale · r P_h ΔW_h W_Q,h [:, 0:dx]        (1 × dx, "ΔW in W-space")
//
// on top of W0 = r[0:dx]. With von Oswald et al.'s construction
// (ConstructGD: W_K = W_Q = [[I,0],[0,0]], W_V = [[0,0],[W0,−1]],
// P = [[0,0],[0,η/(N·scale)]], r = [W0, −1]) ΔW's last row is
// Σ_j (W0 x_j − y_j) x_jᵀ on the x-columns, the y-row of scale·P·ΔW·W_Q
// restricted to the x-columns is (η/N) Σ_j (W0 x_j − y_j) x_jᵀ = +η∇L(W0),
// and the readout's −1 makes ΔW_W = −η∇L(W0) for
// L(W) = 1/(2N) Σ_{j∈span} (W x_j − y_j)²: one gradient step, W1 = W0 + ΔW_W.
// The check reports ‖ΔW_W − (−η∇L(W0))‖_F / ‖η∇L(W0)‖_F with ∇L from
// gorgonia's Grad on a graph of its own; η is given or fitted by least
// squares over the batch (argmin_η Σ_b ‖ΔW_W,b + η∇L_b‖²). Alignment (von
// Oswald et al.): the cosine between the sensitivities ∂ŷ/∂x_q of the
// model (gorgonia Grad through the lowered graph w.r.t. its input) and of
// the GD prediction ŷ_GD = W1 x_q (that is W1), and |ŷ − ŷ_GD| (the L2
// distance of the one-dimensional predictions).
//
// Delta steps (DeltaSteps): for every delta head and token t, the state
// change of the model's own kernel, S_t − S_{t−1} (states exported by the
// fused graph on prefixes of t+1 and t tokens), against
// −β_t ∇_S ½‖S_{t−1} k_t − v_t‖² (gorgonia Grad); reported as the largest
// and mean relative Frobenius error over the tokens.
//
// Circuits (token models). With W_E = tok_embedᵀ (d_model × vocab), W_U
// the unembedding (tok_embed when tied) and pre-norm and final-norm scales
// folded in (W·diag(g); the normalisation itself, LayerNorm biases and
// positional embeddings are left out):
//
//	QK_h = W_Eᵀ W_Q,hᵀ W_K,h W_E   (vocab × vocab; [query token, key token]; before the layer's scale)
//	OV_h = W_U W_O,h W_V,h W_E     (vocab × vocab; [logit token, attended token])
//	copy = Σ Re λ / Σ |λ|           over OV's eigenvalues (computed on the d_value × d_value W_V,h W_E W_U W_O,h, which has the same nonzero ones)
//
// For linear and delta heads QK ignores the feature map. Composition scores
// between head A of layer l and head B of layer l+1, with W_OV = W_O W_V
// and W_QK = W_Qᵀ W_K (d_model × d_model): Q = ‖W_QK^Bᵀ W_OV^A‖_F /
// (‖W_QK^B‖_F ‖W_OV^A‖_F), K the same with W_QK^B, V = ‖W_OV^B W_OV^A‖_F /
// (‖W_OV^B‖_F ‖W_OV^A‖_F).
//
// Repeated sequences (Repeats): L distinct random tokens followed by the
// same L tokens. For softmax heads and positions t of the repeat
// (L ≤ t < 2L), averaged over t and the sequences:
//
//	prefix matching = p_{t, t−L+1}    (attention to the token after t's earlier occurrence)
//	copying         = Σ_i p_{t,i} (ℓ_t[x_i] − mean ℓ_t) / std ℓ_t,  ℓ_t = W_U W_O,h o_t
//
// ℓ_t are the logits the head's actual output o_t writes directly, so
// copying is how many standard deviations (over the vocabulary) the head
// raises the logits of the tokens it attends to.
//
// Pictures (Heatmap) use a blue–white–red map scaled to ±max|value|, with a
// legend strip labelled +m, 0, −m.
//
// Guards: a ΔW or OV circuit with NaN or ±Inf entries is an error naming
// the matrix, its first bad entry and the cause (the input, a weight by
// name, or the layer where the activations overflow f32), never a call
// into LAPACK, whose SVD panics and whose eigen solver can loop forever
// on such input. A forward pass with a tensor of more than compiler.MaxElems
// (2³¹) elements is refused before anything is allocated (compiler.CheckSize).
package inspect
