"""Blind corpus, round 9: notebook 03 (the decoder). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "03_decoder"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'DenseDecoder': 'class DenseDecoder(nn.Module):\n    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.\n\n    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)\n    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)\n    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]\n    """\n\n    def __init__(self, latent_dim=2, hidden=(200, 400)):\n        super().__init__()\n        @@BODY0@@\n\n    def forward(self, z):\n        @@BODY1@@\n\n    def probs(self, z):\n        @@BODY2@@',
    'ConvDecoder': 'class ConvDecoder(nn.Module):\n    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.\n\n    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer\n    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)\n    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]\n    """\n\n    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):\n        super().__init__()\n        @@BODY0@@\n\n    def forward(self, z):\n        @@BODY1@@\n\n    def probs(self, z):\n        @@BODY2@@',
    'gaussian_nll': 'def gaussian_nll(mean, x, sigma=1.0):\n    """Negative log-likelihood of each image under N(mean, sigma^2 I).\n\n    mean: the decoder\'s mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape\n    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log\n    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2\n    """\n    @@BODY0@@',
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
# Exercise 1: DenseDecoder
G = "DenseDecoder"
INIT = """
layers, width = [], latent_dim
for size in hidden:
    layers += [nn.Linear(width, size), nn.ReLU()]
    width = size
layers.append(nn.Linear(width, 784))
self.net = nn.Sequential(*layers)
"""
FORWARD = "return self.net(z).reshape(len(z), 1, 28, 28)"
PROBS = "return torch.sigmoid(self(z))"
mistake("sigmoid at the end of forward: returns probabilities, not logits (and probs applies it twice)", G, INIT,
        "return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)", PROBS)
mistake("ReLU after the last layer: the logits can no longer be negative", G,
        INIT.replace("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]"),
        FORWARD, PROBS)
mistake("probs returns the logits (no sigmoid)", G, INIT, FORWARD, "return self(z)")
mistake("probs uses a softmax over the 784 pixels instead of a sigmoid per pixel", G, INIT, FORWARD,
        "return torch.softmax(self.net(z), dim=1).reshape(len(z), 1, 28, 28)")
mistake("ignores hidden: always d -> 200 -> 400 -> 784", G,
        INIT.replace("for size in hidden:", "for size in (200, 400):"), FORWARD, PROBS)
mistake("last layer reads hidden[-1]: IndexError for hidden=() (it must read z directly)", G,
        """
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)
        """, FORWARD, PROBS)
mistake("written for exactly two hidden layers", G,
        """
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden[0]), nn.ReLU(),
            nn.Linear(hidden[0], hidden[1]), nn.ReLU(),
            nn.Linear(hidden[1], 784),
        )
        """, FORWARD, PROBS)
mistake("reshapes to (B, 28, 28): the channel dimension is missing", G, INIT,
        "return self.net(z).reshape(len(z), 28, 28)", PROBS)
mistake("returns the flat (B, 784) logits, not (B, 1, 28, 28)", G, INIT, "return self.net(z)",
        "return torch.sigmoid(self(z)).reshape(len(z), 1, 28, 28)")
mistake("tanh on the output: logits bounded to (-1, 1)", G, INIT,
        "return torch.tanh(self.net(z)).reshape(len(z), 1, 28, 28)", PROBS)
mistake("clamps the logits to [-10, 10] 'for stability': forward must return unbounded logits", G, INIT,
        "return self.net(z).clamp(-10, 10).reshape(len(z), 1, 28, 28)", PROBS)
mistake("layers in a plain Python list: not registered, not counted, not trained", G,
        """
        self.layers, width = [], latent_dim
        for size in hidden:
            self.layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.layers.append(nn.Linear(width, 784))
        """,
        """
        h = z
        for layer in self.layers:
            h = layer(h)
        return h.reshape(len(z), 1, 28, 28)
        """, PROBS)
