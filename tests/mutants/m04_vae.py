"""Known mistakes in notebook 04 (the VAE and its loss), and correct alternatives that must keep full marks."""

from notebook_runner import Replacement as R
from notebook_runner import blind_mistake, edited_solution

NOTEBOOK = "04_vae"


def reparameterize(body):
    return "def reparameterize(mu, logvar):\n" + body


def vae(forward, generate):
    """The VAE class of the exercise with the given bodies of forward and generate."""
    return (
        "class VAE(nn.Module):\n"
        "    def __init__(self, encoder, decoder, latent_dim):\n"
        "        super().__init__()\n"
        "        self.encoder, self.decoder, self.latent_dim = encoder, decoder, latent_dim\n"
        "    def forward(self, x):\n" + forward +
        "    @torch.no_grad()\n"
        "    def generate(self, n):\n" + generate
    )


FORWARD = (
    "        mu, logvar = self.encoder(x)\n"
    "        z = reparameterize(mu, logvar) if self.training else mu\n"
    "        return self.decoder(z), mu, logvar\n"
)
GENERATE = "        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))\n"


def kl(body):
    return "def kl_to_standard_normal(mu, logvar):\n    return " + body + "\n"


def bce(body):
    return "def bernoulli_reconstruction(logits, x):\n    return " + body + "\n"


def elbo(body):
    return "def negative_elbo(logits, x, mu, logvar, beta=1.0):\n" + body


def autoencoder(encode, forward="        return self.decoder(self.encode(x))\n"):
    return (
        "class AutoEncoder(nn.Module):\n"
        "    def __init__(self, encoder, decoder, latent_dim):\n"
        "        super().__init__()\n"
        "        self.encoder, self.decoder, self.latent_dim = encoder, decoder, latent_dim\n"
        "    def encode(self, x):\n" + encode +
        "    def forward(self, x):\n" + forward
    )


CLF_FORWARD = "        z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), self.head(z)\n"
CLF_LOSS = (
    "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
    "    cross_entropy = F.cross_entropy(class_logits, labels)\n"
    "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n"
)


def ae_classifier(forward=CLF_FORWARD, loss=CLF_LOSS):
    return (
        "class AEClassifier(nn.Module):\n"
        "    def __init__(self, autoencoder, n_classes=10):\n"
        "        super().__init__()\n"
        "        self.autoencoder = autoencoder\n"
        "        self.head = nn.Linear(autoencoder.latent_dim, n_classes)\n"
        "    def forward(self, x):\n" + forward +
        "def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):\n" + loss
    )


