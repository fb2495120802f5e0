"""MNIST, offline and byte-exact.

The four official MNIST files ship xz-compressed inside this package (see mnist/NOTICE.md for their
origin). `prepare_mnist` writes them where `torchvision.datasets.MNIST(root, download=False)` reads them,
`root/MNIST/raw/`, and checks every file against the official MD5 sum, so nothing is downloaded at run
time and a corrupt or truncated file can never be used silently.

    python -m vaecourse.data          # prepare and verify, print where the data is
"""

import hashlib
import lzma
import math
import os
import sys
from pathlib import Path

BUNDLE_DIR = Path(__file__).resolve().parent / "mnist"

# The official sums of the uncompressed IDX files (the same that torchvision checks after a download).
MNIST_MD5 = {
    "train-images-idx3-ubyte": "6bbc9ace898e44ae57da46a324031adb",
    "train-labels-idx1-ubyte": "a25bea736e30d166cdddb491f175f624",
    "t10k-images-idx3-ubyte": "2646ac647ad5339dbf082846283269ea",
    "t10k-labels-idx1-ubyte": "27ae3e4e09519cfbb04c329615203637",
}

DATA_ENV = "VAE_COURSE_DATA"


class MNISTDataError(RuntimeError):
    """MNIST is missing or corrupt; the message says how to fix it."""


def md5_hex(content: bytes) -> str:
    return hashlib.md5(content).hexdigest()


def data_root() -> Path:
    """Where the course keeps its data: $VAE_COURSE_DATA if set, else ~/.cache/vae-course."""
    configured = os.environ.get(DATA_ENV)
    return Path(configured) if configured else Path.home() / ".cache" / "vae-course"


def running_in_colab() -> bool:
    return "google.colab" in sys.modules


def _fix_hint(root: Path) -> str:
    return (
        f"To fix it, run `python -m vaecourse.data` (or `make data`) in the course folder; it rewrites "
        f"the files from the copy bundled with the vaecourse package. The data folder is {root} "
        f"(set ${DATA_ENV} to use another one)."
    )


def _file_is_valid(path: Path, name: str) -> bool:
    return path.is_file() and md5_hex(path.read_bytes()) == MNIST_MD5[name]


def _write_from_bundle(raw: Path, name: str) -> None:
    bundled = BUNDLE_DIR / f"{name}.xz"
    if not bundled.is_file():
        raise MNISTDataError(
            f"MNIST file {name} is missing and the vaecourse package has no bundled copy ({bundled}). "
            "Reinstall the package with `pip install -e .` from the course folder."
        )
    content = lzma.decompress(bundled.read_bytes())
    if md5_hex(content) != MNIST_MD5[name]:
        raise MNISTDataError(f"The bundled copy {bundled} is corrupt (MD5 mismatch). Reinstall the vaecourse package.")
    partial = raw / f"{name}.partial"
    partial.write_bytes(content)
    partial.replace(raw / name)  # atomic: a reader never sees half a file


def _download_with_torchvision(root: Path) -> None:
    from torchvision.datasets import MNIST

    for train in (True, False):
        MNIST(str(root), train=train, download=True)


def prepare_mnist(root=None, allow_download=None) -> Path:
    """Make sure the four MNIST files are in `root/MNIST/raw/` with the official MD5 sums.

    Missing or corrupt files are rewritten from the bundled copy. Only in Google Colab (or when
    `allow_download=True`) may torchvision download them instead, if the bundle is absent.
    Returns the root to pass to `torchvision.datasets.MNIST(root, download=False)`.
    """
    root = Path(root) if root is not None else data_root()
    raw = root / "MNIST" / "raw"
    missing = [name for name in MNIST_MD5 if not _file_is_valid(raw / name, name)]
    if not missing:
        return root
    if allow_download is None:
        allow_download = running_in_colab()
    bundle_complete = all((BUNDLE_DIR / f"{name}.xz").is_file() for name in MNIST_MD5)
    try:
        raw.mkdir(parents=True, exist_ok=True)
        if allow_download and not bundle_complete:
            _download_with_torchvision(root)
        else:
            for name in missing:
                _write_from_bundle(raw, name)
    except OSError as error:
        raise MNISTDataError(f"Could not write MNIST to {raw}: {error}. {_fix_hint(root)}") from error
    still_bad = [name for name in MNIST_MD5 if not _file_is_valid(raw / name, name)]
    if still_bad:
        raise MNISTDataError(f"MNIST files {still_bad} in {raw} do not match the official MD5 sums. {_fix_hint(root)}")
    return root


SPLIT_FILES = {"train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
               "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")}


def read_idx(content: bytes, name: str = "IDX file") -> "torch.Tensor":  # noqa: F821
    """The uint8 array in an IDX file's bytes (MNIST's format: two zero bytes, the type 0x08 for unsigned
    bytes, the number of dimensions, each dimension as a big-endian int32, then the values)."""
    # Imported here: the grading sandbox's launcher reads data_root() before every kernel starts, and importing
    # torch there took 1.1 s of each kernel's 2.5 s start.
    import torch

    if len(content) < 4 or content[:3] != b"\x00\x00\x08":
        raise MNISTDataError(f"{name} is not an IDX file of unsigned bytes")
    ndim = content[3]
    shape = [int.from_bytes(content[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    offset = 4 + 4 * ndim
    if len(content) - offset != math.prod(shape):
        raise MNISTDataError(f"{name} holds {len(content) - offset} values, its header says {shape}")
    # a bytearray: torch.frombuffer warns (on stderr) about read-only buffers such as bytes
    return torch.frombuffer(bytearray(content), dtype=torch.uint8, offset=offset).reshape(shape)


def load_mnist(split: str = "train", root=None):
    """Return MNIST `split` ("train": 60,000 images, "test": 10,000) as in-memory tensors.

    Reads the IDX files in `root/MNIST/raw/` (where torchvision's MNIST reads them; this reads them without
    importing torchvision, which takes longer than the reading) and checks the two it reads against the
    official MD5 sums, rewriting them with prepare_mnist first if they are missing or corrupt.
    Returns images: (N, 28, 28) torch.uint8 in 0..255, labels: (N,) torch.int64 in 0..9.
    """
    if split not in ("train", "test"):
        raise ValueError(f"split must be 'train' or 'test', not {split!r}")
    root = Path(root) if root is not None else data_root()
    raw = root / "MNIST" / "raw"
    contents = []
    for name in SPLIT_FILES[split]:
        path = raw / name
        content = path.read_bytes() if path.is_file() else b""
        if md5_hex(content) != MNIST_MD5[name]:
            prepare_mnist(root)  # rewrites and verifies the files, or says how to fix the data folder
            content = path.read_bytes()
        contents.append(read_idx(content, name))
    images, labels = contents
    return images, labels.long()


if __name__ == "__main__":
    try:
        location = prepare_mnist()
    except MNISTDataError as error:
        sys.exit(f"error: {error}")
    print(f"MNIST verified (official MD5 sums) in {location / 'MNIST' / 'raw'}")
