"""A student's first session, in a real browser: JupyterLab 4 as `make lab` starts it, headless Chromium.

Open the first student notebook, run all cells, see the checks fail on the stubs, solve one exercise,
see its check pass, validate with nbgrader's toolbar button, and keep a screenshot in build/screenshots/.
Then nbgrader's Assignment List on a local exchange, as `make lab` sets it up: fetch and submit an assignment.
Needs Debian's chromium (`make system`); CI installs it, elsewhere the test is skipped when it is missing.
"""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT

from vaecourse.release import released_assignments, strip_solution_delimiters

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Flags that keep a headless Chromium from reaching out to the network on its own.
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "build" / "screenshots"

if CHROMIUM is None:
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing in CI: run `make system` first", pytrace=False)
    pytest.skip("Chromium is not installed (run `make system`, needs root)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def jupyterlab(folder: Path, **environment):
    """JupyterLab as `make lab` starts it, on `folder`, on a free loopback port; yields (url, token).

    environment: variables to set for the server, such as VAE_COURSE_EXCHANGE."""
    port, token = free_port(), "browser-test-token"
    environment = dict(os.environ, JUPYTER_RUNTIME_DIR=str(folder / ".runtime"),
                       JUPYTERLAB_WORKSPACES_DIR=str(folder / ".workspaces"),
                       JUPYTER_CONFIG_PATH=str(ROOT / "student_lab"), **environment)  # as `make lab` does
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment['PATH']}"
    environment.pop("MPLBACKEND", None)  # let the notebook draw inline, as a student sees it
    log = (folder / "lab.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={folder}", "--LabApp.expose_app_in_browser=True",
         "--ServerApp.open_browser=False", "--ServerApp.allow_root=True"],
        cwd=folder, env=environment, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("JupyterLab did not start:\n" + (folder / "lab.log").read_text()[-3000:])
            time.sleep(0.5)
    try:
        yield url, token
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@pytest.fixture
def lab(tmp_path):
    """JupyterLab on a copy of course/01_pca; yields (url, token, folder)."""
    shutil.copytree(ROOT / "course" / "01_pca", tmp_path / "01_pca")
    with jupyterlab(tmp_path, VAE_COURSE_EXCHANGE=str(tmp_path / "exchange")) as (url, token):
        yield url, token, tmp_path


@pytest.fixture
def exchange_lab(tmp_path):
    """course/ released into a temporary exchange, as `make lab` does, and JupyterLab on an empty student folder
    (nbgrader's submission cache in the temporary folder too); yields (url, token, folder, exchange)."""
    folder, exchange = tmp_path / "student", tmp_path / "exchange"
    folder.mkdir()
    subprocess.run([sys.executable, "-m", "vaecourse.release", "exchange", "--output", str(exchange)],
                   cwd=ROOT, check=True, capture_output=True)
    with jupyterlab(folder, VAE_COURSE_EXCHANGE=str(exchange), JUPYTER_DATA_DIR=str(tmp_path / "data")) as (url, token):
        yield url, token, folder, exchange


def open_lab(page, url: str, token: str, path: str = "") -> None:
    """Open JupyterLab (at `path`, a notebook) and close the "Jupyter news?" notification."""
    page.goto(f"{url}/lab{path}?token={token}")
    page.wait_for_selector(".lm-MenuBar-itemLabel", timeout=90_000)
    if path:
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
        wait_until_idle(page)
    news = page.locator(".jp-Notification-Toast-Close")  # "get notified about Jupyter news?"
    if news.count():
        news.first.click()


def cell_output(page, grade_id: str) -> str:
    """Text of the outputs of the cell whose nbgrader grade_id is `grade_id` (read from the notebook model:
    JupyterLab does not render cells that are scrolled out of view)."""
    return page.evaluate(
        """(gradeId) => {
            const panel = window.jupyterapp.shell.currentWidget;
            const cell = panel.content.widgets.find(
                cell => (cell.model.getMetadata('nbgrader') || {}).grade_id === gradeId);
            return JSON.stringify(cell.model.outputs.toJSON());
        }""",
        grade_id,
    )


def wait_until_idle(page, timeout_ms: int = 180_000) -> None:
    page.wait_for_function(
        """() => {
            const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
            const kernel = panel && panel.sessionContext && panel.sessionContext.session
                && panel.sessionContext.session.kernel;
            const busy = [...document.querySelectorAll('.jp-InputPrompt')].some(p => p.innerText.includes('*'));
            return kernel && kernel.status === 'idle' && !busy;
        }""",
        timeout=timeout_ms, polling=500,
    )


