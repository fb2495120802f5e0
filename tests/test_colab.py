"""Google Colab, as close as this machine allows.

A fresh virtual environment holds only what Colab preinstalls and the course needs (torch, torchvision,
matplotlib, scikit-learn, tqdm, a Jupyter kernel): no nbgrader, no JupyterLab, no course package. Those
distributions, with all they require, are linked from this environment rather than installed again: a second
torch would take 6 GB of disk (a CI machine once ran out of it here) and minutes of unpacking. A
`sitecustomize` makes `google.colab` importable, as it is in Colab, so each student notebook's Colab cell
really installs the helper package with pip (a wheel built from this checkout instead of GitHub: no network here).
Then every student notebook runs with its answers filled in from the solutions, data included.
"""

import os
import subprocess
import sys
from importlib import metadata

import nbformat
import pytest
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from vaecourse.release import assignments, fill_solutions, notebook_path

COLAB_PREINSTALLED = ["torch", "torchvision", "matplotlib", "scikit-learn", "tqdm", "ipykernel", "nbclient"]

RUN_NOTEBOOK = """
import sys, nbformat
from nbclient import NotebookClient
notebook = nbformat.read(sys.argv[1], as_version=4)
try:
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": sys.argv[2]}}).execute()
finally:
    nbformat.write(notebook, sys.argv[1])
"""


def required_distributions(names):
    """The installed distributions named, and every distribution they require (extras and markers followed)."""
    found, wanted = {}, [Requirement(name) for name in names]
    while wanted:
        requirement = wanted.pop()
        key = canonicalize_name(requirement.name)
        extras = found.get(key, (None, set()))[1] | requirement.extras
        if key in found and extras == found[key][1]:
            continue
        distribution = metadata.distribution(key)
        found[key] = (distribution, extras)
        for spec in distribution.requires or []:
            needed = Requirement(spec)
            if needed.marker is None or any(needed.marker.evaluate({"extra": extra}) for extra in {"", *extras}):
                wanted.append(needed)
    return [distribution for distribution, _ in found.values()]


def link_distributions(names, site_packages):
    """Link the top-level files of those distributions (packages, modules, their .dist-info) into site_packages."""
    for distribution in required_distributions(names):
        for top in {file.parts[0] for file in distribution.files or [] if file.parts[0] not in ("..", "__pycache__")}:
            link = os.path.join(site_packages, top)
            if not os.path.lexists(link):
                os.symlink(distribution.locate_file(top), link)


@pytest.fixture(scope="module")
def colab(tmp_path_factory):
    """(python of the Colab-like environment, environment variables for its kernels)."""
    folder = tmp_path_factory.mktemp("colab")
    subprocess.run([sys.executable, "-m", "venv", folder / "env"], check=True)
    python = folder / "env" / "bin" / "python"
    site_packages = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                   check=True, capture_output=True, text=True).stdout.strip()
    link_distributions(COLAB_PREINSTALLED, site_packages)
    fake = folder / "fake_colab"
    (fake / "google" / "colab").mkdir(parents=True)
    (fake / "google" / "__init__.py").write_text("")
    (fake / "google" / "colab" / "__init__.py").write_text('"""Stands in for Colab\'s own module."""\n')
    (fake / "sitecustomize.py").write_text("import google.colab  # Colab's kernels have it imported\n")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("VAE_COURSE_DATA", "MPLBACKEND", "PYTHONPATH", "VIRTUAL_ENV")}
    (folder / "home").mkdir()
    # The package is built from this checkout once, as pip builds it from the repository in Colab; each notebook's
    # Colab cell then installs that wheel (pip builds a folder again at every install: about 2 s a notebook here).
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", folder / "wheel", ROOT],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    [wheel] = (folder / "wheel").glob("vaecourse-*.whl")
    environment.update(PYTHONPATH=str(fake), HOME=str(folder / "home"), VAE_COURSE_PIP=str(wheel),
                       PATH=f"{python.parent}{os.pathsep}{environment['PATH']}")
    return python, environment


def test_colab_environment_has_no_course_tools(colab):
    python, environment = colab
    for module in ("nbgrader", "jupyterlab", "vaecourse"):
        found = subprocess.run([python, "-c", f"import {module}"], env=environment, capture_output=True,
                               cwd=environment["HOME"])
        assert found.returncode != 0, f"{module} should not be preinstalled in the Colab-like environment"


@pytest.mark.parametrize("assignment", assignments(ROOT))
def test_student_notebook_runs_in_colab(colab, assignment, tmp_path):
    python, environment = colab
    release = nbformat.read(notebook_path(ROOT, "course", assignment), as_version=4)
    solution = nbformat.read(notebook_path(ROOT, "solutions", assignment), as_version=4)
    path = tmp_path / f"{assignment}.ipynb"
    nbformat.write(fill_solutions(release, solution), path)
    run = subprocess.run([python, "-c", RUN_NOTEBOOK, path, tmp_path], env=environment, capture_output=True, text=True)
    executed = nbformat.read(path, as_version=4)
    errors = [f"{o.ename}: {o.evalue}" for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert run.returncode == 0 and not errors, errors or run.stderr[-3000:]
    installed = subprocess.run([python, "-c", "import vaecourse; print(vaecourse.__file__)"], env=environment,
                               capture_output=True, text=True, cwd=tmp_path)
    assert "site-packages" in installed.stdout, "the Colab cell did not install the helper package"
    outputs = "".join(o.get("text", "") for c in executed.cells for o in c.get("outputs", []))
    assert "passed:" in outputs