mistake("no bias on the output layer", G,
        INIT.replace("nn.Linear(width, 784))", "nn.Linear(width, 784, bias=False))"), FORWARD, PROBS)
mistake("no activation between the hidden layers: the decoder is affine", G,
        INIT.replace("layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size)]"),
        FORWARD, PROBS)
mistake("probs rounds the probabilities to 0 or 1", G, INIT, FORWARD, "return torch.sigmoid(self(z)).round()")
mistake("probs detaches the result: no gradient for the Gaussian view, where x_hat = probs(z) is trained", G, INIT,
        FORWARD, "return torch.sigmoid(self(z)).detach()")
mistake("probs clamps the probabilities to [1e-3, 1 - 1e-3]: not sigmoid(logits)", G, INIT, FORWARD,
        "return torch.sigmoid(self(z)).clamp(1e-3, 1 - 1e-3)")
mistake("default hidden changed to (400, 200) (copied from the encoder)", G, INIT, FORWARD, PROBS,
        replace=[("def __init__(self, latent_dim=2, hidden=(200, 400)):",
                  "def __init__(self, latent_dim=2, hidden=(400, 200)):")])
mistake("output layer reads hidden[0] instead of the last hidden width", G,
        """
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(hidden[0] if hidden else latent_dim, 784))
        self.net = nn.Sequential(*layers)
        """, FORWARD, PROBS)
mistake("Dropout in the hidden layers: an extra layer, and training-mode outputs become random", G,
        INIT.replace("layers += [nn.Linear(width, size), nn.ReLU()]",
                     "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]"), FORWARD, PROBS)
mistake("probs under torch.no_grad()", G, INIT, FORWARD,
        """
        with torch.no_grad():
            return torch.sigmoid(self(z))
        """)
mistake("hidden widths used in reverse order", G,
        INIT.replace("for size in hidden:", "for size in reversed(hidden):"), FORWARD, PROBS)
mistake("reshape(-1, 1, 28, 28) of a squeezed output: z.squeeze() breaks latent_dim = 1", G, INIT,
        "return self.net(z.squeeze()).reshape(-1, 1, 28, 28)", PROBS)

alternative("ModuleList + explicit loop, view for the reshape, ELU activations", G,
            """
            sizes = [latent_dim, *hidden]
            self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
            self.out = nn.Linear(sizes[-1], 28 * 28)
            """,
            """
            h = z
            for layer in self.hidden_layers:
                h = nn.functional.elu(layer(h))
            return self.out(h).view(-1, 1, 28, 28)
            """,
            "return self.forward(z).sigmoid()")
alternative("nn.Unflatten at the end of the Sequential, probs via torch.sigmoid", G,
            """
            blocks, n_in = [], latent_dim
            for n_out in hidden:
                blocks.extend([nn.Linear(n_in, n_out), nn.LeakyReLU()])
                n_in = n_out
            self.decoder = nn.Sequential(*blocks, nn.Linear(n_in, 784), nn.Unflatten(1, (1, 28, 28)))
            """,
            "return self.decoder(z)",
            "return torch.sigmoid(self.decoder(z))")

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: ConvDecoder
G = "ConvDecoder"
CINIT = """
c1, c2 = channels
self.c1 = c1
self.dense = nn.Sequential(
    nn.Linear(latent_dim, hidden), nn.ReLU(),
    nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
)
self.deconv = nn.Sequential(
    nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
    nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
)
"""
CFORWARD = "return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))"
CPROBS = "return torch.sigmoid(self(z))"
mistake("reshape hard-codes 32 channels: wrong for other channels", G, CINIT,
        "return self.deconv(self.dense(z).reshape(len(z), 32, 7, 7))", CPROBS)
mistake("no ReLU after the second linear layer", G,
        CINIT.replace("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),"), CFORWARD, CPROBS)
mistake("sigmoid after the last transposed convolution: forward returns probabilities", G,
        CINIT.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
                      "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Sigmoid(),"),
        CFORWARD, CPROBS)