def test_student_session_in_jupyterlab(lab):
    from playwright.sync_api import sync_playwright

    url, token, folder = lab
    solution = nbformat.read(ROOT / "solutions/01_pca/01_pca.ipynb", as_version=4)
    answer = next(strip_solution_delimiters(c.source) for c in solution.cells
                  if c.metadata.get("nbgrader", {}).get("grade_id") == "images_to_vectors")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            open_lab(page, url, token, "/tree/01_pca/01_pca.ipynb")
            # Students get nbgrader's student extensions, not the instructor's.
            assert page.get_by_text("Create Assignment").count() == 0

            # Run → Run All Cells, as a student would.
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
            page.wait_for_timeout(1000)
            wait_until_idle(page)
            assert "NotImplementedError" in cell_output(page, "test_images_to_vectors")

            # Solve exercise 1 in its cell, run it and its check.
            page.evaluate(
                """(source) => {
                    const panel = window.jupyterapp.shell.currentWidget;
                    const index = panel.content.widgets.findIndex(
                        cell => (cell.model.getMetadata('nbgrader') || {}).grade_id === 'images_to_vectors');
                    panel.content.widgets[index].model.sharedModel.setSource(source);
                    panel.content.activeCellIndex = index;
                }""",
                answer,
            )
            page.keyboard.press("Escape")
            page.keyboard.press("Shift+Enter")  # the answer cell
            page.wait_for_timeout(500)
            page.keyboard.press("Shift+Enter")  # its check cell
            page.wait_for_timeout(1000)
            wait_until_idle(page)
            assert "passed: shape (N, 784)" in cell_output(page, "test_images_to_vectors")
            page.keyboard.press("Control+s")
            page.wait_for_timeout(1000)

            # nbgrader's Validate button: the other exercises are still stubs.
            page.locator(".jp-NotebookPanel-toolbar").get_by_text("Validate", exact=True).first.click()
            dialog = page.locator(".jp-Dialog-content")
            dialog.wait_for(timeout=180_000)
            page.wait_for_function(
                "() => !document.querySelector('.jp-Dialog-content').innerText.includes('Validating')",
                timeout=180_000, polling=500)
            text = dialog.inner_text()
        finally:
            page.screenshot(path=str(SCREENSHOTS / "jupyterlab-validate.png"))
            browser.close()
    # Exercise 1 now passes; validation stops at the first stub left, exercise 2's check.
    assert "Check center" in text and "NotImplementedError" in text, text
    assert "Check images_to_vectors" not in text, text
    saved = json.loads((folder / "01_pca/01_pca.ipynb").read_text())
    assert any("255" in "".join(c["source"]) for c in saved["cells"]
               if c["metadata"].get("nbgrader", {}).get("grade_id") == "images_to_vectors"), "the answer was not saved"


def test_assignment_list_fetch_and_submit(exchange_lab):
    """nbgrader's Assignment List on the local exchange: every assignment of course/ is released, Fetch copies
    01_pca into the student's folder, Submit copies it into the exchange's inbound folder."""
    from playwright.sync_api import sync_playwright

    url, token, folder, exchange = exchange_lab
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            open_lab(page, url, token)
            page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").first.click()
            page.locator(".lm-Menu-itemLabel", has_text="Assignment List").first.click()
            page.locator("#course_list_default", has_text="vae-course").wait_for(timeout=60_000)
            released = page.locator("#released_assignments_list .list_item")
            released.first.wait_for(timeout=60_000)
            listed = [name.strip() for name in released.locator(".item_name").all_inner_texts()]
            assert listed == released_assignments(ROOT), listed

            released.filter(has_text="01_pca").get_by_role("button", name="Fetch").click()
            fetched = page.locator("#fetched_assignments_list .list_item:not(.nested_list_item)", has_text="01_pca")
            fetched.wait_for(timeout=60_000)
            notebook = folder / "01_pca" / "01_pca.ipynb"  # nbgrader fetches into the lab's folder
            assert notebook.read_bytes() == (ROOT / "course/01_pca/01_pca.ipynb").read_bytes()
            assert released.filter(has_text="01_pca").count() == 0

            fetched.get_by_role("button", name="Submit").click()
            submitted = page.locator("#submitted_assignments_list .list_item:not(.nested_list_item)", has_text="01_pca")
            submitted.wait_for(timeout=60_000)
        finally:
            page.screenshot(path=str(SCREENSHOTS / "jupyterlab-assignment-list.png"))
            browser.close()
    # nbgrader's inbound layout: <student>+<assignment>+<timestamp>+<random>/, what `nbgrader collect` reads.
    submissions = list((exchange / "vae-course" / "inbound").glob("*+01_pca+*/01_pca.ipynb"))
    assert len(submissions) == 1, submissions
    assert submissions[0].read_bytes() == notebook.read_bytes()
