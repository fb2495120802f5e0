"""Reference encoders, decoders, VAE and loss: what notebooks 02-04 ask students to write, given to
the later notebooks (05 onwards) so that each notebook stands alone.

Notebooks 02 and 03 never import this (it solves their exercises); notebook 04 imports only the
encoder and decoder classes, which 02 and 03 graded, and writes the rest itself.

Shapes: images are (B, 1, 28, 28) or (B, 784) floats in [0, 1]; decoders return logits (B, 1, 28, 28).
"""

import torch
import torch.nn.functional as F
from torch import nn


class MLPEncoder(nn.Module):
    """q(z|x) with dense layers: 784 -> hidden... -> (mu, logvar), each (B, latent_dim)."""

    def __init__(self, latent_dim: int = 20, hidden=(400,), in_features: int = 784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(nn.Flatten(), *layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x)
        return self.mu(h), self.logvar(h)


class MLPDecoder(nn.Module):
    """p(x|z) with dense layers: latent -> hidden... -> 784 logits, returned as (B, 1, 28, 28)."""

    def __init__(self, latent_dim: int = 20, hidden=(400,), out_features: int = 784):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers, nn.Linear(width, out_features))

    def forward(self, z):
        return self.body(z).view(-1, 1, 28, 28)


class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> 32x14x14 -> 64x7x7 [-> hidden] -> (mu, logvar).

    channels: the width of the first convolution (the second has twice as many); hidden: the size of an
    optional dense layer between the convolutions and the two heads (0: none).
    """

    def __init__(self, latent_dim: int = 20, channels: int = 32, hidden: int = 0):
        super().__init__()
        width = 2 * channels * 7 * 7
        dense = [nn.Linear(width, hidden), nn.ReLU()] if hidden else []
        self.body = nn.Sequential(
            nn.Conv2d(1, channels, 4, stride=2, padding=1), nn.ReLU(),  # 28x28 => 14x14
            nn.Conv2d(channels, 2 * channels, 4, stride=2, padding=1), nn.ReLU(),  # 14x14 => 7x7
            nn.Flatten(), *dense,
        )
        self.mu = nn.Linear(hidden or width, latent_dim)
        self.logvar = nn.Linear(hidden or width, latent_dim)

    def forward(self, x):
        h = self.body(x.view(-1, 1, 28, 28))
        return self.mu(h), self.logvar(h)


class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: z [-> hidden] -> 64x7x7 -> 32x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim: int = 20, channels: int = 32, hidden: int = 0):
        super().__init__()
        self.channels = channels
        dense = [nn.Linear(latent_dim, hidden), nn.ReLU()] if hidden else []
        self.project = nn.Sequential(*dense, nn.Linear(hidden or latent_dim, 2 * channels * 7 * 7), nn.ReLU())
        self.body = nn.Sequential(
            nn.ConvTranspose2d(2 * channels, channels, 4, stride=2, padding=1), nn.ReLU(),  # 7x7 => 14x14
            nn.ConvTranspose2d(channels, 1, 4, stride=2, padding=1),  # 14x14 => 28x28
        )

    def forward(self, z):
        return self.body(self.project(z).view(-1, 2 * self.channels, 7, 7))


def reparameterize(mu, logvar, generator=None):
    """z = mu + sigma * eps with eps ~ N(0, I): a sample of q(z|x) that gradients can flow through.

    mu, logvar: (B, latent_dim). generator: an optional torch.Generator for reproducible noise.
    Returns z: (B, latent_dim).
    """
    if generator is None:
        eps = torch.randn_like(mu)
    else:
        eps = torch.randn(mu.shape, generator=generator, dtype=mu.dtype, device=mu.device)
    return mu + torch.exp(0.5 * logvar) * eps


class VAE(nn.Module):
    """Encoder, sampling, decoder. forward(x) returns (logits, mu, logvar).

    In training mode z is sampled from q(z|x); in eval mode the decoder gets the mean mu (a clean
    reconstruction, not an ELBO estimate: vaecourse.training.evaluate samples z explicitly).
    """

    def __init__(self, encoder: nn.Module, decoder: nn.Module, latent_dim: int):
        super().__init__()
        self.encoder, self.decoder, self.latent_dim = encoder, decoder, latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n: int, generator=None):
        """n images (n, 1, 28, 28) in [0, 1]: Bernoulli means of p(x|z), z drawn from the prior N(0, I)."""
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, generator=generator, device=device)
        return torch.sigmoid(self.decoder(z))


def mlp_vae(latent_dim: int = 20, hidden=(400,)) -> VAE:
    return VAE(MLPEncoder(latent_dim, hidden), MLPDecoder(latent_dim, tuple(reversed(hidden))), latent_dim)


def conv_vae(latent_dim: int = 20, channels: int = 32, hidden: int = 0) -> VAE:
    return VAE(ConvEncoder(latent_dim, channels, hidden), ConvDecoder(latent_dim, channels, hidden), latent_dim)


def kl_per_dimension(mu, logvar):
    """KL(N(mu_j, exp(logvar_j)) || N(0, 1)) of each latent dimension j of each image: (B, latent_dim)."""
    return -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())


def kl_to_standard_normal(mu, logvar):
    """KL(N(mu, diag exp(logvar)) || N(0, I)) per image: (B,), the sum of kl_per_dimension."""
    return kl_per_dimension(mu, logvar).sum(dim=1)


def negative_elbo(logits, x, mu, logvar, beta: float = 1.0):
    """Bernoulli negative ELBO in nats per image, averaged over the batch.

    Returns (total, reconstruction, kl), each a scalar tensor; total = reconstruction + beta * kl.
    """
    reconstruction = F.binary_cross_entropy_with_logits(logits.view(len(x), -1), x.view(len(x), -1),
                                                        reduction="none").sum(dim=1).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl


class AutoEncoder(nn.Module):
    """A deterministic autoencoder built from the same parts: z = mu(x), no sampling, no KL.

    forward(x) returns logits (B, 1, 28, 28); encode(x) returns z (B, latent_dim).
    """

    def __init__(self, encoder: nn.Module, decoder: nn.Module, latent_dim: int):
        super().__init__()
        self.encoder, self.decoder, self.latent_dim = encoder, decoder, latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.decoder(self.encode(x))


def mlp_autoencoder(latent_dim: int = 20, hidden=(400,)) -> AutoEncoder:
    return AutoEncoder(MLPEncoder(latent_dim, hidden), MLPDecoder(latent_dim, tuple(reversed(hidden))), latent_dim)


def conv_autoencoder(latent_dim: int = 20, channels: int = 32) -> AutoEncoder:
    return AutoEncoder(ConvEncoder(latent_dim, channels), ConvDecoder(latent_dim, channels), latent_dim)


class LatentClassifier(nn.Module):
    """A small classifier head on latent codes: z (B, latent_dim) -> class logits (B, n_classes).

    With hidden=0 it is a linear probe (logistic regression on z).
    """

    def __init__(self, latent_dim: int, n_classes: int = 10, hidden: int = 64):
        super().__init__()
        layers = [nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, n_classes)] if hidden else [
            nn.Linear(latent_dim, n_classes)]
        self.body = nn.Sequential(*layers)

    def forward(self, z):
        return self.body(z)


class AEClassifier(nn.Module):
    """An autoencoder with a classifier head on its code: forward(x) returns (logits_x, class_logits).

    Train with reconstruction BCE + weight * cross-entropy (vaecourse.training.ae_classifier_loss).
    """

    def __init__(self, autoencoder: AutoEncoder, n_classes: int = 10, hidden: int = 64):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = LatentClassifier(autoencoder.latent_dim, n_classes, hidden)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


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
