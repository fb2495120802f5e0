"""The models and losses of vaecourse.models (what notebooks 05-08 import): shapes and maths.

That they are the notebooks' own code is tests/test_one_source.py's job; here they meet independent
references (torch.distributions, the parameter counts of notebooks 02 and 03).
"""

import pytest
import torch
import torch.nn.functional as F

from vaecourse.models import (VAE, AEClassifier, ConvDecoder, ConvEncoder, DigitClassifier, conv_vae, dense_autoencoder,
                              dense_vae, kl_per_unit, kl_to_standard_normal, negative_elbo, reparameterize)

BUILDERS = {"dense": dense_vae, "dense (512, 256)": lambda latent_dim: dense_vae(latent_dim, hidden=(512, 256)),
            "conv": conv_vae,
            "conv of notebooks 02-03": lambda latent_dim: VAE(ConvEncoder(latent_dim), ConvDecoder(latent_dim), latent_dim)}


@pytest.mark.parametrize("kind", BUILDERS)
@pytest.mark.parametrize("latent_dim", [2, 20])
def test_vae_shapes(kind, latent_dim):
    model = BUILDERS[kind](latent_dim=latent_dim)
    x = torch.rand(5, 1, 28, 28)
    logits, mu, logvar = model(x)
    assert logits.shape == (5, 1, 28, 28)
    assert mu.shape == logvar.shape == (5, latent_dim)
    assert model(x.view(5, 784))[0].shape == (5, 1, 28, 28), "flat images are accepted too"
    torch.manual_seed(0)
    samples = model.generate(7)
    assert samples.shape == (7, 1, 28, 28) and 0 <= samples.min() and samples.max() <= 1
    torch.manual_seed(0)
    assert torch.equal(samples, model.generate(7))


def test_forward_samples_in_training_mode_and_decodes_the_mean_in_eval_mode():
    torch.manual_seed(0)
    model = dense_vae(latent_dim=4, hidden=(16,))
    x = torch.rand(3, 1, 28, 28)
    model.train()
    assert not torch.equal(model(x)[0], model(x)[0])
    model.eval()
    logits, mu, _ = model(x)
    assert torch.equal(logits, model.decoder(mu))


def test_reparameterize():
    mu, logvar = torch.full((20000, 2), 3.0), torch.full((20000, 2), 2 * torch.log(torch.tensor(0.5)).item())
    torch.manual_seed(0)
    z = reparameterize(mu, logvar)
    assert torch.allclose(z.mean(0), torch.full((2,), 3.0), atol=0.02)
    assert torch.allclose(z.std(0), torch.full((2,), 0.5), atol=0.02)
    torch.manual_seed(0)
    assert torch.equal(z, reparameterize(mu, logvar))
    mu.requires_grad_(True)
    reparameterize(mu, logvar).sum().backward()
    assert torch.equal(mu.grad, torch.ones_like(mu)), "gradients flow through the sample"


def test_kl_matches_torch_distributions():
    generator = torch.Generator().manual_seed(1)
    mu, logvar = torch.randn(6, 3, generator=generator), torch.randn(6, 3, generator=generator)
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros(3), torch.ones(3))
    per_dimension = torch.distributions.kl_divergence(q, p)
    torch.testing.assert_close(kl_per_unit(mu, logvar), per_dimension.mean(dim=0))
    torch.testing.assert_close(kl_to_standard_normal(mu, logvar), per_dimension.sum(dim=1))
    assert kl_to_standard_normal(torch.zeros(2, 3), torch.zeros(2, 3)).abs().max() == 0


def test_negative_elbo_is_per_image_and_weights_the_kl():
    generator = torch.Generator().manual_seed(2)
    logits, x = torch.randn(4, 1, 28, 28, generator=generator), torch.rand(4, 1, 28, 28, generator=generator)
    mu, logvar = torch.randn(4, 5, generator=generator), torch.randn(4, 5, generator=generator)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=0.3)
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="sum") / 4
    torch.testing.assert_close(reconstruction, bce, rtol=1e-4, atol=1e-3)
    torch.testing.assert_close(kl, kl_to_standard_normal(mu, logvar).mean())
    torch.testing.assert_close(total, reconstruction + 0.3 * kl)


def test_autoencoders_and_classifier_head():
    x = torch.rand(4, 1, 28, 28)
    autoencoder = dense_autoencoder(latent_dim=3)
    assert autoencoder(x).shape == (4, 1, 28, 28) and autoencoder.encode(x).shape == (4, 3)
    assert torch.equal(autoencoder(x), autoencoder(x)), "no sampling in an autoencoder"
    logits, class_logits = AEClassifier(dense_autoencoder(latent_dim=3))(x)
    assert logits.shape == (4, 1, 28, 28) and class_logits.shape == (4, 10)


def test_vae_is_a_plain_module_of_its_parts():
    model = dense_vae(latent_dim=2)
    assert isinstance(model, VAE) and model.latent_dim == 2
    assert sum(p.numel() for p in model.parameters()) == 784 * 400 + 400 + 2 * (400 * 2 + 2) + 2 * 400 + 400 + 400 * 784 + 784


@pytest.mark.parametrize("latent_dim, channels, hidden", [(2, (16, 32), 128), (20, (32, 64), 256), (3, (4, 8), 10)])
def test_conv_parameter_counts_are_the_tables_of_notebooks_02_and_03(latent_dim, channels, hidden):
    count = lambda model: sum(p.numel() for p in model.parameters())  # noqa: E731
    linear = lambda n_in, n_out: n_in * n_out + n_out  # noqa: E731
    c1, c2 = channels
    convolutions = 1 * c1 * 16 + c1 + c1 * c2 * 16 + c2
    assert count(ConvEncoder(latent_dim, channels, hidden)) == convolutions + linear(c2 * 49, hidden) + 2 * linear(hidden, latent_dim)
    transposed = c2 * c1 * 16 + c1 + c1 * 1 * 16 + 1  # the decoder mirrors the encoder: channels reversed
    assert count(ConvDecoder(latent_dim, (c2, c1), hidden)) == linear(latent_dim, hidden) + linear(hidden, c2 * 49) + transposed
    model = conv_vae(latent_dim, channels, hidden)
    assert count(model) == count(ConvEncoder(latent_dim, channels, hidden)) + count(ConvDecoder(latent_dim, (c2, c1), hidden))


def test_digit_classifier_shapes_and_dropout():
    torch.manual_seed(0)
    classifier = DigitClassifier()
    x = torch.rand(6, 1, 28, 28)
    assert classifier(x).shape == (6, 10) and classifier(x.view(6, 784)).shape == (6, 10)
    classifier.train()
    assert not torch.equal(classifier(x), classifier(x)), "dropout while training"
    classifier.eval()
    assert torch.equal(classifier(x), classifier(x))
