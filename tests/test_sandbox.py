"""The walls of the grading sandbox, in one small sandboxed class run (helpers from test_robustness.py).

* nothing the kernel can write is a path that root later follows: a student who replaces the files of
  the runtime folder and of the working folder by links to a file outside (standing for the template
  gradebook) cannot change that file, and the student's next notebook is graded as usual;
* /tmp is part of the memory cap: writing 2.5 GiB there fails inside the kernel;
* output is capped per notebook as well as per cell;
* each kernel starts with matplotlib's font list in its HOME, a copy it may write.

The course has two notebooks, the cut 01 and a tiny one, so that a kernel can lay traps for the next launch.
Needs root and bubblewrap, like test_robustness.py.
"""

import csv
import os

import nbformat
import pytest
from test_robustness import FULL, RELEASE, SOLUTION, cell, cut, cut_course, in_function, solved

from vaecourse.grading import Limits, grade_class
from vaecourse.release import fill_solutions
from vaecourse.sandbox import bwrap_path

TINY = "02_tiny"  # the cut 01 up to its first check: 2 points, graded in seconds
CHATTY_CELLS = ("images_to_vectors", "center", "covariance", "pca_fit", "project_reconstruct")
NOTEBOOK_OUTPUT_KB = 2000  # per cell stays 1000: two chatty cells fit, the third crosses the cap


def tiny(notebook):
    ids = [c.id for c in notebook.cells]
    short = nbformat.from_dict(notebook)
    short.cells = short.cells[: ids.index("test_images_to_vectors") + 1]
    return short


def trap(victim):
    """Code that replaces every file the kernel can reach in its runtime and working folders by a link to victim."""
    return (
        "import atexit, glob, os, stat\n"
        "from ipykernel.kernelapp import IPKernelApp\n"
        "atexit._clear()  # leave the links in place when the kernel exits\n"
        "runtime = os.path.dirname(IPKernelApp.instance().abs_connection_file)\n"
        "names = ['kernel.json', 'kernel-sandbox.json', 'launched', 'ipc/kernel.json', 'planted']\n"
        "paths = glob.glob(runtime + '/**', recursive=True) + glob.glob('**', recursive=True)\n"
        "paths += [os.path.join(runtime, name) for name in names] + names\n"
        "for path in paths:\n"
        "    try:\n"
        "        if os.path.lexists(path) and (os.path.isdir(path) or stat.S_ISSOCK(os.lstat(path).st_mode)):\n"
        "            continue\n"
        "        if os.path.lexists(path):\n"
        "            os.remove(path)\n"
        f"        os.symlink({str(victim)!r}, path)\n"
        "    except OSError:\n"
        "        pass\n")


FILL_TMP = ("for index in range(25):  # 2.5 GiB, more than the memory cap\n"
            "    with open(f'/tmp/fill{index}', 'wb') as handle:\n"
            "        handle.write(bytes(100 * 2**20))\n")


# The grader gives each kernel matplotlib's font list, built once (sandbox.font_cache): the file is root's (the
# kernel's own matplotlib would have written it as "nobody"), a copy the kernel may write.
FONTS_READY = ("import os, matplotlib\n"
               "from matplotlib import font_manager\n"
               "listed = os.path.join(matplotlib.get_cachedir(), f'fontlist-v{font_manager.FontManager.__version__}.json')\n"
               "assert os.stat(listed).st_uid == 0 != os.getuid() and os.access(listed, os.W_OK), listed\n")


