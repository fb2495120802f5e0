"""Objects that a check hands to the student's code, made the same way in the grader and in the kernel.

Each value made here remembers its recipe (`_vaecourse_given`). When a check runs from outside the
student's process (vaecourse.remote), only the recipe crosses to the kernel, which makes its own copy:
MNIST is not sent through the channel, and a fitted scikit-learn model is never pickled.
"""

import functools
import inspect

import torch

_BUILDERS = {}


def _recipe(function):
    """Register `function` as a builder; what it returns carries the call that made it."""
    if function.__name__ in _BUILDERS:  # two recipes of one name (a merge of two blocks): one would hide the other
        raise ValueError(f"two recipes are named {function.__name__!r}")

    @functools.wraps(function)
    def build(**arguments):
        value = function(**arguments)
        try:
            value._vaecourse_given = (function.__name__, arguments)
        except AttributeError:  # a torch.Generator takes no attributes: it crosses only as a handle (remote.make)
            pass
        return value

    _BUILDERS[function.__name__] = build
    return build


def build(name: str, arguments):
    """Make the given object `name` from its recipe's arguments (the kernel's end of a recipe)."""
    if name not in _BUILDERS or type(arguments) is not dict:
        raise ValueError(f"no given object named {name!r}")
    return _BUILDERS[name](**arguments)


@_recipe
def mnist_vectors(split: str, n: int = 0):
    """The first n (0: all) MNIST images of `split` as (n, 784) float32 vectors in [0, 1]."""
    vectors = _mnist_vectors(split)
    return (vectors[:n] if n else vectors).clone()  # a copy: code under test may change it in place


@_recipe
def tensor(values):
    """A copy of the tensor `values`, made on the student's side (remote.make): a check hands it to the student's
    function, then reads it back (remote.fetch) to see whether the function changed its argument in place."""
    return values.clone()


@_recipe
def strided(values, step: int):
    """values[::step], a view that is not contiguous, made on the student's side (remote.make): a tensor that
    crosses the channel arrives contiguous, so a check that needs a strided argument has it made there."""
    return values.clone()[::step]


@functools.cache
def _mnist_vectors(split: str):
    from vaecourse.training import images_to_float

    return images_to_float(_mnist_uint8(split)).reshape(-1, 784)


@_recipe
def gaussian_mixture(codes, n_components: int, seed: int, covariance_type: str = "full", drawn: int = -1):
    """A scikit-learn GaussianMixture fitted on `codes` ((N, k) float64 tensor). drawn >= 0: its random_state is then
    a NumPy RandomState seeded with `seed` that has drawn that many numbers (sample gives its next draw)."""
    import numpy as np
    from sklearn.mixture import GaussianMixture

    mixture = GaussianMixture(n_components=n_components, covariance_type=covariance_type,
                              random_state=seed).fit(codes.numpy())
    if drawn >= 0:
        mixture.random_state = np.random.RandomState(seed)
        mixture.random_state.standard_normal(drawn)
    return mixture


LAYERS = ("Linear", "ReLU", "Conv2d", "ConvTranspose2d", "Flatten", "Sigmoid", "Tanh", "LayerNorm", "BatchNorm1d")


@_recipe
def layers(spec, frozen=(), seed=None, own: int = 0, tied=(), scalar: bool = False, double: bool = False):
    """An nn.Sequential of torch layers, spec = [[class name, arguments...], ...] (classes of LAYERS); the
    layers at the positions in `frozen` do not require grad. With a seed, its weights are drawn from it (and
    every copy is identical), else from the global RNG. own: the Sequential also holds a parameter of its own,
    "scale", of that many elements (registered on the model itself, not on one of its layers). tied: pairs
    [i, j] of positions whose layers share one weight (layer j's weight is layer i's, as tied weights are).
    scalar: the Sequential also holds a 0-d parameter, "temperature" (shape (), one element). double: in float64."""
    from torch import nn

    if any(type(entry) is not list or not entry or entry[0] not in LAYERS for entry in spec):
        raise ValueError(f"layers: every entry must be [one of {LAYERS}, arguments...]")
    with torch.random.fork_rng(devices=[], enabled=seed is not None):
        if seed is not None:
            torch.manual_seed(seed)
        model = nn.Sequential(*[getattr(nn, name)(*arguments) for name, *arguments in spec])
    for position in frozen:
        model[position].requires_grad_(False)
    if own:
        model.scale = nn.Parameter(torch.ones(own))
    if scalar:
        model.temperature = nn.Parameter(torch.tensor(1.0))
    for first, second in tied:
        model[second].weight = model[first].weight
    return model.double() if double else model


@_recipe
def flat_layers(spec):
    """layers(spec) whose parameters are views of one flat buffer, as a flat-parameter trainer (FSDP, fused
    optimisers) keeps them: each parameter has its own shape and elements, and its storage is the whole buffer."""
    from torch import nn

    model = layers(spec=spec)
    named = list(model.named_parameters())
    flat = torch.cat([parameter.detach().reshape(-1) for _, parameter in named])
    start = 0
    for name, parameter in named:
        owner, _, attribute = name.rpartition(".")
        view = flat[start:start + parameter.numel()].view_as(parameter)
        setattr(model.get_submodule(owner), attribute, nn.Parameter(view, requires_grad=parameter.requires_grad))
        start += parameter.numel()
    return model


@_recipe
def channels_last_layers(spec):
    """layers(spec) moved to channels-last memory (model.to(memory_format=torch.channels_last), as done for faster
    convolutions): each convolution's 4-d weight is then not contiguous (p.view(-1) fails on it), with its own
    shape and elements."""
    return layers(spec=spec).to(memory_format=torch.channels_last)


@_recipe
def recording_linear_calls(model):
    """`model`, whose call model(x) runs forward and returns (what it returned, detached; [the output of each
    torch.nn.functional.linear computed with one of the model's own weights, in call order]). Made on the student's
    side (remote.make): a forward that computes a head with F.linear(h, self.mu.weight, self.mu.bias), which the
    layer's hooks never see, shows that head's output too (an nn.Linear layer's own call is recorded as well)."""
    from torch.overrides import TorchFunctionMode

    weights = {id(parameter) for parameter in model.parameters()}

    class Recording(TorchFunctionMode):
        def __init__(self):
            super().__init__()
            self.outputs = []

        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            out = func(*args, **kwargs)
            weight = args[1] if len(args) > 1 else kwargs.get("weight")
            if getattr(func, "__name__", "") == "linear" and id(weight) in weights and type(out) is torch.Tensor:
                self.outputs.append(out.detach().clone())
            return out

    def call(x):
        recording = Recording()
        with torch.no_grad(), recording:
            result = model(x)
        if type(result) in (tuple, list):
            result = tuple(value.detach().clone() if type(value) is torch.Tensor else None for value in result)
        return result, recording.outputs
    return call


