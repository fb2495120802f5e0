NOTEBOOK = "02_encoder"

MISTAKES = [
# split_mean_logvar
dict(name="split along batch dimension", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    B = h.shape[0] // 2
    return h[:B], h[B:]
'''),
dict(name="interleaved (even/odd) split", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]
'''),
dict(name="mean and logvar swapped", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    logvar, mu = h.chunk(2, dim=1)
    return mu, logvar
'''),
dict(name="hard-coded d=2", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    return h[:, :2], h[:, 2:4]
'''),
dict(name="exp applied to logvar half (returns variance)", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
# count_parameters
dict(name="counts tensors not elements", grade_id="count_parameters", source='''
def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])
'''),
dict(name="counts frozen parameters too", grade_id="count_parameters", source='''
def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
'''),
dict(name="returns a tensor instead of int", grade_id="count_parameters", source='''
def count_parameters(model):
    return sum(torch.tensor(p.numel()) for p in model.parameters() if p.requires_grad)
'''),
dict(name="only counts weights (skips biases via named_parameters filter)", grade_id="count_parameters", source='''
def count_parameters(model):
    return sum(p.numel() for n, p in model.named_parameters() if p.requires_grad and "weight" in n)
'''),
dict(name="sums shape dims instead of product", grade_id="count_parameters", source='''
def count_parameters(model):
    return int(sum(sum(p.shape) for p in model.parameters() if p.requires_grad))
'''),
dict(name="counts only direct children's parameters (recurse=False)", grade_id="count_parameters", source='''
def count_parameters(model):
    return sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)
'''),
# DenseEncoder
dict(name="missing ReLU between hidden layers", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers.append(nn.Linear(prev, h))
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
dict(name="ReLU on logvar head", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Sequential(nn.Linear(prev, latent_dim), nn.ReLU())

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
dict(name="tanh on both heads", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return torch.tanh(self.mu(h)), torch.tanh(self.logvar(h))
'''),
dict(name="same head used for mu and logvar", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = self.mu(h)
        return mu, mu
'''),
dict(name="ignores in_features (hard-coded 784)", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = 784
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(prev, 2 * latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return split_mean_logvar(self.head(h))
'''),
dict(name="hard-coded two hidden layers (ignores length of hidden)", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden[0])
        self.fc2 = nn.Linear(hidden[0], hidden[-1])
        self.mu = nn.Linear(hidden[-1], latent_dim)
        self.logvar = nn.Linear(hidden[-1], latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), -1)
        h = torch.relu(self.fc2(torch.relu(self.fc1(x))))
        return self.mu(h), self.logvar(h)
'''),
dict(name="x.view(-1, 784) flatten breaks with in_features != 784", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(-1, 784))
        return self.mu(h), self.logvar(h)
'''),
dict(name="softplus on logvar to make it positive", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = [nn.Flatten()]
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x)
        return self.mu(h), F.softplus(self.logvar(h))
'''),
dict(name="logvar head reads mu (chained heads)", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(latent_dim, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = self.mu(h)
        return mu, self.logvar(mu)
'''),
dict(name="ReLU after last hidden layer missing only (activation count off by one)", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        if layers:
            layers = layers[:-1]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
dict(name="logvar detached from graph", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        prev = in_features
        for h in hidden:
            layers += [nn.Linear(prev, h), nn.ReLU()]
            prev = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(prev, latent_dim)
        self.logvar = nn.Linear(prev, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h.detach())
'''),
# ConvEncoder
dict(name="missing ReLU between the two convolutions", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
dict(name="no ReLU after dense hidden layer", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden))
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
dict(name="hard-coded 32*7*7 in the linear layer", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)
        self.fc = nn.Linear(32 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = F.relu(self.conv2(F.relu(self.conv1(x))))
        h = F.relu(self.fc(h.reshape(len(h), -1)))
        return self.mu(h), self.logvar(h)
'''),
dict(name="padding 0 and kernel 3 with stride 2, adaptive pool to 7x7", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 3, 2, 0), nn.ReLU(),
            nn.Conv2d(c1, c2, 3, 2, 0), nn.ReLU(),
            nn.AdaptiveAvgPool2d(7), nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
dict(name="sigmoid on the logvar head", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        mu, logvar = split_mean_logvar(self.head(h))
        return mu, torch.sigmoid(logvar)
'''),
dict(name="flatten hard-codes batch size 128", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = nn.Conv2d(1, c1, 4, 2, 1)
        self.c2 = nn.Conv2d(c1, c2, 4, 2, 1)
        self.fc = nn.Linear(c2 * 49, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(-1, 1, 28, 28)
        h = F.relu(self.c2(F.relu(self.c1(x))))
        h = F.relu(self.fc(h.reshape(128, -1)))
        return self.mu(h), self.logvar(h)
'''),
dict(name="channels (c1, c2) used in swapped order", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c2, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c2, c1, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c1 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
dict(name="logvar head clamped to [-5, 5]", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        mu = self.mu(h)
        return mu, self.logvar(h).clamp(-5, 5)
'''),
dict(name="convolution applied on the flat input reshaped as (B, 28, 28, 1) channels-last", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 28, 28, 1).permute(0, 3, 2, 1)
        h = self.conv(x)
        return self.mu(h), self.logvar(h)
'''),
]

ALTERNATIVES = [
dict(name="torch.chunk", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    mu, logvar = torch.chunk(h, 2, dim=-1)
    return mu, logvar
'''),
dict(name="torch.split with explicit size", grade_id="split_mean_logvar", source='''
def split_mean_logvar(h):
    d = h.size(1) // 2
    mu, logvar = torch.split(h, d, dim=1)
    return mu, logvar
'''),
dict(name="loop with math.prod over shape", grade_id="count_parameters", source='''
import math

def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += math.prod(p.shape)
    return int(total)
'''),
dict(name="explicit layers with ModuleList and LeakyReLU, one head of 2d", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)

    def forward(self, x):
        h = x.flatten(1)
        for layer in self.layers:
            h = F.leaky_relu(layer(h))
        return split_mean_logvar(self.head(h))
'''),
dict(name="nn.Sequential with Flatten and two heads, ELU", grade_id="DenseEncoder", source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        mods = [nn.Flatten()]
        n = in_features
        for width in hidden:
            mods.append(nn.Linear(n, width))
            mods.append(nn.ELU())
            n = width
        self.body = nn.Sequential(*mods)
        self.fc_mu = nn.Linear(n, latent_dim)
        self.fc_logvar = nn.Linear(n, latent_dim)

    def forward(self, x):
        h = self.body(x)
        return self.fc_mu(h), self.fc_logvar(h)
'''),
dict(name="explicit layers and F.relu, one head split", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels[0], kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(channels[1] * 7 * 7, hidden)
        self.out = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = F.relu(self.conv1(x))
        h = F.relu(self.conv2(h))
        h = F.relu(self.fc(torch.flatten(h, 1)))
        return split_mean_logvar(self.out(h))
'''),
]

ALTERNATIVES += [
dict(name="sum of numel with filter()", grade_id="count_parameters", source='''
def count_parameters(model):
    trainable = filter(lambda p: p.requires_grad, model.parameters())
    return int(sum(p.numel() for p in trainable))
'''),
dict(name="nn.Sequential body with Flatten, two heads, LeakyReLU", grade_id="ConvEncoder", source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.LeakyReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
]
