"""Blind corpus, round 9: notebook 09 (how good is my VAE). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "09_how_good"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'log_mean_exp': 'def log_mean_exp(values, dim=0):\n    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.\n\n    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)\n    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)\n    """\n    @@BODY0@@',
    'log_weights': 'def log_weights(x, z, mu, logvar, logits):\n    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.\n\n    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)\n    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder\'s output for z\n    Returns: (k, B) log importance weights\n    """\n    @@BODY0@@',
    'iw_log_likelihood': 'def iw_log_likelihood(model, x, k, generator):\n    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.\n\n    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))\n    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image\n    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)\n    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)\n    """\n    @@BODY0@@',
    'kl_weight': 'def kl_weight(step, warmup_steps):\n    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).\n\n    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1\n    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0\n    """\n    @@BODY0@@',
    'free_bits_kl': 'def free_bits_kl(mu, logvar, lam):\n    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).\n\n    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)\n    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient\n    """\n    @@BODY0@@',
}
# --- end of templates ---


def fill(grade_id, *bodies, prefix="", replace=()):
    """The whole cell source: the template with each @@BODYi@@ marker replaced by bodies[i] (re-indented).

    prefix: module-level code put before the cell's definitions; replace: (old, new) pairs applied at the end
    (e.g. to change a default argument of the given signature).
    """
    out = []
    for line in TEMPLATES[grade_id].split("\n"):
        marker = line.strip()
        if marker.startswith("@@BODY") and marker.endswith("@@"):
            pad = line[: len(line) - len(line.lstrip())]
            body = textwrap.dedent(bodies[int(marker[6:-2])]).strip("\n")
            out += [pad + text if text.strip() else "" for text in body.split("\n")]
        else:
            out.append(line)
    source = "\n".join(out)
    if prefix:
        source = textwrap.dedent(prefix).strip("\n") + "\n\n\n" + source
    for old, new in replace:
        assert old in source, (grade_id, old)
        source = source.replace(old, new)
    return source


MISTAKES, ALTERNATIVES = [], []


