"""The course's networks and losses: the model answers of notebooks 02-04 (and 07's kl_per_unit and active_units), word for
word, so that what the later notebooks train is what the student wrote.

tests/test_one_source.py proves it: each definition below marked with its notebook is the solution cell of
that notebook, statement for statement (docstrings included). Change one, change the other.

The notebooks never import the exercises they ask for: 02 and 03 import nothing from here, 04 imports
the encoder and decoder classes of 02 and 03, 05 onwards import what 02-04 built.

Shapes: images are (B, 1, 28, 28) or (B, 784) floats in [0, 1]; decoders return logits (B, 1, 28, 28).
"""

import torch
import torch.nn.functional as F
from torch import nn

# --- notebook 02: encoders ---------------------------------------------------------------------------


class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]  # (B, width) => (B, size)
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)  # (B, hidden[-1]) => (B, d)
        self.logvar_head = nn.Linear(width, latent_dim)  # (B, hidden[-1]) => (B, d)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))  # (B, 1, 28, 28) or (B, in_features) => (B, hidden[-1])
        return self.mu_head(h), self.logvar_head(h)


class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),  # 28x28 => 14x14
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),  # 14x14 => 7x7
            nn.Flatten(),  # (B, c2, 7, 7) => (B, c2 * 49)
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),  # (B, c2 * 49) => (B, hidden)
        )
        self.mu_head = nn.Linear(hidden, latent_dim)  # (B, hidden) => (B, d)
        self.logvar_head = nn.Linear(hidden, latent_dim)  # (B, hidden) => (B, d)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))  # (B, 784) or (B, 1, 28, 28) => (B, hidden)
        return self.mu_head(h), self.logvar_head(h)


# --- notebook 03: decoders ---------------------------------------------------------------------------


class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]  # (B, width) => (B, size)
            width = size
        layers.append(nn.Linear(width, 784))  # (B, hidden[-1]) => (B, 784) logits
        self.body = nn.Sequential(*layers)

    def forward(self, z):
        return self.body(z).reshape(len(z), 1, 28, 28)  # (B, 784) => (B, 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))


class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),  # (B, d) => (B, hidden)
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),  # (B, hidden) => (B, c1 * 49)
            nn.Unflatten(1, (c1, 7, 7)),  # (B, c1 * 49) => (B, c1, 7, 7)
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),  # 7x7 => 14x14
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),  # 14x14 => 28x28, logits
        )

    def forward(self, z):
        return self.upsample(self.project(z))

    def probs(self, z):
        return torch.sigmoid(self(z))


# --- notebook 04: the VAE, its loss, the plain autoencoder ---------------------------------------------


def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps


class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))


def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)


def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)


def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl


class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))


class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy


# --- notebook 07: the rate of each latent unit, active units ----------------------------------------------------------


def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)


def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) > threshold).sum())


# --- the course's configurations of these classes (not exercises) ---------------------------------------


def dense_vae(latent_dim=20, hidden=(400,)) -> VAE:
    """The dense VAE: DenseEncoder(latent_dim, hidden) and a DenseDecoder with the hidden widths reversed."""
    return VAE(DenseEncoder(latent_dim, hidden), DenseDecoder(latent_dim, tuple(reversed(hidden))), latent_dim)


def conv_vae(latent_dim=20, channels=(32, 64), hidden=256) -> VAE:
    """The convolutional VAE: ConvEncoder(latent_dim, channels, hidden) and a ConvDecoder that mirrors it."""
    return VAE(ConvEncoder(latent_dim, channels, hidden), ConvDecoder(latent_dim, tuple(reversed(channels)), hidden),
               latent_dim)


def dense_autoencoder(latent_dim=2, hidden=(400,)) -> AutoEncoder:
    """A plain autoencoder with the networks of dense_vae."""
    return AutoEncoder(DenseEncoder(latent_dim, hidden), DenseDecoder(latent_dim, tuple(reversed(hidden))), latent_dim)


class DigitClassifier(nn.Module):
    """The reference MNIST classifier that judges generated digits (notebook 08): images -> logits (B, 10).

    Two 3x3 convolutions with max pooling (28 -> 14 -> 7), a hidden layer of 64, dropout while training.
    Trained by tools/train_checkpoints.py; its test accuracy is in vaecourse.training.pretrained_metrics().
    """

    def __init__(self, channels: int = 32, hidden: int = 64, dropout: float = 0.3):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(1, channels, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 28x28 => 14x14
            nn.Conv2d(channels, 2 * channels, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 14x14 => 7x7
            nn.Flatten(), nn.Dropout(dropout),
            nn.Linear(2 * channels * 7 * 7, hidden), nn.ReLU(), nn.Dropout(dropout),
            nn.Linear(hidden, 10),
        )

    def forward(self, x):
        return self.body(x.reshape(-1, 1, 28, 28))
