"""Run-time settings every notebook shares: seeding, fast (graded/CI) mode, and a quiet grading run."""

import os
import random
import warnings

import numpy as np
import torch

# nbgrader sets NBGRADER_EXECUTION ("autograde" or "validate") while it runs a notebook;
# VAE_COURSE_FAST=1 asks for the same small budgets in CI and while developing.
FAST_ENV = "VAE_COURSE_FAST"


def fast_mode() -> bool:
    """True while grading or testing: notebooks then use small subsets and few training steps."""
    return bool(os.environ.get("NBGRADER_EXECUTION")) or os.environ.get(FAST_ENV, "") not in ("", "0")


def seed_everything(seed: int = 0) -> None:
    """Seed Python, NumPy and PyTorch so that a notebook gives the same numbers on every Run All."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def flush_denormals() -> None:
    """Treat denormal floats (nonzero, below 1.2e-38 in size) as zero in this process, for speed.

    Late in a training run, Adam's tiny updates produce them, and x86 CPUs compute with them many times
    slower: measured here, each of the last epochs of a short one-cycle run took 40% longer without this.
    The losses of those runs did not change in the second decimal.
    """
    torch.set_flush_denormal(True)


def setup_tool(threads: int = 0) -> None:
    """What the maintainer scripts (tools/) set before they train: `threads` torch threads (0: torch's
    choice) and flush_denormals()."""
    if threads:
        torch.set_num_threads(threads)
    flush_denormals()


def setup_notebook(seed: int = 0) -> bool:
    """Seed everything, flush denormals and, in fast mode, silence what would write to stderr and use one
    thread.

    nbgrader gives a test cell 0 points if it writes anything to stderr, so a library warning or a
    progress bar must never cost a correct solution its points. Returns `fast_mode()`.
    """
    seed_everything(seed)
    flush_denormals()
    fast = fast_mode()
    if fast:
        # tqdm reads TQDM_DISABLE only when it is imported: notebooks also pass disable=FAST to their bars.
        os.environ["TQDM_DISABLE"] = "1"
        warnings.simplefilter("ignore")
        # Graders run one student per core: a second thread per kernel only makes them fight.
        torch.set_num_threads(1)
    return fast
