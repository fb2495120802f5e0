NOTEBOOK = "03_decoder"

_DD_INIT = '''
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)
'''

_CD_INIT = '''
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)
'''

MISTAKES = [
    # DenseDecoder
    dict(name="sigmoid at the end of forward", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):''' + _DD_INIT + '''
    def forward(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self.forward(z)
'''),
    dict(name="ReLU after the last layer too", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in list(hidden) + [784]:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(-1, 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name="probs applies softmax over pixels", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):''' + _DD_INIT + '''
    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        logits = self.net(z)
        return torch.softmax(logits, dim=1).reshape(len(z), 1, 28, 28)
'''),
    dict(name="hidden reversed (400 then 200)", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in reversed(hidden):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="no activation between hidden layers", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        self.net = nn.Sequential(*[nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="hard-coded two hidden layers from hidden[0], hidden[1]", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden[0]), nn.ReLU(),
            nn.Linear(hidden[0], hidden[-1]), nn.ReLU(),
            nn.Linear(hidden[-1], 784),
        )

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="probs clamps logits to [0,1] instead of sigmoid", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):''' + _DD_INIT + '''
    def forward(self, z):
        return self.net(z).view(-1, 1, 28, 28)

    def probs(self, z):
        return self.forward(z).clamp(0.0, 1.0)
'''),
    # ConvDecoder
    dict(name="sigmoid at the end of forward (conv)", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):''' + _CD_INIT + '''
    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return torch.sigmoid(self.up2(torch.relu(self.up1(h))))

    def probs(self, z):
        return self.forward(z)
'''),
    dict(name="no ReLU between the transposed convolutions", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):''' + _CD_INIT + '''
    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.up2(self.up1(h))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="no ReLU after the second linear layer", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7))
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.up2(torch.relu(self.up1(h)))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="hard-coded 32 channels in the reshape", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):''' + _CD_INIT + '''
    def forward(self, z):
        h = self.fc(z).view(-1, 32, 7, 7)
        return self.up2(torch.relu(self.up1(h)))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="kernel 3 stride 2 padding 1 output_padding 1 (wrong parameter count)", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.up1 = nn.ConvTranspose2d(c1, c2, 3, stride=2, padding=1, output_padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, 3, stride=2, padding=1, output_padding=1)

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.up2(torch.relu(self.up1(h)))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name="ReLU on the output logits", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):''' + _CD_INIT + '''
    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return torch.relu(self.up2(torch.relu(self.up1(h))))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    # gaussian_nll
    dict(name="mean over pixels instead of sum", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    per_pixel = sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.mean(dim=1)
'''),
    dict(name="forgets the constant terms", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    return ((x - mean) ** 2).reshape(len(x), -1).sum(1) / (2 * sigma ** 2)
'''),
    dict(name="divides by 2 sigma instead of 2 sigma^2", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    sq = ((x - mean) ** 2).flatten(1).sum(1)
    return sq / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name="constant counted once, not D times", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).flatten(1).sum(1)
    return sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name="sums over dims (1,2,3) only: wrong for (B, D) input", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    D = 784
    sq = ((x - mean) ** 2).sum(dim=tuple(range(1, x.dim())))
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name="uses log(sigma^2) with factor D instead of D/2", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    sq = ((x - mean) ** 2).flatten(1).sum(1)
    return sq / (2 * sigma ** 2) + D * math.log(sigma ** 2) + D / 2 * math.log(2 * math.pi)
'''),
]

ALTERNATIVES = [
    dict(name="ModuleList, ELU, unflatten", grade_id="DenseDecoder", source='''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        dims = (latent_dim,) + tuple(hidden)
        self.hidden_layers = nn.ModuleList([nn.Linear(dims[i], dims[i + 1]) for i in range(len(hidden))])
        self.out = nn.Linear(dims[-1], 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return self.out(h).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name="Unflatten module in one Sequential", grade_id="ConvDecoder", source='''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(),
            nn.Linear(hidden, channels[0] * 7 * 7), nn.LeakyReLU(),
            nn.Unflatten(1, (channels[0], 7, 7)),
            nn.ConvTranspose2d(channels[0], channels[1], 4, 2, 1), nn.LeakyReLU(),
            nn.ConvTranspose2d(channels[1], 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name="closed form with D and log(2 pi sigma^2)", grade_id="gaussian_nll", source='''def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(x.shape[0], -1)
    D = diff.shape[1]
    return diff.pow(2).sum(dim=1) / (2.0 * sigma * sigma) + 0.5 * D * math.log(2.0 * math.pi * sigma * sigma)
'''),
]
