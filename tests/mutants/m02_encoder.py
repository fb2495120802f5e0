"""Known mistakes in notebook 02 (encoder), and correct alternatives that must keep full marks.

Mistakes in the encoder classes are written as small edits of the solution cell (`edited`), so that each
one differs from the solution by exactly the mistake it names.
"""

from notebook_runner import Replacement as R
from notebook_runner import blind_alternative, blind_mistake
from notebook_runner import edited_solution

NOTEBOOK = "02_encoder"


def edited(grade_id, *replacements):
    """The solution of `grade_id` with each (old, new) replacement made (see edited_solution)."""
    return edited_solution(NOTEBOOK, grade_id, *replacements)


DENSE_RETURN = "return self.mu_head(h), self.logvar_head(h)"
CONV_BODY_1 = "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)"
CONV_BODY_2 = "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)"

MISTAKES = [
    # Blind round 48: the count summed in thousands as floats, then int(): 395,003 for the notebook's encoder.
    blind_mistake(48, NOTEBOOK, 'count_float_division', {'test_count_parameters': 'Count in integers'}),
    # Blind round 46: the heads' outputs squeezed, so that a code of one unit (latent_dim = 1) loses its column.
    blind_mistake(46, NOTEBOOK, 'dense_squeeze_outputs', {'test_dense_shapes': 'a code of one unit is still a column'}),
    R("heads squeezed: latent_dim = 1 gives (B,) (the conv twin of blind round 46's dense_squeeze_outputs)", "ConvEncoder",
      edited("ConvEncoder", (DENSE_RETURN, "return self.mu_head(h).squeeze(-1), self.logvar_head(h).squeeze(-1)")),
      {"test_conv_shapes": "a code of one unit is still a column"}),
    # Blind round 45: frozen scalars counted; x through ReLU; widths capped; float32 logvar; frozen conv parameters.
    blind_mistake(45, NOTEBOOK, 'count_frozen_if_leaf_grad', {'test_count_parameters': 'its bias of one element'}),
    blind_mistake(45, NOTEBOOK, 'dense_relu_inplace_on_input_when_no_hidden',
                  {'test_dense_architecture': 'with hidden=() the heads read the input as it is'}),
    blind_mistake(45, NOTEBOOK, 'dense_hidden_widths_capped',
                  {'test_dense_architecture': 'use every width as it is given'}),
    blind_mistake(45, NOTEBOOK, 'dense_logvar_float32_large_batch',
                  {'test_dense_architecture': 'on a float64 batch of 10,000 rows'}),
    blind_mistake(45, NOTEBOOK, 'conv_logvar_weight_frozen', {'test_conv_architecture': 'has frozen parameters'}),
    blind_mistake(45, NOTEBOOK, 'conv_biases_frozen', {'test_conv_architecture': 'has frozen parameters'}),
    # Blind round 44: a large batch's halves clamped; a hook on every module; a large batch computed otherwise (no
    # gradients, bfloat16, a changed row, a channels-last view); a linear layer widened to the channels.
    blind_mistake(44, NOTEBOOK, 'split_logvar_floor_for_large_batch',
                  {'test_split_mean_logvar': "did not return h's two halves as they are"}),
    blind_mistake(44, NOTEBOOK, 'dense_global_forward_hook',
                  {'test_dense_shapes': 'a hook stays registered on every module'}),
    blind_mistake(44, NOTEBOOK, 'dense_grad_off_for_big_batches',
                  {'test_dense_heads': 'returned outputs without their gradient'}),
    blind_mistake(44, NOTEBOOK, 'dense_bfloat16_body_for_speed',
                  {'test_dense_heads': 'another output than that row alone'}),
    blind_mistake(44, NOTEBOOK, 'conv_grad_off_in_eval',
                  {'test_conv_heads': 'returned outputs without their gradient'}),
    blind_mistake(44, NOTEBOOK, 'conv_zeroes_top_row_for_large_batch',
                  {'test_conv_heads': 'another output than that row alone'}),
    blind_mistake(44, NOTEBOOK, 'conv_hidden_tied_to_channels', {'test_conv_architecture': 'raise one to another'}),
    blind_mistake(44, NOTEBOOK, 'conv_channels_last_view_flatten_bug',
                  {'test_conv_heads': 'another output than that row alone'}),
    # Blind round 44: requires_grad read from the first parameter only, or not at all under torch.no_grad().
    blind_mistake(44, NOTEBOOK, 'count_requires_grad_from_first_param', {'test_count_parameters': 'not of the first one only'}),
    blind_mistake(44, NOTEBOOK, 'count_grad_mode_reads_global', {'test_count_parameters': 'torch.no_grad()'}),
    blind_mistake(43, NOTEBOOK, 'split_cached_by_shape',
                  {'test_split_mean_logvar': 'two tensors of the same shape, dtype and first value'}),
    blind_mistake(43, NOTEBOOK, 'split_manual_seed', {'test_split_mean_logvar': "changed torch's global random state"}),
    blind_mistake(43, NOTEBOOK, 'split_logvar_detached_when_batch_large',
                  {'test_split_mean_logvar': 'detached, or computed otherwise, for large batches'}),
    blind_mistake(43, NOTEBOOK, 'split_d_capped_256', {'test_split_mean_logvar': 'd is capped or hard-coded'}),
    blind_mistake(43, NOTEBOOK, 'split_logvar_float32_rounded_for_float64',
                  {'test_split_mean_logvar': 'they went through float32'}),
    blind_mistake(43, NOTEBOOK, 'count_converts_model_float',
                  {'test_count_parameters': "changed a float64 model's parameters"}),
    blind_mistake(43, NOTEBOOK, 'count_requires_grad_and_grad_or_fresh',
                  {'test_count_parameters': 'whose gradients are zeros'}),
    blind_mistake(43, NOTEBOOK, 'count_dedup_by_shape', {'test_count_parameters': 'the last two of one shape'}),
    blind_mistake(43, NOTEBOOK, 'count_eval_side_effect',
                  {'test_count_parameters': 'switched a model in training mode to eval mode'}),
    blind_mistake(43, NOTEBOOK, 'count_skips_bias_vectors_named',
                  {'test_count_parameters': 'A bias of one element is a parameter too'}),
    blind_mistake(43, NOTEBOOK, 'dense_grad_clamp_hook',
                  {'test_dense_heads': 'a loss 1024 times larger gives gradients'}),
    blind_mistake(43, NOTEBOOK, 'dense_extra_buffer',
                  {'test_dense_architecture': 'which is not a parameter of its layers'}),
    blind_mistake(43, NOTEBOOK, 'dense_inference_mode_eval', {'test_dense_heads': 'returned inference tensors'}),
    blind_mistake(43, NOTEBOOK, 'dense_mkldnn_off', {'test_dense_shapes': 'oneDNN (mkldnn) backend is off'}),
    blind_mistake(43, NOTEBOOK, 'dense_eval_batch_mean_mu',
                  {'test_dense_heads': 'In eval mode mu is not the output of its head as it is'}),
    blind_mistake(43, NOTEBOOK, 'conv_grad_clamp_hook',
                  {'test_conv_heads': 'a loss 1024 times larger gives gradients'}),
    blind_mistake(43, NOTEBOOK, 'conv_local_response_norm',
                  {'test_conv_architecture': 'holds LocalResponseNorm: a normalisation layer'}),
    blind_mistake(43, NOTEBOOK, 'conv_mkldnn_off', {'test_conv_shapes': 'oneDNN (mkldnn) backend is off'}),
    blind_mistake(43, NOTEBOOK, 'conv_extra_buffer',
                  {'test_conv_architecture': 'which is not a parameter of its layers'}),
    blind_mistake(43, NOTEBOOK, 'conv_inference_mode_eval', {'test_conv_heads': 'returned inference tensors'}),
    blind_mistake(42, NOTEBOOK, 'dense_leaky_slope_negative',
                  {'test_dense_architecture': 'falls as its input rises'}),
    blind_mistake(42, NOTEBOOK, 'conv_elu_alpha_large', {'test_conv_architecture': 'falls as its input rises'}),
    blind_mistake(42, NOTEBOOK, 'conv_logvar_scaled', {'test_conv_heads': 'logvar is not exactly the output of its head'}),
    blind_mistake(42, NOTEBOOK, 'conv_eval_mode_clamped_input',
                  {'test_conv_heads': 'forward returned another mu in eval mode than in training mode'}),
    blind_mistake(41, NOTEBOOK, 'halves_from_first_row_width',
                  {'test_split_mean_logvar': 'For an empty batch h of shape'}),
    blind_mistake(40, NOTEBOOK, 'view_flatten_len', {'test_count_parameters': 'moved to channels-last memory'}),
    blind_mistake(40, NOTEBOOK, 'caller_hidden_list_mutated',
                  {'test_dense_architecture': 'changed the list hidden it was given'}),
    blind_mistake(40, NOTEBOOK, 'conv_eval_mode_forced', {'test_conv_architecture': 'A new ConvEncoder is in evaluation mode'}),
    blind_mistake(40, NOTEBOOK, 'conv_logvar_floored_in_eval',
                  {'test_conv_heads': 'In eval mode logvar is not the output of its head'}),
    # Torch's global settings are read after every call of the student's (remote.keeping_settings): charged once.
    blind_mistake(39, NOTEBOOK, 'dense_anomaly_mode_on',
                  {'test_dense_shapes': 'anomaly detection is on for everything that follows'}),
    blind_mistake(39, NOTEBOOK, 'split_mu_detached_for_one_row',
                  {'test_split_mean_logvar': 'For a batch of one row (B = 1)'}),
    blind_mistake(39, NOTEBOOK, 'dense_forward_clamps_weights',
                  {'test_dense_heads': 'forward changed its own parameters'}),
    blind_mistake(39, NOTEBOOK, 'conv_forward_clamps_weights',
                  {'test_conv_heads': 'forward changed its own parameters'}),
    # The channel reads the gradient mode after every call of the student's (remote.Channel): charged once.
    blind_mistake(38, NOTEBOOK, 'dense_grad_off_in_init',
                  {'test_dense_shapes': 'gradients are off for everything that follows'}),
    blind_mistake(38, NOTEBOOK, 'conv_grad_off_in_init',
                  {'test_conv_shapes': 'gradients are off for everything that follows'}),
    blind_mistake(38, NOTEBOOK, 'count_storage_size', {'test_count_parameters': 'views of one flat buffer'}),
    blind_mistake(37, NOTEBOOK, 'split_forces_requires_grad',
                  {'test_split_mean_logvar': 'do not require gradients returned mu or logvar that do'}),
    # keyed by h.data_ptr(): on a seed whose two drawn cases have one shape, the second may get the first's freed
    # memory, and its stale halves fail the comparison of values before this message
    blind_mistake(37, NOTEBOOK, 'split_cached_by_data_ptr',
                  {'test_split_mean_logvar': 'keeps its results between calls'}),
    blind_mistake(37, NOTEBOOK, 'count_dedup_by_value',
                  {'test_count_parameters': 'do not merge parameters by shape or value'}),
    blind_mistake(37, NOTEBOOK, 'count_frozen_with_grad',
                  {'test_count_parameters': 'not whether p.grad is set'}),
    blind_mistake(37, NOTEBOOK, 'count_sets_train_mode',
                  {'test_count_parameters': 'switched a model in eval mode'}),
    blind_mistake(37, NOTEBOOK, 'count_unfreezes',
                  {'test_count_parameters': 'changed which parameters are trainable'}),
    blind_mistake(37, NOTEBOOK, 'count_float32_total',
                  {'test_count_parameters': 'a float32 total'}),
    blind_mistake(37, NOTEBOOK, 'dense_residual_equal_widths',
                  {'test_dense_architecture': 'a skip connection'}),
    blind_mistake(37, NOTEBOOK, 'dense_cached_by_input_id',
                  {'test_dense_heads': 'keeps a result from an earlier call'}),
    blind_mistake(37, NOTEBOOK, 'dense_logvar_gradient_scaled',
                  {'test_dense_heads': 'not its true derivative'}),
    # spectral_norm's power iteration changes the weight at every call in training mode: conv_architecture's
    # comparisons of calls (a row alone and in its batch) see it on most seeds, the same wrong answer
    blind_mistake(37, NOTEBOOK, 'conv_spectral_norm',
                  {'test_conv_shapes': 'reparametrised', 'test_conv_architecture': None}),
    blind_mistake(37, NOTEBOOK, 'conv_logvar_gradient_scaled',
                  {'test_conv_heads': 'not its true derivative'}),
    blind_mistake(36, NOTEBOOK, 'split_nan_to_num',
                  {'test_split_mean_logvar': 'nan and infinities included'}),
    blind_mistake(36, NOTEBOOK, 'count_grad_enabled_only',
                  {'test_count_parameters': 'inside `with torch.no_grad():`'}),
    blind_mistake(36, NOTEBOOK, 'dense_eval_logvar_zero',
                  {'test_dense_heads': 'in eval mode forward returned another logvar'}),
    blind_mistake(36, NOTEBOOK, 'dense_no_grad_in_eval',
                  {'test_dense_heads': 'in evaluation mode forward returned mu and logvar without their gradient'}),
    blind_mistake(36, NOTEBOOK, 'conv_no_grad_in_eval',
                  {'test_conv_heads': 'in evaluation mode forward returned mu and logvar without their gradient'}),
    blind_mistake(36, NOTEBOOK, 'conv_dilated_second_conv',
                  {'test_conv_architecture': 'a dilation'}),
    blind_mistake(36, NOTEBOOK, 'conv_eval_logvar_constant',
                  {'test_conv_heads': 'in eval mode forward returned another logvar'}),
    blind_mistake(33, NOTEBOOK, 'dense_signature_reordered',
                  {'test_dense_architecture': 'in that order; the statement'}),
    blind_mistake(32, NOTEBOOK, 'de_eval_mode_at_init',
                  {'test_dense_architecture': 'a new denseencoder is in evaluation mode'}),
    blind_mistake(31, NOTEBOOK, 'split_clamps_logvar',
                  {'test_split_mean_logvar': 'logvar must be the second half of h exactly'}),
    blind_mistake(30, NOTEBOOK, 'count_zeroes_gradients',
                  {'test_count_parameters': "changed the model's gradients"}),
    blind_mistake(30, NOTEBOOK, 'dense_widths_sorted_decreasing',
                  {'test_dense_architecture': 'widens'}),
    blind_mistake(28, NOTEBOOK, 'count_training_mode',
                  {'test_count_parameters': 'eval mode'}),
    blind_mistake(26, NOTEBOOK, 'cp_int16_sum',
                  {'test_count_parameters': 'at most 32,767'}),
    blind_mistake(25, NOTEBOOK, 'count_includes_buffers',
                  {'test_count_parameters': 'buffers, not parameters'}),
    blind_mistake(25, NOTEBOOK, 'dense_named_by_width',
                  {'test_dense_architecture': 'of one width'}),
    blind_mistake(23, NOTEBOOK, 'conv_sets_default_dtype_float64',
                  {'test_conv_shapes': 'set_default_dtype'}),
    blind_mistake(21, NOTEBOOK, 'dense_eval_in_forward',
                  {'test_dense_architecture': 'switched the model'}),
    blind_mistake(20, NOTEBOOK, 'split_casts_float32',
                  {'test_split_mean_logvar': 'float64 features'}),
    # the cache is keyed by id(model): which message depends on which ids the freed models' memory gets back
    blind_mistake(20, NOTEBOOK, 'count_cached_by_id',
                  {'test_count_parameters': ''}),
    blind_mistake(20, NOTEBOOK, 'conv_avgpool_after_stride',
                  {'test_conv_architecture': 'value by value'}),
    blind_mistake(19, NOTEBOOK, 'count_bytes_over_four',
                  {'test_count_parameters': 'in float64'}),
    blind_mistake(19, NOTEBOOK, 'dense_enc_layernorm_no_affine',
                  {'test_dense_architecture': 'value by value'}),
    blind_mistake(19, NOTEBOOK, 'dense_enc_empty_hidden_reads_784',
                  {'test_dense_architecture': 'in_features=794) has'}),
    blind_mistake(18, NOTEBOOK, 'dense_reseeds_global_rng_in_init',
                  {'test_dense_architecture': 'seeds torch'}),
    blind_mistake(17, NOTEBOOK, 'reduce_fails_on_scalar_parameter',
                  {'test_count_parameters': '0-d parameter'}),
    blind_mistake(17, NOTEBOOK, 'dense_forward_casts_to_float32',
                  {'test_dense_architecture': 'float64 inputs'}),
    blind_mistake(15, NOTEBOOK, 'count_tied_weights_twice',
                  {'test_count_parameters': 'tied weights'}),
    blind_mistake(15, NOTEBOOK, 'dense_relu_before_each_linear',
                  {'test_dense_architecture': 'no activation before the first layer'}),
    blind_mistake(10, NOTEBOOK, 'iterates over children only: misses parameters registered on the root module',
                  {'test_count_parameters': "holds the model's own parameters too"}),
    blind_mistake(9, NOTEBOOK, "detaches both halves: no gradient reaches the encoder's output layer",
                  {'test_split_mean_logvar': 'carries no gradient'}),
    blind_mistake(9, NOTEBOOK, 'default latent_dim changed to 20',
                  {'test_dense_architecture': "statement's signature has latent_dim=2"}),
    blind_mistake(9, NOTEBOOK, 'default hidden changed to 256',
                  {'test_conv_architecture': "statement's signature has hidden=128"}),
    blind_mistake(9, NOTEBOOK, 'default channels changed to (32, 64)',
                  {'test_conv_architecture': "statement's signature has channels=(16, 32)"}),
    R("counts the parameters of nn.Linear and nn.Conv2d layers only (blind round 8)", "count_parameters",
      "def count_parameters(model):\n    return sum(p.numel() for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv2d))\n"
      "               for p in m.parameters() if p.requires_grad)",
      {"test_count_parameters": "whatever kind of layer"}),
    # split_mean_logvar
    R("splits along the batch", "split_mean_logvar",
      "def split_mean_logvar(h):\n    return torch.chunk(h, 2, dim=0)",
      {"test_split_mean_logvar": "shape"}),
    R("interleaved halves", "split_mean_logvar",
      "def split_mean_logvar(h):\n    return h[:, 0::2], h[:, 1::2]",
      {"test_split_mean_logvar": "first half"}),
    R("logvar first", "split_mean_logvar",
      "def split_mean_logvar(h):\n    L = h.shape[1] // 2\n    return h[:, L:], h[:, :L]",
      {"test_split_mean_logvar": "first half"}),
    R("hard-coded latent size 2", "split_mean_logvar",
      "def split_mean_logvar(h):\n    return h[:, :2], h[:, 2:4]",
      {"test_split_mean_logvar": "shape"}),
    # count_parameters
    R("counts tensors instead of elements", "count_parameters",
      "def count_parameters(model):\n    return len(list(model.parameters()))",
      {"test_count_parameters": "p.numel()"}),
    R("counts frozen parameters", "count_parameters",
      "def count_parameters(model):\n    return sum(p.numel() for p in model.parameters())",
      {"test_count_parameters": "requires_grad=True"}),
    R("returns a tensor", "count_parameters",
      "def count_parameters(model):\n    return torch.tensor(sum(p.numel() for p in model.parameters() if p.requires_grad))",
      {"test_count_parameters": "Python int"}),
    R("counts only the weights", "count_parameters",
      "def count_parameters(model):\n"
      "    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and 'weight' in name)",
      {"test_count_parameters": "16 parameters"}),
    # DenseEncoder
    R("ignores in_features (784 inputs whatever it says)", "DenseEncoder",
      edited("DenseEncoder", ("layers, width = [], in_features", "layers, width = [], 784")),
      {"test_dense_architecture": "in_features=794"}),
    R("one shared head", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return self.mu_head(h), self.mu_head(h)")),
      {"test_dense_heads": "different heads"}),
    R("logvar through exp (outputs the variance)", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return self.mu_head(h), self.logvar_head(h).exp()")),
      {"test_dense_heads": "must be free to be negative"}),
    R("logvar through softplus (a positive std)", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return self.mu_head(h), nn.functional.softplus(self.logvar_head(h))")),
      {"test_dense_heads": "must be free to be negative"}),
    R("ReLU on the heads", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return torch.relu(self.mu_head(h)), torch.relu(self.logvar_head(h))")),
      {"test_dense_heads": "free to be negative"}),
    R("ignores the latent size", "DenseEncoder",
      edited("DenseEncoder", ("self.mu_head = nn.Linear(width, latent_dim)", "self.mu_head = nn.Linear(width, 2)"),
             ("self.logvar_head = nn.Linear(width, latent_dim)", "self.logvar_head = nn.Linear(width, 2)")),
      {"test_dense_shapes": "shape", "test_dense_architecture": "parameters", "test_dense_heads": ""}),  # its other checks see the same wrong answer
    R("ignores the hidden widths", "DenseEncoder",
      edited("DenseEncoder", ("for size in hidden:", "for size in (400, 200):")),
      {"test_dense_architecture": "one Linear + ReLU per entry"}),
    R("no bias in the hidden layers", "DenseEncoder",
      edited("DenseEncoder", ("nn.Linear(width, size)", "nn.Linear(width, size, bias=False)")),
      {"test_dense_architecture": "parameters"}),
    R("does not flatten (B, 1, 28, 28)", "DenseEncoder",
      edited("DenseEncoder", ("h = self.body(x.reshape(len(x), -1))", "h = self.body(x)")),
      {"test_dense_architecture": "flatten them first"}),
    R("flattens column by column", "DenseEncoder",
      edited("DenseEncoder", ("h = self.body(x.reshape(len(x), -1))",
                              "h = self.body(x.reshape(len(x), 28, 28).transpose(1, 2).reshape(len(x), -1) "
                              "if x.dim() == 4 else x)")),
      {"test_dense_architecture": "row after row"}),
    R("features detached before the heads", "DenseEncoder",
      edited("DenseEncoder", ("h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(len(x), -1)).detach()")),
      {"test_dense_heads": "no gradient"}),
    R("no ReLU anywhere in DenseEncoder: an affine network", "DenseEncoder",
      edited("DenseEncoder", ("layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size)]")),
      {"test_dense_architecture": "Your network is affine"}),
    R("a convolution in the dense encoder", "DenseEncoder",
      edited("DenseEncoder", ("self.body = nn.Sequential(*layers)", "self.body = nn.Sequential(*layers)\n"
                              "        self.unused = nn.Conv2d(1, 1, 1)")),
      {"test_dense_architecture": "nn.Linear layers only", "test_dense_heads": "no gradient"}),
    # blind round 1: mistakes that lost no point before the checks went layer by layer
    R("tanh on both heads", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return torch.tanh(self.mu_head(h)), torch.tanh(self.logvar_head(h))")),
      {"test_dense_heads": "not the output of its head"}),
    R("flattens with x.view(-1, 784): in_features ignored in forward", "DenseEncoder",
      edited("DenseEncoder", ("h = self.body(x.reshape(len(x), -1))", "h = self.body(x.view(-1, 784))")),
      {"test_dense_architecture": "an input has in_features values"}),
    R("no ReLU after the last hidden layer only", "DenseEncoder",
      edited("DenseEncoder", ("self.body = nn.Sequential(*layers)", "self.body = nn.Sequential(*layers[:-1])")),
      {"test_dense_architecture": "no activation between"}),
    R("logvar head reads detached features", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return self.mu_head(h), self.logvar_head(h.detach())")),
      {"test_dense_heads": "logvar alone sends no gradient"}),
    # ConvEncoder
    R("padding 0 (28 => 13 => 5)", "ConvEncoder",
      edited("ConvEncoder", (CONV_BODY_1, "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=0)"),
             (CONV_BODY_2, "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=0)"),
             ("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(c2 * 5 * 5, hidden)")),
      {"test_conv_architecture": "28x28 => 14x14"}),
    R("padding 0 without fixing the linear layer", "ConvEncoder",
      edited("ConvEncoder", (CONV_BODY_2, "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=0)")),
      {"test_conv_shapes": "output size of each convolution", "test_conv_architecture": "14x14 => 7x7", "test_conv_heads": ""}),  # its other checks see the same wrong answer
    R("stride 1 in the second convolution", "ConvEncoder",
      edited("ConvEncoder", (CONV_BODY_2, "nn.Conv2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.MaxPool2d(2)")),
      {"test_conv_architecture": "kernel_size=4, stride=2, padding=1",
       "test_conv_heads": None}),  # its other check may see the same wrong answer
    R("kernel 3 (same shapes, other count)", "ConvEncoder",
      edited("ConvEncoder", (CONV_BODY_1, "nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1)"),
             (CONV_BODY_2, "nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1)")),
      {"test_conv_architecture": "kernel sizes"}),
    R("no reshape of (B, 784)", "ConvEncoder",
      edited("ConvEncoder", ("h = self.body(x.reshape(len(x), 1, 28, 28))", "h = self.body(x)")),
      {"test_conv_shapes": "reshape them to (B, 1, 28, 28)", "test_conv_architecture": "(B, 1, 28, 28)"}),
    R("convolutions on a 1-pixel-high strip", "ConvEncoder",
      edited("ConvEncoder", ("h = self.body(x.reshape(len(x), 1, 28, 28))", "h = self.body(x.reshape(len(x), 1, 1, 784))"),
             (CONV_BODY_1, "nn.Conv2d(1, c1, kernel_size=(1, 16), stride=(1, 16))"),
             (CONV_BODY_2, "nn.Conv2d(c1, c2, kernel_size=1)")),
      {"test_conv_architecture": "(B, 1, 28, 28)"}),
    R("hard-coded channels", "ConvEncoder",
      edited("ConvEncoder", ("c1, c2 = channels", "c1, c2 = 16, 32")),
      {"test_conv_architecture": "channels."}),
    R("no ReLU anywhere in ConvEncoder: an affine network", "ConvEncoder",
      edited("ConvEncoder", (CONV_BODY_1 + ", nn.ReLU(),", CONV_BODY_1 + ","), (CONV_BODY_2 + ", nn.ReLU(),", CONV_BODY_2 + ","),
             ("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),")),
      {"test_conv_architecture": "Your network is affine"}),
    R("one shared head", "ConvEncoder",
      edited("ConvEncoder", (DENSE_RETURN, "return self.mu_head(h), self.mu_head(h)")),
      {"test_conv_heads": "different heads"}),
    R("logvar through exp", "ConvEncoder",
      edited("ConvEncoder", (DENSE_RETURN, "return self.mu_head(h), torch.exp(self.logvar_head(h))")),
      {"test_conv_heads": "must be free to be negative"}),
    R("ignores the latent size", "ConvEncoder",
      edited("ConvEncoder", ("self.mu_head = nn.Linear(hidden, latent_dim)", "self.mu_head = nn.Linear(hidden, 2)"),
             ("self.logvar_head = nn.Linear(hidden, latent_dim)", "self.logvar_head = nn.Linear(hidden, 2)")),
      {"test_conv_shapes": "shape", "test_conv_architecture": "", "test_conv_heads": ""}),  # its other checks see the same wrong answer
    R("the linear layer skipped in forward", "ConvEncoder",
      "class ConvEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n"
      "        super().__init__()\n"
      "        c1, c2 = channels\n"
      "        self.convs = nn.Sequential(nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(), nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU())\n"
      "        self.fc = nn.Linear(c2 * 49, hidden)\n"
      "        self.mu_head = nn.Linear(c2 * 49, latent_dim)\n"
      "        self.logvar_head = nn.Linear(c2 * 49, latent_dim)\n"
      "    def forward(self, x):\n"
      "        h = self.convs(x.reshape(len(x), 1, 28, 28)).flatten(1)\n"
      "        return self.mu_head(h), self.logvar_head(h)\n",
      {"test_conv_architecture": "parameters", "test_conv_heads": "no gradient"}),
    # blind round 1: mistakes that lost no point before the checks went layer by layer
    R("no ReLU between the two convolutions", "ConvEncoder",
      edited("ConvEncoder", (CONV_BODY_1 + ", nn.ReLU(),", CONV_BODY_1 + ",")),
      {"test_conv_architecture": "no activation between"}),
    R("no ReLU after the dense hidden layer", "ConvEncoder",
      edited("ConvEncoder", ("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),")),
      {"test_conv_architecture": "no activation between"}),
    R("logvar clamped to [-5, 5]", "ConvEncoder",
      edited("ConvEncoder", (DENSE_RETURN, "return self.mu_head(h), self.logvar_head(h).clamp(-5, 5)")),
      {"test_conv_heads": "logvar is not the output of its head"}),
    R("channels-last reshape (B, 28, 28, 1), permuted: the convolutions see the images transposed", "ConvEncoder",
      edited("ConvEncoder", ("h = self.body(x.reshape(len(x), 1, 28, 28))",
                             "h = self.body(x.reshape(len(x), 28, 28, 1).permute(0, 3, 2, 1))")),
      {"test_conv_architecture": "does not see the images as they are"}),
]

