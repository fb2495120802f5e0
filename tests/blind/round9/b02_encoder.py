"""Blind corpus, round 9: notebook 02 (the encoder). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "02_encoder"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'split_mean_logvar': 'def split_mean_logvar(h):\n    """Split the output of a one-head encoder into mean and log-variance.\n\n    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]\n    Returns mu, logvar: (B, d) each\n    """\n    @@BODY0@@',
    'count_parameters': 'def count_parameters(model):\n    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.\n\n    Returns: a Python int\n    """\n    @@BODY0@@',
    'DenseEncoder': 'class DenseEncoder(nn.Module):\n    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).\n\n    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)\n    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)\n    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)\n    """\n\n    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):\n        super().__init__()\n        @@BODY0@@\n\n    def forward(self, x):\n        @@BODY1@@',
    'ConvEncoder': 'class ConvEncoder(nn.Module):\n    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).\n\n    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer\n    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)\n    """\n\n    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n        super().__init__()\n        @@BODY0@@\n\n    def forward(self, x):\n        @@BODY1@@',
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
# Exercise 1: split_mean_logvar
G = "split_mean_logvar"
mistake("returns (logvar, mu): the halves swapped", G,
        """
        d = h.shape[1] // 2
        return h[:, d:], h[:, :d]
        """)
mistake("interleaved split (even columns = mean, odd = log-variance) instead of first half / second half", G,
        "return h[:, 0::2], h[:, 1::2]")
mistake("h.chunk(2) splits along the batch (dim 0 by default), not along the features", G,
        """
        mu, logvar = h.chunk(2)
        return mu, logvar
        """)
mistake("exponentiates the second half: returns the variance, not the log-variance", G,
        """
        d = h.shape[1] // 2
        return h[:, :d], h[:, d:].exp()
        """)
mistake("off by one: logvar starts one column late (h[:, d + 1:])", G,
        """
        d = h.shape[1] // 2
        return h[:, :d], h[:, d + 1:]
        """)
mistake("hard-codes d = 2 (the notebook's latent size)", G,
        "return h[:, :2], h[:, 2:4]")
mistake("uses the batch size to find d (h.shape[0] // 2)", G,
        """
        d = h.shape[0] // 2
        return h[:, :d], h[:, d:]
        """)
mistake("detaches both halves: no gradient reaches the encoder's output layer", G,
        """
        d = h.shape[1] // 2
        return h[:, :d].detach(), h[:, d:].detach()
        """)
mistake("torch.split(h, 2, dim=1) splits into pieces of size 2: right only when d = 2", G,
        """
        mu, logvar = torch.split(h, 2, dim=1)
        return mu, logvar
        """)
mistake("reshape(B, d, 2): pairs neighbouring columns, i.e. the interleaved split", G,
        """
        d = h.shape[1] // 2
        pairs = h.reshape(len(h), d, 2)
        return pairs[..., 0], pairs[..., 1]
        """)
mistake("softplus on the log-variance half 'to keep it positive': logvar must be unconstrained", G,
        """
        d = h.shape[1] // 2
        return h[:, :d], torch.nn.functional.softplus(h[:, d:])
        """)
mistake("squeeze() on the halves: for d = 1 or a batch of one the shape is no longer (B, d)", G,
        """
        d = h.shape[1] // 2
        return h[:, :d].squeeze(), h[:, d:].squeeze()
        """)

alternative("h.chunk(2, dim=1)", G,
            """
            mu, logvar = h.chunk(2, dim=1)
            return mu, logvar
            """)
alternative("torch.split with the half size, on the last dimension", G,
            """
            d = h.size(-1) // 2
            mu, logvar = torch.split(h, [d, d], dim=-1)
            return mu, logvar
            """)
