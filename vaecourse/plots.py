"""Figures the notebooks share: image grids and curves, each with a title and labelled axes."""

import matplotlib.pyplot as plt
import torch


def _as_images(images) -> torch.Tensor:
    """(N, 784), (N, 28, 28) or (N, 1, 28, 28) -> (N, 28, 28) float on the CPU."""
    return torch.as_tensor(images).detach().cpu().float().reshape(-1, 28, 28)


def _image_grid(images, ncols, titles, title, scale, draw):
    count = len(images)
    ncols = max(1, min(ncols, count))
    nrows = (count + ncols - 1) // ncols
    figure, axes = plt.subplots(
        nrows, ncols, figsize=(scale * ncols, scale * nrows + (0.4 if title else 0)), squeeze=False
    )
    for index, axis in enumerate(axes.flat):
        axis.axis("off")
        if index < count:
            draw(axis, images[index])
            if titles is not None:
                axis.set_title(str(titles[index]), fontsize=8)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


def show_images(images, ncols: int = 10, titles=None, title: str = "", scale: float = 1.2):
    """Show a batch of images in [0, 1] as a grid: ink (1) on paper (0). Returns the figure.

    Values outside [0, 1] are clipped for display only.
    """
    def draw(axis, image):
        axis.imshow(image.clamp(0, 1).numpy(), cmap="gray_r", vmin=0, vmax=1)

    return _image_grid(_as_images(images), ncols, titles, title, scale, draw)


def show_signed_images(images, ncols: int = 5, titles=None, title: str = "", scale: float = 1.6):
    """Show images whose values have a sign (principal components, differences): red +, blue -."""
    def draw(axis, image):
        limit = image.abs().max().item() or 1.0
        axis.imshow(image.numpy(), cmap="RdBu_r", vmin=-limit, vmax=limit)

    title = f"{title} (red: positive, blue: negative)" if title else "red: positive, blue: negative"
    return _image_grid(_as_images(images), ncols, titles, title, scale, draw)


def plot_curve(x, ys: dict, xlabel: str, ylabel: str, title: str, logx: bool = False, marker: str = "o"):
    """Plot one or more named curves against the same x values. Returns the figure."""
    figure, axis = plt.subplots(figsize=(6, 3.6))
    for label, y in ys.items():
        axis.plot(list(x), [float(v) for v in y], marker=marker, label=label)
    if logx:
        axis.set_xscale("log")
    axis.set_xlabel(xlabel)
    axis.set_ylabel(ylabel)
    axis.set_title(title)
    axis.grid(alpha=0.3)
    if len(ys) > 1:
        axis.legend()
    figure.tight_layout()
    return figure
