"""Known mistakes in notebook 05 (training), and correct alternatives that must keep full marks."""

from notebook_runner import Replacement as R
from notebook_runner import blind_mistake
from notebook_runner import edited_solution

NOTEBOOK = "05_training"

_BATCHES_DEF = "def iterate_minibatches(images, batch_size, generator):\n"
_STEP_DEF = "def train_step(model, optimizer, x, beta=1.0):\n"
_EVAL_DEF = "def evaluate(model, images, batch_size=1000, beta=1.0):\n"
_TRAIN_DEF = ("def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, "
              "progress=True):\n")
_SAVE = "def save_checkpoint(model, path):\n    torch.save(model.state_dict(), path)\n"


def _evaluate(body_in_loop, before="    model.eval()\n    sums = torch.zeros(3)\n    with torch.no_grad():\n",
              after="    return dict(zip(('total', 'reconstruction', 'kl'), (sums / len(images)).tolist()))\n"):
    return (_EVAL_DEF + before + "        for start in range(0, len(images), batch_size):\n"
            "            x = images[start:start + batch_size]\n" + body_in_loop + after)


_SAMPLED = ("            mu, logvar = model.encoder(x)\n"
            "            logits = model.decoder(reparameterize(mu, logvar))\n")
_ADD = "            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)\n"


def _train(epoch_body, record="            sums = [s + l * len(x) for s, l in zip(sums, losses)]\n",
           average="len(train_images)", evaluated="test_images"):
    return (_TRAIN_DEF + "    history = {key: [] for key in HISTORY_KEYS}\n    for epoch in range(epochs):\n" + epoch_body
            + "        sums = [0.0, 0.0, 0.0]\n"
            "        for x in iterate_minibatches(train_images, batch_size, generator):\n"
            "            losses = train_step(model, optimizer, x, beta)\n" + record
            + "        for name, value in zip(('total', 'reconstruction', 'kl'), sums):\n"
            f"            history['train_' + name].append(value / {average})\n"
            f"        for name, value in evaluate(model, {evaluated}, beta=beta).items():\n"
            "            history['test_' + name].append(value)\n"
            "    return history\n")


