"""Shared test settings: fast mode (as when grading), no progress bars, no windows."""

import os
from pathlib import Path

os.environ.setdefault("VAE_COURSE_FAST", "1")
os.environ.setdefault("TQDM_DISABLE", "1")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parents[1]
