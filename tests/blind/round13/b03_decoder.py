import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "03_decoder"

DENSE = '''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''
CONV = '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
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

    def forward(self, z):
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''
NLL = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''

d = make("DenseDecoder", DENSE)
c = make("ConvDecoder", CONV)
g = make("gaussian_nll", NLL)

MISTAKES = [
    d("sigmoid at the end of forward", "return self.net(z).reshape(len(z), 1, 28, 28)", "return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)"),
    d("ReLU after the last layer", "layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]"),
    d("probs applies sigmoid twice", "return torch.sigmoid(self.forward(z))", "return torch.sigmoid(torch.sigmoid(self.forward(z)))"),
    d("probs returns softmax over pixels", "return torch.sigmoid(self.forward(z))", "return torch.softmax(self.forward(z).reshape(len(z), -1), dim=1).reshape(len(z), 1, 28, 28)"),
    d("reshape to (B, 28, 28) without the channel", "reshape(len(z), 1, 28, 28)", "reshape(len(z), 28, 28)"),
    d("hard-coded latent size 2", "width = latent_dim", "width = 2"),
    d("no ReLU between hidden layers (affine)", "layers += [nn.Linear(width, h), nn.ReLU()]", "layers += [nn.Linear(width, h)]"),
    d("last layer without bias", "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(width, 784, bias=False))"),
    d("skips the last hidden layer", "for h in hidden:", "for h in hidden[:-1]:"),
    d("tanh on the output (bounded logits)", "return self.net(z).reshape(len(z), 1, 28, 28)", "return 10 * torch.tanh(self.net(z)).reshape(len(z), 1, 28, 28)"),
    d("probs clamps logits instead of sigmoid", "return torch.sigmoid(self.forward(z))", "return self.forward(z).clamp(0, 1)"),
    d("default hidden reversed to (400, 200)", "hidden=(200, 400)", "hidden=(400, 200)"),
    d("reshape(-1, 1, 28, 28) transposed image (columns)", "return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z).reshape(len(z), 1, 28, 28).transpose(2, 3)"),
    c("sigmoid at the end of forward", "return self.deconv(h)", "return torch.sigmoid(self.deconv(h))"),
    c("ReLU after the last transposed convolution", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n"),
    c("no ReLU after the second linear layer", "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),"),
    c("hard-coded hidden width 128", "nn.Linear(latent_dim, hidden), nn.ReLU(),\n            nn.Linear(hidden, c1 * 7 * 7)", "nn.Linear(latent_dim, 128), nn.ReLU(),\n            nn.Linear(128, c1 * 7 * 7)"),
    c("hard-coded channels (32, 16)", "c1, c2 = channels", "c1, c2 = 32, 16"),
    c("upsample + conv instead of transposed conv", "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=3, padding=1), nn.ReLU(),"),
    c("kernel 3 / output_padding 1 (wrong parameter count)", "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)", "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1)"),
    c("probs returns logits", "return torch.sigmoid(self.forward(z))\n", "return self.forward(z)\n"),
    c("no ReLU between the transposed convolutions", "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),"),
    c("extra batchnorm layer", "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),"),
    c("changed default channels to (64, 32)", "channels=(32, 16)", "channels=(64, 32)"),
    g("averages over pixels instead of summing", "(diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (", "(diff ** 2).mean(dim=1) / (2 * sigma ** 2) + ("),
    g("drops the constant", " + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", ""),
    g("sigma instead of sigma squared", "(2 * sigma ** 2)", "(2 * sigma)"),
    g("log(sigma^2) per pixel instead of log(sigma)", "math.log(sigma) +", "2 * math.log(sigma) +"),
    g("forgets the 1/2 in the squared term", "(diff ** 2).sum(dim=1) / (2 * sigma ** 2)", "(diff ** 2).sum(dim=1) / sigma ** 2"),
    g("log(2 pi) without the half", "0.5 * math.log(2 * math.pi)", "math.log(2 * math.pi)"),
    g("sums over the whole batch", "return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      "return (diff ** 2).sum() / (2 * sigma ** 2) + len(x) * D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    g("D hard-coded to 784", "D = diff.shape[1]", "D = 784"),
    g("sums over dims (1, 2, 3): fails on flat (B, D) inputs", "diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n    return (diff ** 2).sum(dim=1)",
      "diff = x - mean\n    D = diff[0].numel()\n    return (diff ** 2).sum(dim=(1, 2, 3))"),
    g("changed default sigma to 0.1", "sigma=1.0", "sigma=0.1"),
    g("computes in float64 and returns float64", "diff = (x - mean).reshape(len(x), -1)", "diff = (x - mean).double().reshape(len(x), -1)"),
]

ALTERNATIVES = [
    dict(name="dense decoder with Unflatten and LeakyReLU", grade_id="DenseDecoder", source=DENSE.replace(
        "nn.ReLU()]", "nn.LeakyReLU()]").replace("layers.append(nn.Linear(width, 784))",
        "layers += [nn.Linear(width, 784), nn.Unflatten(1, (1, 28, 28))]").replace(
        "return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z)")),
    dict(name="dense decoder probs via logistic formula", grade_id="DenseDecoder", source=DENSE.replace(
        "return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self(z))")),
    dict(name="conv decoder with Unflatten inside a single Sequential", grade_id="ConvDecoder", source=CONV.replace(
        "self.deconv = nn.Sequential(", "self.deconv = nn.Sequential(nn.Unflatten(1, (c1, 7, 7)),").replace(
        "h = self.dense(z).reshape(len(z), self.c1, 7, 7)", "h = self.dense(z)")),
    dict(name="gaussian nll with flatten and 0.5*log(2 pi sigma^2)", grade_id="gaussian_nll", source=NLL.replace(
        "diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
        "sq = (x - mean).flatten(1).pow(2)\n    return (sq / (2 * sigma ** 2) + 0.5 * math.log(2 * math.pi * sigma ** 2)).sum(dim=1)")),
    dict(name="gaussian nll via torch.distributions", grade_id="gaussian_nll", source=NLL.replace(
        "diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
        "dist = torch.distributions.Normal(mean.flatten(1), sigma)\n    return -dist.log_prob(x.flatten(1)).sum(dim=1)")),
]