NETWORKS = ("DenseEncoder", "DenseDecoder")


@_recipe
def network(kind: str, latent_dim: int, hidden=(), seed: int = 0, logvar_shift=()):
    """A vaecourse.models DenseEncoder or DenseDecoder whose weights are drawn from `seed`, so that every copy is
    identical (the global RNG is left as it was). logvar_shift (an encoder's): added to the bias of its logvar
    head, one value per latent dimension, to spread the variances.

    DenseDecoder with hidden=() is a single Linear(latent_dim, 784): a check can then recover the codes it was
    given from its logits, by least squares.
    """
    from vaecourse import models

    if kind not in NETWORKS:
        raise ValueError(f"network: kind must be one of {NETWORKS}")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = getattr(models, kind)(latent_dim, hidden=tuple(hidden))
    if logvar_shift:
        with torch.no_grad():
            model.logvar_head.bias += torch.tensor(logvar_shift, dtype=torch.float32)
    return model


class _JointHeadEncoder(torch.nn.Module):
    """A dense encoder whose mu and logvar come from one Linear(width, 2 * latent_dim), as notebook 02 allows: it has
    no mu_head."""

    def __init__(self, latent_dim: int, width: int):
        super().__init__()
        self.body = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, width), torch.nn.ReLU())
        self.head = torch.nn.Linear(width, 2 * latent_dim)

    def forward(self, x):
        return self.head(self.body(x)).chunk(2, dim=1)


