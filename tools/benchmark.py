"""Speed and quality of the course's training fast path against the PyTorch example's recipe.

    python tools/benchmark.py                 # MLP and conv VAE, latent 20 (several minutes on 2 cores)
    python tools/benchmark.py --only mlp      # just the MLP

For each model it trains, in one run on this machine:

* "example": the recipe of pytorch/examples vae/main.py, re-implemented here: a torchvision MNIST
  Dataset with a per-item ToTensor transform behind a DataLoader (batch 128, shuffled, no workers),
  Adam at 1e-3, the Bernoulli loss summed over the batch, 10 epochs, the example's own test pass after
  every epoch (as the example does; its time is counted in the example's wall time);
* "fast": vaecourse.training.fit: MNIST as one in-memory float32 tensor, mini-batches by indexing it
  with a seeded permutation, fused Adam, a one-cycle learning-rate schedule (warm-up, then cosine decay).

Test NELBO (both runs, same code): the negative ELBO in nats per image averaged over the 10,000 test
images, single-sample estimate: z is *sampled* from q(z|x) once per image (seeded noise) and the
reconstruction term is the Bernoulli BCE summed over the 784 pixels at that z; the KL is analytic.
(Decoding the mean mu instead would not be an ELBO and would flatter the model by a few nats.)

Timings are wall-clock training seconds, with evaluation excluded from "train s"; the CPU may be
shared with other jobs, so compare the two columns of one run, not runs made at different times.
"""

import argparse
import os
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaecourse.data import prepare_mnist  # noqa: E402
from vaecourse.models import conv_vae  # noqa: E402
from vaecourse.training import evaluate, fit, mnist_tensors  # noqa: E402

TARGET = 105.5  # nats: what the PyTorch example's MLP reaches after 10 epochs


class ExampleVAE(nn.Module):
    """The MLP of pytorch/examples vae/main.py: 784-400-(20, 20), 20-400-784, ReLU, sigmoid output.

    encoder/decoder are exposed the way vaecourse.models.VAE exposes them (decoder returns logits),
    so that both runs are evaluated by the very same function.
    """

    def __init__(self, latent_dim: int = 20):
        super().__init__()
        self.fc1 = nn.Linear(784, 400)
        self.fc21 = nn.Linear(400, latent_dim)
        self.fc22 = nn.Linear(400, latent_dim)
        self.fc3 = nn.Linear(latent_dim, 400)
        self.fc4 = nn.Linear(400, 784)

    def encoder(self, x):
        h = F.relu(self.fc1(x.view(-1, 784)))
        return self.fc21(h), self.fc22(h)

    def decoder(self, z):
        return self.fc4(F.relu(self.fc3(z))).view(-1, 1, 28, 28)

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)  # the example samples in eval mode too
        return self.decoder(z), mu, logvar


class ConvExample(nn.Module):
    """Our conv VAE run with the example's recipe: always samples z, like the example's forward."""

    def __init__(self, latent_dim: int = 20):
        super().__init__()
        vae = conv_vae(latent_dim)
        self.encoder, self.decoder = vae.encoder, vae.decoder

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        return self.decoder(z), mu, logvar


