"""Known mistakes in notebook 03 (decoder), and correct alternatives that must keep full marks.

Mistakes in the decoder classes are written as small edits of the solution cell (`edited`), so that each
one differs from the solution by exactly the mistake it names.
"""

from notebook_runner import Replacement as R
from notebook_runner import blind_alternative, blind_mistake
from notebook_runner import edited_solution

NOTEBOOK = "03_decoder"


def edited(grade_id, *replacements):
    """The solution of `grade_id` with each (old, new) replacement made (see edited_solution)."""
    return edited_solution(NOTEBOOK, grade_id, *replacements)


DENSE_FORWARD = "return self.body(z).reshape(len(z), 1, 28, 28)"
PROBS = "return torch.sigmoid(self(z))"
CONV_T1 = "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)"
CONV_T2 = "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)"
CONV_FORWARD = "return self.upsample(self.project(z))"

MISTAKES = [
    # Blind round 45: probs, forward or the Gaussian mean detached for large batches; the constant halved, sigma > 10.
    blind_mistake(45, NOTEBOOK, 'dd_probs_detached_large_batch',
                  {'test_dense_decoder_outputs': '.probs in eval mode on a batch of 10,000 returned outputs without'}),
    blind_mistake(45, NOTEBOOK, 'cd_reshape_channels_from_hidden',
                  {'test_conv_decoder_outputs': 'on a batch of 10,000 returned outputs without their gradient'}),
    blind_mistake(45, NOTEBOOK, 'gn_mean_detached_in_eval_style',
                  {'test_gaussian_nll': 'For a batch of 10,000 images (the test set at once;'}),
    blind_mistake(45, NOTEBOOK, 'gn_constant_halved_large_sigma', {'test_gaussian_nll_sigma': 'For a sigma above 10'}),
    # Blind round 44: a hook on every module; a large batch computed otherwise (no gradients, transposed, a
    # channels-last view); a hidden layer widened to the code; a bias's gradient halved; logits scaled in eval mode; the
    # squared error through torch.cdist; the mean's gradient clipped; large batches' losses detached.
    blind_mistake(44, NOTEBOOK, 'dd_global_forward_hook',
                  {'test_dense_decoder_shapes': 'a hook stays registered on every module'}),
    blind_mistake(44, NOTEBOOK, 'dd_forward_grad_off_big_batch',
                  {'test_dense_decoder_outputs': 'returned outputs without their gradient'}),
    blind_mistake(44, NOTEBOOK, 'dd_reshape_transposed_image',
                  {'test_dense_decoder_outputs': 'another output than that row alone'}),
    blind_mistake(44, NOTEBOOK, 'cd_chunks_large_batch_no_grad',
                  {'test_conv_decoder_outputs': 'returned outputs without their gradient'}),
    blind_mistake(44, NOTEBOOK, 'cd_hidden_floor_at_latent',
                  {'test_conv_decoder_architecture': 'raise one to another'}),
    blind_mistake(44, NOTEBOOK, 'cd_channels_last_view_large_batch',
                  {'test_conv_decoder_outputs': 'another output than that row alone'}),
    blind_mistake(44, NOTEBOOK, 'cd_global_hook',
                  {'test_conv_decoder_shapes': 'a hook stays registered on every module'}),
    blind_mistake(44, NOTEBOOK, 'cd_last_bias_grad_halved',
                  {'test_conv_decoder_architecture': 'is not the derivative of the outputs'}),
    blind_mistake(44, NOTEBOOK, 'cd_logits_scaled_temperature',
                  {'test_conv_decoder_outputs': 'In eval mode forward returned other logits'}),
    blind_mistake(44, NOTEBOOK, 'nll_cdist_cancellation',
                  {'test_gaussian_nll_sigma': 'The squared error lost its digits'}),
    blind_mistake(44, NOTEBOOK, 'nll_mean_grad_scaled', {'test_gaussian_nll_sigma': 'a hook clips the gradient'}),
    blind_mistake(44, NOTEBOOK, 'nll_result_keeps_graph_only_first',
                  {'test_gaussian_nll': "some images' losses are detached"}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_mkldnn_off', {'test_dense_decoder_shapes': 'oneDNN (mkldnn) backend is off'}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_mkldnn_off', {'test_conv_decoder_shapes': 'oneDNN (mkldnn) backend is off'}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_extra_buffer', {'test_dense_decoder_architecture': 'holds buffers that the table does not have'}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_extra_buffer', {'test_conv_decoder_architecture': 'holds buffers that the table does not have'}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_grad_clamp_hook', {'test_dense_decoder_architecture': 'times the gradient of the unscaled loss'}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_grad_clamp_hook', {'test_conv_decoder_architecture': 'times the gradient of the unscaled loss'}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_probs_grad_hook_zero_small', {'test_dense_decoder_architecture': 'times the gradient of the unscaled loss'}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_probs_grad_hook_zero_small', {'test_conv_decoder_architecture': 'times the gradient of the unscaled loss'}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_probs_inference_mode', {'test_dense_decoder_architecture': 'returned an inference tensor'}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_probs_inference_mode', {'test_conv_decoder_architecture': 'returned an inference tensor'}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_local_response_norm', {'test_conv_decoder_architecture': 'a normalisation such as LayerNorm'}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_forward_reseeds', {'test_dense_decoder_architecture': "forward changed torch's global random state"}),
    blind_mistake(43, NOTEBOOK, 'conv_dec_forward_reseeds', {'test_conv_decoder_architecture': "forward changed torch's global random state"}),
    blind_mistake(43, NOTEBOOK, 'dense_dec_threads_halved', {'test_dense_decoder_architecture': 'DenseDecoder left it at'}),
    blind_mistake(43, NOTEBOOK, 'nll_scale_cached_rounded_sigma', {'test_gaussian_nll_sigma': 'kept between calls by sigma rounded'}),
    blind_mistake(43, NOTEBOOK, 'nll_detach_large_sigma', {'test_gaussian_nll_sigma': 'the mean was detached for some sigmas'}),
    blind_mistake(43, NOTEBOOK, 'nll_grad_hook_clip', {'test_gaussian_nll_sigma': 'the mean was detached for some sigmas, or a hook clips'}),
    blind_mistake(43, NOTEBOOK, 'nll_const_leaf_requires_grad', {'test_gaussian_nll': 'returned a result that requires one'}),
    blind_mistake(43, NOTEBOOK, 'nll_batch_mean_expanded_large', {'test_gaussian_nll': 'For a large batch it gives other values per image'}),
    blind_mistake(43, NOTEBOOK, 'nll_mean_minus_batch_offset', {'test_gaussian_nll': 'For a large batch it gives other values per image'}),
    blind_mistake(43, NOTEBOOK, 'nll_mutates_x_when_nograd', {'test_gaussian_nll': 'with gradients off and a large batch'}),
    blind_mistake(43, NOTEBOOK, 'nll_threads_one', {'test_gaussian_nll': 'gaussian_nll left it at'}),
    blind_mistake(43, NOTEBOOK, 'nll_manual_seed', {'test_gaussian_nll': "gaussian_nll changed torch's global random state"}),
    blind_mistake(42, NOTEBOOK, 'dd_input_to_float32',
                  {'test_dense_decoder_architecture': 'for float64 codes and for those codes rounded to float32'}),
    blind_mistake(42, NOTEBOOK, 'dd_elu_negative_alpha',
                  {'test_dense_decoder_architecture': 'turns pre-activations far below 0 into positive values'}),
    blind_mistake(42, NOTEBOOK, 'cd_leaky_negative',
                  {'test_conv_decoder_architecture': 'turns pre-activations far below 0 into positive values'}),
    blind_mistake(42, NOTEBOOK, 'cd_sets_num_threads',
                  {'test_conv_decoder_architecture': "Called with torch's thread count at 3, ConvDecoder left it at"}),
    blind_mistake(42, NOTEBOOK, 'cd_batch_split_batchwise',
                  {'test_conv_decoder_shapes': 'however large the batch: no splitting into chunks'}),
    blind_mistake(41, NOTEBOOK, 'images_clamped', {'test_gaussian_nll_sigma': 'gaussian_nll for images outside [0, 1]'}),
    # Global settings left changed for good (remote.SETTINGS), charged once per notebook.
    blind_mistake(40, NOTEBOOK, 'conv_deterministic_algorithms_global',
                  {'test_conv_decoder_shapes': "deterministic-algorithms mode is on for everything that follows"}),
    blind_mistake(40, NOTEBOOK, 'global_default_dtype',
                  {'test_gaussian_nll': "default dtype is no longer float32 for everything that follows"}),
    blind_mistake(40, NOTEBOOK, 'probs_from_eval_copy',
                  {'test_dense_decoder_architecture': 'In evaluation mode probs(z) returned probabilities without'}),
    blind_mistake(40, NOTEBOOK, 'probs_nan_to_half',
                  {'test_dense_decoder_outputs': 'NaN in, NaN out'}),
    blind_mistake(40, NOTEBOOK, 'conv_second_deconv_bias_frozen',
                  {'test_conv_decoder_architecture': 'has frozen parameters'}),
    blind_mistake(40, NOTEBOOK, 'nan_pixels_skipped',
                  {'test_gaussian_nll_sigma': 'mean has a NaN pixel'}),
    blind_mistake(39, NOTEBOOK, 'dd_forward_clamps_weights',
                  {'test_dense_decoder_architecture': "forward changed the network's own weights"}),
    blind_mistake(39, NOTEBOOK, 'cd_forward_clamps_weights',
                  {'test_conv_decoder_architecture': "forward changed the network's own weights"}),
    blind_mistake(39, NOTEBOOK, 'dd_default_hidden_mutated',
                  {'test_dense_decoder_architecture': 'changed the list hidden it was given'}),
    blind_mistake(39, NOTEBOOK, 'dd_marks_codes_requires_grad',
                  {'test_dense_decoder_architecture': "made the caller's z require gradients"}),
    blind_mistake(39, NOTEBOOK, 'cd_marks_codes_requires_grad',
                  {'test_conv_decoder_architecture': "made the caller's z require gradients"}),
    blind_mistake(39, NOTEBOOK, 'dd_eval_in_init',
                  {'test_dense_decoder_architecture': 'A new DenseDecoder(latent_dim=2) is in evaluation mode'}),
    blind_mistake(39, NOTEBOOK, 'cd_eval_in_init',
                  {'test_conv_decoder_architecture': 'A new ConvDecoder(latent_dim=2) is in evaluation mode'}),
    blind_mistake(39, NOTEBOOK, 'dd_gradient_clip_hook',
                  {'test_dense_decoder_architecture': 'sends back to the input is not its true derivative'}),
    blind_mistake(39, NOTEBOOK, 'cd_gradient_clip_hook',
                  {'test_conv_decoder_architecture': 'sends back to the input is not its true derivative'}),
    blind_mistake(39, NOTEBOOK, 'cd_probs_clamped_in_eval',
                  {'test_conv_decoder_outputs': 'probs of codes far from 0 in eval mode'}),
    # Torch's global settings are read after every call of the student's (remote.keeping_settings): charged once.
    blind_mistake(39, NOTEBOOK, 'dd_anomaly_detection',
                  {'test_dense_decoder_shapes': 'anomaly detection is on for everything that follows'}),
    # The channel reads the gradient mode after every call of the student's (remote.Channel): charged once.
    blind_mistake(38, NOTEBOOK, 'dd_grad_off_in_init',
                  {'test_dense_decoder_shapes': 'gradients are off for everything that follows'}),
    blind_mistake(38, NOTEBOOK, 'cd_grad_off_in_init',
                  {'test_conv_decoder_shapes': 'gradients are off for everything that follows'}),
    blind_mistake(38, NOTEBOOK, 'gn_switches_grad_off_after',
                  {'test_gaussian_nll': 'gradients are off for everything that follows'}),
    blind_mistake(38, NOTEBOOK, 'dd_probs_binarised_in_eval',
                  {'test_dense_decoder_outputs': 'probs of codes near 0 in eval mode'}),
    blind_mistake(38, NOTEBOOK, 'cd_probs_binarised_in_eval',
                  {'test_conv_decoder_outputs': 'probs of codes near 0 in eval mode'}),
    blind_mistake(38, NOTEBOOK, 'gn_nan_to_num', {'test_gaussian_nll_sigma': 'an infinite pixel'}),
    blind_mistake(37, NOTEBOOK, 'dd_cached_by_code_id',
                  {'test_dense_decoder_architecture': 'by the identity of z'}),
    blind_mistake(37, NOTEBOOK, 'dd_residual_equal_widths',
                  {'test_dense_decoder_architecture': 'no skip connection'}),
    blind_mistake(37, NOTEBOOK, 'cd_cached_by_code_id',
                  {'test_conv_decoder_architecture': 'by the identity of z'}),
    blind_mistake(37, NOTEBOOK, 'gn_pixels_of_zero_skipped',
                  {'test_gaussian_nll': 'those where x is 0 too'}),
    blind_mistake(37, NOTEBOOK, 'gn_in_place_when_no_grad',
                  {'test_gaussian_nll': 'with gradients off, an in-place operation'}),
    blind_mistake(36, NOTEBOOK, 'dd_no_grad_in_eval',
                  {'test_dense_decoder_architecture': 'in evaluation mode forward returned logits without their gradient'}),
    blind_mistake(36, NOTEBOOK, 'cd_probs_detached_codes',
                  {'test_conv_decoder_architecture': 'no gradient goes from probs(z) back to the codes z'}),
    blind_mistake(36, NOTEBOOK, 'cd_no_grad_in_eval',
                  {'test_conv_decoder_architecture': 'in evaluation mode forward returned logits without their gradient'}),
    blind_mistake(36, NOTEBOOK, 'cd_sigmoid_then_logit_in_eval',
                  {'test_conv_decoder_outputs': 'in eval mode forward returned other logits than in training mode'}),
    blind_mistake(35, NOTEBOOK, 'dd_sigmoid_in_eval',
                  {'test_dense_decoder_outputs': "In eval mode the logits lie in"}),
    blind_mistake(34, NOTEBOOK, 'dense_dec_probs_float32',
                  {'test_dense_decoder_architecture': '.double().probs on float64 codes returned torch.float32'}),
    blind_mistake(32, NOTEBOOK, 'dd_detaches_codes',
                  {'test_dense_decoder_architecture': 'no gradient goes from the logits back to the codes'}),
    blind_mistake(31, NOTEBOOK, 'dd_probs_normalised_by_max', {'test_dense_decoder_outputs': 'probs of codes near 0'}),
    blind_mistake(29, NOTEBOOK, 'gnll_float32_log_sigma',
                  {'test_gaussian_nll_sigma': 'computed in float32'}),
    blind_mistake(27, NOTEBOOK, 'gn_clamps_mean',
                  {'test_gaussian_nll_sigma': 'outside [0, 1]'}),
    blind_mistake(26, NOTEBOOK, 'dd_probs_cached',
                  {'test_dense_decoder_outputs': 'earlier call'}),
    blind_mistake(23, NOTEBOOK, 'gnll_constant_cached_by_sigma',
                  {'test_gaussian_nll_sigma': 'after images of 784 pixels'}),
    blind_mistake(22, NOTEBOOK, 'nll_float32_result',
                  {'test_gaussian_nll': 'float64 images'}),
    blind_mistake(20, NOTEBOOK, 'ddec_probs_float64',
                  {'test_dense_decoder_outputs': 'dtype'}),
    blind_mistake(20, NOTEBOOK, 'ddec_clamps_codes_inplace',
                  {'test_dense_decoder_architecture': 'does not receive the code z as it is'}),
    blind_mistake(20, NOTEBOOK, 'cdec_module_level_shared_deconv',
                  {'test_conv_decoder_architecture': 'shared by every model'}),
    blind_mistake(17, NOTEBOOK, 'dense_forward_casts_to_float32',
                  {'test_dense_decoder_architecture': 'float64 inputs'}),
    blind_mistake(17, NOTEBOOK, 'conv_reshape_mixes_batch',
                  {'test_conv_decoder_architecture': 'across the batch'}),
    blind_mistake(17, NOTEBOOK, 'nll_loop_with_item',
                  {'test_gaussian_nll': 'carries no gradient'}),
    blind_mistake(17, NOTEBOOK, 'nll_squeezed',
                  {'test_gaussian_nll': 'a batch of one image'}),
    blind_mistake(15, NOTEBOOK, 'dd_probs_switches_to_eval',
                  {'test_dense_decoder_outputs': 'probs switched the decoder'}),
    blind_mistake(15, NOTEBOOK, 'nll_torch_gaussian_nll_loss_clamps_var',
                  {'test_gaussian_nll_sigma': 'Nothing may floor the variance'}),
    blind_mistake(11, NOTEBOOK, "in-place subtraction overwrites the decoder's mean",
                  {'test_gaussian_nll': 'changed its argument mean'}),
    blind_mistake(9, NOTEBOOK, 'default hidden changed to (400, 200) (copied from the encoder)',
                  {'test_dense_decoder_architecture': "statement's signature has hidden=(200, 400)"}),
    blind_mistake(9, NOTEBOOK, 'reshape(-1, 1, 28, 28) of a squeezed output: z.squeeze() breaks latent_dim = 1',
                  {'test_dense_decoder_shapes': 'DenseDecoder(latent_dim=1) failed'}),
    blind_mistake(9, NOTEBOOK, 'clamps the logits to [-15, 15]',
                  {'test_conv_decoder_outputs': 'apply nothing to it'}),
    blind_mistake(9, NOTEBOOK, 'default channels changed to (16, 32) (copied from the encoder)',
                  {'test_conv_decoder_architecture': "statement's signature has channels=(32, 16)"}),
    blind_mistake(9, NOTEBOOK, 'computes in float64 and returns float64',
                  {'test_gaussian_nll': "keep the images' dtype"}),
    blind_mistake(9, NOTEBOOK, 'default sigma changed to 0.1',
                  {'test_gaussian_nll_sigma': "statement's signature has sigma=1.0"}),
    R("probs under torch.no_grad (blind round 7)", "DenseDecoder",
      edited("DenseDecoder", ("        return torch.sigmoid(self(z))\n",
                              "        with torch.no_grad():\n            return torch.sigmoid(self(z))\n")),
      {"test_dense_decoder_outputs": "carries no gradient"}),
    # DenseDecoder
    R("sigmoid on the logits (applied twice with probs)", "DenseDecoder",
      edited("DenseDecoder", (DENSE_FORWARD, "return torch.sigmoid(self.body(z)).reshape(len(z), 1, 28, 28)")),
      {"test_dense_decoder_outputs": "unbounded logits"}),
    R("sigmoid layer at the end of the network", "DenseDecoder",
      edited("DenseDecoder", ("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.Sigmoid()]")),
      {"test_dense_decoder_outputs": "unbounded logits"}),
    R("ReLU after the last layer", "DenseDecoder",
      edited("DenseDecoder", ("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]")),
      {"test_dense_decoder_outputs": "unbounded logits"}),
    R("probs without the sigmoid", "DenseDecoder",
      edited("DenseDecoder", (PROBS, "return self(z)")),
      {"test_dense_decoder_outputs": "[0, 1]"}),
    R("probs with softmax over the pixels", "DenseDecoder",
      edited("DenseDecoder", (PROBS, "return torch.softmax(self(z).reshape(len(z), -1), dim=1).reshape(len(z), 1, 28, 28)")),
      {"test_dense_decoder_outputs": "sigmoid of the logits"}),
    R("missing reshape to (B, 1, 28, 28)", "DenseDecoder",
      edited("DenseDecoder", (DENSE_FORWARD, "return self.body(z)")),
      {"test_dense_decoder_shapes": "expected (4, 1, 28, 28)", "test_dense_decoder_outputs": "expected (8, 1, 28, 28)", "test_dense_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("reshape to (B, 28, 28)", "DenseDecoder",
      edited("DenseDecoder", (DENSE_FORWARD, "return self.body(z).reshape(len(z), 28, 28)")),
      {"test_dense_decoder_shapes": "shape", "test_dense_decoder_outputs": "", "test_dense_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("ignores the latent size", "DenseDecoder",
      edited("DenseDecoder", ("layers, width = [], latent_dim", "layers, width = [], 2")),
      {"test_dense_decoder_shapes": "DenseDecoder(latent_dim=5) failed", "test_dense_decoder_outputs": "", "test_dense_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("ignores the hidden widths", "DenseDecoder",
      edited("DenseDecoder", ("for size in hidden:", "for size in (200, 400):")),
      {"test_dense_decoder_architecture": "one Linear + ReLU per entry"}),
    R("hidden widths in reverse order", "DenseDecoder",
      edited("DenseDecoder", ("for size in hidden:", "for size in reversed(hidden):")),
      {"test_dense_decoder_architecture": "parameters"}),
    R("last layer skipped in forward", "DenseDecoder",
      edited("DenseDecoder", ("layers.append(nn.Linear(width, 784))", "self.extra = nn.Linear(width, 784)"),
             ("self.body = nn.Sequential(*layers)", "self.body = nn.Sequential(*layers, nn.Linear(width, 784))"),
             (DENSE_FORWARD, "return self.body(z).reshape(len(z), 1, 28, 28)  # self.extra never used")),
      {"test_dense_decoder_architecture": "parameters"}),
    R("no ReLU anywhere in DenseDecoder: an affine network", "DenseDecoder",
      edited("DenseDecoder", ("layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size)]")),
      {"test_dense_decoder_architecture": "Your network is affine"}),
    R("output detached", "DenseDecoder",
      edited("DenseDecoder", (DENSE_FORWARD, "return self.body(z).detach().reshape(len(z), 1, 28, 28)")),
      {"test_dense_decoder_architecture": "carry no gradient"}),
    # blind round 1: mistakes that lost no point before the checks went layer by layer
    R("5 * tanh on the logits, 'to keep them bounded'", "DenseDecoder",
      edited("DenseDecoder", (DENSE_FORWARD, "return (5 * torch.tanh(self.body(z))).reshape(len(z), 1, 28, 28)")),
      {"test_dense_decoder_outputs": "not the output of the last layer"}),
    R("ReLU before each hidden Linear (on the code z), none before the last", "DenseDecoder",
      edited("DenseDecoder", ("layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.ReLU(), nn.Linear(width, size)]")),
      {"test_dense_decoder_architecture": "does not receive the code z as it is"}),
    # ConvDecoder
    R("sigmoid on the logits (applied twice with probs)", "ConvDecoder",
      edited("ConvDecoder", (CONV_FORWARD, "return torch.sigmoid(self.upsample(self.project(z)))")),
      {"test_conv_decoder_outputs": "unbounded logits"}),
    R("probs without the sigmoid", "ConvDecoder",
      edited("ConvDecoder", (PROBS, "return self(z)")),
      {"test_conv_decoder_outputs": "[0, 1]"}),
    R("kernel 3: 7 => 13 => 25", "ConvDecoder",
      edited("ConvDecoder", (CONV_T1, "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1)"),
             (CONV_T2, "nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1)")),
      {"test_conv_decoder_shapes": "7x7 => 14x14", "test_conv_decoder_outputs": "shape", "test_conv_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("padding 0 in the second layer: 14 => 30", "ConvDecoder",
      edited("ConvDecoder", (CONV_T2, "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=0)")),
      {"test_conv_decoder_shapes": "14x14 => 28x28", "test_conv_decoder_outputs": "", "test_conv_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("stride 1 then interpolation", "ConvDecoder",
      edited("ConvDecoder", (CONV_T1, "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.Upsample(scale_factor=2)")),
      {"test_conv_decoder_shapes": "7x7 => 14x14", "test_conv_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("kernel 3 with output_padding (right shapes, other count)", "ConvDecoder",
      edited("ConvDecoder", (CONV_T1, "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1)"),
             (CONV_T2, "nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1)")),
      {"test_conv_decoder_architecture": "kernel sizes"}),
    R("missing reshape to (B, c1, 7, 7)", "ConvDecoder",
      edited("ConvDecoder", ("nn.Unflatten(1, (c1, 7, 7)),  # (B, c1 * 49) => (B, c1, 7, 7)", "")),
      {"test_conv_decoder_shapes": "reshape the output of the linear layers", "test_conv_decoder_outputs": "", "test_conv_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("reshape to (B, c1 * 49, 1, 1)", "ConvDecoder",
      edited("ConvDecoder", ("nn.Unflatten(1, (c1, 7, 7)),", "nn.Unflatten(1, (c1 * 49, 1, 1)),"),
             (CONV_T1, "nn.ConvTranspose2d(c1 * 49, c2, kernel_size=14, stride=1), nn.ReLU(), nn.Identity()")),
      {"test_conv_decoder_shapes": "(B, c1, 7, 7)", "test_conv_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("hard-coded channels", "ConvDecoder",
      edited("ConvDecoder", ("c1, c2 = channels", "c1, c2 = 32, 16")),
      {"test_conv_decoder_shapes": "channels", "test_conv_decoder_architecture": ""}),  # its other checks see the same wrong answer
    R("ignores the hidden width", "ConvDecoder",
      edited("ConvDecoder", ("nn.Linear(latent_dim, hidden), nn.ReLU(),", "nn.Linear(latent_dim, 128), nn.ReLU(),"),
             ("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(128, c1 * 7 * 7), nn.ReLU(),")),
      {"test_conv_decoder_architecture": "do not hard-code"}),
    R("no bias in the transposed convolutions", "ConvDecoder",
      edited("ConvDecoder", (CONV_T1, "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False)")),
      {"test_conv_decoder_architecture": "parameters"}),
    R("no ReLU anywhere in ConvDecoder: an affine network", "ConvDecoder",
      edited("ConvDecoder", ("nn.Linear(latent_dim, hidden), nn.ReLU(),", "nn.Linear(latent_dim, hidden),"),
             ("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),"),
             (CONV_T1 + ", nn.ReLU(),", CONV_T1 + ",")),
      {"test_conv_decoder_architecture": "Your network is affine"}),
    R("linear layers detached", "ConvDecoder",
      edited("ConvDecoder", (CONV_FORWARD, "return self.upsample(self.project(z).detach())")),
      {"test_conv_decoder_architecture": "no gradient"}),
    # blind round 1: mistakes that lost no point before the checks went layer by layer
    R("no ReLU between the transposed convolutions", "ConvDecoder",
      edited("ConvDecoder", (CONV_T1 + ", nn.ReLU(),", CONV_T1 + ",")),
      {"test_conv_decoder_architecture": "no activation between"}),
    R("no ReLU after the second linear layer (before the reshape)", "ConvDecoder",
      edited("ConvDecoder", ("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),")),
      {"test_conv_decoder_architecture": "no activation between"}),
    # gaussian_nll
    R("no constant (plain squared error / 2 sigma^2)", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2)",
      {"test_gaussian_nll": "constant", "test_gaussian_nll_sigma": "constant"}),
    R("mean over the pixels", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    return ((x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).reshape(len(x), -1).mean(dim=1)",
      {"test_gaussian_nll": "not the mean", "test_gaussian_nll_sigma": ""}),  # its other checks see the same wrong answer
    R("averaged over the batch", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    D = x[0].numel()\n"
      "    return (((x - mean) ** 2).sum() / len(x)) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      {"test_gaussian_nll": "shape", "test_gaussian_nll_sigma": ""}),  # its other checks see the same wrong answer
    R("divides by 2 sigma instead of 2 sigma^2", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    D = x[0].numel()\n"
      "    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      {"test_gaussian_nll_sigma": "sigma squared"}),
    R("constant without log sigma", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    D = x[0].numel()\n"
      "    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2) + D * 0.5 * math.log(2 * math.pi)",
      {"test_gaussian_nll_sigma": "log(sigma)"}),
    R("flattens (B, 1, 28, 28) with the batch: D counted over the whole batch", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    D = x.numel()\n"
      "    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      {"test_gaussian_nll": "D * log(2 pi) / 2", "test_gaussian_nll_sigma": ""}),  # its other checks see the same wrong answer
    R("sums over the last dimension only", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    return ((x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=-1)",
      {"test_gaussian_nll": "shape", "test_gaussian_nll_sigma": ""}),  # its other checks see the same wrong answer
    # moved from notebook 04's catalogue when its duplicate Gaussian exercise was removed
    R("ignores sigma (sigma = 1 hard-coded)", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    D = x[0].numel()\n"
      "    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / 2 + D * 0.5 * math.log(2 * math.pi)",
      {"test_gaussian_nll_sigma": "sigma squared"}),
]

ALTERNATIVES = [
    # a bias-free last layer plus a trainable bias of its own: the same unconstrained logits (once penalised)
    blind_alternative(39, NOTEBOOK, 'cd_bias_free_plus_parameter'),
    blind_alternative(25, NOTEBOOK, 'alt_cd_output_padding_cropped'),  # output_padding=1, its extra row and column cropped
    blind_alternative(22, NOTEBOOK, 'cd_padding0_symmetric_crop'),  # a padding or crop of one pixel apart: padding=1
    R("probs as 1 / (1 + exp(-logits)): exact values; a NaN gradient only below logits of -88 (blind rounds 3, 6, 7, 8, 15)",
      "DenseDecoder", edited("DenseDecoder", (PROBS, "return 1 / (1 + torch.exp(-self(z)))"))),
    R("tanh hidden layers: logits near [-1, 1] for far codes, yet not squashed (blind round 15)", "DenseDecoder",
      "class DenseDecoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(200, 400)):\n"
      "        super().__init__()\n"
      "        layers = []\n"
      "        for fan_in, fan_out in zip((latent_dim,) + tuple(hidden), tuple(hidden) + (784,)):\n"
      "            layers += [nn.Linear(fan_in, fan_out), nn.Tanh()]\n"
      "        self.net = nn.Sequential(*layers[:-1])\n"
      "    def forward(self, z):\n"
      "        return self.net(z).unflatten(1, (1, 28, 28))\n"
      "    def probs(self, z):\n"
      "        return torch.special.expit(self.forward(z))\n"),
    R("explicit layers, LeakyReLU, view", "DenseDecoder",
      "class DenseDecoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(200, 400)):\n"
      "        super().__init__()\n"
      "        widths = [latent_dim, *hidden]\n"
      "        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))\n"
      "        self.out = nn.Linear(widths[-1], 28 * 28)\n"
      "    def forward(self, z):\n"
      "        for layer in self.hidden_layers:\n"
      "            z = F.leaky_relu(layer(z))\n"
      "        return self.out(z).view(-1, 1, 28, 28)\n"
      "    def probs(self, z):\n"
      "        return self.forward(z).sigmoid()\n"),
    R("nn.Unflatten at the end, ELU", "DenseDecoder",
      "class DenseDecoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(200, 400)):\n"
      "        super().__init__()\n"
      "        layers, width = [], latent_dim\n"
      "        for size in hidden:\n"
      "            layers.extend([nn.Linear(width, size), nn.ELU()])\n"
      "            width = size\n"
      "        self.net = nn.Sequential(*layers, nn.Linear(width, 784), nn.Unflatten(1, (1, 28, 28)))\n"
      "    def forward(self, z):\n"
      "        return self.net(z)\n"
      "    def probs(self, z):\n"
      "        return torch.sigmoid(self.net(z))\n"),
    R("explicit layers and view", "ConvDecoder",
      "class ConvDecoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):\n"
      "        super().__init__()\n"
      "        self.c1 = channels[0]\n"
      "        self.fc1 = nn.Linear(latent_dim, hidden)\n"
      "        self.fc2 = nn.Linear(hidden, channels[0] * 7 * 7)\n"
      "        self.deconv1 = nn.ConvTranspose2d(channels[0], channels[1], 4, 2, 1)  # 7x7 => 14x14\n"
      "        self.deconv2 = nn.ConvTranspose2d(channels[1], 1, 4, 2, 1)  # 14x14 => 28x28\n"
      "    def forward(self, z):\n"
      "        h = F.relu(self.fc2(F.relu(self.fc1(z))))\n"
      "        h = h.view(-1, self.c1, 7, 7)\n"
      "        return self.deconv2(F.relu(self.deconv1(h)))\n"
      "    def probs(self, z):\n"
      "        return torch.sigmoid(self(z))\n"),
    R("one Sequential, GELU", "ConvDecoder",
      "class ConvDecoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):\n"
      "        super().__init__()\n"
      "        c1, c2 = channels\n"
      "        self.net = nn.Sequential(\n"
      "            nn.Linear(latent_dim, hidden), nn.GELU(), nn.Linear(hidden, c1 * 49), nn.GELU(),\n"
      "            nn.Unflatten(1, (c1, 7, 7)),\n"
      "            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.GELU(),\n"
      "            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1))\n"
      "    def forward(self, z):\n"
      "        return self.net(z)\n"
      "    def probs(self, z):\n"
      "        return self.net(z).sigmoid()\n"),
    R("ModuleList, F.elu, .unflatten (blind round 1)", "DenseDecoder",
      "class DenseDecoder(nn.Module):\n"
      "    def __init__(self, latent_dim=2, hidden=(200, 400)):\n"
      "        super().__init__()\n"
      "        sizes = [latent_dim, *hidden]\n"
      "        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))\n"
      "        self.out = nn.Linear(sizes[-1], 784)\n"
      "    def forward(self, z):\n"
      "        h = z\n"
      "        for layer in self.hidden_layers:\n"
      "            h = F.elu(layer(h))\n"
      "        return self.out(h).unflatten(1, (1, 28, 28))\n"
      "    def probs(self, z):\n"
      "        return self.forward(z).sigmoid()\n"),
    R("torch.distributions", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    return -torch.distributions.Normal(mean, sigma).log_prob(x).flatten(start_dim=1).sum(dim=1)"),
    R("mse_loss and D/2 log(2 pi sigma^2)", "gaussian_nll",
      "def gaussian_nll(mean, x, sigma=1.0):\n"
      "    x, mean = x.reshape(len(x), -1), mean.reshape(len(x), -1)\n"
      "    D = x.shape[1]\n"
      "    sse = F.mse_loss(mean, x, reduction='none').sum(dim=1)\n"
      "    return sse / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)"),
]
