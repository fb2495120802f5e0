"""The reference models and loss of vaecourse.models (what notebooks 05-08 import): shapes and maths."""

import pytest
import torch
import torch.nn.functional as F

from vaecourse.models import (VAE, AEClassifier, DigitClassifier, conv_autoencoder, conv_vae, kl_per_dimension,
                              kl_to_standard_normal, mlp_autoencoder, mlp_vae, negative_elbo, reparameterize)

BUILDERS = {"mlp": mlp_vae, "mlp (512, 256)": lambda latent_dim: mlp_vae(latent_dim, hidden=(512, 256)),
            "conv": conv_vae, "conv with a dense layer": lambda latent_dim: conv_vae(latent_dim, hidden=256)}


@pytest.mark.parametrize("kind", BUILDERS)
@pytest.mark.parametrize("latent_dim", [2, 20])
def test_vae_shapes(kind, latent_dim):
    model = BUILDERS[kind](latent_dim=latent_dim)
    x = torch.rand(5, 1, 28, 28)
    logits, mu, logvar = model(x)
    assert logits.shape == (5, 1, 28, 28)
    assert mu.shape == logvar.shape == (5, latent_dim)
    assert model(x.view(5, 784))[0].shape == (5, 1, 28, 28), "flat images are accepted too"
    samples = model.generate(7, generator=torch.Generator().manual_seed(0))
    assert samples.shape == (7, 1, 28, 28) and 0 <= samples.min() and samples.max() <= 1
    assert torch.equal(samples, model.generate(7, generator=torch.Generator().manual_seed(0)))


def test_forward_samples_in_training_mode_and_decodes_the_mean_in_eval_mode():
    torch.manual_seed(0)
    model = mlp_vae(latent_dim=4, hidden=(16,))
    x = torch.rand(3, 1, 28, 28)
    model.train()
    assert not torch.equal(model(x)[0], model(x)[0])
    model.eval()
    logits, mu, _ = model(x)
    assert torch.equal(logits, model.decoder(mu))


def test_reparameterize():
    mu, logvar = torch.full((20000, 2), 3.0), torch.full((20000, 2), 2 * torch.log(torch.tensor(0.5)).item())
    z = reparameterize(mu, logvar, torch.Generator().manual_seed(0))
    assert torch.allclose(z.mean(0), torch.full((2,), 3.0), atol=0.02)
    assert torch.allclose(z.std(0), torch.full((2,), 0.5), atol=0.02)
    assert torch.equal(z, reparameterize(mu, logvar, torch.Generator().manual_seed(0)))
    mu.requires_grad_(True)
    reparameterize(mu, logvar).sum().backward()
    assert torch.equal(mu.grad, torch.ones_like(mu)), "gradients flow through the sample"


def test_kl_matches_torch_distributions():
    generator = torch.Generator().manual_seed(1)
    mu, logvar = torch.randn(6, 3, generator=generator), torch.randn(6, 3, generator=generator)
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros(3), torch.ones(3))
    per_dimension = torch.distributions.kl_divergence(q, p)
    torch.testing.assert_close(kl_per_dimension(mu, logvar), per_dimension)
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
    for build in (mlp_autoencoder, conv_autoencoder):
        autoencoder = build(latent_dim=3)
        assert autoencoder(x).shape == (4, 1, 28, 28) and autoencoder.encode(x).shape == (4, 3)
        assert torch.equal(autoencoder(x), autoencoder(x)), "no sampling in an autoencoder"
    logits, class_logits = AEClassifier(mlp_autoencoder(latent_dim=3))(x)
    assert logits.shape == (4, 1, 28, 28) and class_logits.shape == (4, 10)


def test_vae_is_a_plain_module_of_its_parts():
    model = mlp_vae(latent_dim=2)
    assert isinstance(model, VAE) and model.latent_dim == 2
    assert sum(p.numel() for p in model.parameters()) == 784 * 400 + 400 + 2 * (400 * 2 + 2) + 2 * 400 + 400 + 400 * 784 + 784


def test_conv_dense_layer_sits_between_convolutions_and_code():
    plain, dense = conv_vae(latent_dim=20), conv_vae(latent_dim=20, hidden=256)
    assert dense.encoder.mu.in_features == dense.encoder.logvar.in_features == 256
    assert plain.encoder.mu.in_features == 64 * 7 * 7
    assert dense.decoder.project[0].in_features == 20 and dense.decoder.project[0].out_features == 256
    count = lambda model: sum(p.numel() for p in model.parameters())  # noqa: E731
    linear = lambda n_in, n_out: n_in * n_out + n_out  # noqa: E731
    width = 64 * 7 * 7
    plain_dense_part = 2 * linear(width, 20) + linear(20, width)  # the two heads, the projection
    dense_dense_part = linear(width, 256) + 2 * linear(256, 20) + linear(20, 256) + linear(256, width)
    extra = dense_dense_part - plain_dense_part
    assert count(dense) - count(plain) == extra


def test_digit_classifier_shapes_and_dropout():
    torch.manual_seed(0)
    classifier = DigitClassifier()
    x = torch.rand(6, 1, 28, 28)
    assert classifier(x).shape == (6, 10) and classifier(x.view(6, 784)).shape == (6, 10)
    classifier.train()
    assert not torch.equal(classifier(x), classifier(x)), "dropout while training"
    classifier.eval()
    assert torch.equal(classifier(x), classifier(x))