ALTERNATIVES = [
    # Softplus after every hidden layer (the statement allows any activation without parameters): nearly affine over
    # images in [0, 1], it was judged affine for a third of the initialisations until the test's inputs ran to 16
    blind_alternative(44, NOTEBOOK, 'alt_conv_softplus'),
    # heads computed with F.linear and the layers' own weights (no hook sees them): read through F.linear (once penalised)
    blind_alternative(40, NOTEBOOK, 'conv_functional_forward'),
    # a bias-free head plus a trainable bias of its own: the same unconstrained affine head (once penalised)
    blind_alternative(39, NOTEBOOK, 'dense_separate_bias_parameter'),
    blind_alternative(22, NOTEBOOK, 'conv_cropped_padding_zero'),  # a padding or crop of one pixel apart: padding=1
    R("torch.chunk", "split_mean_logvar",
      "def split_mean_logvar(h):\n    mu, logvar = torch.chunk(h, 2, dim=1)\n    return mu, logvar"),
    R("view and unbind", "split_mean_logvar",
      "def split_mean_logvar(h):\n    return h.view(len(h), 2, -1).unbind(dim=1)"),
    R("torch.split with negative dim", "split_mean_logvar",
      "def split_mean_logvar(h):\n    return torch.split(h, h.shape[-1] // 2, dim=-1)"),
    R("loop over parameters", "count_parameters",
      "def count_parameters(model):\n    total = 0\n    for p in model.parameters():\n"
      "        if p.requires_grad:\n            total += int(torch.tensor(p.shape).prod())\n    return total"),
    R("explicit layers, LeakyReLU, nn.Flatten", "DenseEncoder",
      "class DenseEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):\n"
      "        super().__init__()\n"
      "        self.flatten = nn.Flatten()\n"
      "        self.hidden_layers = nn.ModuleList()\n"
      "        width = in_features\n"
      "        for size in hidden:\n"
      "            self.hidden_layers.append(nn.Linear(width, size))\n"
      "            width = size\n"
      "        self.fc_mu = nn.Linear(width, latent_dim)\n"
      "        self.fc_logvar = nn.Linear(width, latent_dim)\n"
      "    def forward(self, x):\n"
      "        h = self.flatten(x)\n"
      "        for layer in self.hidden_layers:\n"
      "            h = nn.functional.leaky_relu(layer(h))\n"
      "        return self.fc_mu(h), self.fc_logvar(h)\n"),
    R("one head of size 2L, split_mean_logvar (edit of the solution)", "DenseEncoder",
      edited("DenseEncoder", ("self.mu_head = nn.Linear(width, latent_dim)", "self.head = nn.Linear(width, 2 * latent_dim)"),
             ("self.logvar_head = nn.Linear(width, latent_dim)  # (B, hidden[-1]) => (B, d)", ""),
             (DENSE_RETURN, "return split_mean_logvar(self.head(h))"))),
    R("one head of size 2L, split", "DenseEncoder",
      "class DenseEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):\n"
      "        super().__init__()\n"
      "        widths = [in_features, *hidden]\n"
      "        layers = [nn.Flatten()]\n"
      "        for a, b in zip(widths[:-1], widths[1:]):\n"
      "            layers += [nn.Linear(a, b), nn.ELU()]\n"
      "        layers.append(nn.Linear(widths[-1], 2 * latent_dim))\n"
      "        self.net = nn.Sequential(*layers)\n"
      "    def forward(self, x):\n"
      "        return split_mean_logvar(self.net(x))\n"),
    R("explicit layers and view", "ConvEncoder",
      "class ConvEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n"
      "        super().__init__()\n"
      "        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)  # 28x28 => 14x14\n"
      "        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)  # 14x14 => 7x7\n"
      "        self.fc = nn.Linear(channels[1] * 7 * 7, hidden)\n"
      "        self.fc_mu = nn.Linear(hidden, latent_dim)\n"
      "        self.fc_logvar = nn.Linear(hidden, latent_dim)\n"
      "    def forward(self, x):\n"
      "        x = x.view(-1, 1, 28, 28)\n"
      "        h = torch.relu(self.conv2(torch.relu(self.conv1(x))))\n"
      "        h = torch.relu(self.fc(h.flatten(start_dim=1)))\n"
      "        return self.fc_mu(h), self.fc_logvar(h)\n"),
    R("one head of size 2L, split_mean_logvar", "ConvEncoder",
      edited("ConvEncoder", ("self.mu_head = nn.Linear(hidden, latent_dim)", "self.head = nn.Linear(hidden, 2 * latent_dim)"),
             ("self.logvar_head = nn.Linear(hidden, latent_dim)  # (B, hidden) => (B, d)", ""),
             (DENSE_RETURN, "return split_mean_logvar(self.head(h))"))),
    R("one head of size 2L with chunk, GELU", "ConvEncoder",
      "class ConvEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n"
      "        super().__init__()\n"
      "        c1, c2 = channels\n"
      "        self.net = nn.Sequential(\n"
      "            nn.Unflatten(1, (1, 28, 28)),\n"
      "            nn.Conv2d(1, c1, 4, stride=2, padding=1), nn.GELU(),\n"
      "            nn.Conv2d(c1, c2, 4, stride=2, padding=1), nn.GELU(),\n"
      "            nn.Flatten(), nn.Linear(c2 * 49, hidden), nn.GELU(), nn.Linear(hidden, 2 * latent_dim))\n"
      "    def forward(self, x):\n"
      "        return self.net(x.reshape(len(x), -1)).chunk(2, dim=1)\n"),
    # blind round 1's alternatives (F is not imported in notebook 02: nn.functional instead)
    R("ModuleList, leaky_relu, x.flatten(1), one head of 2d", "DenseEncoder",
      "class DenseEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):\n"
      "        super().__init__()\n"
      "        sizes = [in_features, *hidden]\n"
      "        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))\n"
      "        self.head = nn.Linear(sizes[-1], 2 * latent_dim)\n"
      "    def forward(self, x):\n"
      "        h = x.flatten(1)\n"
      "        for layer in self.layers:\n"
      "            h = nn.functional.leaky_relu(layer(h))\n"
      "        return split_mean_logvar(self.head(h))\n"),
    R("explicit layers, nn.functional.relu, torch.flatten, one head split", "ConvEncoder",
      "class ConvEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n"
      "        super().__init__()\n"
      "        self.conv1 = nn.Conv2d(1, channels[0], kernel_size=4, stride=2, padding=1)\n"
      "        self.conv2 = nn.Conv2d(channels[0], channels[1], kernel_size=4, stride=2, padding=1)\n"
      "        self.fc = nn.Linear(channels[1] * 7 * 7, hidden)\n"
      "        self.out = nn.Linear(hidden, 2 * latent_dim)\n"
      "    def forward(self, x):\n"
      "        x = x.reshape(len(x), 1, 28, 28)\n"
      "        h = nn.functional.relu(self.conv1(x))\n"
      "        h = nn.functional.relu(self.conv2(h))\n"
      "        h = nn.functional.relu(self.fc(torch.flatten(h, 1)))\n"
      "        return split_mean_logvar(self.out(h))\n"),
    R("Sequential body with Flatten, two heads, LeakyReLU", "ConvEncoder",
      "class ConvEncoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n"
      "        super().__init__()\n"
      "        c1, c2 = channels\n"
      "        self.body = nn.Sequential(\n"
      "            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(),\n"
      "            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(),\n"
      "            nn.Flatten(),\n"
      "            nn.Linear(c2 * 7 * 7, hidden), nn.LeakyReLU())\n"
      "        self.mu = nn.Linear(hidden, latent_dim)\n"
      "        self.logvar = nn.Linear(hidden, latent_dim)\n"
      "    def forward(self, x):\n"
      "        h = self.body(x.reshape(len(x), 1, 28, 28))\n"
      "        return self.mu(h), self.logvar(h)\n"),
    R("the body computed once per head (the same numbers twice)", "DenseEncoder",
      edited("DenseEncoder", (DENSE_RETURN, "return self.mu_head(self.body(x.reshape(len(x), -1))), "
                                            "self.logvar_head(self.body(x.reshape(len(x), -1)))"))),
]
