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


def vae_graphical_model():
    """The VAE as a directed graphical model, after Kingma & Welling (2014), Fig. 1. Returns the figure.

    A plate repeats the latent code z and the observed image x (shaded) for each of the N images. Solid arrows:
    the generative model p_theta(z) p_theta(x|z), with parameters theta; dashed arrows: the approximate
    posterior q_phi(z|x), with parameters phi.
    """
    from matplotlib.patches import Circle, FancyArrowPatch, Rectangle

    figure, axis = plt.subplots(figsize=(4.6, 3.7))
    axis.set_xlim(0, 4.6)
    axis.set_ylim(-0.3, 3.4)
    axis.set_aspect("equal")
    axis.axis("off")
    nodes = {"z": (2.3, 2.4), "x": (2.3, 0.9)}
    circles = {}
    for name, centre in nodes.items():
        circles[name] = Circle(centre, 0.32, facecolor="lightgrey" if name == "x" else "white", edgecolor="black", lw=1.5)
        axis.add_patch(circles[name])
        axis.text(*centre, f"${name}$", ha="center", va="center", fontsize=16)
    axis.add_patch(Rectangle((1.45, 0.3), 1.7, 2.75, fill=False, lw=1.2))  # the plate: one (z, x) per image
    axis.text(3.05, 0.38, "$N$", ha="right", va="bottom", fontsize=13)
    parameters = {"phi": (0.6, 2.4), "theta": (4.0, 2.4)}
    for name, centre in parameters.items():
        axis.plot(*centre, "o", color="black", markersize=5)
        axis.text(centre[0], centre[1] + 0.22, f"$\\{name}$", ha="center", va="bottom", fontsize=15)

    def arrow(start, end, dashed, rad=0.0, patch_a=None, patch_b=None):
        axis.add_patch(FancyArrowPatch(start, end, patchA=patch_a, patchB=patch_b, shrinkA=4, shrinkB=2,
                                       connectionstyle=f"arc3,rad={rad}", arrowstyle="-|>", mutation_scale=15,
                                       lw=1.4, linestyle="--" if dashed else "-", color="black"))

    arrow(nodes["z"], nodes["x"], False, 0.35, circles["z"], circles["x"])  # p_theta(x | z)
    arrow(nodes["x"], nodes["z"], True, 0.35, circles["x"], circles["z"])  # q_phi(z | x)
    arrow(parameters["theta"], nodes["z"], False, 0.0, None, circles["z"])  # p_theta(z)
    arrow(parameters["theta"], nodes["x"], False, 0.0, None, circles["x"])  # p_theta(x | z)
    arrow(parameters["phi"], nodes["z"], True, 0.0, None, circles["z"])  # q_phi(z | x)
    axis.text(2.3, -0.15, "solid: generative model $p_\\theta(z)\\,p_\\theta(x \\mid z)$;   dashed: $q_\\phi(z \\mid x)$",
              ha="center", va="center", fontsize=9)
    axis.set_title("The VAE as a graphical model (Kingma & Welling, 2014)", fontsize=10)
    figure.tight_layout()
    return figure