alternative("unflatten to (B, 2, d) and unbind", G,
            """
            mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
            return mu, logvar
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: count_parameters
G = "count_parameters"
mistake("counts frozen parameters too (no requires_grad test)", G,
        "return sum(p.numel() for p in model.parameters())")
mistake("counts the parameter tensors, not their elements", G,
        "return len([p for p in model.parameters() if p.requires_grad])")
mistake("returns a tensor (torch.tensor(...).sum()) instead of a Python int", G,
        "return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()")
mistake("iterates over state_dict(): counts buffers (e.g. BatchNorm running statistics) and frozen weights", G,
        "return sum(t.numel() for t in model.state_dict().values())")
mistake("loops over model.modules() and their parameters(): nested modules are counted several times", G,
        """
        total = 0
        for module in model.modules():
            total += sum(p.numel() for p in module.parameters() if p.requires_grad)
        return total
        """)
mistake("p.shape[0] * p.shape[1]: fails on 1-D biases, ignores the kernel dimensions of convolutions", G,
        "return sum(p.shape[0] * p.shape[1] for p in model.parameters() if p.requires_grad)")
mistake("numpy sum: returns numpy.int64, not a Python int", G,
        """
        import numpy as np
        return np.sum([p.numel() for p in model.parameters() if p.requires_grad])
        """)
mistake("parameters(recurse=False): only the parameters registered directly on the top module", G,
        "return sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)")
mistake("inverted test: counts the frozen parameters only", G,
        "return sum(p.numel() for p in model.parameters() if not p.requires_grad)")
mistake("counts parameters that already have a gradient (p.grad is not None): 0 for a fresh model", G,
        "return sum(p.numel() for p in model.parameters() if p.grad is not None)")
mistake("skips the biases (only tensors with 2 or more dimensions)", G,
        "return sum(p.numel() for p in model.parameters() if p.requires_grad and p.dim() > 1)")
mistake("len(p) counts the first dimension only", G,
        "return sum(len(p) for p in model.parameters() if p.requires_grad)")
mistake("caches the count per class: two models of the same class with other sizes get the same count", G,
        """
        key = type(model).__name__
        if key not in _COUNTS:
            _COUNTS[key] = sum(p.numel() for p in model.parameters() if p.requires_grad)
        return _COUNTS[key]
        """, prefix="_COUNTS = {}")
mistake("returns a float (sum with a 0.0 start)", G,
        "return sum((p.numel() for p in model.parameters() if p.requires_grad), 0.0)")

alternative("math.prod of the shapes, explicit loop", G,
            """
            import math
            total = 0
            for parameter in model.parameters():
                if parameter.requires_grad:
                    total += math.prod(parameter.shape)
            return int(total)
            """)
alternative("named_parameters, numel", G,
            "return int(sum(p.numel() for _, p in model.named_parameters() if p.requires_grad))")

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: DenseEncoder
G = "DenseEncoder"
INIT = """
layers, width = [], in_features
for size in hidden:
    layers += [nn.Linear(width, size), nn.ReLU()]
    width = size
self.body = nn.Sequential(*layers)
self.mu = nn.Linear(width, latent_dim)
self.logvar = nn.Linear(width, latent_dim)
"""
FORWARD = """
h = self.body(x.reshape(len(x), -1))
return self.mu(h), self.logvar(h)
"""
mistake("ignores in_features: the first layer always reads 784 values (fails for an image with its label appended)", G,
        INIT.replace("width = [], in_features", "width = [], 784"), FORWARD)
mistake("ignores hidden: always 784 -> 400 -> 200", G,
        INIT.replace("for size in hidden:", "for size in (400, 200):"), FORWARD)
mistake("written for exactly two hidden layers (hidden[0], hidden[1]): wrong for any other length", G,
        """
        self.body = nn.Sequential(
            nn.Linear(in_features, hidden[0]), nn.ReLU(),
            nn.Linear(hidden[0], hidden[1]), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden[1], latent_dim)
        self.logvar = nn.Linear(hidden[1], latent_dim)
        """, FORWARD)
mistake("heads read hidden[-1]: IndexError for hidden=() where they must read the pixels", G,
        """
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(hidden[-1], latent_dim)
        self.logvar = nn.Linear(hidden[-1], latent_dim)
        """, FORWARD)
mistake("ReLU only between hidden layers, none after the last one (with one hidden layer the encoder is affine)", G,
        """
        layers, width = [], in_features
        for i, size in enumerate(hidden):
            if i > 0:
                layers.append(nn.ReLU())
            layers.append(nn.Linear(width, size))
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
        """, FORWARD)
mistake("ReLU on both heads: logvar can no longer be negative (variance below 1)", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return torch.relu(self.mu(h)), torch.relu(self.logvar(h))
        """)
