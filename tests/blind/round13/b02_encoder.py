import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "02_encoder"

SPLIT = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:]
'''
COUNT = '''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return int(sum(p.numel() for p in model.parameters() if p.requires_grad))
'''
DENSE = '''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''
CONV = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''

s = make("split_mean_logvar", SPLIT)
c = make("count_parameters", COUNT)
d = make("DenseEncoder", DENSE)
v = make("ConvEncoder", CONV)

MISTAKES = [
    s("splits along the batch dimension", "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]", "d = h.shape[0] // 2\n    return h[:d], h[d:]"),
    s("swaps mean and log-variance", "return h[:, :d], h[:, d:]", "return h[:, d:], h[:, :d]"),
    s("interleaved split (even/odd columns)", "return h[:, :d], h[:, d:]", "return h[:, 0::2], h[:, 1::2]"),
    s("hard-coded d = 2", "d = h.shape[1] // 2", "d = 2"),
    s("exponentiates the log-variance", "return h[:, :d], h[:, d:]", "return h[:, :d], h[:, d:].exp()"),
    s("chunk along dim 0", "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]", "mu, logvar = h.chunk(2)\n    return mu, logvar"),
    s("uses h[:, d + 1:] dropping one column and h[:, :d]", "return h[:, :d], h[:, d:]", "return h[:, :d], h[:, d - 1:-1]"),
    s("softplus on the log-variance", "return h[:, :d], h[:, d:]", "return h[:, :d], torch.nn.functional.softplus(h[:, d:])"),
    c("counts frozen parameters too", " if p.requires_grad", ""),
    c("counts tensors, not elements", "p.numel()", "1"),
    c("returns a tensor", "return int(sum(p.numel() for p in model.parameters() if p.requires_grad))", "return sum(torch.tensor(p.numel()) for p in model.parameters() if p.requires_grad)"),
    c("counts only weights (2-D tensors)", "if p.requires_grad", "if p.requires_grad and p.dim() > 1"),
    c("counts only frozen parameters", "if p.requires_grad", "if not p.requires_grad"),
    c("counts p.shape[0] instead of numel", "p.numel()", "p.shape[0]"),
    c("counts the top-level children only", "model.parameters()", "model.parameters(recurse=False)"),
    d("ignores in_features (hard-coded 784)", "width = in_features", "width = 784"),
    d("activation on the logvar head", "return self.mu(h), self.logvar(h)", "return self.mu(h), torch.relu(self.logvar(h))"),
    d("heads share one layer: logvar = mu", "return self.mu(h), self.logvar(h)", "mu = self.mu(h)\n        return mu, mu"),
    d("no ReLU between hidden layers", "layers += [nn.Linear(width, h), nn.ReLU()]", "layers += [nn.Linear(width, h)]"),
    d("ReLU on the mean head", "return self.mu(h), self.logvar(h)", "return torch.relu(self.mu(h)), self.logvar(h)"),
    d("skips the last hidden layer", "for h in hidden:", "for h in hidden[:-1]:"),
    d("flattens to (B*?, 784) with view(-1, 784)", "x.reshape(len(x), -1)", "x.reshape(-1, 784)"),
    d("heads without bias", "self.mu = nn.Linear(width, latent_dim)", "self.mu = nn.Linear(width, latent_dim, bias=False)"),
    d("PReLU with parameters", "nn.ReLU()]", "nn.PReLU()]"),
    d("extra dropout layer in the body", "nn.ReLU()]", "nn.ReLU(), nn.Dropout(0.2)]"),
    d("tanh-bounded log-variance", "return self.mu(h), self.logvar(h)", "return self.mu(h), 5 * torch.tanh(self.logvar(h))"),
    d("changed default hidden to (400,)", "hidden=(400, 200)", "hidden=(400,)"),
    v("hard-coded channels 16 and 32", "c1, c2 = channels", "c1, c2 = 16, 32"),
    v("hard-coded hidden width 128", "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(c2 * 7 * 7, 128)"),
    v("kernel 3 with padding 1 (stride 2 gives 14 then 7 anyway) changes parameter count", "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)", "nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1)"),
    v("no ReLU after the linear layer", "nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),"),
    v("reshape to (B, 28, 28, 1) channels-last image fed to conv", "x.reshape(len(x), 1, 28, 28)", "x.reshape(len(x), 28, 28, 1).permute(0, 3, 2, 1)"),
    v("logvar via exp (a variance)", "return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h).exp()"),
    v("logvar head reads mu (chained heads)", "return self.mu(h), self.logvar(h)", "mu = self.mu(h)\n        return mu, mu * 0.5"),
    v("max-pool instead of stride, different sizes", "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.ReLU(), nn.MaxPool2d(2),"),
    v("batchnorm added (extra parameters)", "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c1), nn.ReLU(),"),
    v("changed default channels to (32, 64)", "channels=(16, 32)", "channels=(32, 64)"),
    v("no activation after the second convolution", "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),"),
]

ALTERNATIVES = [
    dict(name="split with chunk along dim 1", grade_id="split_mean_logvar", source=SPLIT.replace(
        "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]", "mu, logvar = torch.chunk(h, 2, dim=1)\n    return mu, logvar")),
    dict(name="split with tensor_split on -1", grade_id="split_mean_logvar", source=SPLIT.replace(
        "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]", "return tuple(h.tensor_split(2, dim=-1))")),
    dict(name="count with explicit loop", grade_id="count_parameters", source=COUNT.replace(
        "return int(sum(p.numel() for p in model.parameters() if p.requires_grad))",
        "total = 0\n    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n    return total")),
    dict(name="dense encoder with one head split", grade_id="DenseEncoder", source=DENSE.replace(
        "self.mu = nn.Linear(width, latent_dim)\n        self.logvar = nn.Linear(width, latent_dim)",
        "self.head = nn.Linear(width, 2 * latent_dim)").replace(
        "return self.mu(h), self.logvar(h)", "return split_mean_logvar(self.head(h))")),
    dict(name="dense encoder with LeakyReLU and nn.Flatten", grade_id="DenseEncoder", source=DENSE.replace(
        "nn.ReLU()]", "nn.LeakyReLU(0.1)]").replace("self.body = nn.Sequential(*layers)", "self.body = nn.Sequential(nn.Flatten(), *layers)").replace(
        "self.body(x.reshape(len(x), -1))", "self.body(x)")),
    dict(name="conv encoder with ELU and a single 2d head", grade_id="ConvEncoder", source=CONV.replace("nn.ReLU()", "nn.ELU()").replace(
        "self.mu = nn.Linear(hidden, latent_dim)\n        self.logvar = nn.Linear(hidden, latent_dim)",
        "self.head = nn.Linear(hidden, 2 * latent_dim)").replace(
        "return self.mu(h), self.logvar(h)", "return split_mean_logvar(self.head(h))")),
]
