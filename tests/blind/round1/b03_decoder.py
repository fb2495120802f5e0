NOTEBOOK = "03_decoder"

_DD_HEAD = '''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
'''

MISTAKES = [
# DenseDecoder
dict(name="sigmoid inside forward (returns probabilities)", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        layers += [nn.Linear(prev, 784), nn.Sigmoid()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self.forward(z)
'''),
dict(name="ReLU after the last layer (logits clipped at 0)", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in list(hidden) + [784]:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="missing ReLU between hidden layers (affine decoder)", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        self.net = nn.Sequential(*[nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, z):
        return self.net(z).reshape(-1, 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="probs uses softmax over pixels", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        layers.append(nn.Linear(prev, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        logits = self.net(z)
        return torch.softmax(logits, dim=1).reshape(len(z), 1, 28, 28)
'''),
dict(name="tanh on logits 'to keep them bounded'", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.hidden = nn.Sequential(*layers)
        self.out = nn.Linear(prev, 784)

    def forward(self, z):
        return (5 * torch.tanh(self.out(self.hidden(z)))).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="hard-coded hidden sizes (ignores hidden argument)", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(latent_dim, 200), nn.ReLU(), nn.Linear(200, 400), nn.ReLU(),
                                 nn.Linear(400, 784))

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="probs thresholds the logits (hard 0/1 image)", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        layers.append(nn.Linear(prev, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return (self.forward(z) > 0).float()
'''),
dict(name="ReLU placed before each Linear (on the code z, none before the output layer)", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in hidden:
            layers += [nn.ReLU(), nn.Linear(prev, h)]
            prev = h
        layers.append(nn.Linear(prev, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="last layer without bias", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        prev = latent_dim
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        layers.append(nn.Linear(prev, 784, bias=False))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
# ConvDecoder
dict(name="sigmoid after last transposed conv", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.deconv = nn.Sequential(nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ReLU(),
                                    nn.ConvTranspose2d(c2, 1, 4, 2, 1), nn.Sigmoid())

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return self.forward(z)
'''),
dict(name="missing ReLU between the transposed convolutions", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.deconv = nn.Sequential(nn.ConvTranspose2d(c1, c2, 4, 2, 1),
                                    nn.ConvTranspose2d(c2, 1, 4, 2, 1))

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="no ReLU after the second linear layer (before reshape)", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49))
        self.deconv = nn.Sequential(nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ReLU(),
                                    nn.ConvTranspose2d(c2, 1, 4, 2, 1))

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="reshape hard-coded to 32 channels", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.deconv = nn.Sequential(nn.ConvTranspose2d(32, c2, 4, 2, 1), nn.ReLU(),
                                    nn.ConvTranspose2d(c2, 1, 4, 2, 1))

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(-1, 32, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="upsample + conv instead of transposed conv, and ReLU on output", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.deconv = nn.Sequential(nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ReLU(),
                                    nn.ConvTranspose2d(c2, 1, 4, 2, 1), nn.ReLU())

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="kernel 3 with output_padding (param count differs)", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.deconv = nn.Sequential(nn.ConvTranspose2d(c1, c2, 3, 2, 1, output_padding=1), nn.ReLU(),
                                    nn.ConvTranspose2d(c2, 1, 3, 2, 1, output_padding=1))

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
dict(name="probs applies sigmoid twice", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.lin1 = nn.Linear(latent_dim, hidden)
        self.lin2 = nn.Linear(hidden, c1 * 7 * 7)
        self.up1 = nn.ConvTranspose2d(c1, c2, 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)

    def forward(self, z):
        h = F.relu(self.lin2(F.relu(self.lin1(z))))
        h = F.relu(self.up1(h.reshape(len(z), self.c1, 7, 7)))
        return self.up2(h)

    def probs(self, z):
        return torch.sigmoid(torch.sigmoid(self.forward(z)))
'''),
dict(name="channels used in the wrong order (c2 before c1)", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c2, c1 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.deconv = nn.Sequential(nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ReLU(),
                                    nn.ConvTranspose2d(c2, 1, 4, 2, 1))

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
# gaussian_nll
dict(name="averaged over pixels instead of summed", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(len(x), -1)
    return (diff ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).mean(dim=1)
'''),
dict(name="constant dropped", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(len(x), -1)
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2)
'''),
dict(name="sigma used as variance (divide by 2 sigma)", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma)
'''),
dict(name="sum over all dims including batch (scalar)", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
dict(name="sum over dims (1,2,3) only: fails for flat input", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).sum(dim=(1, 2, 3))
    return sq / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
dict(name="hard-coded D = 784 in the constant", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + 784 * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
dict(name="log(2 pi) not halved", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).flatten(1)
    return (sq / (2 * sigma ** 2) + math.log(sigma) + math.log(2 * math.pi)).sum(1)
'''),
dict(name="log sigma^2 instead of log sigma per pixel", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).flatten(1)
    return (sq / (2 * sigma ** 2) + 2 * math.log(sigma) + 0.5 * math.log(2 * math.pi)).sum(1)
'''),
]

ALTERNATIVES = [
dict(name="ModuleList with explicit loop and unflatten", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.out = nn.Linear(sizes[-1], 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.elu(layer(h))
        return self.out(h).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
dict(name="Sequential with nn.Unflatten", grade_id="DenseDecoder", source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        n = latent_dim
        for h in hidden:
            layers.extend([nn.Linear(n, h), nn.LeakyReLU(0.1)])
            n = h
        layers.extend([nn.Linear(n, 28 * 28), nn.Unflatten(1, (1, 28, 28))])
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self.net(z))
'''),
dict(name="one Sequential with nn.Unflatten", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1))

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
dict(name="per-pixel formula with torch sum over flatten", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean).pow(2) / (2 * sigma * sigma) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(per_pixel.shape[0], -1).sum(dim=-1)
'''),
dict(name="closed form with D and F.mse_loss", grade_id="gaussian_nll", source='''
def gaussian_nll(mean, x, sigma=1.0):
    B = x.shape[0]
    D = x[0].numel()
    sq = F.mse_loss(mean.reshape(B, -1), x.reshape(B, -1), reduction="none").sum(dim=1)
    return sq / (2 * sigma ** 2) + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
]

ALTERNATIVES += [
dict(name="explicit layers and view", grade_id="ConvDecoder", source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.channels = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, channels[0] * 7 * 7)
        self.deconv1 = nn.ConvTranspose2d(channels[0], channels[1], kernel_size=4, stride=2, padding=1)
        self.deconv2 = nn.ConvTranspose2d(channels[1], 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = F.relu(self.fc1(z))
        h = F.relu(self.fc2(h)).view(z.shape[0], self.channels[0], 7, 7)
        h = F.relu(self.deconv1(h))
        return self.deconv2(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
]