MISTAKES = [
    # Blind round 48: train warming beta up over the first epochs // 2 epochs (a KL warm-up, hidden by 2-3 epochs).
    blind_mistake(48, NOTEBOOK, 'tr_kl_annealing', {'test_train_loop': 'train changed beta over the epochs'}),
    # Blind round 46: train stopping once the test loss rose above that of two epochs before (after 3 epochs at the
    # earliest, which a 3-epoch case could not show).
    blind_mistake(46, NOTEBOOK, 'tr_early_stopping',
                  {'test_train_history': 'train stopped early'}),
    # Blind round 45: extra draws from the caller's generator at every batch; beta = 0 replaced by 1; a checkpoint
    # loaded with strict=False.
    blind_mistake(45, NOTEBOOK, 'it_generator_advanced_per_batch',
                  {'test_iterate_minibatches': "draws other numbers from the caller's generator"}),
    blind_mistake(45, NOTEBOOK, 'ts_beta_or_default', {'test_train_step': 'With beta = 0, train_step returned'}),
    blind_mistake(45, NOTEBOOK, 'ck_load_non_strict', {'test_checkpoint': 'was called with strict=False'}),
    # Blind round 44: Adam's state cleared past a loss of 10^4; logits through a clamped sigmoid and back; z = mu
    # for blank images; save_checkpoint changing folders or leaving the file read-only.
    blind_mistake(44, NOTEBOOK, 'ts_optimizer_state_reset', {'test_train_step': 'was cleared or replaced in between'}),
    blind_mistake(44, NOTEBOOK, 'ev_decoder_through_sigmoid_logit_clamped',
                  {'test_evaluate': 'torch.logit(torch.sigmoid(logits), eps)'}),
    blind_mistake(44, NOTEBOOK, 'ev_mean_code_for_blank_images',
                  {'test_evaluate': 'for every image, whatever its pixels'}),
    blind_mistake(44, NOTEBOOK, 'ck_save_changes_cwd',
                  {'test_checkpoint': 'save_checkpoint changed the working folder'}),
    blind_mistake(44, NOTEBOOK, 'ck_save_read_only',
                  {'test_checkpoint': 'save_checkpoint left the checkpoint read-only'}),
    blind_mistake(43, NOTEBOOK, 'it_last_batch_merged_into_previous',
                  {'test_iterate_minibatches': 'a small remainder was merged into the batch before it'}),
    blind_mistake(43, NOTEBOOK, 'it_batch_requires_grad',
                  {'test_iterate_minibatches': 'batches require gradients (requires_grad_())'}),
    blind_mistake(43, NOTEBOOK, 'it_squeezes_batches_of_one',
                  {'test_iterate_minibatches': 'a batch of one image was squeezed'}),
    blind_mistake(43, NOTEBOOK, 'ts_returns_tensor_float_of_float32',
                  {'test_train_step': 'they were rounded through float32 (float(total.float()))'}),
    blind_mistake(43, NOTEBOOK, 'ts_grad_nan_to_zero',
                  {'test_train_step': 'train_step left every weight finite'}),
    blind_mistake(43, NOTEBOOK, 'ts_beta_ignored_when_int',
                  {'test_train_step': 'an int beta was ignored or replaced'}),
    blind_mistake(43, NOTEBOOK, 'ts_reconstruction_reported_per_pixel',
                  {'test_train_step': 'a large loss was rescaled (per pixel, / 784)'}),
    blind_mistake(43, NOTEBOOK, 'ev_logvar_of_batch_mean',
                  {'test_evaluate': "evaluate called reparameterize with log-variances other than the encoder's"}),
    blind_mistake(43, NOTEBOOK, 'ev_images_clamped',
                  {'test_evaluate': 'the images were changed before the loss (clamped to [eps, 1 - eps]?)'}),
    blind_mistake(43, NOTEBOOK, 'tr_optimizer_zero_grad_state_reset_per_epoch',
                  {'test_train_loop': 'train reset the learning rate (to group'}),
    blind_mistake(43, NOTEBOOK, 'ck_load_double_checks_nan_replaced',
                  {'test_checkpoint': 'load_checkpoint replaced the NaN values (torch.nan_to_num)'}),
    blind_mistake(42, NOTEBOOK, 'step_nan_loss_replaced',
                  {'test_train_step': 'For a batch holding a NaN pixel, train_step returned a finite total loss'}),
    blind_mistake(42, NOTEBOOK, 'eval_kl_at_mu_only_rec',
                  {'test_evaluate': 'For a single image, evaluate gave the same reconstruction term'}),
    blind_mistake(42, NOTEBOOK, 'eval_logvar_clamped',
                  {'test_evaluate': 'For a model whose log-variances are far below 0'}),
    blind_mistake(42, NOTEBOOK, 'eval_cached_on_model',
                  {'test_evaluate': 'for the same images after the model\'s weights changed'}),
    blind_mistake(42, NOTEBOOK, 'ckpt_load_no_grad_params',
                  {'test_checkpoint': 'hold a .grad (p.grad = torch.zeros_like(p))'}),
    blind_mistake(42, NOTEBOOK, 'ckpt_save_path_with_suffix_dir',
                  {'test_checkpoint': 'given a path without a suffix (checkpoint), did not write a file'}),
    blind_mistake(41, NOTEBOOK, 'grad_value_clipped_at_100', {'test_train_step': 'logvar about 6'}),
    blind_mistake(41, NOTEBOOK, 'step_skipped_for_tiny_loss_change',
                  {'test_train_step': 'the step was skipped for a small loss'}),
    blind_mistake(41, NOTEBOOK, 'one_noise_row_for_whole_batch',
                  {'test_evaluate': 'the images of a batch shared one noise row'}),
    blind_mistake(41, NOTEBOOK, 'evaluate_on_subset_of_test', {'test_train_loop': 'with no cap on its size'}),
    blind_mistake(40, NOTEBOOK, 'mb_half_epoch_when_large',
                  {'test_iterate_minibatches': "more than MNIST's 60,000"}),
    blind_mistake(40, NOTEBOOK, 'ts_grad_scaled_by_beta',
                  {'test_train_step': 'the gradient was rescaled for a large beta'}),
    blind_mistake(40, NOTEBOOK, 'ev_kl_clipped_per_batch',
                  {'test_evaluate': 'the KL was clipped or capped'}),
    # Torch's global settings are read after every call of the student's (remote.keeping_settings): charged once.
    blind_mistake(39, NOTEBOOK, 'anomaly_detection_left_on',
                  {'test_train_history': 'anomaly detection is on for everything that follows'}),
    blind_mistake(39, NOTEBOOK, 'unfreezes_model',
                  {'test_train_step': 'train_step unfroze the model'}),
    blind_mistake(39, NOTEBOOK, 'save_freezes_model',
                  {'test_checkpoint': "saving froze (or unfroze) the caller's model"}),
    blind_mistake(38, NOTEBOOK, 'backward_create_graph',
                  {'test_train_step': 'require gradients themselves (they have a grad_fn)'}),
    blind_mistake(38, NOTEBOOK, 'stops_on_nan',
                  {'test_train_history': 'With a training image that holds a NaN'}),
    blind_mistake(38, NOTEBOOK, 'adam_state_cleared_each_epoch',
                  {'test_train_history': 'must carry over from epoch to epoch'}),
    blind_mistake(38, NOTEBOOK, 'saves_trainable_only',
                  {'test_checkpoint': 'For a model whose first layer is frozen'}),
    blind_mistake(38, NOTEBOOK, 'saves_state_dict_views',
                  {'test_checkpoint': 'A checkpoint loaded after the model it was saved from trained on'}),
    blind_mistake(38, NOTEBOOK, 'loads_float_tensors_only',
                  {'test_checkpoint': 'For a model with a BatchNorm layer that has seen a batch'}),
    blind_mistake(37, NOTEBOOK, 'shuffled_into_shared_buffer',
                  {'test_iterate_minibatches': 'a buffer kept between calls'}),
    blind_mistake(37, NOTEBOOK, 'duplicate_images_dropped',
                  {'test_iterate_minibatches': 'of which some are equal'}),
    blind_mistake(37, NOTEBOOK, 'global_rng_when_generator_seeded_zero',
                  {'test_iterate_minibatches': 'With a generator seeded with 0'}),
    blind_mistake(37, NOTEBOOK, 'batch_size_clamped_to_n',
                  {'test_iterate_minibatches': 'there must be one batch of all'}),
    blind_mistake(37, NOTEBOOK, 'batches_in_half_precision',
                  {'test_iterate_minibatches': "do not hold the images' values exactly"}),
    blind_mistake(37, NOTEBOOK, 'clip_grad_value',
                  {'test_train_step': 'changed the gradients before optimizer.step()'}),
    blind_mistake(37, NOTEBOOK, 'learning_rate_capped',
                  {'test_train_step': 'With an optimizer whose learning rate is 0.5'}),
    blind_mistake(37, NOTEBOOK, 'optimizer_state_reset',
                  {'test_train_step': "Adam's moment estimates (optimizer.state) must carry over"}),
    blind_mistake(37, NOTEBOOK, 'step_skipped_for_tiny_batch',
                  {'test_train_step': 'For a batch of one image, train_step did not take'}),
    blind_mistake(37, NOTEBOOK, 'first_ten_thousand_images',
                  {'test_evaluate': 'however many (no fixed number'}),
    blind_mistake(37, NOTEBOOK, 'images_rounded_to_bytes',
                  {'test_evaluate': 'not multiples of 1/255'}),
    blind_mistake(37, NOTEBOOK, 'skips_batches_with_nan',
                  {'test_evaluate': 'of which one holds a NaN'}),
    blind_mistake(37, NOTEBOOK, 'evaluate_every_other_epoch',
                  {'test_train_loop': 'train called evaluate'}),
    blind_mistake(37, NOTEBOOK, 'swallows_runtime_error',
                  {'test_checkpoint': 'a model of another shape'}),
    blind_mistake(37, NOTEBOOK, 'saves_floating_tensors_only',
                  {'test_checkpoint': 'an integer buffer'}),
    blind_mistake(37, NOTEBOOK, 'save_train_mode_forced',
                  {'test_checkpoint': 'switched a model in evaluation mode'}),
    blind_mistake(36, NOTEBOOK, 'sets_weight_decay',
                  {'test_train_step': "train_step changed the optimizer's settings (weight_decay)"}),
    blind_mistake(36, NOTEBOOK, 'input_cast_float32',
                  {'test_train_step': 'train_step of a float64 model'}),
    blind_mistake(36, NOTEBOOK, 'batch_cast_float32',
                  {'test_evaluate': 'evaluate of a float64 model'}),
    blind_mistake(36, NOTEBOOK, 'zero_grad_in_evaluate',
                  {'test_evaluate': "evaluate changed the model's gradients"}),
    blind_mistake(36, NOTEBOOK, 'saved_as_float32',
                  {'test_checkpoint': 'lost digits or its dtype'}),
    blind_mistake(36, NOTEBOOK, 'grad_mode_switched_off',
                  {'test_checkpoint': 'After load_checkpoint(...), gradients are off'}),
    blind_mistake(35, NOTEBOOK, 'ck_missing_file_untrained',
                  {'test_checkpoint': "a path where no checkpoint was saved"}),
    blind_mistake(32, NOTEBOOK, 'ev_grad_switched_back_on',
                  {'test_evaluate': 'switched gradients on for what follows'}),
    blind_mistake(32, NOTEBOOK, 'ev_freezes_then_unfreezes',
                  {'test_evaluate': 'evaluate changed which parameters require gradients'}),
    blind_mistake(32, NOTEBOOK, 'tr_summary_line_fails_without_epochs',
                  {'test_train_history': 'train with epochs=0 and progress=true failed'}),
    blind_mistake(32, NOTEBOOK, 'tr_early_stopping',
                  {'test_train_history': 'train stopped early'}),
    blind_mistake(32, NOTEBOOK, 'tr_restores_best_weights',
                  {'test_train_history': 'train ended with other weights'}),
    blind_mistake(32, NOTEBOOK, 'ck_save_moves_model_to_cpu',
                  {'test_checkpoint': 'save_checkpoint moved or converted the model itself'}),
    blind_mistake(32, NOTEBOOK, 'ck_load_in_inference_mode',
                  {'test_checkpoint': 'the reloaded model cannot be trained'}),
    blind_mistake(31, NOTEBOOK, 'tr_step_lr_scheduler',
                  {'test_train_history': 'train changed them (a learning-rate scheduler'}),
    blind_mistake(31, NOTEBOOK, 'ck_load_seeds_build',
                  {'test_checkpoint': 'after load_checkpoint, torch'}),
    # --- every layer's mode, not only the model's own flag
    R("train_step leaves the decoder in eval mode", "train_step",
      edited_solution(NOTEBOOK, "train_step", ("    return total.item()", "    model.decoder.eval()\n    return total.item()")),
      {"test_train_step": "train_step left part of the model"}),
    R("evaluate puts the networks back in the modes it found", "evaluate",
      edited_solution(NOTEBOOK, "evaluate",
                      ("    model.eval()\n", "    found = [model.encoder.training, model.decoder.training]\n    model.eval()\n"),
                      ("    return {key", "    model.encoder.train(found[0])\n    model.decoder.train(found[1])\n    return {key")),
      {"test_evaluate": "evaluate left part of the model"}),
    R("save_checkpoint restores only the model's own flag", "checkpoint",
      edited_solution(NOTEBOOK, "checkpoint", ("    torch.save(model.state_dict(), path)\n",
                                               "    was = model.training\n    model.eval()\n"
                                               "    torch.save(model.state_dict(), path)\n    model.training = was\n")),
      {"test_checkpoint": "save_checkpoint switched part of the model"}),
    blind_mistake(30, NOTEBOOK, 'ck_training_flag_top_only',
                  {'test_checkpoint': "only the model's own flag"}),
    blind_mistake(29, NOTEBOOK, 'ts_seeds_each_step',
                  {'test_train_step': 'Seeding inside the step'}),
    blind_mistake(29, NOTEBOOK, 'ck_forces_pt_suffix',
                  {'test_checkpoint': 'epoch-3.ckpt'}),
    blind_mistake(29, NOTEBOOK, 'ck_load_casts_float32',
                  {'test_checkpoint': 'turned a float64 model'}),
    blind_mistake(27, NOTEBOOK, 'ck_save_zero_grad',
                  {'test_checkpoint': 'gradients (.grad)'}),
    blind_mistake(26, NOTEBOOK, 'it_single_batch_unshuffled',
                  {'test_iterate_minibatches': 'no shortcut'}),
    blind_mistake(25, NOTEBOOK, 'train_history_built_lazily',
                  {'test_train_history': 'epochs=0'}),
    blind_mistake(25, NOTEBOOK, 'ckpt_one_model_per_build',
                  {'test_checkpoint': 'per build function'}),
    # the notebook's training, which evaluates after each epoch, then stops: an unfinished training earns no target
    blind_mistake(24, NOTEBOOK, 'ev_grad_disabled_globally',
                  {'test_evaluate': 'gradients are off', 'test_target': None}),
    blind_mistake(23, NOTEBOOK, 'ev_range_stops_one_early',
                  {'test_evaluate': 'not len(images) - 1'}),
    blind_mistake(22, NOTEBOOK, 'ts_marks_input_requires_grad',
                  {'test_train_step': 'x.requires_grad_()'}),
    blind_mistake(22, NOTEBOOK, 'ev_no_grad_encoder_only',
                  {'test_evaluate': 'the decoder ran with gradients enabled'}),
    blind_mistake(22, NOTEBOOK, 'tr_test_subset',
                  {'test_train_loop': 'no subset', 'test_target': None}),
    blind_mistake(22, NOTEBOOK, 'tr_copy_of_generator',
                  {'test_train_loop': 'did not move on'}),
    blind_mistake(22, NOTEBOOK, 'tr_skips_failing_batches',
                  {'test_train_loop': 'no try/except around train_step'}),
    blind_mistake(21, NOTEBOOK, 'ev_own_generator_noise',
                  {'test_evaluate': 'afresh from torch'}),
    blind_mistake(21, NOTEBOOK, 'ev_same_noise_every_batch',
                  {'test_evaluate': 'afresh from torch'}),
    # float64 batches crash the training cell of section 5 (a float32 model): no history, so the target is missed
    # too; a training that did not complete earns nothing there, whatever the cause
    blind_mistake(20, NOTEBOOK, 'im_float64_batches',
                  {'test_iterate_minibatches': 'dtype', 'test_target': None}),
    blind_mistake(20, NOTEBOOK, 'ts_leaves_eval_mode_behind',
                  {'test_train_step': 'evaluation mode'}),
    blind_mistake(19, NOTEBOOK, 'ts_weight_decay_in_loss',
                  {'test_train_step': 'never reads changed'}),
    blind_mistake(19, NOTEBOOK, 'tr_new_optimizer_each_epoch',
                  {'test_train_history': 'moment estimates'}),
    blind_mistake(19, NOTEBOOK, 'ck_freezes_parameters',
                  {'test_checkpoint': 'do not require gradients'}),
    blind_mistake(17, NOTEBOOK, 'ck_loaded_models_cached_by_path',
                  {'test_checkpoint': 'a cache by path'}),
    blind_mistake(16, NOTEBOOK, 'iter_casts_to_float32',
                  {'test_iterate_minibatches': 'For float64 images'}),
    blind_mistake(16, NOTEBOOK, 'eval_reseeds_global_rng',
                  {'test_evaluate': 'evaluate reseeds it'}),
    blind_mistake(16, NOTEBOOK, 'eval_ignores_batch_size',
                  {'test_evaluate': 'must be evaluated in batches of'}),
    blind_mistake(15, NOTEBOOK, 'train_mode_after_evaluate',
                  {'test_train_loop': 'train left the model in training mode'}),
    blind_mistake(15, NOTEBOOK, 'seeds_global_rng',
                  {'test_train_history': "reseeds torch's global random state"}),
    blind_mistake(14, NOTEBOOK, 'ck_save_switches_model_to_eval',
                  {'test_checkpoint': 'switched the model to evaluation mode'}),
    blind_mistake(9, NOTEBOOK, 'default batch_size changed to 128',
                  {'test_evaluate': "statement's signature has batch_size=1000"}),
    blind_mistake(9, NOTEBOOK, 'averages two samples of z per image instead of one',
                  {'test_evaluate': 'once per image'}),
    blind_mistake(9, NOTEBOOK, 'ignores progress: the tqdm bar is always shown (writes to stderr while grading)',
                  {'test_train_loop': 'progress=False'}),
    blind_mistake(9, NOTEBOOK, 'ignores the given optimizer and builds a new Adam(lr=1e-3)',
                  {'test_train_history': 'learning rate of 0'}),
    R("zero_grad after the step, not before the backward (blind round 8)", "train_step",
      edited_solution("05_training", "train_step", ("    optimizer.zero_grad()\n", ""),
                      ("    optimizer.step()\n", "    optimizer.step()\n    optimizer.zero_grad()\n")),
      {"test_train_step": "at the start of every step"}),
    R("evaluates at the start of each epoch, before its training (blind round 8)", "train",
      edited_solution("05_training", "train",
                      ("        model.train()\n", "        result = evaluate(model, test_images, beta=beta)\n"
                                                 "        model.train()\n"),
                      ("evaluate(model, test_images, beta=beta).items()", "result.items()")),
      {"test_train_loop": "after the epoch's training steps"}),
    R("saves named_parameters only, not the buffers (blind round 8)", "checkpoint",
      edited_solution("05_training", "checkpoint",
                      ("torch.save(model.state_dict(), path)",
                       "torch.save({name: p.detach() for name, p in model.named_parameters()}, path)")),
      {"test_checkpoint": "lacks the model's buffers"}),
    R("a new generator seeded by the epoch number in every epoch (blind round 7)", "train",
      edited_solution(NOTEBOOK, "train", ("iterate_minibatches(train_images, batch_size, generator)",
                                          "iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(epoch))")),
      {"test_train_loop": "do not make a new one"}),
    # --- iterate_minibatches
    R("no shuffling", "iterate_minibatches",
      _BATCHES_DEF + "    for start in range(0, len(images), batch_size):\n        yield images[start:start + batch_size]\n",
      {"test_iterate_minibatches": "original order"}),
    R("shuffles with the global random state", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randperm(len(images))\n"
      "    for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]\n",
      {"test_iterate_minibatches": "global random state"}),
    R("drops the last, smaller batch", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randperm(len(images), generator=generator)\n"
      "    for start in range(0, len(images) - batch_size + 1, batch_size):\n"
      "        yield images[order[start:start + batch_size]]\n",
      {"test_iterate_minibatches": "keep the last"}),
    R("ceil(N / B) pieces of equal size with torch.chunk (blind round 3)", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randperm(len(images), generator=generator)\n"
      "    for index in torch.chunk(order, -(-len(images) // batch_size)):\n        yield images[index]\n",
      {"test_iterate_minibatches": "every batch but the last holds exactly batch_size"}),
    R("shuffles the caller's tensor in place (blind round 4)", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randperm(len(images), generator=generator)\n    images[:] = images[order]\n"
      "    for start in range(0, len(images), batch_size):\n        yield images[start:start + batch_size]\n",
      {"test_iterate_minibatches": "shuffled them in place"}),
    R("samples with replacement", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randint(0, len(images), (len(images),), generator=generator)\n"
      "    for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]\n",
      {"test_iterate_minibatches": "exactly once"}),
    R("the same order in every pass", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randperm(len(images), generator=torch.Generator().manual_seed(generator.initial_seed()))\n"
      "    for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]\n",
      {"test_iterate_minibatches": "two different orders"}),
    # --- train_step
    R("no zero_grad", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()\n",
      {"test_train_step": "zero_grad() in every step"}),
    R("no optimizer.step", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    optimizer.zero_grad()\n    total.backward()\n    return total.item(), rec.item(), kl.item()\n",
      {"test_train_step": "did not"}),
    R("zero_grad between backward and step", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    total.backward()\n    optimizer.zero_grad()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()\n",
      {"test_train_step": "did not"}),
    R("sums the loss over the batch", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    total, rec, kl = total * len(x), rec * len(x), kl * len(x)\n"
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()\n",
      {"test_train_step": "do not sum"}),
    R("ignores beta", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar)\n"
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()\n",
      {"test_train_step": "pass beta"}),
    R("back-propagates the reconstruction only", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    optimizer.zero_grad()\n    rec.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()\n",
      {"test_train_step": "does not match one SGD step"}),
    R("returns tensors", "train_step",
      _STEP_DEF + "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total, rec, kl\n",
      {"test_train_step": "Python floats"}),
    # --- evaluate
    R("evaluates with gradients", "evaluate",
      _evaluate(_SAMPLED + _ADD.replace("torch.stack(", "torch.stack(").replace(") * len(x)", ").detach() * len(x)"),
                before="    model.eval()\n    sums = torch.zeros(3)\n    if True:\n"),
      {"test_evaluate": "torch.no_grad()"}),
    R("evaluates in training mode", "evaluate",
      _evaluate(_SAMPLED + _ADD, before="    sums = torch.zeros(3)\n    with torch.no_grad():\n"),
      {"test_evaluate": "model.eval()"}),
    R("decodes the mean (model(x) in eval mode)", "evaluate",
      _evaluate("            logits, mu, logvar = model(x)\n" + _ADD),
      {"test_evaluate": "not the ELBO"}),
    R("plain mean of the batch averages", "evaluate",
      _evaluate(_SAMPLED + "            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta))\n",
                after="    n_batches = -(-len(images) // batch_size)\n"
                      "    return dict(zip(('total', 'reconstruction', 'kl'), (sums / n_batches).tolist()))\n"),
      {"test_evaluate": "weight each batch"}),
    R("ignores beta", "evaluate",
      _evaluate(_SAMPLED + _ADD.replace(", beta))", "))")),
      {"test_evaluate": "beta"}),
    R("one batch too many: an empty last batch when batch_size divides N", "iterate_minibatches",
      _BATCHES_DEF + "    order = torch.randperm(len(images), generator=generator)\n"
      "    for b in range(len(images) // batch_size + 1):\n"
      "        yield images[order[b * batch_size:(b + 1) * batch_size]]\n",
      {"test_iterate_minibatches": "no empty batch"}),
    R("returns tensors", "evaluate",
      _evaluate(_SAMPLED + _ADD, after="    return dict(zip(('total', 'reconstruction', 'kl'), sums / len(images)))\n"),
      {"test_evaluate": "Python floats"}),
    # --- train
    R("leaves the model in eval mode after evaluating", "train",
      _train(""),
      {"test_train_loop": "model.train()"}),
    R("no shuffling: slices the training images in order", "train",
      _train("        model.train()\n").replace(
          "iterate_minibatches(train_images, batch_size, generator)",
          "train_images.split(batch_size)"),
      {"test_train_loop": "shuffle"}),
    R("plain mean of the batch averages", "train",
      _train("        model.train()\n", record="            sums = [s + l for s, l in zip(sums, losses)]\n",
             average="(-(-len(train_images) // batch_size))"),
      {"test_train_loop": "per-image average"}),
    R("sums over the batches without dividing", "train",
      _train("        model.train()\n", average="1"),
      {"test_train_history": "nats per image", "test_train_loop": "per-image average"}),
    R("keeps the last batch's loss only", "train",
      _train("        model.train()\n", record="            sums = list(losses)\n", average="1"),
      {"test_train_loop": "per-image average", "test_train_history": None}),  # a noisy history may not go down
    R("evaluates on the training images", "train",
      _train("        model.train()\n", evaluated="train_images"),
      {"test_train_loop": "on the test images"}),
    R("computes the batch losses with evaluate, without training", "train",
      _train("        model.train()\n").replace("losses = train_step(model, optimizer, x, beta)",
                                                 "losses = tuple(evaluate(model, x, beta=beta).values())"),
      {"test_train_history": "did not learn", "test_train_loop": "train_step was not called"}),
    R("divides evaluate's averages again by the number of test images", "train",
      _train("        model.train()\n").replace("history['test_' + name].append(value)",
                                                 "history['test_' + name].append(value / len(test_images))"),
      {"test_train_loop": "the value evaluate returned", "test_train_history": "nats per image"}),  # train itself: both its checks
    R("a new generator from the same seed every epoch", "train",
      _train("        model.train()\n        shuffler = torch.Generator().manual_seed(generator.initial_seed())\n")
      .replace("iterate_minibatches(train_images, batch_size, generator)",
               "iterate_minibatches(train_images, batch_size, shuffler)"),
      {"test_train_loop": "same order"}),
    R("forgets beta", "train",
      _train("        model.train()\n").replace("train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)"),
      {"test_train_loop": "Pass beta"}),
    # --- checkpoint
    R("saves the whole model object", "checkpoint",
      "def save_checkpoint(model, path):\n    torch.save(model, path)\n"
      "def load_checkpoint(path, build):\n    return torch.load(path, weights_only=False).eval()\n",
      {"test_checkpoint": "state_dict"}),
    R("never loads the saved tensors", "checkpoint",
      _SAVE + "def load_checkpoint(path, build):\n    model = build()\n    torch.load(path)\n    return model.eval()\n",
      {"test_checkpoint": "load_state_dict"}),
    R("returns the model in training mode", "checkpoint",
      _SAVE + "def load_checkpoint(path, build):\n    model = build()\n    model.load_state_dict(torch.load(path))\n"
      "    return model\n",
      {"test_checkpoint": "eval mode"}),
]