mistake("softplus on the logvar head (treats it as a variance that must be positive)", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), nn.functional.softplus(self.logvar(h))
        """)
mistake("tanh on the mean head: mu squashed into (-1, 1)", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return torch.tanh(self.mu(h)), self.logvar(h)
        """)
mistake("one head used twice: mu and logvar are the same function of x", G,
        """
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, latent_dim)
        """,
        """
        h = self.body(x.reshape(len(x), -1))
        return self.head(h), self.head(h)
        """)
mistake("flattens with x.view(-1, 784): breaks when in_features is not 784", G, INIT,
        """
        h = self.body(x.view(-1, 784))
        return self.mu(h), self.logvar(h)
        """)
mistake("adds BatchNorm1d after each hidden layer: extra parameters, and the output depends on the mode", G,
        """
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
        """, FORWARD)
mistake("adds Dropout(0.2) after each ReLU: the statement forbids other layers, and training-mode outputs become random", G,
        """
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
        """, FORWARD)
mistake("hidden layers without bias (bias=False): wrong parameter count", G,
        INIT.replace("nn.Linear(width, size)", "nn.Linear(width, size, bias=False)"), FORWARD)
mistake("PReLU activations: they have parameters, the count no longer matches", G,
        INIT.replace("nn.ReLU()", "nn.PReLU()"), FORWARD)
mistake("keeps the layers in a plain Python list: they are not registered, not counted and never trained", G,
        """
        self.layers, width = [], in_features
        for size in hidden:
            self.layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
        """,
        """
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = layer(h)
        return self.mu(h), self.logvar(h)
        """)
mistake("default latent_dim changed to 20", G, INIT, FORWARD,
        replace=[("def __init__(self, latent_dim=2,", "def __init__(self, latent_dim=20,")])
mistake("builds the hidden layers in reverse order (hidden[::-1])", G,
        INIT.replace("for size in hidden:", "for size in hidden[::-1]:"), FORWARD)
mistake("detaches mu: no gradient reaches the mean head", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h).detach(), self.logvar(h)
        """)
mistake("forward under torch.no_grad(): the encoder can never learn", G, INIT,
        """
        with torch.no_grad():
            h = self.body(x.reshape(len(x), -1))
            return self.mu(h), self.logvar(h)
        """)
mistake("heads read the first hidden layer's width (hidden[0]) instead of the last", G,
        """
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        head_in = hidden[0] if len(hidden) else in_features
        self.mu = nn.Linear(head_in, latent_dim)
        self.logvar = nn.Linear(head_in, latent_dim)
        """, FORWARD)
mistake("returns one (B, 2d) tensor (torch.cat of mu and logvar) instead of the pair", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return torch.cat([self.mu(h), self.logvar(h)], dim=1)
        """)