MISTAKES = [
    # Blind round 50: VAE.forward keeping z on the model (deepcopy fails); negative_elbo detaching the KL at beta = 0.
    blind_mistake(50, NOTEBOOK, 'vae_keeps_last_z', {'test_vae_forward': 'copy.deepcopy of the model fails'}),
    blind_mistake(50, NOTEBOOK, 'elbo_kl_on_mu_only_when_beta0',
                  {'test_negative_elbo_beta': 'With beta = 0 the reconstruction or the KL part'}),
    R("classifier keeps its code on the model (self.last_z = z: the model no longer deep-copies)", "ae_classifier",
      ae_classifier(forward="        self.last_z = self.autoencoder.encode(x)\n"
                            "        return self.autoencoder.decoder(self.last_z), self.head(self.last_z)\n"),
      {"test_ae_classifier_forward": "copy.deepcopy of the model fails"}),
    # Blind round 49: ae_classifier_loss's reconstruction through probabilities (binary_cross_entropy on sigmoid).
    blind_mistake(49, NOTEBOOK, 'acl_recon_sigmoid_bce',
                  {'test_ae_classifier_loss': 'round trip through torch.sigmoid'}),
    # Blind round 48: generate converting the model's own decoder to float64 in place (self.decoder.double()).
    blind_mistake(48, NOTEBOOK, 'vae_generate_float64_codes',
                  {'test_vae_generate': "the model's own tensors are not as they were"}),
    # Blind round 46: gradients switched on for good by reparameterize; eval mode sampling under no_grad; the
    # cross-entropy part zeroed for weight 0; the classifier's forward leaving its autoencoder in eval mode.
    blind_mistake(46, NOTEBOOK, 'rp_enables_grad_globally',
                  {'test_reparameterize_gradients': "switched gradients back on for the rest of the caller's block"}),
    blind_mistake(46, NOTEBOOK, 'vae_eval_samples_without_grad',
                  {'test_vae_forward': 'In evaluation mode, called inside torch.no_grad()'}),
    blind_mistake(46, NOTEBOOK, 'aec_ce_skipped_weight_zero',
                  {'test_ae_classifier_loss': 'whatever the weight, 0 included'}),
    blind_mistake(46, NOTEBOOK, 'aec_forward_sets_eval',
                  {'test_ae_classifier_forward': 'forward switched them'}),
    # Blind round 45: an odd batch's last noise copied from its first; mu squared in place under no_grad; the
    # per-pixel loss flattened with .view; the KL's gradient in the total not weighted by beta above 1.
    blind_mistake(45, NOTEBOOK, 'rep_noise_from_cpu_randn_first_row_repeated_for_odd',
                  {'test_reparameterize_statistics': 'got exactly the same noise'}),
    blind_mistake(45, NOTEBOOK, 'kl_mu_squared_in_place_no_grad',
                  {'test_kl_basic': 'inside torch.no_grad() changed its argument mu'}),
    blind_mistake(45, NOTEBOOK, 'bce_view_fails_non_contiguous',
                  {'test_bernoulli_reconstruction': 'given as views that are not contiguous'}),
    blind_mistake(45, NOTEBOOK, 'elbo_kl_detached_in_total',
                  {'test_negative_elbo_beta': "the KL's gradient in the total is not weighted by beta"}),
    # Blind round 44: generate's codes sorted; forward halving the thread count; large KLs detached; the ELBO's KL
    # averaged over the dimensions of one image; a call counter in the loss; an autoencoder without gradients in eval mode.
    blind_mistake(44, NOTEBOOK, 'vae_generate_sorted_codes',
                  {'test_vae_generate': 'are ordered (by their norm or a coordinate'}),
    blind_mistake(44, NOTEBOOK, 'vae_forward_sets_threads', {'test_vae_forward': "the VAE's forward left it at"}),
    blind_mistake(44, NOTEBOOK, 'kl_detached_when_large', {'test_kl_basic': 'the large KLs are detached'}),
    blind_mistake(44, NOTEBOOK, 'elbo_kl_mean_over_dims_and_batch',
                  {'test_negative_elbo_beta': 'no mean over the dimensions'}),
    blind_mistake(44, NOTEBOOK, 'elbo_beta_warmup_global_counter', {'test_negative_elbo_beta': 'it counts its calls'}),
    blind_mistake(44, NOTEBOOK, 'ae_forward_under_no_grad_when_x_has_no_grad',
                  {'test_autoencoder': 'for images that require no gradient (data, as always)'}),
    blind_mistake(43, NOTEBOOK, 'rep_int_cast_gradient_of_logvar_half',
                  {'test_reparameterize_gradients': 'is not the derivative of the z returned'}),
    blind_mistake(43, NOTEBOOK, 'vae_generate_randn_dim_latent_from_mu_head_guess',
                  {'test_vae_generate': 'scaled by a factor that depends on n'}),
    blind_mistake(43, NOTEBOOK, 'vae_generate_same_code_per_dim',
                  {'test_vae_generate': 'one number was drawn per image and repeated over the dimensions'}),
    blind_mistake(43, NOTEBOOK, 'vae_generate_from_parameter_count_dim',
                  {'test_vae_generate': 'centred on their batch mean'}),
    blind_mistake(43, NOTEBOOK, 'vae_generate_reseeds_from_n',
                  {'test_vae_generate': "generate reseeds torch's global random state"}),
    blind_mistake(43, NOTEBOOK, 'vae_forward_train_z_from_mu_of_batch_mean_logvar',
                  {'test_vae_forward': 'each image was not sampled with its own logvar'}),
    blind_mistake(43, NOTEBOOK, 'vae_forward_returns_logvar_as_std',
                  {'test_vae_forward': "did not return the encoder's (mu, logvar) as they are"}),
    blind_mistake(43, NOTEBOOK, 'kl_float32_accumulate',
                  {'test_kl_monte_carlo': 'no dtype=torch.float32 in the sum'}),
    blind_mistake(43, NOTEBOOK, 'kl_sum_dim_minus_one_then_clamp_min0',
                  {'test_kl_monte_carlo': 'do not clamp the KL to a floor'}),
    blind_mistake(43, NOTEBOOK, 'kl_dims_weighted_by_first_row',
                  {'test_kl_monte_carlo': 'does not sum all'}),
    blind_mistake(43, NOTEBOOK, 'kl_mu_squared_detached_when_small',
                  {'test_kl_monte_carlo': 'a term was detached (or replaced) for small mu'}),
    blind_mistake(43, NOTEBOOK, 'bce_weight_by_mask_nonzero_logits',
                  {'test_bernoulli_reconstruction': 'Do not weight or mask the loss by the logits'}),
    blind_mistake(43, NOTEBOOK, 'elbo_median_reconstruction',
                  {'test_negative_elbo': 'for any batch size (not the median'}),
    blind_mistake(43, NOTEBOOK, 'elbo_beta_tensor_float32_cast',
                  {'test_negative_elbo': "compute the total in the inputs' dtype"}),
    blind_mistake(43, NOTEBOOK, 'elbo_logsumexp_mean',
                  {'test_negative_elbo': 'no logsumexp'}),
    blind_mistake(43, NOTEBOOK, 'ae_encode_returns_logvar_when_one_dim',
                  {'test_autoencoder': 'For latent_dim = 1 encode did not return mu'}),
    blind_mistake(43, NOTEBOOK, 'ae_encode_float32_code',
                  {'test_autoencoder': 'went through float32 on the way'}),
    blind_mistake(43, NOTEBOOK, 'ae_encode_registers_last_code_buffer',
                  {'test_autoencoder': 'copy.deepcopy of the model fails'}),
    blind_mistake(43, NOTEBOOK, 'aec_head_reinitialised_each_forward_bias_zero',
                  {'test_ae_classifier_forward': "forward must not change the model's parameters"}),
    blind_mistake(42, NOTEBOOK, 'rep_noise_mean_zero_per_dim_pair',
                  {'test_reparameterize_statistics': 'copied or mirrored from others'}),
    blind_mistake(42, NOTEBOOK, 'rep_noise_generator_reseeded_from_global',
                  {'test_reparameterize_statistics': 'the noise comes from a small set of streams'}),
    blind_mistake(42, NOTEBOOK, 'vae_registers_z_buffer',
                  {'test_vae_forward': "the VAE's state_dict holds new entries"}),
    blind_mistake(42, NOTEBOOK, 'vae_generate_latent_from_first_param',
                  {'test_vae_generate': "read from the decoder's first parameter"}),
    blind_mistake(42, NOTEBOOK, 'vae_forward_mu_from_mean_of_batch_in_eval',
                  {'test_vae_forward': 'for a batch of one image, forward did not decode z = mu'}),
    blind_mistake(42, NOTEBOOK, 'kl_nansum',
                  {'test_kl_monte_carlo': "that image's KL must be NaN"}),
    blind_mistake(42, NOTEBOOK, 'bce_pos_weight_from_batch',
                  {'test_bernoulli_reconstruction': "weighted by the batch's ink"}),
    blind_mistake(42, NOTEBOOK, 'elbo_recon_mean_over_nonzero_images',
                  {'test_negative_elbo': 'blank ones included'}),
    blind_mistake(42, NOTEBOOK, 'elbo_kl_max_clip',
                  {'test_negative_elbo': 'the KL was clamped or capped in the total'}),
    blind_mistake(42, NOTEBOOK, 'ae_encode_identity_cache',
                  {'test_autoencoder': 'encode returned a code kept from before'}),
    blind_mistake(42, NOTEBOOK, 'ae_encode_renormalised_batch',
                  {'test_autoencoder': 'For a batch of one image, ae.encode(x) returns a code with no gradient'}),
    blind_mistake(42, NOTEBOOK, 'aec_loss_labels_float_roundtrip',
                  {'test_ae_classifier_loss': 'the labels went through a float type'}),
    blind_mistake(41, NOTEBOOK, 'generate_clamps_probabilities',
                  {'test_vae_generate': 'no probability below 1e-5 or above 1 - 1e-5'}),
    blind_mistake(41, NOTEBOOK, 'forward_logvar_clamped_before_sampling_only',
                  {'test_vae_forward': 'the logvar was clamped (or floored) before sampling'}),
    blind_mistake(41, NOTEBOOK, 'logits_detached_for_large_values',
                  {'test_bernoulli_reconstruction': 'a decoder sure and wrong'}),
    blind_mistake(41, NOTEBOOK, 'cross_entropy_of_first_half_of_batch',
                  {'test_ae_classifier_loss': 'it left images of the batch out'}),
    blind_mistake(40, NOTEBOOK, 'ae_forward_zero_noise',
                  {'test_autoencoder': 'drew random numbers from torch\'s global random state (noise multiplied by 0'}),
    blind_mistake(39, NOTEBOOK, 'noise_clamped_at_5',
                  {'test_reparameterize_statistics': 'the large noise values were clamped, truncated or redrawn'}),
    blind_mistake(39, NOTEBOOK, 'noise_scaled_unbiased',
                  {'test_reparameterize_statistics': "rescaled by a factor of the tensor's size"}),
    blind_mistake(39, NOTEBOOK, 'generate_freezes_params',
                  {'test_vae_generate': 'these parameters no longer require gradients'}),
    blind_mistake(39, NOTEBOOK, 'bce_nansum',
                  {'test_bernoulli_reconstruction': 'not torch.nansum or a mask of finite values'}),
    blind_mistake(39, NOTEBOOK, 'kl_averaged_over_nonzero_images',
                  {'test_negative_elbo': 'those with a KL of 0 included'}),
    blind_mistake(39, NOTEBOOK, 'loss_clamped_1e4',
                  {'test_negative_elbo': 'the total was clamped or capped'}),
    blind_mistake(39, NOTEBOOK, 'encode_nan_to_num',
                  {'test_autoencoder': "the encoder's NaN was replaced"}),
    blind_mistake(39, NOTEBOOK, 'ae_logits_clamped',
                  {'test_autoencoder': 'no clamp or squashing of the logits'}),
    blind_mistake(38, NOTEBOOK, 'box_muller_log_of_zero',
                  {'test_reparameterize_statistics': 'draws an exact 0'}),
    blind_mistake(38, NOTEBOOK, 'noise_cached_under_no_grad',
                  {'test_reparameterize_statistics': 'the noise drawn under no_grad was kept'}),
    blind_mistake(38, NOTEBOOK, 'std_from_logvar_float32',
                  {'test_reparameterize_statistics': 'must be computed in float64'}),
    blind_mistake(38, NOTEBOOK, 'syncs_submodule_modes',
                  {'test_vae_forward': 'forward overrides a mode the caller set on purpose'}),
    blind_mistake(38, NOTEBOOK, 'generate_antithetic_codes',
                  {'test_vae_generate': 'they are not independent draws'}),
    blind_mistake(38, NOTEBOOK, 'kl_batch_mean_for_big_batches',
                  {'test_kl_basic': 'whatever the batch size'}),
    blind_mistake(38, NOTEBOOK, 'kl_skips_units_near_prior',
                  {'test_kl_monte_carlo': 'Do not skip or mask the units'}),
    blind_mistake(38, NOTEBOOK, 'elbo_beta_floored',
                  {'test_negative_elbo_beta': 'Do not floor or clamp beta'}),
    blind_mistake(38, NOTEBOOK, 'ae_encode_forces_requires_grad',
                  {'test_autoencoder': 'returned a code that requires gradients'}),
    blind_mistake(38, NOTEBOOK, 'ae_encode_bypasses_encoder_forward',
                  {'test_autoencoder': 'instead of calling it'}),
    blind_mistake(38, NOTEBOOK, 'ce_labels_clamped_into_range',
                  {'test_ae_classifier_loss': 'returned a loss instead of failing'}),
    blind_mistake(37, NOTEBOOK, 'nan_to_num_on_overflow',
                  {'test_reparameterize_statistics': 'do not replace an infinite z by a finite one'}),
    blind_mistake(37, NOTEBOOK, 'falls_back_to_mu_if_not_finite',
                  {'test_reparameterize_statistics': 'do not replace an infinite z by a finite one'}),
    blind_mistake(37, NOTEBOOK, 'noise_truncated_at_4',
                  {'test_reparameterize_statistics': 'the large noise values were clamped'}),
    blind_mistake(37, NOTEBOOK, 'mu_updated_in_place',
                  {'test_reparameterize_statistics': 'changed its argument mu'}),
    blind_mistake(37, NOTEBOOK, 'samples_only_with_grad_enabled',
                  {'test_vae_forward': 'not the gradient mode'}),
    blind_mistake(37, NOTEBOOK, 'generate_truncated_codes',
                  {'test_vae_generate': 'the large codes were clamped or truncated'}),
    blind_mistake(37, NOTEBOOK, 'forward_samples_when_batch_of_many',
                  {'test_vae_forward': 'for a batch of one image, forward decoded z = mu'}),
    blind_mistake(37, NOTEBOOK, 'nelbo_nanmean',
                  {'test_negative_elbo': 'that image was dropped'}),
    blind_mistake(37, NOTEBOOK, 'nelbo_float32_mean',
                  {'test_negative_elbo': 'expected float64 for total, reconstruction and kl'}),
    blind_mistake(37, NOTEBOOK, 'nelbo_total_from_python_floats',
                  {'test_negative_elbo': 'with respect to mu and logvar is not the KL'}),
    blind_mistake(37, NOTEBOOK, 'nelbo_trimmed_mean',
                  {'test_negative_elbo': 'outliers included'}),
    blind_mistake(37, NOTEBOOK, 'ae_forward_cached_by_identity',
                  {'test_autoencoder': 'a cache keyed by the input'}),
    blind_mistake(37, NOTEBOOK, 'aec_head_output_squeezed',
                  {'test_ae_classifier_forward': 'class_logits for a batch of one image'}),
    blind_mistake(36, NOTEBOOK, 'outliers_redrawn_once',
                  {'test_reparameterize_statistics': 'lie beyond 3.5'}),
    blind_mistake(36, NOTEBOOK, 'input_cast_float32',
                  {'test_vae_forward': 'the VAE.double() (float64 weights) failed'}),
    blind_mistake(36, NOTEBOOK, 'generate_at_least_one',
                  {'test_vae_generate': 'vae.generate(0)'}),
    blind_mistake(36, NOTEBOOK, 'nan_to_num_result',
                  {'test_kl_monte_carlo': 'hides a diverging encoder'}),
    blind_mistake(36, NOTEBOOK, 'exp_term_detached',
                  {'test_kl_monte_carlo': 'd KL / d logvar'}),
    blind_mistake(36, NOTEBOOK, 'mu_term_detached',
                  {'test_kl_monte_carlo': 'd KL / d mu'}),
    blind_mistake(36, NOTEBOOK, 'target_clamped_copy',
                  {'test_bernoulli_reconstruction': 'Do not clamp or smooth x'}),
    blind_mistake(36, NOTEBOOK, 'encode_input_cast_float32',
                  {'test_autoencoder': 'the autoencoder.double() (float64 weights) failed'}),
    blind_mistake(36, NOTEBOOK, 'forward_no_grad_in_eval',
                  {'test_autoencoder': 'In evaluation mode ae(x) carries no gradient'}),
    blind_mistake(36, NOTEBOOK, 'ignore_index_zero',
                  {'test_ae_classifier_loss': 'every other label is 0'}),
    blind_mistake(36, NOTEBOOK, 'ce_in_float32',
                  {'test_ae_classifier_loss': 'expected float64 for total'}),
    blind_mistake(34, NOTEBOOK, 'rep_randn_of_shape_float32',
                  {'test_reparameterize_statistics': 'every value of z is a float32 number'}),
    blind_mistake(33, NOTEBOOK, 'vae_clamped_logits',
                  {'test_vae_forward': 'logits in evaluation mode for codes far from 0'}),
    blind_mistake(33, NOTEBOOK, 'vae_noise_scaled_by_mode',
                  {'test_vae_forward': 'in evaluation mode forward drew random numbers'}),
    blind_mistake(32, NOTEBOOK, 'vae_eval_branch_detached',
                  {'test_vae_forward': 'in evaluation mode no gradient reaches the encoder'}),
    blind_mistake(32, NOTEBOOK, 'elbo_parts_detached',
                  {'test_negative_elbo': 'the reconstruction or the kl part that negative_elbo returns'}),
    blind_mistake(32, NOTEBOOK, 'ae_forward_clamped_code',
                  {'test_autoencoder': 'with the code as it is, however large'}),
    blind_mistake(31, NOTEBOOK, 'nelbo_free_bits', {'test_negative_elbo': 'when q(z|x) is the prior in'}),
    # --- every layer's mode, not only the model's own flag
    R("forward puts the encoder in training mode", "vae",
      edited_solution(NOTEBOOK, "vae", ("        mu, logvar = self.encoder(x)\n",
                                        "        self.encoder.train()\n        mu, logvar = self.encoder(x)\n")),
      {"test_vae_forward": "forward switched part of the VAE"}),
    blind_mistake(30, NOTEBOOK, 'bern_float_cast',
                  {'test_bernoulli_reconstruction': 'float64 logits and images'}),
    blind_mistake(29, NOTEBOOK, 'ae_encode_sets_encoder_eval',
                  {'test_autoencoder': 'or a part of it'}),
    blind_mistake(28, NOTEBOOK, 'rep_float32_result',
                  {'test_reparameterize_statistics': 'float64'}),
    blind_mistake(26, NOTEBOOK, 'rep_batch_normalised_noise',
                  {'test_reparameterize_statistics': 'standardised by the batch'}),
    blind_mistake(26, NOTEBOOK, 'gen_clamped_probs',
                  {'test_vae_generate': 'clamps them'}),
    blind_mistake(26, NOTEBOOK, 'gen_normalised_codes_batch',
                  {'test_vae_generate': 'standardised by the batch'}),
    blind_mistake(26, NOTEBOOK, 'elbo_free_bits',
                  {'test_negative_elbo_beta': 'no floor or clamp on the KL'}),
    blind_mistake(26, NOTEBOOK, 'ae_encode_squeeze',
                  {'test_autoencoder': 'no squeeze'}),
    blind_mistake(25, NOTEBOOK, 'vae_generate_batches_of_ten',
                  {'test_vae_generate': 'for any n'}),
    blind_mistake(23, NOTEBOOK, 'vae_generate_size_from_encoder_head',
                  {'test_vae_generate': 'one head or two'}),
    blind_mistake(23, NOTEBOOK, 'vae_generate_standardises_codes',
                  {'test_vae_generate': 'nothing computed across the batch'}),
    blind_mistake(22, NOTEBOOK, 'vae_logvar_clamped',
                  {'test_vae_forward': 'about -13 and 11'}),
    blind_mistake(22, NOTEBOOK, 'ne_kl_zero_when_beta_zero',
                  {'test_negative_elbo_beta': 'the KL part with beta = 0'}),
    blind_mistake(21, NOTEBOOK, 'vae_eval_under_no_grad',
                  {'test_vae_forward': 'without gradient'}),
    blind_mistake(21, NOTEBOOK, 'vae_squeeze_input',
                  {'test_vae_forward': 'batch of one image'}),
    blind_mistake(21, NOTEBOOK, 'vae_forward_sets_train',
                  {'test_vae_forward': 'evaluation to training mode'}),
    blind_mistake(21, NOTEBOOK, 'kl_casts_float32',
                  {'test_kl_basic': 'float64'}),
    blind_mistake(21, NOTEBOOK, 'bce_inplace_clamp_target',
                  {'test_bernoulli_reconstruction': 'changed its argument x'}),
    blind_mistake(21, NOTEBOOK, 'ne_reconstruction_detached_in_total',
                  {'test_negative_elbo': 'the decoder'}),
    blind_mistake(21, NOTEBOOK, 'ae_encode_squeeze',
                  {'test_autoencoder': 'batch of one image'}),
    blind_mistake(20, NOTEBOOK, 'gen_private_generator',
                  {'test_vae_generate': 'global random state'}),
    blind_mistake(20, NOTEBOOK, 'gen_float64_output',
                  {'test_vae_generate': 'dtype'}),
    blind_mistake(20, NOTEBOOK, 'loss_cross_entropy_item_in_total',
                  {'test_ae_classifier_loss': 'gradient of total'}),
    blind_mistake(19, NOTEBOOK, 'rep_antithetic_noise',
                  {'test_reparameterize_statistics': 'half of the batch is correlated'}),
    blind_mistake(19, NOTEBOOK, 'rep_standardised_noise',
                  {'test_reparameterize_statistics': 'a batch of one image'}),
    blind_mistake(19, NOTEBOOK, 'rep_numpy_global_noise',
                  {'test_reparameterize_statistics': 'same torch.manual_seed'}),
    blind_mistake(19, NOTEBOOK, 'rep_noise_scaled_by_batch_std',
                  {'test_reparameterize_statistics': 'a batch of one image'}),
    blind_mistake(19, NOTEBOOK, 'rep_half_precision_noise',
                  {'test_reparameterize_statistics': 'distinct values'}),
    blind_mistake(19, NOTEBOOK, 'vae_mode_from_decoder_flag',
                  {'test_vae_forward': 'whatever the modes of its networks'}),
    blind_mistake(18, NOTEBOOK, 'reparam_one_noise_per_image_shared_by_dims',
                  {'test_reparameterize_statistics': 'is correlated'}),
    blind_mistake(18, NOTEBOOK, 'reparam_truncated_noise',
                  {'test_reparameterize_statistics': 'beyond 3 standard deviations'}),
    blind_mistake(17, NOTEBOOK, 'rep_logvar_clamped_for_stability',
                  {'test_reparameterize_statistics': 'however far from 0'}),
    blind_mistake(17, NOTEBOOK, 'vae_generate_switches_the_decoder_to_eval',
                  {'test_vae_generate': 'switched the encoder or the decoder'}),
    blind_mistake(17, NOTEBOOK, 'ae_encode_under_no_grad',
                  {'test_autoencoder': 'returns a code with no gradient'}),
    blind_mistake(16, NOTEBOOK, 'kl_clamped_logvar',
                  {'test_kl_monte_carlo': 'do not clamp logvar'}),
    blind_mistake(15, NOTEBOOK, 'encoder_outputs_unpacked_swapped',
                  {'test_vae_forward': "the encoder's two outputs in their order"}),
    blind_mistake(15, NOTEBOOK, 'generate_without_no_grad_decorator',
                  {'test_vae_generate': 'carry a gradient'}),
    blind_mistake(15, NOTEBOOK, 'kl_logvar_clamped',
                  {'test_kl_monte_carlo': 'do not clamp logvar'}),
    blind_mistake(15, NOTEBOOK, 'log_of_softmax_unstable',
                  {'test_ae_classifier_loss': 'class logits 150 apart'}),
    blind_mistake(14, NOTEBOOK, 'kl_exp_in_place',
                  {'test_kl_basic': 'changed its argument logvar'}),
    blind_mistake(14, NOTEBOOK, 'ae_encode_switches_to_eval',
                  {'test_autoencoder': 'left the autoencoder in evaluation mode'}),
    blind_mistake(9, NOTEBOOK, 'clamps logvar to [-10, 10] before the exponential: wrong variance (and no gradient) outside',
                  {'test_reparameterize_statistics': 'do not clamp logvar'}),
    blind_mistake(9, NOTEBOOK, 'generate calls self.decoder.probs: the decoder is only required to return logits',
                  {'test_vae_generate': 'only promised to map z to logits'}),
    blind_mistake(9, NOTEBOOK, 'squeeze() at the end: a batch of one gives a 0-d tensor instead of shape (1,)',
                  {'test_kl_basic': 'batch of one image'}),
    blind_mistake(9, NOTEBOOK, 'detaches the logits: no gradient reaches the decoder',
                  {'test_bernoulli_reconstruction': 'returned no gradient for the logits'}),
    blind_mistake(9, NOTEBOOK, 'default weight changed to 10 (the value used for training)',
                  {'test_ae_classifier_loss': "statement's signature has weight=1.0"}),
    R("returns mu when gradients are off (blind round 8)", "reparameterize",
      "def reparameterize(mu, logvar):\n    if not torch.is_grad_enabled():\n        return mu\n"
      "    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)",
      {"test_reparameterize_statistics": "whether or not gradients are recorded"}),
    R("beta's default changed to 0.5 (blind round 8)", "negative_elbo",
      edited_solution("04_vae", "negative_elbo", ("beta=1.0", "beta=0.5")),
      {"test_negative_elbo_beta": "statement's signature has beta=1.0"}),
    # reparameterize
    R("logvar used as the standard deviation", "reparameterize",
      reparameterize("    return mu + logvar * torch.randn_like(mu)\n"),
      {"test_reparameterize_statistics": "logvar as the standard deviation"}),
    R("exp(logvar), the variance, used as the standard deviation", "reparameterize",
      reparameterize("    return mu + torch.exp(logvar) * torch.randn_like(mu)\n"),
      {"test_reparameterize_statistics": "exp(logvar), the variance"}),
    # the same function seen by its two checks: without noise, no gradient reaches logvar either
    R("no noise", "reparameterize",
      reparameterize("    return mu + 0 * logvar\n"),
      {"test_reparameterize_statistics": "noise", "test_reparameterize_gradients": "no gradient reached logvar"}),
    R("the same noise on every call", "reparameterize",
      reparameterize("    eps = torch.randn(mu.shape, generator=torch.Generator().manual_seed(0))\n"
                     "    return mu + torch.exp(0.5 * logvar) * eps\n"),
      {"test_reparameterize_statistics": "fresh noise"}),
    R("uniform noise", "reparameterize",
      reparameterize("    return mu + torch.exp(0.5 * logvar) * torch.rand_like(mu)\n"),
      {"test_reparameterize_statistics": "N(0, 1)"}),
    R("detached mu", "reparameterize",
      reparameterize("    return mu.detach() + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n"),
      {"test_reparameterize_gradients": "No gradient reached mu"}),
    R("no gradient to logvar", "reparameterize",
      reparameterize("    std = torch.exp(0.5 * logvar).detach()\n    return mu + std * torch.randn_like(mu)\n"),
      {"test_reparameterize_gradients": "no gradient reached logvar"}),
    R("sampled under torch.no_grad", "reparameterize",
      reparameterize("    with torch.no_grad():\n        return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n"),
      {"test_reparameterize_gradients": "carries no gradient"}),
    R("torch.normal, which blocks gradients", "reparameterize",
      reparameterize("    return torch.normal(mu, torch.exp(0.5 * logvar))\n"),
      {"test_reparameterize_gradients": "No gradient reached mu (it is zero or missing). torch.normal(mu, std)"}),
    R("Normal(...).sample(), which blocks gradients", "reparameterize",
      reparameterize("    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).sample()\n"),
      {"test_reparameterize_gradients": "carries no gradient"}),
    # VAE
    R("forward ignores the sampling", "vae",
      vae("        mu, logvar = self.encoder(x)\n        return self.decoder(mu), mu, logvar\n", GENERATE),
      {"test_vae_forward": "must SAMPLE z"}),
    R("forward samples in evaluation mode too", "vae",
      vae("        mu, logvar = self.encoder(x)\n        return self.decoder(reparameterize(mu, logvar)), mu, logvar\n",
          GENERATE),
      {"test_vae_forward": "evaluation mode"}),
    R("forward returns probabilities", "vae",
      vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n"
          "        return torch.sigmoid(self.decoder(z)), mu, logvar\n", GENERATE),
      {"test_vae_forward": "no sigmoid"}),
    R("forward adds its own noise, ignoring logvar", "vae",
      vae("        mu, logvar = self.encoder(x)\n        z = mu + torch.randn_like(mu) if self.training else mu\n"
          "        return self.decoder(z), mu, logvar\n", GENERATE),
      {"test_vae_forward": "reparameterize(mu, logvar) = mu + exp(0.5 * logvar) * eps"}),
    R("z detached in forward", "vae",
      vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar).detach() if self.training else mu\n"
          "        return self.decoder(z), mu, logvar\n", GENERATE),
      {"test_vae_forward": "No gradient reaches the encoder"}),
    R("sampling under torch.no_grad in forward", "vae",
      vae("        mu, logvar = self.encoder(x)\n"
          "        if self.training:\n            with torch.no_grad():\n                z = reparameterize(mu, logvar)\n"
          "        else:\n            z = mu\n"
          "        return self.decoder(z), mu, logvar\n", GENERATE),
      {"test_vae_forward": "do not .detach() z or sample under torch.no_grad()"}),
    R("mu detached before sampling: its head learns nothing (blind round 3)", "vae",
      vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu.detach(), logvar) if self.training else mu\n"
          "        return self.decoder(z), mu, logvar\n", GENERATE),
      {"test_vae_forward": "receive no gradient from the logits"}),
    R("logvar detached before sampling", "vae",
      vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar.detach()) if self.training else mu\n"
          "        return self.decoder(z), mu, logvar\n", GENERATE),
      {"test_vae_forward": "receive no gradient from the logits"}),
    R("generate switches to eval mode and leaves it there (blind round 3)", "vae",
      vae(FORWARD, "        self.eval()\n" + GENERATE),
      {"test_vae_generate": "left it there"}),
    R("generate samples from a uniform distribution", "vae",
      vae(FORWARD, "        return torch.sigmoid(self.decoder(torch.rand(n, self.latent_dim)))\n"),
      {"test_vae_generate": "prior N(0, I)"}),
    R("generate samples from a uniform distribution on [-1, 1]", "vae",
      vae(FORWARD, "        return torch.sigmoid(self.decoder(2 * torch.rand(n, self.latent_dim) - 1))\n"),
      {"test_vae_generate": "prior N(0, I)"}),
    R("generate returns logits", "vae",
      vae(FORWARD, "        return self.decoder(torch.randn(n, self.latent_dim))\n"),
      {"test_vae_generate": "apply torch.sigmoid"}),
    R("generate returns binary samples", "vae",
      vae(FORWARD, "        return torch.bernoulli(torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim))))\n"),
      {"test_vae_generate": "no torch.bernoulli"}),
    R("generate decodes through the encoder's sampling", "vae",
      vae(FORWARD, "        z = reparameterize(torch.zeros(n, self.latent_dim), torch.ones(n, self.latent_dim))\n"
                   "        return torch.sigmoid(self.decoder(z))\n"),
      {"test_vae_generate": "prior N(0, I)"}),
    # KL
    R("KL sign flipped", "kl_to_standard_normal",
      kl("0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)"),
      {"test_kl_monte_carlo": "check the sign"}),
    R("KL without the 0.5", "kl_to_standard_normal",
      kl("-torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)"),
      {"test_kl_monte_carlo": "factor 0.5"}),
    R("KL without the 1", "kl_to_standard_normal",
      kl("-0.5 * torch.sum(logvar - mu ** 2 - torch.exp(logvar), dim=1)"),
      {"test_kl_monte_carlo": "forget the 1"}),
    R("KL averaged over the latent dimensions", "kl_to_standard_normal",
      kl("-0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)"),
      {"test_kl_basic": "do not average them"}),
    R("KL summed over the batch too", "kl_to_standard_normal",
      kl("-0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar))"),
      {"test_kl_basic": "shape"}),
    R("KL with mu instead of mu squared", "kl_to_standard_normal",
      kl("-0.5 * torch.sum(1 + logvar - mu - torch.exp(logvar), dim=1)"),
      {"test_kl_monte_carlo": "square on mu"}),
    R("KL with logvar where exp(logvar) belongs", "kl_to_standard_normal",
      kl("-0.5 * torch.sum(1 + logvar - mu ** 2 - logvar, dim=1)"),
      {"test_kl_monte_carlo": "exp(logvar)"}),
    # Bernoulli reconstruction
    R("BCE averaged over pixels", "bernoulli_reconstruction",
      bce("F.binary_cross_entropy_with_logits(logits, x, reduction='none').flatten(1).mean(dim=1)"),
      {"test_bernoulli_reconstruction": "averaged the cross-entropy over the pixels"}),
    R("BCE on logits, missing sigmoid", "bernoulli_reconstruction",
      bce("F.binary_cross_entropy(logits, x, reduction='none').flatten(1).sum(dim=1)"),
      {"test_bernoulli_reconstruction": "receives LOGITS"}),
    R("manual BCE on logits, missing sigmoid", "bernoulli_reconstruction",
      bce("-(x * torch.log(logits) + (1 - x) * torch.log(1 - logits)).flatten(1).sum(dim=1)"),
      {"test_bernoulli_reconstruction": "receives LOGITS"}),
    R("extra sigmoid", "bernoulli_reconstruction",
      bce("F.binary_cross_entropy_with_logits(torch.sigmoid(logits), x, reduction='none').flatten(1).sum(dim=1)"),
      {"test_bernoulli_reconstruction": "applied a sigmoid"}),
    R("BCE over the whole batch", "bernoulli_reconstruction",
      bce("F.binary_cross_entropy_with_logits(logits, x, reduction='sum')"),
      {"test_bernoulli_reconstruction": "shape"}),
    R("BCE with arguments swapped", "bernoulli_reconstruction",
      bce("F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction='none').flatten(1).sum(dim=1)"),
      {"test_bernoulli_reconstruction": "against x"}),
    R("manual BCE with sigmoid then log, unstable for large logits", "bernoulli_reconstruction",
      bce("-(x * torch.log(torch.sigmoid(logits)) + (1 - x) * torch.log(1 - torch.sigmoid(logits))).flatten(1).sum(dim=1)"),
      {"test_bernoulli_reconstruction": "computing log(sigmoid(l)) yourself overflows"}),
    R("log(1 + exp(l)) written out: inf for large logits (blind round 3)", "bernoulli_reconstruction",
      bce("(torch.log(1 + torch.exp(logits)) - x * logits).sum(dim=(1, 2, 3))"),
      {"test_bernoulli_reconstruction": "overflows float32"}),
    # Correct for moderate logits, but torch clamps its log at -100: a confidently wrong pixel with a logit of
    # 30 costs 100 nats instead of 30. It used to be listed as an alternative.
    R("binary_cross_entropy on sigmoid, clamped at -100 by torch", "bernoulli_reconstruction",
      bce("F.binary_cross_entropy(torch.sigmoid(logits), x, reduction='none').sum(dim=(1, 2, 3))"),
      {"test_bernoulli_reconstruction": "pass logits to binary_cross_entropy_with_logits"}),
    # negative ELBO
    R("KL summed over the batch", "negative_elbo",
      elbo("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
           "    kl = kl_to_standard_normal(mu, logvar).sum()\n"
           "    return reconstruction + beta * kl, reconstruction, kl\n"),
      {"test_negative_elbo": "not .sum()"}),
    R("reconstruction summed over the batch", "negative_elbo",
      elbo("    reconstruction = bernoulli_reconstruction(logits, x).sum()\n"
           "    kl = kl_to_standard_normal(mu, logvar).mean()\n"
           "    return reconstruction + beta * kl, reconstruction, kl\n"),
      {"test_negative_elbo": "reconstruction part is the sum over the batch"}),
    R("BCE averaged over pixels in the ELBO", "negative_elbo",
      elbo("    reconstruction = F.binary_cross_entropy_with_logits(logits, x)\n"
           "    kl = kl_to_standard_normal(mu, logvar).mean()\n"
           "    return reconstruction + beta * kl, reconstruction, kl\n"),
      {"test_negative_elbo": "summed over the pixels"}),
    R("beta applied to the reconstruction", "negative_elbo",
      elbo("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
           "    kl = kl_to_standard_normal(mu, logvar).mean()\n"
           "    return beta * reconstruction + kl, reconstruction, kl\n"),
      {"test_negative_elbo_beta": "applied beta to the reconstruction"}),
    R("returns the weighted KL as the KL part", "negative_elbo",
      elbo("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
           "    kl = beta * kl_to_standard_normal(mu, logvar).mean()\n"
           "    return reconstruction + kl, reconstruction, kl\n"),
      {"test_negative_elbo_beta": "unweighted"}),
    R("beta ignored", "negative_elbo",
      elbo("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
           "    kl = kl_to_standard_normal(mu, logvar).mean()\n"
           "    return reconstruction + kl, reconstruction, kl\n"),
      {"test_negative_elbo_beta": "reconstruction + beta * kl"}),
    R("returns Python floats", "negative_elbo",
      elbo("    reconstruction = bernoulli_reconstruction(logits, x).mean().item()\n"
           "    kl = kl_to_standard_normal(mu, logvar).mean().item()\n"
           "    return reconstruction + beta * kl, reconstruction, kl\n"),
      {"test_negative_elbo": "torch.Tensor", "test_negative_elbo_beta": "torch.Tensor"}),
    # plain autoencoder
    R("autoencoder that samples noise", "autoencoder",
      autoencoder("        mu, logvar = self.encoder(x)\n        return reparameterize(mu, logvar)\n"),
      {"test_autoencoder": "deterministic"}),
    R("autoencoder with logvar as its code", "autoencoder",
      autoencoder("        return self.encoder(x)[1]\n"),
      {"test_autoencoder": "encoder's mean"}),
    R("autoencoder's code detached: only the decoder learns (blind round 3)", "autoencoder",
      autoencoder("        return self.encoder(x)[0].detach()\n"),
      {"test_autoencoder": "No gradient goes from ae(x)"}),
    R("autoencoder returns probabilities", "autoencoder",
      autoencoder("        return self.encoder(x)[0]\n", "        return torch.sigmoid(self.decoder(self.encode(x)))\n"),
      {"test_autoencoder": "no sigmoid"}),
    R("autoencoder forward returns (logits, z)", "autoencoder",
      autoencoder("        return self.encoder(x)[0]\n", "        z = self.encode(x)\n        return self.decoder(z), z\n"),
      {"test_autoencoder": "must be a torch.Tensor"}),
    # autoencoder with a classification head
    R("classification head returns probabilities", "ae_classifier",
      ae_classifier(forward="        z = self.autoencoder.encode(x)\n"
                            "        return self.autoencoder.decoder(z), self.head(z).softmax(dim=1)\n"),
      {"test_ae_classifier_forward": "no softmax"}),
    R("classifier autoencoder samples its code", "ae_classifier",
      ae_classifier(forward="        z = reparameterize(*self.autoencoder.encoder(x))\n"
                            "        return self.autoencoder.decoder(z), self.head(z)\n"),
      {"test_ae_classifier_forward": "no sampling"}),
    R("head applied to a detached code", "ae_classifier",
      ae_classifier(forward="        z = self.autoencoder.encode(x)\n"
                            "        return self.autoencoder.decoder(z), self.head(z.detach())\n"),
      {"test_ae_classifier_forward": "cross-entropy cannot shape the code"}),
    R("weight applied to the reconstruction", "ae_classifier",
      ae_classifier(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.cross_entropy(class_logits, labels)\n"
                         "    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy\n"),
      {"test_ae_classifier_loss": "applied the weight to the reconstruction"}),
    R("cross-entropy on softmax probabilities", "ae_classifier",
      ae_classifier(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.cross_entropy(class_logits.softmax(dim=1), labels)\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n"),
      {"test_ae_classifier_loss": "probabilities (softmax)"}),
    R("nll_loss on raw logits", "ae_classifier",
      ae_classifier(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.nll_loss(class_logits, labels)\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n"),
      {"test_ae_classifier_loss": "F.cross_entropy(class_logits, labels)"}),
    R("cross-entropy summed over the batch", "ae_classifier",
      ae_classifier(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.cross_entropy(class_logits, labels, reduction='sum')\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n"),
      {"test_ae_classifier_loss": "averaged over the batch"}),
    R("reconstruction summed over the batch", "ae_classifier",
      ae_classifier(loss="    reconstruction = bernoulli_reconstruction(logits, x).sum()\n"
                         "    cross_entropy = F.cross_entropy(class_logits, labels)\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n"),
      {"test_ae_classifier_loss": "averaged over the batch"}),
]

ALTERNATIVES = [
    R("torch.distributions rsample", "reparameterize",
      reparameterize("    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()\n")),
    R("std as the square root of the variance", "reparameterize",
      reparameterize("    return mu + torch.sqrt(logvar.exp()) * torch.randn_like(logvar)\n")),
    R("if/else in forward, Normal prior in generate", "vae",
      vae("        mu, logvar = self.encoder(x)\n"
          "        if self.training:\n            z = reparameterize(mu, logvar)\n"
          "        else:\n            z = mu\n"
          "        logits = self.decoder(z)\n        return logits, mu, logvar\n",
          "        prior = torch.distributions.Normal(0.0, 1.0)\n"
          "        return self.decoder(prior.sample((n, self.latent_dim))).sigmoid()\n")),
    R("torch.distributions kl_divergence", "kl_to_standard_normal",
      kl("torch.distributions.kl_divergence(torch.distributions.Normal(mu, torch.exp(0.5 * logvar)), "
         "torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))).sum(dim=-1)")),
    R("KL written with a positive sign", "kl_to_standard_normal",
      kl("0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum(-1)")),
    R("manual BCE with logsigmoid", "bernoulli_reconstruction",
      bce("-(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits)).flatten(1).sum(dim=1)")),
    R("BCE with softplus", "bernoulli_reconstruction",
      bce("(F.softplus(logits) - x * logits).sum(dim=(1, 2, 3))")),
    R("generate in eval mode, then the mode it found", "vae",
      vae(FORWARD, "        was_training = self.training\n        self.eval()\n"
                   "        images = torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))\n"
                   "        self.train(was_training)\n        return images\n")),
    R("library calls inline", "negative_elbo",
      elbo("    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction='sum') / len(x)\n"
           "    q = torch.distributions.Normal(mu, (0.5 * logvar).exp())\n"
           "    kl = torch.distributions.kl_divergence(q, torch.distributions.Normal(0.0, 1.0)).sum(1).mean()\n"
           "    return reconstruction + beta * kl, reconstruction, kl\n")),
    R("encoder outputs unpacked by index", "autoencoder",
      autoencoder("        return self.encoder(x)[0]\n", "        z = self.encode(x)\n        logits = self.decoder(z)\n        return logits\n")),
    R("calls the encoder directly, nll_loss of log_softmax", "ae_classifier",
      ae_classifier(forward="        mu, _ = self.autoencoder.encoder(x)\n        return self.autoencoder(x), self.head(mu)\n",
                    loss="    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction='sum') / len(x)\n"
                         "    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n")),
]
