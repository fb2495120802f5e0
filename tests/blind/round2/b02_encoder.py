NOTEBOOK = "02_encoder"

_DENSE_OK_INIT = '''
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
'''

_CONV_OK_INIT = '''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
'''

MISTAKES = [
    # split_mean_logvar
    dict(name="splits along the batch dimension", grade_id="split_mean_logvar", source='''def split_mean_logvar(h):
    mu, logvar = torch.chunk(h, 2, dim=0)
    return mu, logvar
'''),
    dict(name="interleaved split (even/odd columns)", grade_id="split_mean_logvar", source='''def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name="swapped order: logvar first", grade_id="split_mean_logvar", source='''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name="applies exp to the log-variance half", grade_id="split_mean_logvar", source='''def split_mean_logvar(h):
    d = h.shape[-1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    dict(name="off-by-one in the split index", grade_id="split_mean_logvar", source='''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d - 1:-1]
'''),
    # count_parameters
    dict(name="counts tensors, not elements", grade_id="count_parameters", source='''def count_parameters(model):
    return sum(1 for p in model.parameters() if p.requires_grad)
'''),
    dict(name="counts frozen parameters too", grade_id="count_parameters", source='''def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name="returns a tensor (sum of torch numel tensors)", grade_id="count_parameters", source='''def count_parameters(model):
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name="counts only weights (skips biases via name filter)", grade_id="count_parameters", source='''def count_parameters(model):
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and "weight" in name)
'''),
    dict(name="uses len(p) (first dimension only)", grade_id="count_parameters", source='''def count_parameters(model):
    return int(sum(len(p) for p in model.parameters() if p.requires_grad))
'''),
    # DenseEncoder
    dict(name="ReLU on the logvar head", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):''' + _DENSE_OK_INIT + '''
    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), torch.relu(self.logvar(h))
'''),
    dict(name="same head for mu and logvar", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):''' + _DENSE_OK_INIT + '''
    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = self.mu(h)
        return mu, mu
'''),
    dict(name="hard-coded 784 input (ignores in_features)", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = 784
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="no activation between hidden layers (affine)", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers.append(nn.Linear(width, h))
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="only uses the first two hidden sizes (hard-coded two layers)", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(in_features, hidden[0]), nn.ReLU(),
            nn.Linear(hidden[0], hidden[1]), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden[1], latent_dim)
        self.logvar = nn.Linear(hidden[1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="flatten with x.view(-1, 784) breaks in_features != 784", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):''' + _DENSE_OK_INIT + '''
    def forward(self, x):
        h = self.body(x.reshape(-1, 784))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="single head of size d, logvar returned as zeros", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = [nn.Flatten()]
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        h = self.net(x)
        return h, torch.zeros_like(h)
'''),
    dict(name="softplus on logvar to keep it positive", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):''' + _DENSE_OK_INIT + '''
    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), nn.functional.softplus(self.logvar(h))
'''),
    # ConvEncoder
    dict(name="missing ReLU after the dense hidden layer", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):''' + _CONV_OK_INIT + '''
    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = self.fc(h.flatten(1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="kernel 3 without padding (6x6 maps, wrong sizes and counts)", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=2), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=3, stride=2), nn.ReLU(),
        )
        self.fc = nn.Linear(c2 * 6 * 6, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="hard-coded 32*7*7 in the linear layer", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
        )
        self.fc = nn.Linear(32 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="exp on the logvar head (returns variance)", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):''' + _CONV_OK_INIT + '''
    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), torch.exp(self.logvar(h))
'''),
    dict(name="kernel_size=3, stride=2, padding=1 (same 14/7 shapes, wrong parameter count)", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1), nn.ReLU(),
        )
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="channels swapped: c2 first then c1", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c2, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c2, c1, 4, 2, 1), nn.ReLU(),
        )
        self.fc = nn.Linear(c1 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name="tanh on mu head", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):''' + _CONV_OK_INIT + '''
    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return torch.tanh(self.mu(h)), self.logvar(h)
'''),
]

ALTERNATIVES = [
    dict(name="tensor_split / chunk on last dim", grade_id="split_mean_logvar", source='''def split_mean_logvar(h):
    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name="loop with int()", grade_id="count_parameters", source='''def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            n = 1
            for s in p.shape:
                n *= s
            total += n
    return int(total)
'''),
    dict(name="one head of size 2d + split, LeakyReLU, ModuleList", grade_id="DenseEncoder", source='''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.act = nn.LeakyReLU(0.1)
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)

    def forward(self, x):
        h = torch.flatten(x, start_dim=1)
        for layer in self.layers:
            h = self.act(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    dict(name="ELU, single 2d head with split", grade_id="ConvEncoder", source='''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.latent_dim = latent_dim
        self.features = nn.Sequential(
            nn.Conv2d(1, channels[0], kernel_size=4, stride=2, padding=1), nn.ELU(),
            nn.Conv2d(channels[0], channels[1], kernel_size=4, stride=2, padding=1), nn.ELU(),
            nn.Flatten(),
            nn.Linear(channels[1] * 49, hidden), nn.ELU(),
        )
        self.out = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        out = self.out(self.features(x))
        return out[:, :self.latent_dim], out[:, self.latent_dim:]
'''),
]