@_recipe
def joint_head_encoder(latent_dim: int, width: int, seed: int = 0):
    """A _JointHeadEncoder whose weights are drawn from `seed` (the global RNG is left as it was)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return _JointHeadEncoder(latent_dim, width)


@_recipe
def logits_only(decoder, scale: float = 1.0):
    """`decoder` (a given network) behind a module that has only forward: all that the statement promises of a
    decoder (a module mapping z to logits), without the course's decoders' probs. scale: its logits are multiplied
    by it (logits of hundreds, as a confident decoder gives)."""
    from torch import nn

    class LogitsOnly(nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, z):
            return self.inner(z) * scale if scale != 1.0 else self.inner(z)

    return LogitsOnly(decoder)


@_recipe
def offset_first_decoder(decoder):
    """`decoder` (a given network) behind a module whose first parameter is its own: a learned offset of the logits,
    of shape (1, 1, 28, 28), at 0 (the logits are the decoder's). A decoder is any module mapping z to logits: its
    first parameter need not be the weight of a Linear(latent_dim, ...), so the code size is not read from it."""
    from torch import nn

    class OffsetFirst(nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.offset = nn.Parameter(torch.zeros(1, 1, 28, 28))
            self.inner = inner

        def forward(self, z):
            return self.inner(z) + self.offset

    return OffsetFirst(decoder)


@_recipe
def autoencoder(latent_dim: int, hidden=(), seed: int = 0):
    """A correct plain autoencoder (the package's AutoEncoder, z = mu) of a DenseEncoder and a DenseDecoder (see
    `network`) with weights drawn from `seed`, for the checks of what is built on top of one."""
    from vaecourse.models import AutoEncoder

    return AutoEncoder(network(kind="DenseEncoder", latent_dim=latent_dim, hidden=hidden, seed=seed),
                       network(kind="DenseDecoder", latent_dim=latent_dim, hidden=hidden, seed=seed + 1), latent_dim)


OPTIMIZERS = ("SGD", "Adam")


@_recipe
def optimizer(model, kind: str, lr: float):
    """A torch.optim SGD or Adam over the parameters of `model` (a module made on the same side: see
    vaecourse.remote.make)."""
    if kind not in OPTIMIZERS or not isinstance(model, torch.nn.Module):
        raise ValueError(f"optimizer: kind must be one of {OPTIMIZERS}, for a module")
    return getattr(torch.optim, kind)(model.parameters(), lr=lr)


@_recipe
def optimizer_steps(optimizer):
    """The step counts that `optimizer` (Adam) keeps for the parameters it has state for, as a tensor: what a check
    reads to see whether the state carried over (made on the student's side, remote.make)."""
    return torch.tensor([float(state["step"]) for state in optimizer.state.values() if "step" in state])


@_recipe
def generator(seed: int, drawn: int = 0):
    """A torch.Generator seeded with `seed`, for a student's function that draws its own random numbers (made
    on the student's side with vaecourse.remote.make: a generator cannot cross). drawn: it has already drawn
    that many numbers (torch.randn), as a generator the notebook used before has."""
    made = torch.Generator().manual_seed(seed)
    if drawn:
        torch.randn(drawn, generator=made)
    return made


class GlobalRandom:
    """torch's global random state on the student's side: seed it, and read what it draws next."""

    def seed(self, value: int) -> None:
        torch.manual_seed(value)

    def draw(self, n: int):
        return torch.rand(n)


@_recipe
def global_random():
    """A GlobalRandom: for the checks that a function leaves the caller's global random state its own."""
    return GlobalRandom()


# ---------------------------------------------------------------- notebook 06 (the latent space)

LATENT_MODELS = ("vae", "autoencoder")


@_recipe
def latent_model(kind: str, latent_dim: int, hidden=(), seed: int = 0, spied: bool = False):
    """A vaecourse.models dense_vae or dense_autoencoder whose weights are drawn from `seed` (every copy is
    identical; the global RNG is left as it was), in training mode. spied: its encoder and decoder are
    wrapped in checks.Spy, which records every call (training mode, gradient mode, batch size) in .calls,
    read by the checks of functions that must encode or decode in eval mode, without gradients, in batches
    (made with vaecourse.remote.make, so that the calls are recorded where they happen)."""
    from vaecourse import models
    from vaecourse.checks import Spy

    if kind not in LATENT_MODELS:
        raise ValueError(f"latent_model: kind must be one of {LATENT_MODELS}")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = getattr(models, f"dense_{kind}")(latent_dim, hidden=tuple(hidden))
    if spied:
        model.encoder, model.decoder = Spy(model.encoder), Spy(model.decoder)
    return model.train()


@_recipe
def trained_posterior(part: str, count: int, seed: int):
    """The `part` ("mu" or "logvar", (count, 20)) of the trained VAE mlp_vae_z20 for `count` test images
    drawn with `seed`: the real encoder outputs on which a check judges aggregate_moments, computed on each
    side from the shipped checkpoint rather than sent."""
    if part not in ("mu", "logvar"):
        raise ValueError("trained_posterior: part must be 'mu' or 'logvar'")
    outputs = _trained_posterior()[0 if part == "mu" else 1]
    chosen = torch.randperm(len(outputs), generator=torch.Generator().manual_seed(seed))[:count]
    return outputs[chosen]  # indexing copies: code under test may change it in place


@functools.cache
def _trained_posterior():
    """(mu, logvar) of mlp_vae_z20 for all the test images, computed once (a grader serves many students)."""
    from vaecourse.training import load_pretrained

    with torch.no_grad():
        return load_pretrained("mlp_vae_z20").encoder(_mnist_vectors("test"))


# ---------------------------------------------------------------- notebook 07 (the beta study)

@_recipe
def mnist_images(split: str, n: int, start: int = 0, blank: int = 0):
    """MNIST images start to start + n of `split` as (n, 1, 28, 28) float32 in [0, 1], as
    vaecourse.training.mnist_tensors gives them (a window drawn by the check: images the student never chose),
    followed by `blank` all-zero images (whose codes, and KLs, differ from a digit's)."""
    from vaecourse.training import images_to_float

    digits = images_to_float(_mnist_uint8(split)[start:start + n].clone())
    return torch.cat([digits, torch.zeros(blank, 1, 28, 28)]) if blank else digits


@functools.cache
def _mnist_uint8(split: str):
    from vaecourse.data import load_mnist

    return load_mnist(split)[0]  # uint8: the float copy of the training split would cost 188 MB


@_recipe
def runs(points):
    """A list of study runs, one dict {"beta", "test_kl", "test_reconstruction", "test_total"} per
    [beta, kl, reconstruction] of `points`, in that order. Made on the student's side (remote.make), the list
    stays there, so that a check sees whether the student's code reordered it."""
    return [{"beta": float(beta), "test_kl": float(kl), "test_reconstruction": float(reconstruction),
             "test_total": float(kl) + float(reconstruction)} for beta, kl, reconstruction in points]


@_recipe
def plain_list(values):
    """A list of `values` (the widths of a network, say). Made on the student's side (remote.make), the list stays
    there, so that a check reads back (its .copy()) whether the student's code changed the list it was given."""
    return list(values)


@_recipe
def study_runs(study: str, order):
    """The runs of the cached study `study` (vaecourse.studies.load_study), in the order of the indices `order`."""
    runs = _study_runs(study)
    return [{key: value.clone() if isinstance(value, torch.Tensor) else value for key, value in runs[index].items()}
            for index in order]  # copies: code under test may change them in place


@functools.cache
def _study_runs(name: str):
    from vaecourse.studies import load_study

    return load_study(name)["runs"]


# ---------------------------------------------------------------- notebook 08 (the conditional VAE)


class _Recorder(torch.nn.Module):
    """Wraps a network of a student's model and keeps a copy of every input it receives. An encoder's: with
    `shift` set, a constant is added to the log-variances it returns (Recordings.spread_logvar)."""

    def __init__(self, inner):
        super().__init__()
        self.inner, self.inputs, self.shift, self.scale = inner, [], None, None

    def forward(self, x):
        self.inputs.append(x.detach().clone())
        out = self.inner(x)
        if self.scale is not None:
            return out * self.scale
        if self.shift is None:
            return out
        mu, logvar = out
        return mu, logvar + self.shift

    def probs(self, z):
        """A decoder's probs (sigmoid of its logits), its input recorded as forward's is."""
        return torch.sigmoid(self(z))


class Recordings:
    """What the encoder and the decoder of a model received (made by `recording`, on the model's side)."""

    def __init__(self, model):
        model.encoder, model.decoder = _Recorder(model.encoder), _Recorder(model.decoder)
        self._encoder, self._decoder = model.encoder, model.decoder

    def encoder_inputs(self):
        return list(self._encoder.inputs)

    def decoder_inputs(self):
        return list(self._decoder.inputs)

    def clear(self):
        self._encoder.inputs.clear()
        self._decoder.inputs.clear()

    def spread_logvar(self, shift=None):
        """From now on the encoder's log-variances are shifted by `shift` (one value per latent dimension, or one per
        image as a column [[s1], [s2], ...], or None for none): variances far from 1, so that how they are used
        shows."""
        self._encoder.shift = None if shift is None else torch.tensor(shift, dtype=torch.float32)

    @torch.no_grad()
    def encoded(self, inputs):
        """What the model's own encoder returns for `inputs`, log-variances shifted as set (bypassing the recording)."""
        mu, logvar = self._encoder.inner(inputs)
        return mu, logvar if self._encoder.shift is None else logvar + self._encoder.shift

    def scale_logits(self, scale=None):
        """From now on the decoder's logits are multiplied by `scale` (or None for not): logits of hundreds, so
        that a clamp or a squashing of them shows."""
        self._decoder.scale = scale

    @torch.no_grad()
    def decoded(self, inputs):
        """What the model's own decoder returns for `inputs`, scaled as set (bypassing the recording)."""
        out = self._decoder.inner(inputs)
        return out if self._decoder.scale is None else out * self._decoder.scale


@_recipe
def recording(model):
    """Wrap the encoder and the decoder of `model` (a student's conditional VAE, made on the same side: see
    vaecourse.remote.make) so that they record their inputs; returns the Recordings."""
    if not isinstance(model, torch.nn.Module) or not all(
            isinstance(getattr(model, name, None), torch.nn.Module) for name in ("encoder", "decoder")):
        raise ValueError("recording: the model must be a module with an encoder and a decoder")
    return Recordings(model)


class InkClassifier(torch.nn.Module):
    """A toy digit classifier: it predicts the digit round(9 * mean pixel value), and records its modes.

    As if dropout were on, it answers 0 for every image in training mode.
    """

    def __init__(self):
        super().__init__()
        self.modes = []

    def forward(self, x):
        self.modes.append(self.training)
        ink = x.reshape(len(x), -1).mean(dim=1, keepdim=True)  # (N, 1)
        logits = -(9 * ink - torch.arange(10)).abs()  # (N, 10), largest at round(9 * ink)
        return logits.index_fill(1, torch.arange(1, 10), -100.0) if self.training else logits


@_recipe
def ink_classifier():
    """An InkClassifier, in training mode (the mode of a new module)."""
    return InkClassifier()


class NestedInkClassifier(torch.nn.Module):
    """An InkClassifier inside a wrapper, as a real classifier's dropout sits in a submodule: only the inner
    module's mode decides its answers (0 for every image in training mode)."""

    def __init__(self):
        super().__init__()
        self.inner = InkClassifier()

    def forward(self, x):
        return self.inner(x)


@_recipe
def nested_ink_classifier():
    """A NestedInkClassifier, in training mode (the mode of a new module)."""
    return NestedInkClassifier()


@_recipe
def pretrained(checkpoint: str):
    """A shipped, trained model of the course (vaecourse.training.load_pretrained(checkpoint)), in eval mode."""
    from vaecourse.training import load_pretrained

    return load_pretrained(checkpoint)


@_recipe
def digit_classifier():
    """The course's pretrained reference digit classifier (load_pretrained("digit_classifier")), in eval mode."""
    from vaecourse.training import load_pretrained

    return load_pretrained("digit_classifier")


def seeded_sample(mu, logvar, generator):
    """reparameterize(mu, logvar) with its noise drawn from `generator`: the given models sample the same codes,
    call after call, on both sides of the channel, whatever the global random state."""
    eps = torch.randn(mu.shape, generator=generator, dtype=mu.dtype, device=mu.device)
    return mu + torch.exp(0.5 * logvar) * eps


class ConditionalVAE(torch.nn.Module):
    """A correct conditional VAE (notebook 08's exercise) whose sampling noise comes from its own seeded
    generator: two copies made from the same recipe sample the same codes, call for call."""

    def __init__(self, latent_dim, hidden, n_classes, seed, spare=0.0, saturated=0.0):
        from vaecourse.models import DenseDecoder, DenseEncoder

        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
            self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
        self.noise = torch.Generator().manual_seed(seed + 1)
        if spare:  # a parameter the loss does not depend on (given.vae's spare)
            self.spare = torch.nn.Parameter(torch.full((4,), float(spare)))
        if saturated:  # a saturated decoder: every logit about `saturated`
            last = [module for module in self.decoder.modules() if isinstance(module, torch.nn.Linear)][-1]
            with torch.no_grad():
                last.bias.fill_(float(saturated))

    def forward(self, x, labels):
        c = torch.nn.functional.one_hot(labels.long(), self.n_classes).float()
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = seeded_sample(mu, logvar, self.noise) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar


@_recipe
def conditional_vae(latent_dim: int, hidden=(), n_classes: int = 10, seed: int = 0, spare: float = 0.0,
                    saturated: float = 0.0):
    """A given.ConditionalVAE in training mode, weights and noise drawn from `seed`, for the checks of what
    trains one (made on the student's side with vaecourse.remote.make, so that it is trained in place).
    saturated: the bias of the decoder's last layer, so that every logit is about that value."""
    return ConditionalVAE(latent_dim, tuple(hidden), n_classes, seed, spare, saturated)


@_recipe
def quiet_conditional_vae(latent_dim: int, hidden=(), seed: int = 0, scale: float = 1e-3):
    """given.conditional_vae whose encoder heads (mu and logvar) are scaled by `scale`: codes at the prior, a KL per
    image far below 1e-3 but not 0, whose gradient still moves the encoder (for a step taken with a large beta)."""
    model = ConditionalVAE(latent_dim, tuple(hidden), 10, seed)
    with torch.no_grad():
        for head in (model.encoder.mu_head, model.encoder.logvar_head):
            for parameter in head.parameters():
                parameter.mul_(float(scale))
    return model


@_recipe
def reporting_warning_filters(function):
    """`function`, whose call returns (what it returned, whether it changed the warning filters). Made on the student's
    side (remote.make): the call runs inside warnings.catch_warnings() from empty filters (resetwarnings), which are then
    put back as they were, so that warnings.filterwarnings("ignore") or simplefilter as a statement (filters left
    changed for the caller, silencing its warnings) shows, even in a kernel that ignores warnings already."""
    import warnings

    def call(*args, **kwargs):
        with warnings.catch_warnings():
            warnings.resetwarnings()
            before = list(warnings.filters)
            result = function(*args, **kwargs)
            return result, list(warnings.filters) != before
    return call


# ---------------------------------------------------------------- notebook 05 (training)


@_recipe
def numbered_images(n: int):
    """n images (n, 1, 28, 28), image i filled with the value i: a check reads which images a batch holds."""
    return torch.arange(n, dtype=torch.float32).reshape(n, 1, 1, 1).expand(n, 1, 28, 28).clone()


@functools.cache
def _seeded_vae_class():
    from vaecourse.models import VAE

    class SeededVAE(VAE):
        """The course's VAE, whose training-mode noise comes from its own generator: two copies made from the
        same recipe draw the same z, call after call, whatever the global random state."""

        def forward(self, x):
            mu, logvar = self.encoder(x)
            z = seeded_sample(mu, logvar, self.noise) if self.training else mu
            return self.decoder(z), mu, logvar

    return SeededVAE


@functools.cache
def _counting_vae_class():
    from vaecourse.models import VAE

    class CountingVAE(VAE):
        """The course's VAE, which counts in .moves the calls that convert or move its tensors (.cpu(), .to(...),
        .double(): each goes through Module._apply). A copy counts its own."""

        moves = 0

        def _apply(self, fn, *args, **kwargs):
            self.moves += 1
            return super()._apply(fn, *args, **kwargs)

    return CountingVAE


@_recipe
def vae(latent_dim: int, hidden=(), seed: int = 0, noise_seed=None, spy: bool = False, mu_scale: float = 1.0,
        logvar_bias=None, buffer: bool = False, spare: float = 0.0, grads: bool = False, double: bool = False,
        moves: bool = False, digits: bool = False):
    """A vaecourse.models.dense_vae with weights drawn from `seed` (the global RNG is left as it was).

    noise_seed: z is sampled with a generator of that seed in training mode (a SeededVAE), so that a check
    can repeat a training step exactly; spy: its encoder and decoder are checks.Spy (their `calls` record the
    mode, the grad mode and the batch size of every call); mu_scale: multiplies the weights of the mu head (codes, and
    KLs, that differ much from image to image); logvar_bias: every logvar bias set to it (a wide q(z|x));
    buffer: the model also holds a buffer, "calibration", drawn from `seed` (state that is not a parameter, as
    BatchNorm's running statistics are). spare: the model also holds a parameter "spare" of that value that its
    forward never reads (the loss does not depend on it: a training step must leave it as it is). grads: every
    parameter's .grad drawn from `seed` too (a model between backward() and the optimizer's step). double: in float64
    (model.double()); digits: with double, every tensor of its state nudged by 1e-9 of itself, so that it holds values
    float32 cannot (a copy through float32 shows). moves: model.moves counts the calls that convert or move its tensors (.cpu(), .to(...),
    .double(): every one goes through Module._apply).
    """
    from vaecourse import models
    from vaecourse.checks import Spy

    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        base = models.dense_vae(latent_dim=latent_dim, hidden=tuple(hidden))
        calibration = torch.randn(latent_dim)
    with torch.no_grad():
        base.encoder.mu_head.weight *= mu_scale
        if logvar_bias is not None:
            base.encoder.logvar_head.bias.fill_(logvar_bias)
    encoder = Spy(base.encoder) if spy else base.encoder
    decoder = Spy(base.decoder) if spy else base.decoder
    if noise_seed is None:
        model = models.VAE(encoder, decoder, latent_dim)
    else:
        model = _seeded_vae_class()(encoder, decoder, latent_dim)
        model.noise = torch.Generator().manual_seed(noise_seed)
    if buffer:
        model.register_buffer("calibration", calibration)
    if spare:
        model.spare = torch.nn.Parameter(torch.full((4,), float(spare)))
    if grads:
        noise = torch.Generator().manual_seed(seed)
        for parameter in model.parameters():
            parameter.grad = torch.randn(parameter.shape, generator=noise)
    model = model.double() if double else model
    if double and digits:
        with torch.no_grad():
            for tensor in model.state_dict().values():
                tensor.mul_(1 + 1e-9)
    if moves:
        if noise_seed is not None:
            raise ValueError("vae: moves and noise_seed cannot be combined")
        model.__class__ = _counting_vae_class()
    return model


@_recipe
def vae_builder(latent_dim: int, hidden=(), seed: int = 0, buffer: bool = False, double: bool = False,
                digits: bool = False):
    """A function without arguments that returns a new `vae(latent_dim, hidden, seed, buffer=buffer, double=double)`:
    the `build` of load_checkpoint."""
    def build():
        return vae(latent_dim=latent_dim, hidden=hidden, seed=seed, buffer=buffer, double=double, digits=digits)

    return build


@_recipe
def scratch_file(file_name: str):
    """A pathlib.Path `file_name` in a new empty temporary folder (removed when the process exits): where a check
    asks the student's code to write a file. Made on the student's side with vaecourse.remote.make."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    folder = tempfile.mkdtemp(prefix="vaecourse-check-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder) / file_name


@_recipe
def learning_rates():
    """A function read(optimizer) -> the learning rate of each of its parameter groups, as Python floats. Made on the
    student's side (remote.make), and called there, where the optimizer lives."""

    def read(optimizer):
        return [float(group["lr"]) for group in optimizer.param_groups]

    return read


@_recipe
def learning_rate_set(optimizer, lr: float):
    """Sets the learning rate of every parameter group of `optimizer` to `lr`, as a caller's schedule does between
    steps (made on the student's side for an optimizer there, with remote.make). Returns None."""
    for group in optimizer.param_groups:
        group["lr"] = float(lr)


@_recipe
def learning_rate_scheduled(optimizer, factor: float):
    """Attaches a torch.optim.lr_scheduler.LambdaLR of constant `factor` to `optimizer`, as a caller's schedule does:
    every group's lr becomes its initial_lr (the lr it had, now kept in the group) times factor. Returns None."""
    torch.optim.lr_scheduler.LambdaLR(optimizer, lambda epoch: float(factor))


@_recipe
def file_reader():
    """A function read(path) -> what a check reads of a file the student's code wrote: {"exists": bool,
    "type": the type name of what torch.load(path, weights_only=True) returns, "loaded": it, as a plain dict,
    if it is a dict (a state_dict is an OrderedDict, which would cross as a handle), "error": the class of the
    error that loading raised, or None, "writable": whether its owner may write it}. Made on the student's side (remote.make), and called there: the file is unpickled
    there, never in the grader, and only with weights_only."""
    import stat
    from pathlib import Path

    def read(path):
        report = {"exists": Path(path).is_file(), "type": None, "loaded": None, "error": None, "writable": None}
        if report["exists"]:
            report["writable"] = bool(Path(path).stat().st_mode & stat.S_IWUSR)
            try:
                loaded = torch.load(path, weights_only=True)
            except Exception as error:
                report["error"] = type(error).__name__
            else:
                report["type"] = type(loaded).__name__
                report["loaded"] = dict(loaded) if isinstance(loaded, dict) else None
        return report

    return read


@_recipe
def stale_gradients(model, seed: int):
    """Fills the .grad of every parameter of `model` with noise drawn from `seed`, as a backward() run before
    (a cell that inspected a loss) leaves them. Made on the student's side (remote.make) for a model there."""
    generator = torch.Generator().manual_seed(seed)
    for parameter in model.parameters():
        parameter.grad = torch.randn(parameter.shape, generator=generator)


@_recipe
def graphed_gradients():
    """A function read(model) -> the names of the parameters of `model` whose .grad requires grad or has a grad_fn
    (a backward(create_graph=True) leaves such gradients, with the graph that made them). Made on the student's side
    (remote.make), and called there: the channel sends tensors without their autograd state."""

    def read(model):
        return [name for name, parameter in model.named_parameters()
                if parameter.grad is not None and (parameter.grad.requires_grad or parameter.grad.grad_fn is not None)]

    return read


@_recipe
def near_perfect_vae(latent_dim: int, hidden=(), seed: int = 0, logit: float = -16.0):
    """A vae(latent_dim, hidden, seed) whose codes are exactly N(0, I) (its mu and logvar heads zero: a KL of 0) and
    whose decoder gives every pixel the logit `logit` whatever z (its last layer's weights zero, its biases `logit`):
    on blank images its loss is 784 log(1 + e^logit) nats per image (about 1e-4 for -16, 0 after float32's rounding),
    a model that has nearly nothing left to learn there, yet gradients (about 1e-7) that Adam's step turns into moves
    of about lr."""
    model = vae(latent_dim=latent_dim, hidden=hidden, seed=seed)
    with torch.no_grad():
        for head in (model.encoder.mu_head, model.encoder.logvar_head):
            head.weight.zero_()
            head.bias.zero_()
        last = model.decoder.body[-1]
        last.weight.zero_()
        last.bias.fill_(logit)
    return model


@_recipe
def layers_builder(spec, seed: int):
    """A function without arguments that returns a new `layers(spec, seed=seed)`: the `build` of load_checkpoint for
    a model of torch layers (a BatchNorm1d's integer buffer, num_batches_tracked)."""
    def build():
        return layers(spec=spec, seed=seed)

    return build


@_recipe
def without_gradients(function):
    """`function`, called inside torch.no_grad() as inference code calls it. Made on the student's side
    (remote.make(function, "without_gradients", function=function)), it runs the student's function there. It wraps
    `function` (functools.wraps), so that a check that watches the call (checks.with_course_functions) replaces the
    notebook's globals that `function` reads, as for `function` itself."""
    @functools.wraps(function)
    def call(*args, **kwargs):
        with torch.no_grad():
            return function(*args, **kwargs)
    return call


@_recipe
def on_non_leaf(function):
    """`function`, whose call passes each tensor argument that requires grad as a non-leaf copy of it (argument * 1,
    as an encoder's mu is the output of a layer) and returns (what it returned, those arguments as they are after the
    call, detached copies). Made on the student's side (remote.make): a function that changes such an argument in
    place (mu.add_(...), which autograd allows on a non-leaf) shows."""
    def call(*args):
        inputs = [argument * 1 if isinstance(argument, torch.Tensor) and argument.requires_grad else argument
                  for argument in args]
        result = function(*inputs)
        return result, [argument.detach().clone() if isinstance(argument, torch.Tensor) else argument
                        for argument in inputs]
    return call


@_recipe
def reporting_grad_mode(function, enabled: bool):
    """`function`, called with gradients on (enabled=True) or off (False, as inside a caller's
    `with torch.no_grad():`), whose call returns (what it returned, torch.is_grad_enabled() right after it). Made on
    the student's side (remote.make), it reads the mode before the block restores it: a function that switches
    gradients on for good (torch.set_grad_enabled(True)) shows. (One that switches them off for good fails on the
    channel, which reads the mode after every call.)"""
    def call(*args, **kwargs):
        with torch.set_grad_enabled(enabled):
            result = function(*args, **kwargs)
            return result, torch.is_grad_enabled()
    return call


@_recipe
def reporting_shared_storage(function):
    """`function`, whose call returns (what it returned, whether a tensor it returned shares storage with a tensor
    argument). Made on the student's side (remote.make): a result that is the caller's tensor itself, or a view of
    it, shows (the caller who changes one then changes the other)."""
    def call(*args, **kwargs):
        result = function(*args, **kwargs)
        outputs = result if isinstance(result, (tuple, list)) else (result,)
        inputs = {argument.untyped_storage().data_ptr() for argument in (*args, *kwargs.values())
                  if isinstance(argument, torch.Tensor)}
        shared = any(isinstance(output, torch.Tensor) and output.untyped_storage().data_ptr() in inputs
                     for output in outputs)
        return result, shared
    return call


@_recipe
def reporting_threads(function, threads: int):
    """`function`, called with torch's thread count set to `threads`, whose call returns (what it returned,
    torch.get_num_threads() right after it); the count is then put back as it was. Made on the student's side
    (remote.make): a function that sets the caller's thread count for good (torch.set_num_threads(1) without
    restoring it) shows, whatever count the kernel runs with (a grader's kernel already has 1 thread)."""
    def call(*args, **kwargs):
        kept = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            result = function(*args, **kwargs)
            return result, torch.get_num_threads()
        finally:
            torch.set_num_threads(kept)
    return call


@_recipe
def summarised(function, rows):
    """`function`, whose call returns what a check reads of a large result instead of all of it: (its type's name,
    its dtype as text, its shape, its rows at the indices `rows`) for a tensor, else (the type's name, None, None,
    None). Made on the student's side (remote.make): a result too large for one reply (tens of thousands of images)
    is read there."""
    def call(*args, **kwargs):
        result = function(*args, **kwargs)
        if type(result) is not torch.Tensor:
            return type(result).__name__, None, None, None
        picked = [row for row in rows if -len(result) <= row < len(result)] if result.dim() else []
        return "Tensor", str(result.dtype), tuple(result.shape), result[picked].detach().clone() if picked else None
    return call


@_recipe
def reporting_folder(function):
    """`function`, whose call returns (what it returned, whether the working folder changed during it); the folder is
    then put back. Made on the student's side (remote.make): a function that leaves the caller in another folder
    (os.chdir) breaks every relative path the notebook uses afterwards (data/, checkpoints/)."""
    import os

    def call(*args, **kwargs):
        kept = os.getcwd()
        try:
            result = function(*args, **kwargs)
            return result, os.getcwd() != kept
        finally:
            os.chdir(kept)
    return call


@_recipe
def reporting_inference(function):
    """`function`, whose call returns (what it returned, whether any tensor in it is an inference tensor). Made on
    the student's side (remote.make): a tensor made under torch.inference_mode() crosses the channel as an ordinary
    tensor, but in the caller's process it cannot be saved for backward or changed in place outside that mode."""
    def inference(value) -> bool:
        if isinstance(value, torch.Tensor):
            return value.is_inference()
        if isinstance(value, dict):
            value = list(value.values())
        return isinstance(value, (tuple, list)) and any(inference(item) for item in value)

    def call(*args, **kwargs):
        result = function(*args, **kwargs)
        return result, inference(result)
    return call


@_recipe
def reporting_inference_wrapped(function):
    """reporting_inference(function) that wraps `function` (functools.wraps), so that a check that watches the call
    (checks.with_course_functions) replaces the notebook's globals that `function` reads, as for `function` itself."""
    return functools.wraps(function)(reporting_inference(function=function))


@_recipe
def reporting_library_settings(function):
    """`function`, whose call returns (what it returned, scikit-learn's global configuration keys it left changed,
    threadpoolctl's thread limits before and after it, or None if kept). Made on the student's side (remote.make):
    the call runs with scikit-learn's default configuration (an earlier call may have changed the kernel's) and the
    BLAS/OpenMP thread limits at 3 (a count no kernel runs with), and both are then put back as they were, so that
    sklearn.set_config(...) or threadpool_limits(1) as a statement (left changed for the caller) shows."""
    import sklearn
    from threadpoolctl import threadpool_info, threadpool_limits

    def call(*args, **kwargs):
        kept = sklearn.get_config()
        defaults = dict(getattr(getattr(sklearn, "_config", None), "_global_config", None) or kept)
        try:
            sklearn.set_config(**defaults)
            with threadpool_limits(3):
                limits = [info["num_threads"] for info in threadpool_info()]
                result = function(*args, **kwargs)
                after = [info["num_threads"] for info in threadpool_info()]
            changed = sorted(f"{key}={value!r}" for key, value in sklearn.get_config().items()
                             if defaults.get(key, value) != value)
        finally:
            sklearn.set_config(**kept)
        return result, changed, None if after == limits else (limits, after)
    return call


@_recipe
def called_twice(function, scale: float = 1.0):
    """`function`, whose call runs it twice on the same arguments, the tensor arguments multiplied in place by
    `scale` in between, and returns (first result, second result, whether both are one tensor's storage). Made on
    the student's side (remote.make), it shows what a cache keeps between calls: the very same tensor returned
    again, or a result kept by the argument's identity (id, data_ptr) although its values changed."""
    def call(*args, **kwargs):
        first = function(*args, **kwargs)
        if scale != 1.0:
            with torch.no_grad():
                for argument in (*args, *kwargs.values()):
                    if isinstance(argument, torch.Tensor):
                        argument.mul_(scale)
        second = function(*args, **kwargs)
        same = (isinstance(first, torch.Tensor) and isinstance(second, torch.Tensor)
                and first.untyped_storage().data_ptr() == second.untyped_storage().data_ptr())
        return first, second, same
    return call


@_recipe
def called_in_turn(function, listed: bool = False):
    """`function`, whose call (first, second) runs it on the arguments `first` (a list), then on `second`, and returns
    both results, the first as it is after the second call. Made on the student's side (remote.make): a result made
    of views of a buffer the function keeps and refills (a module-level tensor, out=) shows changed. listed: each
    result is iterated into a list at once (the batches of a generator)."""
    def call(first, second):
        earlier = function(*first)
        earlier = list(earlier) if listed else earlier
        later = function(*second)
        return earlier, list(later) if listed else later
    return call


@_recipe
def first_values_of_batches(function, limit: int):
    """`function`, whose call iterates what it returns (at most `limit` items) and gives back, for each batch, the
    first value of each of its rows (batch.flatten(1)[:, 0], so its length too), or the batch's type name if it is
    not a tensor of two or more dimensions. Made on the student's side (remote.make): a pass over a large set of
    numbered_images (more than MNIST's 60,000) is read without sending the images back."""
    import itertools

    def call(*args, **kwargs):
        return [batch.flatten(1)[:, 0].clone() if isinstance(batch, torch.Tensor) and batch.dim() >= 2
                else type(batch).__name__ for batch in itertools.islice(function(*args, **kwargs), limit)]
    return call


@_recipe
def shifted_weights(model, amount: float):
    """Adds `amount` to every floating-point parameter of `model` in place, as a training step changes them (made on the
    student's side for a model there, with remote.make): a result kept from before, keyed by the input's identity,
    shows as stale. Returns None (the model keeps the recipe it was made with)."""
    with torch.no_grad():
        for parameter in model.parameters():
            if parameter.is_floating_point():
                parameter.add_(amount)


@_recipe
def parameter_set(model, parameter: str, value):
    """Copies `value` into the parameter named `parameter` of `model` in place (made on the student's side for a model there,
    with remote.make): the checks move one parameter to read the slope of the outputs along it. Returns None."""
    with torch.no_grad():
        dict(model.named_parameters())[parameter].copy_(value)


@_recipe
def raising(message: str):
    """A function that ignores its arguments and raises RuntimeError(message): it stands in for one the student's
    function calls (remote.watching's _instead), to see that an error there is not swallowed."""
    def fail(*args, **kwargs):
        raise RuntimeError(message)
    return fail


@_recipe
def returning(value):
    """A function that ignores its arguments and returns a copy of `value`: it stands in for one the student's
    function calls (checks.with_functions), to hand it an input the data alone would give only by chance."""
    def constant(*args, **kwargs):
        return value.clone()
    return constant


@_recipe
def rising_evaluate():
    """The course's evaluate, whose every value rises by 1,000 nats at each call: a test loss that gets worse every
    epoch. It stands in for a student's train's evaluate (remote.watching's _instead): training must go on all the
    same, for every epoch asked, and end with the last weights (no early stopping, no return to the best epoch)."""
    from vaecourse import training

    calls = []

    def evaluate(model, images, batch_size=1000, beta=1.0):
        calls.append(None)
        result = training.evaluate(model, images, batch_size=batch_size, beta=beta)
        return {key: value + 1000.0 * len(calls) for key, value in result.items()}
    return evaluate


@_recipe
def course_function(name: str):
    """The course's own center, covariance or reconstruct (notebook 01), reparameterize, bernoulli_reconstruction or
    kl_to_standard_normal (notebook 04), iterate_minibatches, train_step or evaluate (notebook 05), encode_means or
    decode (notebook 06), fit (never with a progress bar: notebook 07), one_hot (notebook 08), log_mean_exp or
    log_weights (notebook 09), with the notebooks' signatures: they stand in for the student's while a check watches
    the student's pca_fit, train, VAE.forward... (vaecourse.remote.watching), so that a mistake in one of them is
    charged by its own check, not a second time by the check of what calls it."""
    from vaecourse import models, training
    from vaecourse.checks import quality
    from vaecourse.models import negative_elbo

    def center(X):
        mean = X.mean(dim=0)
        return X - mean, mean

    def covariance(Xc):
        return Xc.T @ Xc / (len(Xc) - 1)

    def reconstruct(Z, mean, components):
        return Z @ components[:, :Z.shape[1]].T + mean

    def train_step(model, optimizer, x, beta=1.0):
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()

    def evaluate(model, images, batch_size=1000, beta=1.0):
        return training.evaluate(model, images, batch_size=batch_size, beta=beta)

    def encode_means(model, images, batch_size=1000):
        model.eval()
        with torch.no_grad():
            return torch.cat([model.encoder(images[start:start + batch_size])[0]
                              for start in range(0, len(images), batch_size)])

    def decode(model, z):
        model.eval()
        with torch.no_grad():
            return torch.sigmoid(model.decoder(z))

    def one_hot(labels, n_classes=10):
        if type(labels) is not torch.Tensor or labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8,
                                                                      torch.uint8):
            raise TypeError(f"labels must be a tensor of an integer dtype, not {labels!r:.80}")
        if labels.dim() != 1:
            raise ValueError(f"labels must be 1-D, of shape (B,), not {tuple(labels.shape)}")
        if len(labels) > 0 and (labels.min().item() < 0 or labels.max().item() >= n_classes):
            raise ValueError(f"labels must be in 0..{n_classes - 1}, but they range from "
                             f"{labels.min().item()} to {labels.max().item()}")
        return torch.nn.functional.one_hot(labels.long(), n_classes).float()

    course_fit = training.fit  # read now: while a check watches fit, training.fit is the watcher, which calls this

    def fit(*args, **options):  # fit's arguments as given, but never a progress bar (nothing on stderr)
        return course_fit(**dict(inspect.signature(course_fit).bind(*args, **options).arguments, progress=False))

    functions = {"center": center, "covariance": covariance, "reconstruct": reconstruct,
                 "reparameterize": models.reparameterize, "bernoulli_reconstruction": models.bernoulli_reconstruction,
                 "kl_to_standard_normal": models.kl_to_standard_normal,
                 "iterate_minibatches": training.iterate_minibatches,
                 "train_step": train_step, "evaluate": evaluate, "fit": fit, "encode_means": encode_means,
                 "decode": decode, "one_hot": one_hot,
                 "log_mean_exp": quality._log_mean_exp, "log_weights": quality._log_weights}
    if name not in functions:
        raise ValueError(f"course_function: name must be one of {sorted(functions)}")
    return functions[name]


@_recipe
def called_twice_sharing(function):
    """`function`, whose call runs it twice on the same arguments and returns (first result, second result, whether a
    tensor of the second result shares storage with a tensor of the first; results may be tuples or lists of tensors).
    Made on the student's side (remote.make): a cache that hands the very same tensors to every caller (keyed by the
    arguments' values) shows, so that a caller who changes its result in place changes another caller's too."""
    def tensors(value):
        return [item for item in (value if isinstance(value, (tuple, list)) else (value,))
                if isinstance(item, torch.Tensor) and item.numel() > 0]

    def call(*args, **kwargs):
        first = function(*args, **kwargs)
        second = function(*args, **kwargs)
        kept = {tensor.untyped_storage().data_ptr() for tensor in tensors(first)}
        return first, second, any(tensor.untyped_storage().data_ptr() in kept for tensor in tensors(second))
    return call


@_recipe
def called_with_runs_changed(function, key: str, scale: float):
    """`function`, whose call function(runs) returns (first, second): what it returned for the runs, then what it
    returned for the same list after every run's `key` was multiplied by `scale` in place (the same dicts, at the same
    addresses: a caller who corrects its runs, to bits say). Made on the student's side (remote.make)."""
    def call(runs):
        first = function(runs)
        for run in runs:
            run[key] = run[key] * scale
        return first, function(runs)
    return call


@_recipe
def called_twice_refilled(function, index: int, values):
    """`function`, whose call runs it twice on the same arguments, the tensor argument number `index` refilled in place
    with `values` in between (its own dtype kept: integer labels too, which called_twice's scaling cannot change), and
    returns (first result, second result). Made on the student's side (remote.make): a result kept by the argument's
    identity (id, data_ptr) shows as the first values' answer."""
    def call(*args, **kwargs):
        first = function(*args, **kwargs)
        with torch.no_grad():
            args[index].copy_(values)
        return first, function(*args, **kwargs)
    return call


@_recipe
def deep_copy_error(model):
    """The error (type and message) that copy.deepcopy(model) raises, or "" if it copies. Made on the student's side
    (remote.make): a model that keeps a tensor of the last call's graph on itself (self.last_code = mu) can no longer
    be deep-copied (as a training loop copies its best model), whatever the channel sees of it. Returns a function
    of no arguments that tries the copy when called (its answer crosses the channel as data)."""
    import copy

    def call():
        try:
            copy.deepcopy(model)
        except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the report)
            return f"{type(error).__name__}: {error}"
        return ""
    return call


@_recipe
def random_images(count: int, seed: int):
    """count random uint8 images (count, 28, 28), pixels 0..255 drawn from `seed`: a batch of tens of thousands of
    images (MNIST's 70,000), made on each side from its recipe rather than sent (55 MB in one request)."""
    return torch.randint(0, 256, (count, 28, 28), dtype=torch.uint8, generator=torch.Generator().manual_seed(seed))


@_recipe
def transposed(values, dim0: int, dim1: int):
    """values.transpose(dim0, dim1) of a copy of `values`: a view that is dense but not contiguous (a batch flipped
    with .transpose, or kept in another memory order), made on the student's side (remote.make), as `strided` is.
    Pass values already transposed (x.transpose(dim0, dim1).contiguous()) to get a view equal to x."""
    return values.clone().transpose(dim0, dim1)


@_recipe
def repeated_image(value: float, count: int):
    """count images (count, 1, 28, 28) whose pixels are all `value`: one image expanded (a view, no memory of its
    own), made on the student's side (remote.make): a batch of tens of thousands of images that costs neither a
    request nor memory, for a count that must not overflow."""
    return torch.full((1, 1, 28, 28), float(value)).expand(count, 1, 28, 28)