def mistake(name, grade_id, *bodies, prefix="", replace=()):
    MISTAKES.append(dict(name=name, grade_id=grade_id, source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


def alternative(name, grade_id, *bodies, prefix="", replace=()):
    ALTERNATIVES.append(dict(name=name, grade_id=grade_id,
                             source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


# ----------------------------------------------------------------------------------------------------------
# Exercise 1: log_mean_exp
G = "log_mean_exp"
mistake("naive log(mean(exp)): underflows to -inf for log-weights far below 0", G,
        "return torch.log(torch.exp(values).mean(dim=dim))")
mistake("forgets to subtract log(n): logsumexp only", G, "return torch.logsumexp(values, dim=dim)")
mistake("subtracts log of values.shape[0] whatever dim is", G,
        "return torch.logsumexp(values, dim=dim) - math.log(values.shape[0])")
mistake("divides the logsumexp by n instead of subtracting log(n)", G,
        "return torch.logsumexp(values, dim=dim) / values.shape[dim]")
mistake("the mean of the values (log of the geometric mean), not the log of the mean", G,
        "return values.mean(dim=dim)")
mistake("len(values) as n: the size of dimension 0, wrong for dim != 0", G,
        "return torch.logsumexp(values, dim=dim) - math.log(len(values))")
mistake("keepdim=True: the reduced dimension is kept", G,
        "return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])")
mistake("manual max trick without keepdim: the max does not broadcast back correctly for dim != last", G,
        """
        m = values.max(dim=dim).values
        return m + torch.log(torch.exp(values - m).mean(dim=dim))
        """)
mistake("n = values.numel(): counts every entry, not the size of dimension dim", G,
        "return torch.logsumexp(values, dim=dim) - math.log(values.numel())")
mistake("ignores dim: always reduces dimension 0", G,
        "return torch.logsumexp(values, dim=0) - math.log(values.shape[0])")
mistake("computes in float64 and returns float64", G,
        "return torch.logsumexp(values.double(), dim=dim) - math.log(values.shape[dim])")
mistake("log of the maximum only (max - log n): drops the other terms", G,
        "return values.max(dim=dim).values - math.log(values.shape[dim])")
mistake("subtracts log(n - 1)", G, "return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim] - 1)")

alternative("max trick with keepdim, then squeeze", G,
            """
            top = values.amax(dim=dim, keepdim=True)
            top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
            return (top + torch.log(torch.exp(values - top).mean(dim=dim, keepdim=True))).squeeze(dim)
            """)
alternative("logsumexp minus torch.log of a tensor holding n", G,
            """
            n = values.new_tensor(values.size(dim))
            return torch.logsumexp(values, dim) - torch.log(n)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: log_weights
G = "log_weights"
LW = """
k, B = z.shape[0], z.shape[1]
log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat(k, 1, 1, 1)).reshape(k, B)
log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
return log_px_z + log_pz - log_qz
"""
mistake("log p(x|z) with the wrong sign (+ the cross-entropy)", G,
        LW.replace("log_px_z = -bernoulli_reconstruction", "log_px_z = bernoulli_reconstruction"))
mistake("log(2 pi) kept in the prior but left out of q: the constants do not cancel", G,
        LW.replace(" + logvar + math.log(2 * math.pi)).sum(dim=-1)", " + logvar).sum(dim=-1)"))
mistake("divides by sigma (exp(0.5 * logvar)) instead of sigma^2 in log q", G,
        LW.replace("(z - mu) ** 2 / logvar.exp()", "(z - mu) ** 2 / torch.exp(0.5 * logvar)"))
mistake("forgets the log sigma^2 term of log q", G,
        LW.replace(" + logvar + math.log(2 * math.pi)).sum(dim=-1)", " + math.log(2 * math.pi)).sum(dim=-1)"))
mistake("sums log p(z) and log q over the k codes (dim 0) instead of the latent dimensions", G,
        LW.replace("(z ** 2 + math.log(2 * math.pi)).sum(dim=-1)", "(z ** 2 + math.log(2 * math.pi)).sum(dim=0).T")
          .replace("+ logvar + math.log(2 * math.pi)).sum(dim=-1)", "+ logvar + math.log(2 * math.pi)).sum(dim=0).T"))
mistake("averages the cross-entropy over the pixels instead of summing", G,
        LW.replace("log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat(k, 1, 1, 1)).reshape(k, B)",
                   "log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat(k, 1, 1, 1)).reshape(k, B) / 784"))
mistake("returns log p(x|z) + log q - log p (prior and posterior swapped)", G,
        LW.replace("return log_px_z + log_pz - log_qz", "return log_px_z + log_qz - log_pz"))
mistake("cross-entropy from sigmoid probabilities with F.binary_cross_entropy: wrong for confident logits", G,
        LW.replace("log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat(k, 1, 1, 1)).reshape(k, B)",
                   "log_px_z = -torch.nn.functional.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction='none').flatten(2).sum(-1)"))
mistake("log q evaluated at mu instead of z (the (z - mu)^2 term disappears)", G,
        LW.replace("(z - mu) ** 2 / logvar.exp()", "(mu - mu) ** 2 / logvar.exp()"))
mistake("uses the closed-form KL instead of log p(z) - log q(z|x): the per-code ELBO, not an importance weight", G,
        """
        k, B = z.shape[0], z.shape[1]
        log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat(k, 1, 1, 1)).reshape(k, B)
        kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=-1)
        return log_px_z - kl
        """)
mistake("returns (B, k) (transposed)", G, LW.replace("return log_px_z + log_pz - log_qz", "return (log_px_z + log_pz - log_qz).T"))
mistake("uses F without importing it (torch.nn.functional is not imported in this notebook)", G,
        """
        log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
        log_pz = -0.5 * (z ** 2).sum(dim=-1)
        log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(dim=-1)
        return log_px_z + log_pz - log_qz
        """)
mistake("sums the cross-entropy over the last two dimensions only: (k, B, 1) instead of (k, B)", G,
        """
        import torch.nn.functional as F
        log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(-1, -2))
        log_pz = -0.5 * (z ** 2).sum(dim=-1)
        log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(dim=-1)
        return log_px_z + log_pz - log_qz
        """)
mistake("x repeated with repeat_interleave: each image is paired with the logits of other images", G,
        LW.replace("x.repeat(k, 1, 1, 1)", "x.repeat_interleave(k, dim=0)"))
mistake("log q with logvar / 2 (treats logvar as log sigma^2 in the quadratic term but halves the log term)", G,
        LW.replace(" + logvar + math.log(2 * math.pi)).sum(dim=-1)", " + 0.5 * logvar + math.log(2 * math.pi)).sum(dim=-1)"))

alternative("torch.distributions Normal log_probs and a stable BCE with logits", G,
            """
            import torch.nn.functional as F
            from torch.distributions import Normal
            log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(-1)
            log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
            log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
            return log_px_z + log_pz - log_qz
            """)
alternative("log(2 pi) left out of both densities; softplus form of the cross-entropy", G,
            """
            bce = torch.nn.functional.softplus(logits) - x * logits
            log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
            log_pz = -0.5 * z.pow(2).sum(dim=2)
            log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(dim=2)
            return log_px_z + log_pz - log_qz
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: iw_log_likelihood
G = "iw_log_likelihood"
IW = """
mu, logvar = model.encoder(x)
B, d = mu.shape
eps = torch.randn(k, B, d, generator=generator)
z = mu + torch.exp(0.5 * logvar) * eps
logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""
mistake("calls model(x): in eval mode it decodes mu, so every code is mu", G,
        """
        logits_mu, mu, logvar = model(x)
        B, d = mu.shape
        eps = torch.randn(k, B, d, generator=generator)
        z = mu + torch.exp(0.5 * logvar) * eps
        logits = logits_mu.expand(k, *logits_mu.shape)
        return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
        """)
mistake("noise from the global RNG (no generator)", G,
        IW.replace("torch.randn(k, B, d, generator=generator)", "torch.randn(k, B, d)"))
mistake("noise drawn as (B, k, d) and then transposed: other numbers than the specified draw", G,
        IW.replace("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)"))
mistake("sigma = exp(logvar) (the variance) for the codes", G,
        IW.replace("z = mu + torch.exp(0.5 * logvar) * eps", "z = mu + torch.exp(logvar) * eps"))
mistake("decodes mu k times instead of the sampled codes", G,
        IW.replace("model.decoder(z.reshape(k * B, d))", "model.decoder(mu.repeat(k, 1))"))
mistake("log_mean_exp over dim=1 (the images) instead of the k codes", G,
        IW.replace("log_weights(x, z, mu, logvar, logits), dim=0)", "log_weights(x, z, mu, logvar, logits), dim=1)"))
mistake("logsumexp without -log k", G,
        IW.replace("return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
                   "return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)"))
mistake("mean of the log-weights: the ELBO estimate, not the k-sample bound", G,
        IW.replace("return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
                   "return log_weights(x, z, mu, logvar, logits).mean(dim=0)"))
mistake("reshapes the decoded logits as (B, k): codes paired with the wrong images when k > 1 and B > 1", G,
        IW.replace("logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
                   "logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)"))
mistake("flattens z image-major (transpose before the reshape) but reshapes the logits code-major", G,
        IW.replace("logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
                   "logits = model.decoder(z.transpose(0, 1).reshape(B * k, d)).reshape(k, B, 1, 28, 28)"))
mistake("reseeds the generator with 0 before drawing", G,
        IW.replace("eps = torch.randn(k, B, d, generator=generator)", "generator.manual_seed(0)\neps = torch.randn(k, B, d, generator=generator)"))
mistake("draws the codes with reparameterize-style randn_like on expanded tensors (global RNG)", G,
        IW.replace("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn_like(mu.expand(k, B, d))"))
mistake("draws the k noise slices one at a time with the generator: other numbers than the single (k, B, d) draw", G,
        IW.replace("eps = torch.randn(k, B, d, generator=generator)",
                   "eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])"))
mistake("returns the mean over the batch (a scalar) instead of one estimate per image", G,
        IW.replace("return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
                   "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).mean()"))

alternative("decode with view/unflatten, sigma from sqrt(exp(logvar))", G,
            """
            mu, logvar = model.encoder(x)
            eps = torch.randn(k, mu.shape[0], mu.shape[1], generator=generator)
            z = mu.unsqueeze(0) + logvar.exp().sqrt().unsqueeze(0) * eps
            logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, mu.shape[0]))
            return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: kl_weight
