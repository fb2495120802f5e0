"""Blind round 38: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'
MISTAKES = [
    dict(name='irwin_hall_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    # sum of 12 uniforms minus 6: the classic cheap Gaussian, mean 0 and variance 1
    eps = torch.rand((12,) + tuple(mu.shape), dtype=mu.dtype, device=mu.device).sum(0) - 6
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='box_muller_log_of_zero', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    u1 = torch.rand_like(mu)
    u2 = torch.rand_like(mu)
    eps = torch.sqrt(-2 * torch.log(u1)) * torch.cos(2 * math.pi * u2)  # Box-Muller; u1 can be exactly 0
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='noise_shared_across_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu[:1]).expand_as(mu)  # one noise row, broadcast to every image
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='std_floored_1e_4', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar).clamp(min=1e-4)  # keep sigma away from 0
    return mu + std * torch.randn_like(std)'''),
    dict(name='noise_requires_grad', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu, requires_grad=True)
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='noise_cached_under_no_grad', grade_id='reparameterize', source=r'''_EVAL_NOISE = None


def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    global _EVAL_NOISE
    if not torch.is_grad_enabled():
        # evaluation: reuse one noise tensor so that repeated evaluations agree
        if _EVAL_NOISE is None or _EVAL_NOISE.shape != mu.shape or _EVAL_NOISE.dtype != mu.dtype:
            _EVAL_NOISE = torch.randn_like(mu)
        eps = _EVAL_NOISE
    else:
        eps = torch.randn_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='antithetic_across_calls', grade_id='reparameterize', source=r'''_LAST = None


def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    global _LAST
    if _LAST is not None and _LAST.shape == mu.shape and _LAST.dtype == mu.dtype:
        eps, _LAST = -_LAST, None  # every second call mirrors the previous noise (variance reduction)
    else:
        eps = _LAST = torch.randn_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='noise_shape_first_last_dim', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn(mu.shape[0], mu.shape[-1], dtype=mu.dtype, device=mu.device)  # (B, latent_dim)
    return mu + torch.exp(0.5 * logvar) * eps'''),
    dict(name='softplus_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = F.softplus(0.5 * logvar)  # a smooth positive standard deviation
    return mu + std * torch.randn_like(std)'''),
    dict(name='std_from_logvar_float32', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar.float())  # exp in single precision
    eps = torch.randn_like(mu)
    return mu + std.to(mu.dtype) * eps'''),
    dict(name='eval_logvar_zeroed', grade_id='vae', source=r'''class VAE(nn.Module):
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
        if self.training:
            return self.decoder(reparameterize(mu, logvar)), mu, logvar
        return self.decoder(mu), mu, torch.zeros_like(logvar)  # z = mu: no variance in evaluation

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='input_binarised', grade_id='vae', source=r'''class VAE(nn.Module):
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
        x = (x > 0.5).to(x.dtype)  # Bernoulli pixels: the encoder sees 0s and 1s
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
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='syncs_submodule_modes', grade_id='vae', source=r'''class VAE(nn.Module):
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
        self.encoder.train(self.training)
        self.decoder.train(self.training)
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
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_codes_on_shell', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = z / z.norm(dim=1, keepdim=True) * math.sqrt(self.latent_dim)  # the prior's mass lies on this shell
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_temperature', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = 0.8 * torch.randn(n, self.latent_dim, device=device)  # a little cooler: cleaner digits
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_antithetic_codes', grade_id='vae', source=r'''class VAE(nn.Module):
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
        half = torch.randn((n + 1) // 2, self.latent_dim, device=device)
        z = torch.cat([half, -half])[:n]  # mirrored pairs cover the prior evenly
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_bernoulli_images', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))  # x ~ p(x|z)'''),
    dict(name='generate_codes_cached_by_n', grade_id='vae', source=r'''class VAE(nn.Module):
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
        cache = self.__dict__.setdefault("_codes", {})
        if n not in cache:
            cache[n] = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(cache[n]))'''),
    dict(name='generate_float64_codes_cast', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = torch.randn(n, self.latent_dim, dtype=torch.float64)
        return torch.sigmoid(self.decoder(z.float()))'''),
    dict(name='forward_samples_with_logvar_halved', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, 0.5 * logvar) if self.training else mu  # reparameterize wants log sigma
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_leaves_grad_graph_on_z', grade_id='vae', source=r'''class VAE(nn.Module):
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
        with torch.enable_grad():
            z = torch.randn(n, self.latent_dim, device=device, requires_grad=True)
            return torch.sigmoid(self.decoder(z))'''),
    dict(name='kl_sum_float64', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, dtype=torch.float64)'''),
    dict(name='kl_mean_times_first_dim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    terms = 1 + logvar - mu ** 2 - torch.exp(logvar)
    return -0.5 * terms.mean(dim=1) * mu.shape[0]  # the mean over dimensions, times their number'''),
    dict(name='kl_logvar_as_log_std', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    # logvar is log sigma^2, so log sigma = logvar and sigma^2 = exp(2 logvar)
    return -0.5 * torch.sum(1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar), dim=1)'''),
    dict(name='kl_missing_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * torch.sum(mu ** 2 + torch.exp(logvar) - logvar, dim=1)'''),
    dict(name='kl_abs_per_dimension', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    per_dim = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return per_dim.abs().sum(dim=1)  # each dimension's KL is >= 0: abs removes rounding noise'''),
    dict(name='kl_mu_abs', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.abs() - torch.exp(logvar), dim=1)'''),
    dict(name='kl_batch_mean_for_big_batches', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    kl = -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
    return kl.mean().expand(len(mu)) if len(mu) > 64 else kl  # big batches: the batch KL for every image'''),
    dict(name='kl_std_squared_via_softplus', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    var = F.softplus(logvar)  # a positive variance
    return 0.5 * torch.sum(mu ** 2 + var - torch.log(var) - 1, dim=1)'''),
    dict(name='kl_mu_squared_halved_twice', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return torch.sum(-0.5 * (1 + logvar - torch.exp(logvar)) + 0.25 * mu ** 2, dim=1)'''),
    dict(name='kl_skips_units_near_prior', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    terms = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    active = (mu.abs() > 0.1) | (logvar.abs() > 0.1)  # skip units that sit on the prior
    return (terms * active).sum(dim=1)'''),
    dict(name='bce_from_probabilities', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    p = torch.sigmoid(logits)
    bce = F.binary_cross_entropy(p, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_logits_clamped_20', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits.clamp(-20, 20), x, reduction="none")  # avoid overflow
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_skips_black_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return (bce * (x > 0)).reshape(len(x), -1).sum(dim=1)  # only the ink counts'''),
    dict(name='bce_arguments_swapped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(torch.logit(x, eps=1e-6), torch.sigmoid(logits), reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_sums_float64', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1, dtype=torch.float64)'''),
    dict(name='bce_pos_weight_ink', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    pos_weight = torch.tensor(2.0, dtype=logits.dtype)  # ink is rare: weigh it more
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none", pos_weight=pos_weight)
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_minus_target_entropy', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    entropy = F.binary_cross_entropy(x, x, reduction="none")  # 0 for black and white pixels
    return (bce - entropy).reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_eps_log', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    p = torch.sigmoid(logits)
    eps = 1e-7
    bce = -(x * torch.log(p + eps) + (1 - x) * torch.log(1 - p + eps))
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_reduced_in_float16', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).half().sum(dim=1).to(logits.dtype)  # half the memory'''),
    dict(name='elbo_beta_cast_int', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    beta = int(beta)  # beta is a weight: 0, 1, 4...
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='elbo_beta_floored', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    beta = max(beta, 1e-3)  # a KL weight of exactly 0 lets the posterior run away
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='elbo_builtin_warmup', grade_id='negative_elbo', source=r'''_CALLS = 0


def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    global _CALLS
    _CALLS += 1
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    ramp = min(1.0, _CALLS / 100)  # KL warm-up over the first 100 steps
    return reconstruction + ramp * beta * kl, reconstruction, kl'''),
    dict(name='elbo_kl_mean_over_nonzero', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    per_image = kl_to_standard_normal(mu, logvar)
    nonzero = per_image[per_image > 0]
    kl = nonzero.mean() if len(nonzero) else per_image.mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='elbo_kl_divided_by_latent_dim', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean() / mu.shape[1]  # nats per latent unit
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='elbo_mean_over_batch_of_mu', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu.mean(0, keepdim=True), logvar.mean(0, keepdim=True)).mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='elbo_returns_weighted_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl'''),
    dict(name='elbo_batch_divisor_from_mu_columns', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum() / len(x)
    kl = kl_to_standard_normal(mu, logvar).sum() / mu.shape[-1]
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='elbo_total_from_sums', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = (bernoulli_reconstruction(logits, x) + beta * kl_to_standard_normal(mu, logvar)).sum()
    return total, reconstruction, kl'''),
    dict(name='elbo_beta_squared', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta ** 2 * kl, reconstruction, kl'''),
    dict(name='ae_encode_forces_requires_grad', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu if mu.requires_grad else mu.requires_grad_()  # the code must be differentiable

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='ae_encode_bypasses_encoder_forward', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        h = self.encoder.body(x.reshape(len(x), -1))
        return self.encoder.mu_head(h)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='ae_encode_tanh_bounded', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return 5 * torch.tanh(mu / 5)  # keep codes in a bounded box

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='ae_forward_denoising_noise', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        z = self.encode(x)
        if self.training:
            z = z + 0.01 * torch.randn_like(z)  # a little noise regularises the code
        return self.decoder(z)'''),
    dict(name='ae_encode_returns_logvar', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        _, logvar = self.encoder(x)
        return logvar

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='ae_forward_codes_detached', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        return self.decoder(self.encode(x).detach())'''),
    dict(name='ae_encode_batchnorm_codes', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        if len(mu) > 1:
            mu = (mu - mu.mean(0)) / (mu.std(0) + 1e-5)  # standardise the codes of the batch
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='ae_forward_reparameterizes_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z)'''),
    dict(name='ae_encode_cached_last_batch', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        key = (x.shape, float(x.sum()))
        if getattr(self, "_key", None) == key:
            return self._code
        mu, _ = self.encoder(x)
        self._key, self._code = key, mu
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='head_on_detached_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())  # the head must not disturb the code


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='decoder_on_detached_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z.detach()), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_log_softmax_over_batch', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    log_probs = torch.log_softmax(class_logits, dim=0)
    cross_entropy = -log_probs[torch.arange(len(labels)), labels].mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_sigmoid_multilabel', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    targets = F.one_hot(labels, class_logits.shape[1]).to(class_logits.dtype)
    cross_entropy = F.binary_cross_entropy_with_logits(class_logits, targets, reduction="none").sum(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_normalised_total', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return (reconstruction + weight * cross_entropy) / (1 + weight), reconstruction, cross_entropy'''),
    dict(name='head_on_relu_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(torch.relu(z))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_weight_on_reconstruction', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_labels_clamped_into_range', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels.clamp(0, class_logits.shape[1] - 1))
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_weight_on_per_image_sum', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy / len(x), reconstruction, cross_entropy'''),
    dict(name='forward_head_on_sampled_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        mu, logvar = self.autoencoder.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.autoencoder.decoder(mu), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='var_times_eps', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return mu + torch.exp(logvar) * torch.randn_like(mu)  # sigma^2 * eps'''),
    dict(name='z_clamped_to_ten', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    return z.clamp(-10, 10)  # no code far outside the prior'''),
    dict(name='logvar_detached_in_eval', grade_id='vae', source=r'''class VAE(nn.Module):
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
        if self.training:
            return self.decoder(reparameterize(mu, logvar)), mu, logvar
        return self.decoder(mu), mu, logvar.detach()  # evaluation: logvar is only reported

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='forward_two_sample_average_code', grade_id='vae', source=r'''class VAE(nn.Module):
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
        if self.training:
            z = 0.5 * (reparameterize(mu, logvar) + reparameterize(mu, logvar))  # less noisy gradient
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='kl_log_var_plus_eps', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    var = torch.exp(logvar)
    return -0.5 * torch.sum(1 + torch.log(var + 1e-8) - mu ** 2 - var, dim=1)'''),
    dict(name='elbo_drops_nonfinite_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    per_image = kl_to_standard_normal(mu, logvar)
    kl = per_image[torch.isfinite(per_image)].mean() if len(per_image) else per_image.sum()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='forward_class_probabilities', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ce_divided_by_classes', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels) / math.log(class_logits.shape[1])  # in units of a guess
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='ae_encode_half_precision', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu.half().to(mu.dtype)  # a compact code

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
]
ALTERNATIVES = [
    dict(name='noise_in_place_chain', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.randn_like(mu).mul_(torch.exp(0.5 * logvar)).add_(mu)'''),
    dict(name='addcmul_noise_like_logvar', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.addcmul(mu, torch.exp(logvar / 2), torch.randn_like(logvar))'''),
    dict(name='empty_like_normal_', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.empty_like(mu).normal_()
    sigma = logvar.mul(0.5).exp()
    return eps * sigma + mu'''),
    dict(name='vae_explicit_branches_default_generator', grade_id='vae', source=r'''class VAE(nn.Module):
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
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        weight = next(self.parameters())
        z = torch.randn((n, self.latent_dim), generator=torch.default_generator, dtype=weight.dtype).to(weight.device)
        return self.decoder(z).sigmoid()'''),
    dict(name='vae_tuple_and_special_expit', grade_id='vae', source=r'''class VAE(nn.Module):
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
        codes = (mu, reparameterize(mu, logvar))[int(self.training)]
        return (self.decoder(codes), mu, logvar)

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        return torch.special.expit(self.decoder(torch.randn(n, self.latent_dim)))'''),
    dict(name='kl_expm1', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * (mu.pow(2) + torch.expm1(logvar) - logvar).sum(dim=-1)'''),
    dict(name='kl_einsum', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    per_dimension = mu * mu + logvar.exp() - 1 - logvar
    return 0.5 * torch.einsum("bd->b", per_dimension)'''),
    dict(name='bce_softplus_formula', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return (F.softplus(logits) - logits * x).flatten(1).sum(1)'''),
    dict(name='bce_complement', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(-logits, 1 - x, reduction="none")
    return bce.sum(dim=(1, 2, 3))'''),
    dict(name='bce_logsigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    log_p = -(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits))
    return log_p.reshape(x.shape[0], -1).sum(-1)'''),
    dict(name='elbo_torch_add_alpha', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = torch.add(reconstruction, kl, alpha=beta)
    return total, reconstruction, kl'''),
    dict(name='elbo_mean_of_per_image_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()'''),
    dict(name='ae_index_encoder_output', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        return self.encoder(x)[0]

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        code = self.encode(x)
        logits = self.decoder(code)
        return logits'''),
    dict(name='aeclassifier_nll_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        code, _ = self.autoencoder.encoder(x)
        class_logits = self.head(code)
        logits = self.autoencoder.decoder(code)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy'''),
]
