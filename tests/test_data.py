"""MNIST is byte-exact, verified, rewritten when corrupt, and a missing copy gives an actionable error."""

import pytest
import torch

from vaecourse import data


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return data.prepare_mnist(tmp_path_factory.mktemp("mnist"))


def test_files_have_the_official_md5_sums(prepared):
    for name, md5 in data.MNIST_MD5.items():
        assert data.md5_hex((prepared / "MNIST" / "raw" / name).read_bytes()) == md5, name


def test_load_mnist_reads_the_prepared_files(prepared):
    images, labels = data.load_mnist("train", prepared)
    assert images.shape == (60000, 28, 28) and images.dtype == torch.uint8
    assert labels.shape == (60000,) and labels.dtype == torch.int64
    assert labels[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]  # the well-known first training labels
    test_images, test_labels = data.load_mnist("test", prepared)
    assert test_images.shape == (10000, 28, 28)
    assert torch.bincount(test_labels).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


@pytest.mark.parametrize("split", ["train", "test"])
def test_load_mnist_equals_torchvision(prepared, split):
    from torchvision.datasets import MNIST

    reference = MNIST(str(prepared), train=split == "train", download=False)
    images, labels = data.load_mnist(split, prepared)
    assert torch.equal(images, reference.data) and torch.equal(labels, reference.targets)


def test_load_mnist_rewrites_a_corrupt_file(tmp_path):
    root = data.prepare_mnist(tmp_path)
    labels = root / "MNIST" / "raw" / "t10k-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes()[:-1] + b"\x07")
    assert torch.bincount(data.load_mnist("test", root)[1])[9] == 1009
    assert data.md5_hex(labels.read_bytes()) == data.MNIST_MD5["t10k-labels-idx1-ubyte"]


@pytest.mark.parametrize("content, problem", [
    (b"\x00\x00\x0d\x01\x00\x00\x00\x01abcd", "not an IDX file of unsigned bytes"),  # float32
    (b"\x00\x00\x08\x02\x00\x00\x00\x02\x00\x00\x00\x02abc", "holds 3 values, its header says \\[2, 2\\]"),
])
def test_read_idx_names_a_malformed_file(content, problem):
    with pytest.raises(data.MNISTDataError, match=problem):
        data.read_idx(content)


def test_corrupt_file_is_rewritten(tmp_path):
    root = data.prepare_mnist(tmp_path)
    labels = root / "MNIST" / "raw" / "t10k-labels-idx1-ubyte"
    labels.write_bytes(labels.read_bytes()[:-1] + b"\x07")
    data.prepare_mnist(tmp_path)
    assert data.md5_hex(labels.read_bytes()) == data.MNIST_MD5["t10k-labels-idx1-ubyte"]


def test_missing_bundle_gives_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "BUNDLE_DIR", tmp_path / "nowhere")
    with pytest.raises(data.MNISTDataError, match="no bundled copy.*pip install -e"):
        data.prepare_mnist(tmp_path / "data", allow_download=False)


def test_unwritable_data_folder_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(data.MNISTDataError, match="Could not write MNIST.*VAE_COURSE_DATA"):
        data.prepare_mnist(blocker / "data")


def test_data_root_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(data.DATA_ENV, str(tmp_path))
    assert data.data_root() == tmp_path


def test_unknown_split_is_rejected():
    with pytest.raises(ValueError, match="'train' or 'test'"):
        data.load_mnist("validation")