ALTERNATIVES = [
    R("split of the permuted tensor", "iterate_minibatches",
      _BATCHES_DEF + "    return images[torch.randperm(len(images), generator=generator)].split(batch_size)\n"),
    R("index tensors split, yield from", "iterate_minibatches",
      _BATCHES_DEF + "    yield from (images[i] for i in torch.randperm(len(images), generator=generator).split(batch_size))\n"),
    R("while loop over a shuffled copy", "iterate_minibatches",
      _BATCHES_DEF + "    shuffled = images[torch.randperm(len(images), generator=generator)]\n    start = 0\n"
      "    while start < len(shuffled):\n        yield shuffled[start:start + batch_size]\n        start += batch_size\n"),
    R("model.zero_grad and float()", "train_step",
      _STEP_DEF + "    model.train()\n    model.zero_grad(set_to_none=True)\n    out = model(x)\n"
      "    losses = negative_elbo(out[0], x, out[1], out[2], beta=beta)\n"
      "    losses[0].backward()\n    optimizer.step()\n    return tuple(float(l) for l in losses)\n"),
    R("inference_mode, sums per image", "evaluate",
      _EVAL_DEF + "    model.eval()\n    totals = {'total': 0.0, 'reconstruction': 0.0, 'kl': 0.0}\n"
      "    with torch.inference_mode():\n"
      "        for x in images.split(batch_size):\n"
      "            mu, logvar = model.encoder(x)\n"
      "            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n"
      "            t, r, k = negative_elbo(model.decoder(z), x, mu, logvar, beta)\n"
      "            for key, v in zip(totals, (t, r, k)):\n                totals[key] += v.item() * x.shape[0]\n"
      "    return {key: v / images.shape[0] for key, v in totals.items()}\n"),
    R("counts images, tqdm over range", "train",
      _TRAIN_DEF + "    history = {key: [] for key in HISTORY_KEYS}\n"
      "    for epoch in tqdm(range(epochs), disable=not progress):\n"
      "        model.train()\n        seen, sums = 0, torch.zeros(3)\n"
      "        for x in iterate_minibatches(train_images, batch_size, generator):\n"
      "            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)\n            seen += len(x)\n"
      "        test = evaluate(model, test_images, beta=beta)\n"
      "        for i, name in enumerate(('total', 'reconstruction', 'kl')):\n"
      "            history['train_' + name].append((sums[i] / seen).item())\n"
      "            history['test_' + name].append(test[name])\n"
      "    return history\n"),
    R("dict of running sums, tqdm with a total", "train",
      "import math\n" + _TRAIN_DEF + "    history = {key: [] for key in HISTORY_KEYS}\n"
      "    n_batches = math.ceil(len(train_images) / batch_size)\n"
      "    for _ in range(epochs):\n        model.train()\n"
      "        running = {'total': 0.0, 'reconstruction': 0.0, 'kl': 0.0}\n"
      "        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches,"
      " disable=not progress):\n"
      "            for name, value in zip(running, train_step(model, optimizer, x, beta)):\n"
      "                running[name] += value * len(x)\n"
      "        for name, value in running.items():\n            history[f'train_{name}'].append(value / len(train_images))\n"
      "        for name, value in evaluate(model, test_images, beta=beta).items():\n"
      "            history[f'test_{name}'].append(value)\n"
      "    return history\n"),
    R("map_location and an explicit eval", "checkpoint",
      "def save_checkpoint(model, path):\n    torch.save({k: v.clone() for k, v in model.state_dict().items()}, str(path))\n"
      "def load_checkpoint(path, build):\n    model = build()\n"
      "    model.load_state_dict(torch.load(path, map_location='cpu'))\n    model.eval()\n    return model\n"),
]