def chatty():
    notebook = solved()
    for grade_id in CHATTY_CELLS:  # an ordinary cell after each answer, so before its check and probe
        notebook.cells.insert(notebook.cells.index(cell(notebook, grade_id)) + 1,
                              nbformat.v4.new_code_cell("print('x' * 900_000)"))
    return notebook


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if bwrap_path() is None or os.geteuid() != 0:
        reason = "the grading sandbox needs root and bubblewrap (`make test` installs it when root)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("walls")
    root = cut_course(folder)
    for kind, notebook in (("solutions", SOLUTION), ("course", RELEASE)):
        (root / kind / TINY).mkdir()
        nbformat.write(tiny(cut(notebook)), root / kind / TINY / f"{TINY}.ipynb")
    victim = folder / "gradebook.db"  # stands for the template gradebook: root can write it, the kernel cannot see it
    victim.write_text("the template gradebook\n")
    victim.chmod(0o600)
    corpus = {
        ("good", "01_pca"): solved(),
        ("good", TINY): fill_solutions(tiny(cut(RELEASE)), tiny(cut(SOLUTION))),
        ("symlink", "01_pca"): in_function("images_to_vectors", "images_to_vectors", trap(victim)),
        ("symlink", TINY): fill_solutions(tiny(cut(RELEASE)), tiny(cut(SOLUTION))),
        ("tmpfill", "01_pca"): in_function("images_to_vectors", "images_to_vectors", FILL_TMP),
        ("chatty", "01_pca"): chatty(),
        ("fonts", TINY): tiny(in_function("images_to_vectors", "images_to_vectors", FONTS_READY)),
    }
    for (student, assignment), notebook in corpus.items():
        target = folder / "submitted" / student / assignment / f"{assignment}.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(notebook, target)
    limits = Limits.from_config(root, cell_timeout=30, memory_mb=2048, cpu_seconds=120, notebook_timeout=240,
                                output_kb=1000, notebook_output_kb=NOTEBOOK_OUTPUT_KB)
    output = folder / "grades"
    grade_class(folder / "submitted", output, root, limits=limits)
    with (output / "gradebook.csv").open() as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    summary = (output / "summary.md").read_text()
    sections = {block.split(":")[0]: block for block in summary.split("### ")[1:]}
    return dict(rows=rows, sections=sections, victim=victim, output=output)


EXPECTED = {  # student: (01_pca out of 14, 02_tiny out of 2, lines of its section of summary.md)
    "good": (FULL, "2", ["good: 16 / 16", "- 01_pca: 14 / 14", "- 02_tiny: 2 / 2"]),
    "symlink": (FULL, "2", ["symlink: 16 / 16", "- 01_pca: 14 / 14", "- 02_tiny: 2 / 2"]),
    "tmpfill": ("12", "0", ["tmpfill: 12 / 16", "- 01_pca: 12 / 14",
                            "  - test_images_to_vectors: lost 2 — OSError: \\[Errno 28\\] No space left on device",
                            "- 02_tiny: 0 / 2 — not submitted"]),
    "chatty": (FULL, "0", ["chatty: 14 / 16", "- 01_pca: 14 / 14", "- 02_tiny: 0 / 2 — not submitted"]),
    "fonts": ("0", "2", ["fonts: 2 / 16", "- 01_pca: 0 / 14 — not submitted", "- 02_tiny: 2 / 2"]),
}


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_exact_scores_and_summary_lines(graded, student):
    pca, small, lines = EXPECTED[student]
    row = graded["rows"][student]
    assert (row["01_pca"], row[TINY], row["max"]) == (pca, small, "16")
    section = graded["sections"][student]
    assert "TAMPERING" not in section and "could not be graded" not in section, section
    for line in lines:
        assert line in section, f"{line!r} not in:\n{section}"


def test_links_left_by_the_kernel_change_nothing_outside(graded):
    victim = graded["victim"]
    assert not victim.is_symlink() and victim.read_text() == "the template gradebook\n"
    assert oct(victim.stat().st_mode & 0o777) == oct(0o600) and victim.stat().st_uid == 0


def test_output_is_capped_per_notebook(graded):
    feedback = graded["output"] / "feedback"
    chatty_html = (feedback / "chatty/01_pca.html").read_text()
    good_html = (feedback / "good/01_pca.html").read_text()
    assert chatty_html.count("output of this notebook cut by the grader") == 1
    # two cells of 900 kB are kept, the other three dropped (without the cap: 4.5 MB more than good)
    assert 1_800_000 < len(chatty_html) - len(good_html) < NOTEBOOK_OUTPUT_KB * 1000 + 10_000