G = "kl_weight"
mistake("divides by zero when warmup_steps is 0", G, "return min(1.0, step / warmup_steps)")
mistake("integer division: 0 until the end of the warm-up, then 1", G,
        """
        if warmup_steps == 0:
            return 1.0
        return float(min(1, step // warmup_steps))
        """)
mistake("off by one: (step + 1) / warmup_steps, not 0 at step 0", G,
        """
        if warmup_steps == 0:
            return 1.0
        return min(1.0, (step + 1) / warmup_steps)
        """)
mistake("no min: the weight keeps growing above 1 after the warm-up", G,
        """
        if warmup_steps == 0:
            return 1.0
        return step / warmup_steps
        """)
mistake("returns 0.0 when warmup_steps is 0", G,
        """
        if warmup_steps == 0:
            return 0.0
        return min(1.0, step / warmup_steps)
        """)
mistake("min(1, ...) with an integer 1: returns the int 1 after the warm-up, not a float", G,
        """
        if warmup_steps == 0:
            return 1.0
        return min(1, step / warmup_steps)
        """)
mistake("divides by warmup_steps - 1", G,
        """
        if warmup_steps <= 1:
            return 1.0
        return min(1.0, step / (warmup_steps - 1))
        """)
mistake("max instead of min", G,
        """
        if warmup_steps == 0:
            return 1.0
        return max(1.0, step / warmup_steps)
        """)