mistake("ReLU after the last transposed convolution: logits never negative", G,
        CINIT.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
                      "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),"),
        CFORWARD, CPROBS)
mistake("kernel 3 with output_padding=1: the shapes still work, the parameter count does not", G,
        CINIT.replace("kernel_size=4, stride=2, padding=1)", "kernel_size=3, stride=2, padding=1, output_padding=1)"),
        CFORWARD, CPROBS)
mistake("kernel 2, stride 2, no padding: 7 -> 14 -> 28 but not the table's layers (wrong count)", G,
        CINIT.replace("kernel_size=4, stride=2, padding=1)", "kernel_size=2, stride=2, padding=0)"),
        CFORWARD, CPROBS)
mistake("channels swapped (c2 before c1)", G, CINIT.replace("c1, c2 = channels", "c2, c1 = channels"), CFORWARD, CPROBS)
mistake("probs returns the logits", G, CINIT, CFORWARD, "return self(z)")
mistake("ignores hidden (always 128 units)", G,
        CINIT.replace("nn.Linear(latent_dim, hidden)", "nn.Linear(latent_dim, 128)")
             .replace("nn.Linear(hidden, c1 * 7 * 7)", "nn.Linear(128, c1 * 7 * 7)"), CFORWARD, CPROBS)
mistake("skips the hidden layer: z goes straight to c1 * 7 * 7", G,
        CINIT.replace("nn.Linear(latent_dim, hidden), nn.ReLU(),\n    nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),",
                      "nn.Linear(latent_dim, c1 * 7 * 7), nn.ReLU(),"), CFORWARD, CPROBS)
mistake("BatchNorm2d after the first transposed convolution: extra parameters", G,
        CINIT.replace("nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),"),
        CFORWARD, CPROBS)
mistake("transposed convolutions without bias", G, CINIT.replace("padding=1)", "padding=1, bias=False)"), CFORWARD, CPROBS)
mistake("clamps the logits to [-15, 15]", G, CINIT,
        "return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)).clamp(-15, 15)", CPROBS)
mistake("layers in a Python list: not registered", G,
        """
        c1, c2 = channels
        self.c1 = c1
        self.parts = [nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
                      nn.Unflatten(1, (c1, 7, 7)),
                      nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(c2, 1, 4, 2, 1)]
        """,
        """
        h = z
        for part in self.parts:
            h = part(h)
        return h
        """, CPROBS)
mistake("no ReLU between the two transposed convolutions", G,
        CINIT.replace("nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),"), CFORWARD, CPROBS)
mistake("probs detached from the graph", G, CINIT, CFORWARD, "return torch.sigmoid(self(z)).detach()")
mistake("default channels changed to (16, 32) (copied from the encoder)", G, CINIT, CFORWARD, CPROBS,
        replace=[("channels=(32, 16), hidden=128", "channels=(16, 32), hidden=128")])
mistake("flattens the output to (B, 784)", G, CINIT,
        "return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)).flatten(1)",
        "return torch.sigmoid(self(z)).reshape(len(z), 1, 28, 28)")

alternative("channels-last reshape (B, 7, 7, c1) then permute: only the memory order of the linear output differs", G,
            """
            c1, c2 = channels
            self.channels = c1
            self.fc1 = nn.Linear(latent_dim, hidden)
            self.fc2 = nn.Linear(hidden, 7 * 7 * c1)
            self.up1 = nn.ConvTranspose2d(c1, c2, 4, 2, 1)
            self.up2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)
            """,
            """
            h = torch.relu(self.fc2(torch.relu(self.fc1(z))))
            h = h.reshape(z.shape[0], 7, 7, self.channels).permute(0, 3, 1, 2)
            return self.up2(torch.relu(self.up1(h)))
            """,
            "return torch.sigmoid(self.forward(z))")