mistake("clamps logvar to [-10, 10]: the log-variance must be unconstrained", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h).clamp(-10, 10)
        """)
mistake("squeeze() on the outputs: shape (B,) for d = 1, (d,) for a batch of one", G, INIT,
        """
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h).squeeze(), self.logvar(h).squeeze()
        """)
mistake("x.flatten() without start_dim: the whole batch becomes one vector", G, INIT,
        """
        h = self.body(x.flatten())
        return self.mu(h), self.logvar(h)
        """)
mistake("one head of size 2d, but split by the batch (chunk without dim)", G,
        """
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * latent_dim)
        """,
        """
        out = self.head(self.body(x.reshape(len(x), -1)))
        mu, logvar = out.chunk(2)
        return mu, logvar
        """)

alternative("one head of size 2 * latent_dim, split with split_mean_logvar", G,
            """
            sizes = [in_features, *hidden]
            blocks = []
            for n_in, n_out in zip(sizes[:-1], sizes[1:]):
                blocks.append(nn.Linear(n_in, n_out))
                blocks.append(nn.ReLU())
            self.features = nn.Sequential(nn.Flatten(), *blocks)
            self.head = nn.Linear(sizes[-1], 2 * latent_dim)
            """,
            "return split_mean_logvar(self.head(self.features(x)))")
alternative("nn.ModuleList of linear layers, LeakyReLU, explicit loop", G,
            """
            self.hidden_layers = nn.ModuleList()
            width = in_features
            for size in hidden:
                self.hidden_layers.append(nn.Linear(width, size))
                width = size
            self.activation = nn.LeakyReLU(0.01)
            self.mean_head = nn.Linear(width, latent_dim)
            self.logvar_head = nn.Linear(width, latent_dim)
            """,
            """
            h = x.reshape(x.shape[0], -1)
            for layer in self.hidden_layers:
                h = self.activation(layer(h))
            return self.mean_head(h), self.logvar_head(h)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: ConvEncoder
G = "ConvEncoder"
CINIT = """
c1, c2 = channels
self.features = nn.Sequential(
    nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
    nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
    nn.Flatten(),
    nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
)
self.mu = nn.Linear(hidden, latent_dim)
self.logvar = nn.Linear(hidden, latent_dim)
"""
CFORWARD = """
h = self.features(x.reshape(len(x), 1, 28, 28))
return self.mu(h), self.logvar(h)
"""
mistake("hard-codes 32 * 7 * 7 inputs for the linear layer: wrong for other channels", G,
        CINIT.replace("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)"), CFORWARD)
mistake("ignores channels: always 16 and 32", G,
        CINIT.replace("c1, c2 = channels", "c1, c2 = 16, 32"), CFORWARD)
mistake("ignores hidden: the dense layer always has 128 units", G,
        CINIT.replace("hidden), nn.ReLU()", "128), nn.ReLU()").replace("nn.Linear(hidden,", "nn.Linear(128,"),
        CFORWARD)
mistake("kernel_size=3 (still 28 -> 14 -> 7, but the parameter count is wrong)", G,
        CINIT.replace("kernel_size=4", "kernel_size=3"), CFORWARD)
mistake("no ReLU after the dense layer: the heads read a linear function of the conv features", G,
        CINIT.replace("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),"), CFORWARD)
mistake("no ReLU after the convolutions: the two convolutions and the dense layer collapse into one linear map", G,
        CINIT.replace("padding=1), nn.ReLU(),", "padding=1),"), CFORWARD)
mistake("stride-1 'same' convolutions followed by max pooling instead of stride 2 (not the table's layers)", G,
        """
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
        """, CFORWARD)
mistake("forward does not reshape: fails for flat (B, 784) inputs", G, CINIT,
        """
        h = self.features(x)
        return self.mu(h), self.logvar(h)
        """)
mistake("ReLU on the logvar head", G, CINIT,
        """
        h = self.features(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), torch.relu(self.logvar(h))
        """)
mistake("heads read the flattened conv features (c2 * 7 * 7) and the dense layer is skipped", G,
        """
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.mu = nn.Linear(c2 * 7 * 7, latent_dim)
        self.logvar = nn.Linear(c2 * 7 * 7, latent_dim)
        """, CFORWARD)
mistake("one head shared by mu and logvar", G,
        CINIT.replace("self.logvar = nn.Linear(hidden, latent_dim)", ""),
        """
        h = self.features(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.mu(h)
        """)