mistake("returns a torch tensor", G,
        """
        if warmup_steps == 0:
            return torch.tensor(1.0)
        return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
        """)
mistake("cosine warm-up instead of the linear one", G,
        """
        if warmup_steps == 0:
            return 1.0
        return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))
        """)
mistake("a step function: 0 during the warm-up, 1 after it", G, "return float(step >= warmup_steps)")
mistake("rounds the weight to two decimals", G,
        """
        if warmup_steps == 0:
            return 1.0
        return round(min(1.0, step / warmup_steps), 2)
        """)
mistake("returns 1 (an int) when warmup_steps is 0", G,
        """
        if warmup_steps == 0:
            return 1
        return min(1.0, step / warmup_steps)
        """)

alternative("float division guarded by a conditional expression", G,
            "return 1.0 if warmup_steps == 0 or step >= warmup_steps else float(step) / float(warmup_steps)")
alternative("min(step, warmup_steps) / warmup_steps with an explicit zero case", G,
            """
            if not warmup_steps:
                return 1.0
            return float(min(step, warmup_steps)) / warmup_steps
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 5: free_bits_kl
G = "free_bits_kl"
mistake("clamps the total KL (summed over dimensions) instead of each dimension", G,
        "return kl_per_unit(mu, logvar).sum().clamp(min=lam)")
mistake("clamps each image's KL per dimension before averaging over the batch", G,
        """
        kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
        return kl.clamp(min=lam).mean(dim=0).sum()
        """)
mistake("no clamp at all: the plain KL", G, "return kl_per_unit(mu, logvar).sum()")
mistake("clamp(max=lam): caps the KL instead of flooring it", G, "return kl_per_unit(mu, logvar).clamp(max=lam).sum()")
mistake("softplus soft-clamp: dimensions below lam still receive a gradient", G,
        """
        kl = kl_per_unit(mu, logvar)
        return (lam + torch.nn.functional.softplus(kl - lam)).sum()
        """)
mistake("subtracts lam: sum of max(0, KL_j - lam) (same gradient, wrong value)", G,
        "return (kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()")
mistake("detaches the KL before the clamp: no gradient at all", G, "return kl_per_unit(mu, logvar).detach().clamp(min=lam).sum()")
mistake("returns the (d,) vector, not its sum", G, "return kl_per_unit(mu, logvar).clamp(min=lam)")
mistake("mean over the dimensions instead of the sum", G, "return kl_per_unit(mu, logvar).clamp(min=lam).mean()")
mistake("sums over the batch instead of averaging before the clamp", G,
        """
        kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
        return kl.sum(dim=0).clamp(min=lam).sum()
        """)
mistake("torch.maximum against a vector of lam built in float64: the result is float64", G,
        """
        kl = kl_per_unit(mu, logvar)
        floor = torch.tensor([lam] * kl.shape[0], dtype=torch.float64)
        return torch.maximum(kl, floor).sum()
        """)
mistake("the clamp is applied to the averaged mu and logvar (KL of the mean parameters)", G,
        """
        m, lv = mu.mean(dim=0), logvar.mean(dim=0)
        return (-0.5 * (1 + lv - m ** 2 - lv.exp())).clamp(min=lam).sum()
        """)

alternative("torch.where against a constant: no gradient below lam", G,
            """
            kl = kl_per_unit(mu, logvar)
            return torch.where(kl < lam, torch.full_like(kl, lam), kl).sum()
            """)
alternative("torch.maximum with a tensor of lam of the KL's dtype, KL written out", G,
            """
            kl = (0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)).mean(dim=0)
            return torch.maximum(kl, torch.full_like(kl, lam)).sum()
            """)