alternative("nn.Unflatten inside one Sequential, ELU activations", G,
            """
            c1, c2 = channels
            self.net = nn.Sequential(
                nn.Linear(latent_dim, hidden), nn.ELU(),
                nn.Linear(hidden, c1 * 49), nn.ELU(),
                nn.Unflatten(1, (c1, 7, 7)),
                nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ELU(),
                nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
            )
            """,
            "return self.net(z)",
            "return torch.sigmoid(self.net(z))")

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: gaussian_nll
G = "gaussian_nll"
mistake("averages over the pixels instead of summing", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return (squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).mean(dim=1)
        """)
mistake("leaves out the constant D/2 log(2 pi sigma^2)", G,
        "return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2)")
mistake("leaves out the log(sigma) term (keeps only log(2 pi) / 2 per pixel)", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return (squared / (2 * sigma ** 2) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """)
mistake("divides by 2 sigma instead of 2 sigma^2", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return (squared / (2 * sigma) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """)
mistake("divides by sigma^2 (forgets the 1/2)", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return (squared / sigma ** 2 + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """)
mistake("constant hard-coded for D = 784: wrong for flat (B, D) images of another size", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
        return squared / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
        """)
mistake("sums over everything: one number for the batch", G,
        "return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + x.numel() / 2 * math.log(2 * math.pi * sigma ** 2)")
mistake("returns the batch mean (a scalar) instead of one value per image", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        nll = (squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        return nll.mean()
        """)
mistake("sums over dims (1, 2, 3): fails for flat (B, D) inputs", G,
        """
        D = x[0].numel()
        return ((x - mean) ** 2).sum(dim=(1, 2, 3)) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
        """)
mistake("treats sigma as the variance (divides by 2 sigma, log(sigma) / 2)", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return (squared / (2 * sigma) + 0.5 * math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """)
mistake("computes in float64 and returns float64", G,
        """
        squared = ((x.double() - mean.double()) ** 2).reshape(len(x), -1)
        return (squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """)
mistake("returns the log-likelihood (sign flipped)", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return -(squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """)
mistake("D taken as x.numel() (all the pixels of the batch) in the constant", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
        return squared / (2 * sigma ** 2) + x.numel() / 2 * math.log(2 * math.pi * sigma ** 2)
        """)
mistake("D taken as x.shape[-1] (28 for images) in the constant", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
        return squared / (2 * sigma ** 2) + x.shape[-1] / 2 * math.log(2 * math.pi * sigma ** 2)
        """)
mistake("F.gaussian_nll_loss without full=True: the log(2 pi) constant is missing", G,
        """
        var = torch.full_like(x, sigma ** 2)
        per_pixel = F.gaussian_nll_loss(mean, x, var, reduction="none")
        return per_pixel.reshape(len(x), -1).sum(dim=1)
        """)
mistake("caches the constant term of the first call: wrong for any later sigma", G,
        """
        global _CONSTANT
        D = x[0].numel()
        if _CONSTANT is None:
            _CONSTANT = D / 2 * math.log(2 * math.pi * sigma ** 2)
        return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2) + _CONSTANT
        """, prefix="_CONSTANT = None")
mistake("default sigma changed to 0.1", G,
        """
        squared = ((x - mean) ** 2).reshape(len(x), -1)
        return (squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(dim=1)
        """, replace=[("def gaussian_nll(mean, x, sigma=1.0):", "def gaussian_nll(mean, x, sigma=0.1):")])
mistake("sum over the last dimension only: (B, 1, 28) for images", G,
        """
        D = x[0].numel()
        return ((x - mean) ** 2).sum(dim=-1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
        """)

alternative("torch.distributions.Normal(mean, sigma).log_prob, negated and summed per image", G,
            "return -torch.distributions.Normal(mean, sigma).log_prob(x).flatten(start_dim=1).sum(dim=1)")
alternative("squared norm of the flattened difference plus the closed-form constant", G,
            """
            diff = (x - mean).flatten(1)
            D = diff.shape[1]
            return diff.pow(2).sum(1) / (2 * sigma * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
            """)