mistake("BatchNorm2d after each convolution: extra parameters, mode-dependent outputs", G,
        CINIT.replace("nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c1), nn.ReLU(),")
             .replace("nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),"),
        CFORWARD)
mistake("convolutions without bias", G,
        CINIT.replace("padding=1)", "padding=1, bias=False)"), CFORWARD)
mistake("channels used in the wrong order (c2 first, then c1)", G,
        CINIT.replace("c1, c2 = channels", "c2, c1 = channels"), CFORWARD)
mistake("layers kept in a Python list (not registered): not counted, not trained", G,
        """
        c1, c2 = channels
        self.steps = [
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        ]
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
        """,
        """
        h = x.reshape(len(x), 1, 28, 28)
        for step in self.steps:
            h = step(h)
        return self.mu(h), self.logvar(h)
        """)
mistake("Dropout2d after the convolutions (extra layer; training-mode outputs become random)", G,
        CINIT.replace("nn.Flatten(),", "nn.Dropout2d(0.1), nn.Flatten(),"), CFORWARD)
mistake("default hidden changed to 256", G, CINIT, CFORWARD,
        replace=[("channels=(16, 32), hidden=128)", "channels=(16, 32), hidden=256)")])
mistake("default channels changed to (32, 64)", G, CINIT, CFORWARD,
        replace=[("channels=(16, 32), hidden=128)", "channels=(32, 64), hidden=128)")])
mistake("squeeze() on the heads' outputs: wrong shapes for a batch of one or d = 1", G, CINIT,
        """
        h = self.features(x.reshape(len(x), 1, 28, 28))
        return self.mu(h).squeeze(), self.logvar(h).squeeze()
        """)
mistake("clamps logvar to [-6, 6] 'for stability': the log-variance must be unconstrained", G, CINIT,
        """
        h = self.features(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), torch.clamp(self.logvar(h), -6.0, 6.0)
        """)
mistake("kernel 2, stride 2, no padding: the shapes match but the parameter count does not", G,
        CINIT.replace("kernel_size=4, stride=2, padding=1", "kernel_size=2, stride=2, padding=0"), CFORWARD)
mistake("detaches the conv features before the heads: the convolutions get no gradient", G, CINIT,
        """
        h = self.features(x.reshape(len(x), 1, 28, 28)).detach()
        return self.mu(h), self.logvar(h)
        """)

alternative("flattens channels-last (permute to (B, 7, 7, c2)) before the dense layer: only the memory order differs", G,
            """
            c1, c2 = channels
            self.conv1 = nn.Conv2d(1, c1, 4, 2, 1)
            self.conv2 = nn.Conv2d(c1, c2, 4, 2, 1)
            self.dense = nn.Linear(7 * 7 * c2, hidden)
            self.head_mu = nn.Linear(hidden, latent_dim)
            self.head_logvar = nn.Linear(hidden, latent_dim)
            """,
            """
            h = torch.relu(self.conv1(x.reshape(len(x), 1, 28, 28)))
            h = torch.relu(self.conv2(h))
            h = h.permute(0, 2, 3, 1).reshape(len(h), -1)
            h = torch.relu(self.dense(h))
            return self.head_mu(h), self.head_logvar(h)
            """)
alternative("one head of size 2d split with split_mean_logvar, ELU activations, view for the reshape", G,
            """
            c1, c2 = channels
            self.net = nn.Sequential(
                nn.Conv2d(1, c1, 4, stride=2, padding=1), nn.ELU(),
                nn.Conv2d(c1, c2, 4, stride=2, padding=1), nn.ELU(),
                nn.Flatten(start_dim=1),
                nn.Linear(c2 * 49, hidden), nn.ELU(),
                nn.Linear(hidden, 2 * latent_dim),
            )
            """,
            "return split_mean_logvar(self.net(x.reshape(-1, 1, 28, 28)))")