def example_loss(logits, x, mu, logvar):
    """The example's loss_function: BCE of sigmoid outputs summed over pixels AND batch, plus the KL sum."""
    bce = F.binary_cross_entropy(torch.sigmoid(logits).view(-1, 784), x.view(-1, 784), reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld


def run_example(model, test_images, epochs: int = 10, seed: int = 0) -> dict:
    """Train like pytorch/examples vae/main.py; after each epoch run its test loop, then our evaluation."""
    from torchvision import datasets, transforms

    root = str(prepare_mnist())
    torch.manual_seed(seed)
    train_loader = torch.utils.data.DataLoader(
        datasets.MNIST(root, train=True, download=False, transform=transforms.ToTensor()), batch_size=128, shuffle=True)
    test_loader = torch.utils.data.DataLoader(
        datasets.MNIST(root, train=False, download=False, transform=transforms.ToTensor()), batch_size=128, shuffle=False)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    history = {"test_total": [], "seconds": [], "wall": []}
    train_seconds = wall = 0.0
    for _ in range(epochs):
        started = time.perf_counter()
        model.train()
        for x, _labels in train_loader:
            optimizer.zero_grad()
            logits, mu, logvar = model(x)
            loss = example_loss(logits, x, mu, logvar)
            loss.backward()
            optimizer.step()
        train_seconds += time.perf_counter() - started
        model.eval()  # the example's test(): its own per-epoch test pass, part of its wall time
        example_test = 0.0
        with torch.no_grad():
            for x, _labels in test_loader:
                logits, mu, logvar = model(x)
                example_test += example_loss(logits, x, mu, logvar).item()
        example_test /= len(test_loader.dataset)
        wall += time.perf_counter() - started
        history["test_total"].append(evaluate(model, test_images)["total"])
        history["seconds"].append(train_seconds)
        history["wall"].append(wall)
        history.setdefault("example_test", []).append(example_test)
    return history


def run_fast(make_model, train_images, test_images, epochs: int, batch_size: int, lr: float, seed: int = 0) -> dict:
    torch.manual_seed(seed)
    started = time.perf_counter()
    history = fit(make_model(), train_images, test_images, epochs, batch_size=batch_size, lr=lr,
                  schedule="onecycle", seed=seed, progress=False)
    wall = time.perf_counter() - started
    history["wall"] = [wall * (i + 1) / epochs for i in range(epochs)]  # evaluation included, spread evenly
    return history


def time_to(history, target=TARGET):
    for value, seconds in zip(history["test_total"], history["seconds"]):
        if value <= target:
            return seconds
    return None


def report(title, runs):
    print(f"\n## {title}\n")
    print("| run | epoch | test NELBO (nats) | train s (cumulative) |")
    print("| --- | ---: | ---: | ---: |")
    for name, history in runs.items():
        for epoch, (value, seconds) in enumerate(zip(history["test_total"], history["seconds"]), 1):
            print(f"| {name} | {epoch} | {value:.2f} | {seconds:.1f} |")
    print()
    print(f"| run | final test NELBO | train s | wall s (with evaluation) | train s to reach {TARGET} |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, history in runs.items():
        reach = time_to(history)
        print(f"| {name} | {history['test_total'][-1]:.2f} | {history['seconds'][-1]:.1f} | {history['wall'][-1]:.1f} | "
              f"{'not reached' if reach is None else f'{reach:.1f}'} |")
    example, fast = runs.values()
    reach = time_to(fast)
    if reach is not None:
        print(f"\nfast path: {TARGET} nats after {reach:.1f} s of training; the example's whole run took "
              f"{example['wall'][-1]:.1f} s wall ({example['seconds'][-1]:.1f} s of training): "
              f"{example['wall'][-1] / reach:.1f}x less time (target: >= 6x)")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["mlp", "conv"], help="benchmark one model only")
    parser.add_argument("--epochs", type=int, default=10, help="epochs of the example recipe (default 10)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="torch threads for both runs (default: the core count; on a machine that other jobs keep "
                             "busy, 1 avoids the collapse of oversubscribed thread pools)")
    args = parser.parse_args()
    os.environ.setdefault("TQDM_DISABLE", "1")
    torch.set_num_threads(args.threads)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs; "
          f"load average before: {os.getloadavg()[0]:.2f}")
    train_images, _ = mnist_tensors("train")
    test_images, _ = mnist_tensors("test")
    from vaecourse.models import mlp_vae

    if args.only in (None, "mlp"):
        runs = {"example (DataLoader, b128, Adam 1e-3)": run_example(ExampleVAE(20), test_images, args.epochs)}
        runs["fast (in-memory, b128, one-cycle 2e-3)"] = run_fast(lambda: mlp_vae(20), train_images, test_images,
                                                                  epochs=8, batch_size=128, lr=2e-3)
        report("MLP VAE, latent 20 (784-400-20)", runs)
    if args.only in (None, "conv"):
        runs = {"example (DataLoader, b128, Adam 1e-3)": run_example(ConvExample(20), test_images, args.epochs)}
        runs["fast (in-memory, b128, one-cycle 2e-3)"] = run_fast(lambda: conv_vae(20), train_images, test_images,
                                                                  epochs=8, batch_size=128, lr=2e-3)
        report("Conv VAE, latent 20", runs)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
