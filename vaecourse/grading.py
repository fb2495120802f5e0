"""Grade a class in one command: every notebook of every student, students in parallel.

    python -m vaecourse.grading SUBMISSIONS --output build/grades      (or: make grade SUBMISSIONS=...)

SUBMISSIONS is nbgrader's layout (a folder holding submitted/<student>/<assignment>/<assignment>.ipynb,
or that submitted/ folder itself, or one student's folder), or a folder or .zip of notebooks named by
student, as an LMS exports them: the file name holds the student and the notebook name, e.g.
`jdoe_01_pca.ipynb` (Canvas and Moodle names too: see `collect`).

Each student is graded by nbgrader in a folder of its own, holding a copy of the gradebook and that
student's files only, so one broken or hostile submission cannot stop or spoil the others. Written to
the output folder: gradebook.csv (one row per student), feedback/<student>/<assignment>.html (hidden
tests removed) and summary.md (what failed and why). `--students a,b` and `--assignments 01_pca,02_encoder`
grade only those; what a run does not grade stays (gradebook.csv is the whole class, from the course's
gradebook.db). After hand grading, `python -m vaecourse.grading feedback [--release]` makes the feedback again.
`--roster FILE` names the students by the class roster, and `python -m vaecourse.grading export --to canvas|moodle
--output FILE` writes the grades for the LMS's gradebook import (vaecourse/lms.py).

Only the student's kernel runs student code, and it runs in a sandbox (vaecourse.sandbox: bubblewrap,
an unprivileged user, no network, memory, CPU and time limits, a working folder holding only that
student's copy). What a sandbox cannot stop, because it happens inside the kernel, is checked from
here after the run: the notebook that is executed is rebuilt from the release (locked and test cells
restored, answers taken from the student), a probe after each check cell reports tampering (scored 0),
check cells that print to stderr keep their points and check cells that produce a value lose them.
The release's demonstrations (figures, small trainings) whose results nothing graded reads are not run
(mark_demonstrations; `c.GuardedExecute.skip_demonstrations = False` runs them): most of a notebook's time.
A notebook handed in as released is scored 0 without a kernel (mark_as_released; `skip_as_released = False`).
"""

import argparse
import ast
import contextlib
import copy
import csv
import functools
import json
import os
import queue
import re
import secrets
import select
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import uuid
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import nbformat
import nh3
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import DeadKernelError
from nbgrader.preprocessors import Execute
from traitlets import Bool, Integer

from vaecourse import cellgraph, cluster, lms, remote, sandbox
from vaecourse.nbgrader_worker import END_MARK
from vaecourse.release import assignments, course_root, notebook_path

AUTOGRADE_TIMEOUT = 30 * 60  # seconds for one notebook, all cells; nbgrader also limits each cell
DEMONSTRATION_NOTE = ("[a demonstration: the grader did not run it, as nothing graded reads what it computes; "
                      "run the notebook to see its output]\n")
HIDDEN_TESTS = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[ \t]*$", re.MULTILINE | re.DOTALL)


class HideHiddenTests(Preprocessor):
    """Feedback shows what failed, never how it is tested: hidden test code and tracebacks are removed.

    The error name and message stay: the messages of this course's checks name the likely mistake.
    """

    enabled = Bool(True).tag(config=True)  # nbconvert preprocessors are off unless enabled

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and HIDDEN_TESTS.search(cell.source):
            cell.source = HIDDEN_TESTS.sub("# (hidden tests, run when grading)", cell.source)
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources


class MarkUngraded(Preprocessor):
    """Feedback never shows a written answer that no one has graded yet as a zero.

    Until a person grades it, nbgrader scores such an answer 0, and its feedback page says "Score: 0.0 / 3.0".
    Run after nbgrader's GetGrades, this shows the answer without a score and with the comment "Not graded yet",
    takes its points out of the notebook's maximum (the score at the top is out of what has been graded) and
    says at the top how many points wait. An answer that nbgrader found unanswered keeps its 0: it is graded.
    """

    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb, resources):
        from nbgrader.api import Gradebook
        from nbgrader.utils import is_grade, is_solution

        info = resources["nbgrader"]
        waiting = 0.0
        with Gradebook(info["db_url"]) as gradebook:
            for cell in nb.cells:
                if not (is_grade(cell) and is_solution(cell)):
                    continue
                grade = gradebook.find_grade(cell.metadata.nbgrader["grade_id"], info["notebook"], info["assignment"],
                                             info["student"])
                if grade.auto_score is None and grade.manual_score is None:
                    waiting += grade.max_score
                    cell.metadata.nbgrader["grade"] = False  # nbgrader's template then shows no score for it
                    note = f"Not graded yet: your instructor will grade this answer ({_points_text(grade.max_score)})."
                    comment = cell.metadata.nbgrader.get("comment")
                    cell.metadata.nbgrader["comment"] = note + (f"\n\n{comment}" if comment else "")
        if waiting:
            info["max_score"] -= waiting
            nb.cells.insert(0, nbformat.v4.new_markdown_cell(
                f"**{_points_text(waiting)} of written answers {'is' if waiting == 1 else 'are'} not graded yet.** "
                f"The score above counts what has been graded; this page is made again when they are."))
        return nb, resources


def _points_text(points: float) -> str:
    return f"{points:g} point" + ("" if points == 1 else "s")


class SafeFeedback(HTMLExporter):
    """nbgrader's feedback page, with whatever a student wrote or printed made inert.

    Student text reaches the page as markdown (answers and prose, which nbgrader's feedback template
    renders without nbconvert's `sanitize_html`) and as outputs (`display(HTML(...))`, javascript,
    widgets). The head of the page is the template's own (nbgrader's CSS, MathJax) and holds no student
    text; the body goes through `safe_body`. Set as `c.GenerateFeedback.exporter_class`.
    """

    def from_notebook_node(self, nb, resources=None, **kw):
        output, resources = super().from_notebook_node(nb, resources, **kw)
        start, end = re.search(r"<body\b[^>]*>", output), output.rfind("</body>")
        if start is None or end < start.end():
            raise ValueError("the feedback template made a page without <body>...</body>: cannot sanitise it")
        return output[:start.end()] + safe_body(output[start.end():end]) + output[end:], resources


FEEDBACK_ATTRIBUTES = {**nh3.ALLOWED_ATTRIBUTES, "*": {"class", "id", "title"}, "a": {"href", "hreflang", "name"}}


def _no_data_links(tag, attribute, value):
    """data: URLs are for images only (outputs and pasted pictures), never for links."""
    if value.strip().lower().startswith("data:") and (tag, attribute) != ("img", "src"):
        return None
    return value


def safe_body(html: str) -> str:
    """HTML with no script, style, iframe, object, form, event handler nor javascript: URL (nh3, i.e. ammonia).

    Kept: text, headings, lists, tables, images, code highlighted by class, and TeX as text, which MathJax
    typesets (with its Safe extension, as nbconvert loads it).
    """
    return nh3.clean(html, attributes=FEEDBACK_ATTRIBUTES, url_schemes=nh3.ALLOWED_URL_SCHEMES | {"data"},
                     attribute_filter=_no_data_links)


class GuardedExecute(Execute):
    """nbgrader's Execute, with the verdicts computed here, outside the student's kernel.

    A check cell that calls the package's checks (`checks.pca.center(center)`, see vaecourse.remote) is
    not sent to the kernel: the check runs in this process, with a secret seed, and reaches the student's
    functions through a data-only channel (each request is a Jupyter comm message to `remote.CHANNEL`, answered
    by one; what the student's code prints meanwhile is kept, within the same caps as a cell's). The cell's
    outputs are written here, from the verdict: what the student's code printed, then "passed: ..." or the
    error. Other cells run in the kernel as usual.

    Output beyond `max_output_bytes` per cell, or `max_notebook_output_bytes` for the whole notebook, is
    dropped as it arrives (an output flood would otherwise fill the grader's memory and the feedback), and a
    check cell or probe cell cannot clear its own outputs (that would hide its error). Errors are always
    kept, and the reply status of every cell too, so an error the kernel did not display still counts.
    """

    max_output_bytes = Integer(1_000_000, help="output kept per cell; the rest is dropped").tag(config=True)
    max_notebook_output_bytes = Integer(10_000_000, help="output kept per notebook; the rest is dropped").tag(config=True)
    max_reply_bytes = Integer(64_000_000, help="largest reply of the kernel to one request of a check").tag(config=True)
    skip_demonstrations = Bool(True, help="leave out the release's demonstrations that nothing graded reads "
                                          "(see mark_demonstrations)").tag(config=True)
    skip_as_released = Bool(True, help="score a notebook whose code is the release's, cell for cell, without running "
                                       "it (see mark_as_released)").tag(config=True)

    def preprocess(self, nb, resources=None, km=None):
        self.secret = secrets.randbits(64)  # the hidden inputs of this run; never sent to the kernel
        nb.metadata["vaecourse_secret"] = self.secret  # read (and removed) by VerifyRun, for the record
        self.charged = set()  # calls that left gradients off, charged once per notebook (remote.Channel)
        if nb.metadata.pop("vaecourse_as_released", False) and self.skip_as_released:
            return self._not_answered(nb), resources
        return super().preprocess(nb, resources, km)

    @staticmethod
    def _not_answered(nb):
        """The release's own code scores 0 on every check (test_grading's cy proves it by running it): no kernel."""
        nb.cells = [cell for cell in nb.cells if not cell.metadata.get("vaecourse_probe")]
        for cell in nb.cells:
            if _is_graded_code(cell):
                cell.outputs = [nbformat.v4.new_output("error", ename="NotAnswered", evalue=NOT_ANSWERED,
                                                       traceback=[f"NotAnswered: {NOT_ANSWERED}"])]
                cell.metadata["vaecourse_outside"] = True  # judged here: no probe is needed
        return nb

    def preprocess_cell(self, cell, resources, index):
        if cell.metadata.get("vaecourse_demonstration") and self.skip_demonstrations:
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=DEMONSTRATION_NOTE)]
            return cell, self.resources
        calls = remote.plan(cell.source) if _is_graded_code(cell) else None
        if not calls:
            return super().preprocess_cell(cell, resources, index)
        self._printed = []  # what the student's code printed while the checks ran, shown in the cell
        channel = remote.Channel(lambda message: self._exchange(message, index), self.charged)
        printed, error = remote.run_checks(calls, channel, self.secret, cell.metadata["nbgrader"]["grade_id"])
        if isinstance(error, DeadKernelError):
            raise error  # as for any cell: nothing after this point can be graded
        cell.outputs = self._printed + ([nbformat.v4.new_output("stream", name="stdout", text=printed)] if printed else [])
        if error is not None:
            message = str(error).strip()
            cell.outputs.append(nbformat.v4.new_output(
                "error", ename=type(error).__name__, evalue=message, traceback=[f"{type(error).__name__}: {message}"]))
        cell.metadata["vaecourse_outside"] = True
        return cell, self.resources

    def _exchange(self, message: bytes, index: int) -> bytes:
        """Send one request to the kernel; its reply, or the error that stopped it (a timeout, a dead kernel)."""
        if getattr(self, "_channel_client", None) is not self.kc:  # a new kernel (one per notebook): open the comm
            self._comm_id = uuid.uuid4().hex
            opened = run_sync(self._request)("comm_open", dict(target_name=remote.CHANNEL, data={}), index)
            if not any(data.get("ready") is True for data, _ in opened):
                raise remote.ChannelError("the kernel did not open the grader's channel (is its kernel the course's "
                                          "grading kernel, vaecourse.sandbox?)")
            self._channel_client = self.kc
        replies = run_sync(self._request)("comm_msg", dict(data={}), index, [message])
        if len(replies) == 1 and len(replies[0][1]) == 1:
            return replies[0][1][0]
        raise remote.ChannelError("the kernel did not answer the grader's request")

    async def _request(self, kind: str, content: dict, index: int, buffers=()) -> list:
        """Send a comm message, then read the kernel's output for it until the kernel is idle again: the comm
        messages it sent back, as (data, buffers). What the student's code printed meanwhile goes to the check
        cell (with the caps of any cell, see process_message); a timeout interrupts the kernel, as for a cell."""
        request = self.kc.session.msg(kind, dict(content, comm_id=self._comm_id))
        request["buffers"] = list(buffers)
        self.kc.shell_channel.send(request)
        printed = nbformat.v4.new_code_cell()  # stands for the request in process_message's caps
        printed.metadata["vaecourse_request"] = True
        timeout = self._get_timeout(None)
        deadline = time.monotonic() + timeout if timeout else float("inf")
        replies, used = [], 0
        while True:
            try:
                msg = await ensure_async(self.kc.get_iopub_msg(timeout=max(0.0, min(1.0, deadline - time.monotonic()))))
            except queue.Empty:
                if not await ensure_async(self.kc.is_alive()):
                    raise DeadKernelError("Kernel died") from None
                if time.monotonic() >= deadline:
                    await ensure_async(self.km.interrupt_kernel())
                    raise remote.remote_error("CellTimeoutError", "No reply from kernel before timeout") from None
                continue
            if msg["parent_header"].get("msg_id") != request["header"]["msg_id"]:
                continue  # what an earlier, interrupted request left
            if msg["msg_type"] == "comm_msg" and msg["content"].get("comm_id") == self._comm_id:
                blobs = [bytes(buffer) for buffer in msg.get("buffers") or ()]
                used += sum(map(len, blobs))
                if used > self.max_reply_bytes:
                    raise remote.ChannelError(f"the kernel's reply is over {self.max_reply_bytes} bytes")
                replies.append((msg["content"].get("data") or {}, blobs))
            elif msg["msg_type"] == "stream":
                self.process_message(msg, printed, index)
            elif msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle":
                self._printed += printed.outputs
                return replies

    def process_message(self, msg, cell, cell_index):
        kind = msg["msg_type"]
        guarded = _is_graded_code(cell) or cell.metadata.get("vaecourse_probe") or cell.metadata.get("vaecourse_request")
        if kind == "clear_output" and guarded:
            cell.metadata["vaecourse_cleared"] = True
            return None
        if kind not in ("stream", "display_data", "execute_result", "error", "update_display_data"):
            return super().process_message(msg, cell, cell_index)
        size = len(json.dumps(msg["content"]))
        used = cell.metadata["vaecourse_output_bytes"] = cell.metadata.get("vaecourse_output_bytes", 0) + size
        if used > self.max_output_bytes:
            if not cell.metadata.get("vaecourse_truncated"):
                cell.metadata["vaecourse_truncated"] = True
                cell.outputs.append(nbformat.v4.new_output(
                    "stream", name="stdout", text=f"\n[output cut by the grader after {self.max_output_bytes} bytes]\n"))
            if kind != "error":
                return None
        if getattr(self, "_counted", None) is not self.nb:  # a new notebook: count from zero
            self._counted, self._notebook_bytes, self._notebook_cut = self.nb, 0, False
        self._notebook_bytes += size
        # probes keep their output (the per-cell cap still holds): without their report every check scores 0
        probe = cell.metadata.get("vaecourse_probe")
        if self._notebook_bytes > self.max_notebook_output_bytes and kind != "error" and not probe:
            if not self._notebook_cut:
                self._notebook_cut = True
                cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=(
                    f"\n[output of this notebook cut by the grader after {self.max_notebook_output_bytes} bytes: "
                    "later output is dropped, errors are kept]\n")))
            return None
        return super().process_message(msg, cell, cell_index)


class InsertProbes(Preprocessor):
    """After every check cell that runs in the kernel, a cell that asks the grading guard in the kernel what
    was tampered with. (Check cells graded from outside need none: nothing in the kernel decides them.)"""

    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb, resources):
        cells = []
        for cell in nb.cells:
            cells.append(cell)
            if _is_graded_code(cell) and not remote.plan(cell.source):
                nonce = secrets.token_hex(8)
                probe = nbformat.v4.new_code_cell(f"__vaecourse_probe__({nonce!r})")
                probe.metadata.update(vaecourse_probe=nonce, vaecourse_after=cell.metadata["nbgrader"]["grade_id"])
                cells.append(probe)
        nb.cells = cells
        return nb, resources


class VerifyRun(Preprocessor):
    """Judge the executed notebook here, outside the kernel, before nbgrader scores it.

    * stderr output of a check cell is dropped: checks fail by raising, never by printing, and a library
      warning must not cost points (nbgrader scores any stderr as 0);
    * a value (execute_result) in a check cell becomes an error: this course's check cells never end
      with one, and nbgrader would read it as a partial-credit score;
    * a check cell that tried to clear its outputs, or a missing or tampered probe report, makes every
      check cell that ran in the kernel fail: the run cannot be trusted. Check cells graded from outside
      (GuardedExecute) keep their verdicts. Findings go to integrity/<assignment>.json, with the secret
      seed of the run.
    """

    enabled = Bool(True).tag(config=True)

    def preprocess(self, nb, resources):
        findings, notes, probes_seen = [], [], 0
        kept = []
        secret = nb.metadata.pop("vaecourse_secret", None)
        for cell in nb.cells:
            nonce = cell.metadata.get("vaecourse_probe")
            if nonce:
                probes_seen += 1
                after = cell.metadata.get("vaecourse_after")
                report = _probe_report(cell, nonce)
                if report is None:
                    findings.append(f"no report from the integrity probe after {after} (kernel dead, stuck or tampered with)")
                else:
                    findings += [f"{item} (seen after {after})" for item in report if not any(item in f for f in findings)]
                continue
            kept.append(cell)
            if not _is_graded_code(cell):
                continue
            grade_id = cell.metadata["nbgrader"]["grade_id"]
            if cell.metadata.pop("vaecourse_cleared", False) and not cell.metadata.get("vaecourse_outside"):
                findings.append(f"{grade_id} tried to clear its own output")
            outputs = []
            for output in cell.get("outputs", []):
                if output.output_type == "stream" and output.name == "stderr":
                    notes.append(f"{grade_id} wrote to stderr (ignored: checks fail by raising)")
                    continue
                if output.output_type == "execute_result":
                    outputs.append(nbformat.v4.new_output(
                        "error", ename="GradingError", evalue="this check cell produced a value; check cells must not "
                        "(nbgrader would read it as a score)", traceback=[]))
                    continue
                outputs.append(output)
            cell.outputs = outputs
        in_kernel = [cell for cell in kept if _is_graded_code(cell) and not cell.metadata.get("vaecourse_outside")]
        if in_kernel and probes_seen == 0:
            findings.append("the integrity probes were not run")
        nb.cells = kept
        if findings:
            for cell in in_kernel:
                cell.outputs.append(nbformat.v4.new_output(
                    "error", ename="GradingIntegrityError",
                    evalue="this run cannot be trusted (" + findings[0] + "): every check run in the kernel scores 0; "
                           "ask your instructor",
                    traceback=[]))
        assignment = resources.get("nbgrader", {}).get("assignment", "notebook")
        record = Path.cwd() / "integrity" / f"{assignment}.json"
        record.parent.mkdir(exist_ok=True)
        record.write_text(json.dumps({"findings": findings, "notes": list(dict.fromkeys(notes)), "secret": secret}, indent=1))
        return nb, resources


def _is_graded_code(cell) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def _probe_report(cell, nonce: str):
    """The list of findings a probe cell printed, or None if it printed no valid report."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stdout")
    lines = [line for line in text.splitlines() if line.startswith(f"{sandbox.PROBE_MARK} {nonce} ")]
    errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
    if len(lines) != 1 or errors:
        return None
    try:
        report = json.loads(lines[0].split(" ", 2)[2])
    except ValueError:
        return None
    return report if isinstance(report, list) and all(isinstance(item, str) for item in report) else None


# ---------------------------------------------------------------- the notebook that is graded

def _grade_id(cell):
    """The cell's grade_id; None when its nbgrader metadata is missing or malformed (null, a list, a number...)."""
    meta = cell.get("metadata")
    meta = meta.get("nbgrader") if isinstance(meta, dict) else None
    grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
    return grade_id if isinstance(grade_id, str) and grade_id else None


def normalise(submitted, release):
    """Rebuild the notebook to grade from the release: (notebook, notes for the summary).

    Every cell of the release that carries a grade_id is put back in its place, in its type, with the
    release's nbgrader metadata: locked cells (setup, checks) with the release source, answer cells with
    the student's source (the first copy when the student duplicated one; the stub when they deleted
    it). The student's other cells (edited prose, added scratch cells) stay after the release cell they
    followed, as ordinary cells. So an edited, deleted, duplicated or re-typed check cannot change what
    is graded, whatever the notebook's metadata says (Colab, another Jupyter version).
    """
    notes = []
    release_ids = [_grade_id(c) for c in release.cells if _grade_id(c)]
    student_cells, extra = {}, {None: []}
    anchor = None
    for cell in submitted.cells:
        grade_id = _grade_id(cell)
        if grade_id in release_ids and grade_id not in student_cells:
            student_cells[grade_id] = cell
            anchor = grade_id
            extra.setdefault(anchor, [])
            continue
        if grade_id in release_ids:
            notes.append(f"{grade_id} appears twice: the first copy is graded, the other runs as an ordinary cell")
        elif grade_id:
            notes.append(f"unknown graded cell {grade_id} runs as an ordinary cell")
        plain = nbformat.from_dict({key: value for key, value in cell.items() if key not in ("id", "attachments")})
        plain.metadata = {}
        if plain.cell_type == "code":
            plain.outputs, plain.execution_count = [], None
        extra.setdefault(anchor, []).append(plain)
    rebuilt = nbformat.v4.new_notebook(metadata=nbformat.from_dict(release.metadata))
    for cell in release.cells:
        grade_id = _grade_id(cell)
        if grade_id is None:
            continue
        meta = cell.metadata["nbgrader"]
        mine = student_cells.get(grade_id)
        fresh = nbformat.from_dict(cell)
        if mine is None:
            notes.append(f"{grade_id} was deleted: " + ("restored" if meta.get("locked") else "graded as unanswered"))
        elif mine.cell_type != cell.cell_type:
            notes.append(f"{grade_id} was changed to a {mine.cell_type} cell: restored as {cell.cell_type}")
        if mine is not None and not meta.get("locked"):
            fresh.source = mine.source
        elif mine is not None and mine.source != cell.source:
            what = "graded" if meta.get("grade") else "run"
            notes.append(f"{grade_id}: the instructor's test changed since this notebook was released: the current "
                         f"one was {what}" if _as_released(mine) else f"{grade_id} (locked) was edited: the original was {what}")
        rebuilt.cells.append(fresh)
        rebuilt.cells += extra.get(grade_id, [])
    rebuilt.cells = extra[None] + rebuilt.cells
    for index, cell in enumerate(rebuilt.cells):
        cell.id = f"c{index}" if not _grade_id(cell) else re.sub(r"[^A-Za-z0-9_-]", "-", _grade_id(cell))[:64]
    return rebuilt, list(dict.fromkeys(notes))


NOT_ANSWERED = "the notebook's code is the release's, cell for cell: nothing was answered, so it was not run"


def mark_as_released(notebook, release) -> bool:
    """Mark a notebook whose code cells are the release's, in order, for GuardedExecute to score without a kernel;
    whether it is one. Its checks can only fail, as the stubs raise, and the kernel's start and the set-up
    cells are most of what an untouched notebook costs. normalise gave the notebook the release's metadata,
    so a student cannot set the mark."""
    same = [cell.source for cell in notebook.cells if cell.cell_type == "code"] == \
        [cell.source for cell in release.cells if cell.cell_type == "code"]
    if same:
        notebook.metadata["vaecourse_as_released"] = True
    return same


def mark_demonstrations(notebook, release) -> int:
    """Mark the demonstrations that grading may leave out; how many.

    A demonstration is a code cell exactly as the release has it, without a grade_id (a figure, a small
    training): the instructor's code, not the student's. Those that nothing graded reads (see
    vaecourse.cellgraph) get metadata that GuardedExecute reads; normalise gave every cell fresh metadata,
    so a student cannot mark a cell of their own.
    """
    given = {cell.source for cell in release.cells if cell.cell_type == "code" and not _grade_id(cell)}
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    candidates = {index for index, cell in enumerate(code) if not _grade_id(cell) and cell.source in given}
    left_out = cellgraph.skippable([cell.source for cell in code], candidates)
    for index in left_out:
        code[index].metadata["vaecourse_demonstration"] = True
    return len(left_out)


def _as_released(cell) -> bool:
    """Whether a locked cell is as some release gave it: nbgrader's checksum, written into the cell at release,
    still matches it. Then a difference from today's release is the instructor's change, not the student's. (A
    student who forges the checksum changes only the note: the cell graded is the release's either way.)"""
    from nbgrader.utils import compute_checksum

    recorded = cell.metadata.get("nbgrader", {}).get("checksum") if isinstance(cell.metadata.get("nbgrader"), dict) else None
    try:
        return bool(recorded) and compute_checksum(cell) == recorded
    except Exception:  # metadata a student mangled: not as released
        return False


@dataclass
class NotebookResult:
    assignment: str
    score: float = 0.0
    max_score: float = 0.0
    manual_pending: float = 0.0  # points of answers that a person still has to grade
    problem: str = ""  # why the notebook could not be graded at all
    failures: list = field(default_factory=list)  # (check, points lost, first line of its error)
    notes: list = field(default_factory=list)  # what the grader changed or noticed (restored cells, stderr...)
    integrity: list = field(default_factory=list)  # tampering found: the automatic score is 0
    review: list = field(default_factory=list)  # risky code in the answers, for a person to look at
    late: bool = False  # the LMS marked it late, or nbgrader: its timestamp is after the due date


@dataclass
class StudentResult:
    student: str
    notebooks: dict = field(default_factory=dict)  # the notebooks missing here were not graded: see errors
    errors: list = field(default_factory=list)  # where the grader itself failed on this student (grade again)
    seconds: float = 0.0
    seconds_per_notebook: dict = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(result.score for result in self.notebooks.values())


# ---------------------------------------------------------------- collecting the submissions

NAME_CHARS = 48  # longest student folder name, in characters (at most 192 bytes of UTF-8: fits every file system)
NOTEBOOK_MB = 100  # a bigger .ipynb is not graded: nbformat would read it whole into the grader's memory
ZIP_MEMBERS = 20_000  # an archive of submissions with more members is refused
ZIP_TOTAL_MB = 4096  # ... or one that would unpack to more
ZIP_RATIO = 200  # a member over 1 MB compressed more than this is a zip bomb, not a notebook: skipped
MOODLE = re.compile(r"(?P<name>.+?)_(?P<number>\d+)_assignsubmission_[a-z]+_(?P<rest>.*)", re.DOTALL)  # rest: "" for a folder
CANVAS = re.compile(r"(?P<name>.+?)(?P<late>_LATE)?_(?P<number>\d+)_\d+_(?P<rest>.*)", re.DOTALL)
COPY_OF = re.compile(r"^(?:\s*copy of\b)+", re.IGNORECASE)  # Colab and Google Drive: "Copy of 01_pca.ipynb"
COPY_MARK = re.compile(r"(?:[-_ ]copy\d*|\s*\(\d+\)|-\d+|[-_ ]v\d+)+$", re.IGNORECASE)  # Jupyter, browsers, Canvas
HIDDEN = ("__MACOSX", ".ipynb_checkpoints")


class SubmissionsError(ValueError):
    """The submissions as a whole cannot be read: not a folder or .zip, a corrupt or oversized archive."""


@dataclass(frozen=True)
class Submission:
    """One notebook that collect matched to a student and an assignment."""

    path: Path  # the file to grade
    source: str  # where it was found, relative to the submissions (what messages name)
    name: str  # the student's name as written (NFC), before it became a folder name
    late: bool = False  # the LMS marked it late (Canvas: `_LATE_` in the file name)
    modified: float = 0.0  # the file's modification time (for a zip member: its date in the archive)
    timestamp: str = ""  # nbgrader collect's timestamp.txt beside the notebook, if there is one
    secret: str = ""  # the submission_secret.txt of a submission made through the exchange (names its feedback)
    number: str = ""  # the LMS's number for the student in the file name: Canvas's user id, Moodle's participant number


def _show(text: str) -> str:
    """text fit for one line of summary.md: control characters and undecodable bytes escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _is_name_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM"  # letters, digits and the marks that some scripts need


def _trim(text: str) -> str:
    """text in NFC without the separators, punctuation and symbols around it."""
    text = unicodedata.normalize("NFC", text)
    start, end = 0, len(text)
    while start < end and not _is_name_char(text[start]):
        start += 1
    while end > start and not _is_name_char(text[end - 1]):
        end -= 1
    return text[start:end]


def _folder_name(name: str) -> str:
    """A safe folder name for a (trimmed) student name: letters, digits and marks of any script, runs of
    anything else as one `_` (so no separator, dot or control character), at most NAME_CHARS long."""
    kept = []
    for char in name:
        if _is_name_char(char):
            kept.append(char)
        elif kept[-1:] != ["_"]:
            kept.append("_")
    return "".join(kept)[:NAME_CHARS].rstrip("_")


class _Roster:
    """Folder names for the students' names: two different names never share a folder, and a clash is reported."""

    def __init__(self, warnings: list):
        self.folders, self.owners, self.warnings = {}, {}, warnings

    def folder(self, name: str) -> str:
        if name not in self.folders:
            base = folder = _folder_name(name)
            number = 1
            while folder.casefold() in self.owners:  # casefold: one folder on a case-insensitive disk
                number += 1
                folder = f"{base}_{number}"
            if folder != base:
                other = self.owners[base.casefold()]
                self.warnings.append(f"the different names '{_show(other)}' and '{_show(name)}' give the same folder "
                                     f"name: graded apart, as {self.folders[other]} and {folder}; check whether they "
                                     f"are one student")
            self.owners[folder.casefold()] = name
            self.folders[name] = folder
        return self.folders[name]


def _find_assignment(text: str, known: list):
    """(start, end, assignment) of the earliest, then longest, assignment id in text, or None."""
    hits = []
    for assignment in known:
        match = re.search(re.escape(assignment), text, re.IGNORECASE)
        if match:
            hits.append((match.start(), -match.end(), assignment))
    if not hits:
        return None
    start, minus_end, assignment = min(hits)
    return start, -minus_end, assignment


def _identify(parts: tuple, known: list, root_name: str):
    """Who submitted the notebook at `parts` (relative to the submissions), and for which assignment.

    Returns (name as written, assignment, late, named by a folder of its own, the LMS's number for the student or
    ""), or a string: why not.
    In order: a Moodle folder names the student; else the file name does (Canvas and Moodle prefixes, or
    what comes before the assignment id); else the folder above nbgrader's <assignment>/ folder (the given
    folder itself, when it is one student's); else the folder holding the file; else what follows the
    assignment id in the file name, minus copy marks ("-Copy1", " (1)").
    """
    *folders, filename = parts
    stem = unicodedata.normalize("NFC", filename[: -len(".ipynb")])
    parent = unicodedata.normalize("NFC", folders[-1]) if folders else ""
    in_assignment = parent if parent in known else None
    no_assignment = f"its name contains no notebook name ({', '.join(known)})"
    moodle = MOODLE.fullmatch(parent)
    if moodle and not moodle["rest"]:  # Moodle, a folder per student: Full Name_12345_assignsubmission_file_/
        found = _find_assignment(stem, known)
        above = [f for f in folders[:-1] if f in known]
        assignment = found[2] if found else (above[-1] if above else None)
        name = _trim(moodle["name"])
        if assignment is None or not name:
            return "no student name in its Moodle folder's name" if assignment else no_assignment
        return name, assignment, False, True, moodle["number"]
    name, late, after, assignment, number = "", False, "", in_assignment, ""
    lms = MOODLE.fullmatch(stem) or CANVAS.fullmatch(stem)
    in_rest = _find_assignment(lms["rest"], known) if lms else None
    if in_rest:  # Canvas, or Moodle without a folder per student
        name, late, assignment, number = _trim(lms["name"]), bool(lms.groupdict().get("late")), in_rest[2], lms["number"]
    else:
        found = _find_assignment(stem, known)
        if found:
            start, end, assignment = found
            name = _trim(COPY_OF.sub("", stem[:start]))
            after = _trim(COPY_MARK.sub("", stem[end:].strip()))
    if assignment is None:
        return no_assignment
    if name:
        return name, assignment, late, False, number
    if in_assignment:  # nbgrader: <student>/<assignment>/<assignment>.ipynb
        holder = folders[-2] if len(folders) > 1 else root_name
        moodle = MOODLE.fullmatch(holder)
        holder = moodle["name"] if moodle and not moodle["rest"] else holder
        name = _trim(holder)
    elif parent:  # <student>/01_pca-Copy1.ipynb
        name = _trim(parent)
    if name:
        return name, assignment, False, True, ""
    return (after, assignment, False, False, "") if after else "no student name in the file name"


def _member_parts(name: str):
    """The path parts of a zip member, or None if its name is unsafe (absolute, `..`, drive letter, NUL)."""
    name = name.replace("\\", "/")  # archives made on Windows may use either separator
    if name.startswith("/") or re.match(r"[A-Za-z]:", name) or "\x00" in name:
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    return None if ".." in parts or not parts else parts


def _safe_extract(archive: Path, target: Path) -> list:
    """Unpack the notebooks (and nbgrader's timestamp.txt, and nested archives, to report them) of `archive`
    into `target`; return warnings naming each member skipped.

    The limits are checked on the sizes the headers declare, before anything is written, and each member
    is streamed with a cap at its declared size: a zip bomb is never unpacked. Raises SubmissionsError if
    the archive cannot be read or is over ZIP_MEMBERS or ZIP_TOTAL_MB.
    """
    warnings = []
    try:
        zipped = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as error:
        raise SubmissionsError(f"{archive.name} is not a readable .zip archive ({error})") from None
    with zipped:
        members = zipped.infolist()
        total = sum(member.file_size for member in members)
        if len(members) > ZIP_MEMBERS:
            raise SubmissionsError(f"{archive.name} holds {len(members)} files, more than the limit of {ZIP_MEMBERS} "
                                   f"(ZIP_MEMBERS in vaecourse/grading.py): unpack it yourself and grade the folder")
        if total > ZIP_TOTAL_MB * 2**20:
            raise SubmissionsError(f"{archive.name} would unpack to {total / 2**20:.0f} MB, more than the limit of "
                                   f"{ZIP_TOTAL_MB} MB (ZIP_TOTAL_MB in vaecourse/grading.py): unpack it yourself "
                                   f"and grade the folder")
        for member in members:
            shown = f"{_show(member.filename)} (in {archive.name})"
            parts = _member_parts(member.filename)
            if parts is None:
                warnings.append(f"skipped {shown}: an unsafe name (absolute, '..' or a drive letter)")
                continue
            if stat.S_ISLNK(member.external_attr >> 16):
                warnings.append(f"skipped {shown}: a link; links in the submissions are never followed")
                continue
            lower = parts[-1].lower()
            if member.is_dir() or not (lower.endswith((".ipynb", ".zip")) or lower == "timestamp.txt"):
                continue  # nothing else is graded
            if member.file_size > NOTEBOOK_MB * 2**20:
                warnings.append(f"skipped {shown}: {member.file_size / 2**20:.0f} MB, more than the limit of "
                                f"{NOTEBOOK_MB} MB for a notebook")
                continue
            if member.file_size > 2**20 and member.file_size > ZIP_RATIO * max(member.compress_size, 1):
                warnings.append(f"skipped {shown}: compressed more than {ZIP_RATIO} times (the limit), "
                                f"as a zip bomb is")
                continue
            destination = target.joinpath(*parts)
            try:
                destination.parent.mkdir(parents=True, exist_ok=True)
                sink = destination.open("xb")
            except FileExistsError:
                warnings.append(f"skipped {shown}: the archive holds two files of that name; the first is kept")
                continue
            except OSError as error:
                warnings.append(f"skipped {shown}: could not be written ({_show(error.strerror or str(error))})")
                continue
            try:
                with sink, zipped.open(member) as source:
                    left = member.file_size
                    while chunk := source.read(2**20):
                        left -= len(chunk)
                        if left < 0:
                            raise ValueError("it unpacks to more than its header declares")
                        sink.write(chunk)
            except Exception as error:  # encrypted, corrupt, unsupported method: that member only
                destination.unlink()
                warnings.append(f"skipped {shown}: could not be unpacked ({_show(str(error)) or type(error).__name__})")
                continue
            try:  # the member's date, so that "the newer of two copies" means the same as in a folder
                os.utime(destination, (time.time(), datetime(*member.date_time).timestamp()))
            except (ValueError, OverflowError):
                pass
    return warnings


def _secret(folder: Path) -> str:
    """The submission_secret.txt that nbgrader submit wrote beside the notebook (hex digits), or ""."""
    path = folder / "submission_secret.txt"
    if not path.is_file() or path.is_symlink():
        return ""
    try:
        with path.open(errors="replace") as handle:
            text = handle.read(300).strip()
    except OSError:
        return ""
    return text if re.fullmatch(r"[0-9a-f]{1,256}", text) else ""


def _timestamp(folder: Path) -> str:
    """What nbgrader collect wrote in folder/timestamp.txt (when the student submitted), or ""."""
    stamp = folder / "timestamp.txt"
    if not stamp.is_file() or stamp.is_symlink():
        return ""
    try:
        with stamp.open(errors="replace") as handle:
            return _show(handle.read(200).strip())
    except OSError:
        return ""


def collect(submissions: Path, known: list, scratch: Path):
    """Map each student to {assignment: Submission}; return it with the warnings, one line per problem.

    `submissions` is a folder or a .zip. Recognised layouts: nbgrader's submitted/<student>/<assignment>/
    <assignment>.ipynb (or one student's folder, holding <assignment>/ folders), Canvas
    (`<name>[_LATE]_<id>_<id>_<file>`), Moodle (a folder `Full Name_<id>_assignsubmission_file_/`, or that
    prefix on the file), `<student>/<file>` and any file whose name holds an assignment id: what comes
    before it is the student. The student's folder name keeps letters and digits of any script; two
    different names never share one. Links are never followed. Every notebook is graded or named in a
    warning; only SubmissionsError (the whole input is unreadable) is raised.
    """
    warnings = []
    root_name = submissions.name
    if submissions.is_file() and submissions.suffix.lower() == ".zip":
        scratch.mkdir(parents=True, exist_ok=True)
        extracted = Path(tempfile.mkdtemp(prefix="incoming-", dir=scratch))
        warnings += _safe_extract(submissions, extracted)
        submissions, root_name = extracted, submissions.stem
    if not submissions.is_dir():
        raise SubmissionsError(f"{submissions} is neither a folder nor a .zip of submissions")
    if (submissions / "submitted").is_dir() and not (submissions / "submitted").is_symlink():
        submissions = submissions / "submitted"
        root_name = submissions.name
    found, hidden, roster = {}, [], _Roster(warnings)

    def unreadable(error):
        warnings.append(f"could not read {_show(str(error.filename))}: {error.strerror}")

    for folder, subfolders, files in os.walk(submissions, onerror=unreadable):
        here = Path(folder)
        for name in list(subfolders):
            if (here / name).is_symlink():  # os.walk lists links to folders without entering them
                files.append(name)
                subfolders.remove(name)
        subfolders.sort()
        for filename in sorted(files):
            path = here / filename
            relative = path.relative_to(submissions)
            shown = _show(str(relative))
            try:
                info = path.lstat()
            except OSError as error:
                warnings.append(f"could not read {shown}: {error.strerror}")
                continue
            if stat.S_ISLNK(info.st_mode):
                warnings.append(f"skipped {shown}: a link (to {_show(os.readlink(path))}); links in the submissions "
                                f"are never followed")
                continue
            if filename.lower().endswith(".zip"):
                warnings.append(f"ignored {shown}: archives inside the submissions are not opened; unpack it and "
                                f"grade again")
                continue
            if not filename.lower().endswith(".ipynb"):
                continue
            if any(part.startswith(".") or part in HIDDEN for part in relative.parts):
                hidden.append(shown)
                continue
            if not stat.S_ISREG(info.st_mode):
                warnings.append(f"skipped {shown}: not a regular file")
                continue
            if info.st_size > NOTEBOOK_MB * 2**20:
                warnings.append(f"skipped {shown}: {info.st_size / 2**20:.0f} MB, more than the limit of {NOTEBOOK_MB} "
                                f"MB for a notebook")
                continue
            who = _identify(relative.parts, known, root_name)
            if isinstance(who, str):
                warnings.append(f"ignored {shown}: {who}")
                continue
            name, assignment, late, by_folder, number = who
            timestamp, secret = (_timestamp(here), _secret(here)) if by_folder else ("", "")
            entry = Submission(path, str(relative), name, late, info.st_mtime, timestamp, secret, number)
            student = roster.folder(name)
            previous = found.setdefault(student, {}).get(assignment)
            if previous is not None:
                # nbgrader grades <assignment>.ipynb; among other copies, the newer
                keep = max(previous, entry, key=lambda s: (s.path.name == f"{assignment}.ipynb", s.modified))
                warnings.append(f"{student} submitted {assignment} twice ({_show(previous.source)}, {shown}): "
                                f"grading {_show(keep.source)}")
                entry = keep
            found[student][assignment] = entry
    if hidden:
        warnings.append(f"ignored {len(hidden)} hidden or system notebook(s) (Jupyter checkpoints, macOS metadata, "
                        f"names starting with '.'): {', '.join(hidden)}")
    return found, warnings


# ---------------------------------------------------------------- grading

@dataclass
class Limits:
    """What one student's kernel may use. Defaults come from grading_config.py (c.Execute.timeout, c.Sandbox.*)."""

    cell_timeout: int = 120  # seconds for one cell; the kernel is then interrupted and the cell fails
    notebook_timeout: int = 1800  # seconds for a whole notebook (nbgrader and all), then it is stopped
    memory_mb: int = 4096  # RLIMIT_DATA of the kernel: a bigger allocation raises MemoryError
    cpu_seconds: int = 1200  # RLIMIT_CPU of the kernel: past it the kernel is killed
    nproc: int = 512  # processes and threads of the sandbox user
    file_mb: int = 256  # largest file the kernel may write
    output_kb: int = 1000  # output kept per cell
    notebook_output_kb: int = 10_000  # output kept per notebook, all cells
    tmp_mb: int = 256  # size of the kernel's /tmp, taken out of memory_mb (the kernel's own memory is the rest)
    sandbox: str = "auto"  # "bwrap": required; "none": no sandbox (trusted code only); "auto": bwrap if usable

    @classmethod
    def from_config(cls, root: Path, **overrides) -> "Limits":
        from traitlets.config.loader import PyFileConfigLoader

        config = PyFileConfigLoader("grading_config.py", path=str(root)).load_config()
        values = {name: config.Sandbox[name] for name in ("notebook_timeout", "memory_mb", "cpu_seconds", "nproc",
                                                          "file_mb", "output_kb", "notebook_output_kb", "tmp_mb")
                  if name in config.Sandbox}
        if "timeout" in config.Execute:
            values["cell_timeout"] = config.Execute.timeout
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def __post_init__(self):
        if not 0 < self.tmp_mb < self.memory_mb:
            raise ValueError(f"tmp_mb ({self.tmp_mb}) must be positive and below memory_mb ({self.memory_mb}): /tmp is part of it")

    def sandboxed(self) -> bool:
        usable = sandbox.bwrap_path() is not None and os.geteuid() == 0
        if self.sandbox == "bwrap" and not usable:
            raise RuntimeError("the grading sandbox needs bubblewrap and root: `apt-get install bubblewrap` and run as "
                               "root, or grade with --no-sandbox (student code then runs with your rights)")
        return self.sandbox != "none" and usable


def _write_config(folder: Path, root: Path, limits: Limits = None, limits_runtime: str = "") -> None:
    config = root / "grading_config.py"
    text = (f"load_subconfig({str(config)!r})  # noqa: F821\n"
            f"c.CourseDirectory.root = {str(folder)!r}  # noqa: F821\n")
    if limits is not None:  # a student's folder: the guarded pipeline, in the sandboxed kernel
        text += f"""
c.Execute.timeout = {limits.cell_timeout}
c.Execute.shutdown_kernel = "immediate"  # killed when the notebook is done: a graceful end took 0.7-1.1 s per kernel
c.GuardedExecute.max_output_bytes = {limits.output_kb * 1000}
c.GuardedExecute.max_notebook_output_bytes = {limits.notebook_output_kb * 1000}
c.KernelManager.transport = "ipc"  # Unix sockets: the kernel has no network at all
c.KernelManager.connection_file = {str(Path(limits_runtime) / "kernel.json")!r}  # one kernel at a time per student
c.KernelManager.ip = {str(Path(limits_runtime) / "ipc" / "kernel")!r}  # the sockets: the only place the kernel may write
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput", "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec", "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata", "vaecourse.grading.InsertProbes",
]
c.Autograde.autograde_preprocessors = [
    "vaecourse.grading.GuardedExecute", "vaecourse.grading.VerifyRun",
    "nbconvert.preprocessors.ClearMetadataPreprocessor", "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades", "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
"""
    (folder / "nbgrader_config.py").write_text(text)


def _nbgrader(args: list, folder: Path, timeout: float, env=None):
    """Run nbgrader in `folder`; on timeout stop it and everything it started (its kernel too)."""
    environment = dict(os.environ, TQDM_DISABLE="1", PYTHONWARNINGS="ignore", **(env or {}))
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    process = subprocess.Popen(["nbgrader", *args], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8", errors="replace",  # the student's kernel writes here too
                               env=environment, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, 9)
        except ProcessLookupError:
            pass
        process.communicate()
        raise
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


class NbgraderWorker:
    """nbgrader's commands for one student's folder, run one after the other by one process of their own
    (vaecourse.nbgrader_worker), started at the first command: Python, nbgrader, nbconvert, torch and the checks
    are imported once per student instead of once per command. `run` has `_nbgrader`'s contract: a
    CompletedProcess (stdout: nbgrader's log; stderr: what the process and the kernel it started printed), or
    TimeoutExpired after stopping the process and everything it started (its kernel too); a process that dies
    fails only its command, and the next command starts a new one."""

    KEPT = 1_000_000  # characters of printed output kept per command (the last ones: errors come last)

    def __init__(self, folder: Path, env=None):
        self.folder, self.env, self.process = folder, env, None

    def _start(self):
        environment = dict(os.environ, TQDM_DISABLE="1", PYTHONWARNINGS="ignore", **(self.env or {}))
        environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
        replies, reply_end = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "vaecourse.nbgrader_worker", str(reply_end)], cwd=self.folder,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=environment,
                pass_fds=(reply_end,), start_new_session=True)
        except BaseException:
            os.close(replies)
            raise
        finally:
            os.close(reply_end)
        self.replies = os.fdopen(replies, "rb")
        self.printed, self.drained, self.changed = [], False, threading.Condition()
        self.reader = threading.Thread(target=self._drain, args=(self.process.stdout,), daemon=True)
        self.reader.start()

    def _drain(self, stream):
        for chunk in iter(lambda: stream.read1(65536), b""):
            with self.changed:
                self.printed.append(chunk)
                while sum(map(len, self.printed)) > self.KEPT and len(self.printed) > 1:
                    self.printed.pop(0)
                self.changed.notify_all()
        with self.changed:
            self.drained = True
            self.changed.notify_all()

    def _take_printed(self, wait: float = 0.0) -> str:
        """What was printed since the last call. With `wait`: up to the end mark of the command that has just replied,
        waiting for this thread's reader to get there at most `wait` seconds (it may lag behind the reply)."""
        with self.changed:
            if wait:
                self.changed.wait_for(lambda: self.drained or END_MARK in b"".join(self.printed), timeout=wait)
            text, mark, rest = b"".join(self.printed).partition(END_MARK)
            self.printed[:] = [rest] if mark else []
        return text.decode("utf-8", "replace")

    def run(self, args: list, timeout: float) -> subprocess.CompletedProcess:
        if self.process is None:
            self._start()
        self._take_printed()
        try:
            self.process.stdin.write((json.dumps(args) + "\n").encode())
            self.process.stdin.flush()
        except OSError:
            pass  # the process is gone: reading its reply says so
        ready = select.select([self.replies], [], [], timeout)[0]
        line = self.replies.readline() if ready else None
        if line is None:
            self.close()
            raise subprocess.TimeoutExpired(["nbgrader", *args], timeout)
        if not line:  # the process died during this command (its kernel may have killed it): start afresh next time
            code = self.close()
            return subprocess.CompletedProcess(["nbgrader", *args], code or 1, "", self._take_printed())
        reply = json.loads(line)
        return subprocess.CompletedProcess(["nbgrader", *args], reply["returncode"], reply["log"], self._take_printed(30))

    def close(self):
        """Stop the process and everything it started; its exit code."""
        if self.process is None:
            return None
        try:
            os.killpg(self.process.pid, 9)
        except ProcessLookupError:
            pass
        code = self.process.wait()
        self.reader.join(5)
        try:
            self.process.stdin.close()
        except OSError:  # a command it never read: nothing to keep
            pass
        self.replies.close()
        self.process = None
        return code


def build_template(root: Path, scratch: Path) -> Path:
    """A gradebook that knows every assignment and its checks (from solutions/), copied for each student."""
    folder = scratch / "template"
    folder.mkdir(parents=True)
    _write_config(folder, root)
    (folder / "solutions").symlink_to(root / "solutions")
    worker = NbgraderWorker(folder)  # one process for all the notebooks: nbgrader is imported once
    try:
        for assignment in assignments(root):
            result = worker.run(["generate_assignment", assignment, "--force", "--log-level=WARN"], 600)
            if result.returncode != 0:
                raise RuntimeError(f"could not register {assignment} in the gradebook:\n{result.stdout}{result.stderr}")
    finally:
        worker.close()
    return folder / "gradebook.db"


def _last_error(log: str) -> str:
    if "DeadKernelError" in log or "Kernel died" in log or "kernel died" in log:
        return ("the kernel died (the code exited, crashed, or went over the CPU-time limit); "
                "nothing after that point could be graded")
    lines = [line.strip() for line in log.splitlines() if "ERROR" in line or "Error" in line]
    return lines[-1][:300] if lines else "nbgrader failed without a message"


def _written_answers(gradebook, assignment: str) -> set:
    """Names of the graded cells that are answers for a person to grade (not automatic checks)."""
    notebook = gradebook.find_notebook(assignment, assignment)
    return {cell.name for cell in notebook.solution_cells} & {cell.name for cell in notebook.grade_cells}


def _read_result(folder: Path, student: str, assignment: str) -> NotebookResult:
    from nbgrader.api import Gradebook

    result = NotebookResult(assignment)
    errors = _errors_by_check(folder / "autograded" / student / assignment / f"{assignment}.ipynb")
    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}", course_id="vae-course") as gradebook:
        written = _written_answers(gradebook, assignment)
        submitted = gradebook.find_submission(assignment, student)
        result.late = submitted.total_seconds_late > 0  # nbgrader's: the timestamp after the due date
        for grade in gradebook.find_submission_notebook(assignment, assignment, student).grades:
            if grade.name in written:
                if grade.auto_score == 0:  # nbgrader's mark for an answer left as given
                    result.failures.append((grade.name, grade.max_score, "written answer missing"))
                else:
                    result.manual_pending += grade.max_score
                continue
            result.score += grade.auto_score
            result.max_score += grade.max_score
            if grade.auto_score < grade.max_score:
                lost = grade.max_score - grade.auto_score
                result.failures.append((grade.name, lost, errors.get(grade.name, "failed")))
    return result


def _errors_by_check(notebook_path: Path) -> dict:
    """First line of the error (or stderr output) of each graded cell of an autograded notebook."""
    errors = {}
    if not notebook_path.is_file():
        return errors
    for cell in nbformat.read(notebook_path, as_version=4).cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        for output in cell.get("outputs", []):
            if output.output_type == "error" and output.ename in ("KeyboardInterrupt", "CellTimeoutError"):
                message = "took longer than the time limit of a cell, and was stopped"
            elif output.output_type == "error" and output.ename == "NotImplementedError":
                message = "not answered yet (the stub still raises NotImplementedError)"
            elif output.output_type == "error" and output.ename == "NotAnswered":
                message = "not answered (the notebook's code is the release's, so it was not run)"
            elif output.output_type == "error":
                message = f"{output.ename}: {output.evalue}".strip()
            else:
                continue
            errors[grade_id] = message.splitlines()[0][:300] if message else "error"
            break
    return errors


def _max_score(template: Path, assignment: str) -> float:
    """Points of the automatic checks of an assignment (written answers are graded by hand)."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{template}", course_id="vae-course") as gradebook:
        written = _written_answers(gradebook, assignment)
        notebook = gradebook.find_notebook(assignment, assignment)
        return float(sum(cell.max_score for cell in notebook.grade_cells if cell.name not in written))


def _points(template: Path, names: list) -> dict:
    """{assignment: (points of its automatic checks, points of its written answers)}."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{template}", course_id="vae-course") as gradebook:
        points = {}
        for assignment in names:
            written = _written_answers(gradebook, assignment)
            cells = gradebook.find_notebook(assignment, assignment).grade_cells
            points[assignment] = (float(sum(c.max_score for c in cells if c.name not in written)),
                                  float(sum(c.max_score for c in cells if c.name in written)))
        return points


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:200] if text else type(error).__name__


LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # valid in JSON ("\\ud800"), but cannot be written as UTF-8


def _without_surrogates(value):
    if isinstance(value, str):
        return LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_surrogates(key): _without_surrogates(item) for key, item in value.items()}
    return value


def _prepare(path: Path, release) -> tuple:
    """(notebook to grade, notes) or raise ValueError with the reason the file cannot be graded.

    Any failure here, foreseen or not, is that student's problem only: it must not stop the class.
    """
    try:
        submitted = nbformat.read(path, as_version=4)
        nbformat.validate(submitted)
    except Exception as error:
        raise ValueError(f"{path.name} is not a valid notebook ({_first_line(error)})") from None
    try:
        cleaned = nbformat.from_dict(_without_surrogates(submitted))
        notebook, notes = normalise(cleaned, release)
        mark_demonstrations(notebook, release)
        mark_as_released(notebook, release)
        nbformat.validate(notebook)
    except Exception as error:
        raise ValueError(f"{path.name} could not be rebuilt from the release "
                         f"({type(error).__name__}: {_first_line(error)})") from None
    if cleaned != submitted:
        notes.append("text that is not valid Unicode (a lone surrogate) was replaced by U+FFFD")
    return notebook, notes


def _review(notebook, release) -> list:
    """Risky constructs in the student's code cells (read, not run), one line per cell."""
    found = []
    given = {cell.source for cell in release.cells}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or meta.get("locked") or cell.source in given:
            continue
        risky = sandbox.suspicious_code(cell.source) + reference_copies(cell.source)
        if risky:
            found.append(f"{meta.get('grade_id') or 'an added cell'}: {', '.join(risky)}")
    return found


REFERENCE_MODULES = ("vaecourse.models", "vaecourse.training", "vaecourse.checks", "vaecourse.remote", "vaecourse.studies")


def reference_copies(source: str) -> list:
    """Signs that an answer uses the course package's own code instead of the student's: it imports the
    package's reference modules (the package a student installs ships the solutions of some exercises),
    or defines a function or class whose code and comments are those of the package's definition of the same
    name. The package holds model answers word for word (one source: vaecourse.models, and 05's
    iterate_minibatches), and an answer written independently can be the same code; the package's comments
    are what a copy carries along, so a definition without comments is no evidence.
    """
    try:
        tree = sandbox.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    found = []
    for node in ast.walk(tree):
        modules = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for module in modules:
            if module.startswith(REFERENCE_MODULES):
                found.append(f"imports the course's reference code ({module})")
                break
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node in tree.body:  # methods alone are too alike
            text = "\n".join(source.splitlines()[node.lineno - 1:node.end_lineno])  # whole lines: with trailing comments
            for shape, comments in _reference_definitions().get(node.name, []):
                if comments and _shape(node) == shape and all(comment in text for comment in comments):
                    found.append(f"copies the course's own {node.name}")
                    break
    return list(dict.fromkeys(found))


def _shape(node) -> str:
    """The code of a definition without its docstrings, comments and line numbers."""
    node = copy.deepcopy(node)
    for part in ast.walk(node):
        body = getattr(part, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            part.body = body[1:] or [ast.Pass()]
    return ast.dump(node, annotate_fields=False)


@functools.cache
def _reference_definitions() -> dict:
    """{name: [(shape, comments)]} of the public functions and classes of the package: their code without
    docstrings, and the texts of the comments inside them."""
    import io
    import tokenize

    import vaecourse

    definitions = {}
    for path in sorted(Path(vaecourse.__file__).parent.rglob("*.py")):
        text = path.read_text()
        comments_by_line = {token.start[0]: token.string for token in tokenize.generate_tokens(io.StringIO(text).readline)
                            if token.type == tokenize.COMMENT}
        for node in sandbox.parse(text).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                comments = tuple(c for line, c in comments_by_line.items() if node.lineno <= line <= node.end_lineno)
                definitions.setdefault(node.name, []).append((_shape(node), comments))
    return definitions


def grade_student(student: str, files: dict, root: Path, template: Path, scratch: Path, output: Path,
                  limits: Limits = None, timestamps: dict = None, progress=None) -> StudentResult:
    """Grade one student's notebooks in a folder of its own. files: {assignment: path, or None when it was not
    submitted}, the notebooks to grade, in order; timestamps: {assignment: when it was submitted, as nbgrader
    collect writes it}, for nbgrader's late marks and penalties; progress: called with one line per notebook as
    it is graded."""
    limits = limits or Limits()
    started = time.perf_counter()
    outcome = StudentResult(student)
    folder = scratch / "students" / student
    folder.mkdir(parents=True)
    folder.chmod(0o700)
    runtime = Path(tempfile.mkdtemp(prefix="vk", dir="/tmp"))  # short: Unix socket paths are limited to 107 bytes
    _write_config(folder, root, limits, str(runtime))
    shutil.copy(template, folder / "gradebook.db")
    settings = dict(uid=sandbox.SANDBOX_UID, runtime=str(runtime), scratch=str(folder / "sandbox"),
                    memory_mb=limits.memory_mb, tmp_mb=limits.tmp_mb, cpu_seconds=limits.cpu_seconds, nproc=limits.nproc,
                    file_mb=limits.file_mb, sandboxed=limits.sandboxed())
    fonts = sandbox.font_cache(scratch / "fonts")
    if fonts is not None:
        settings["font_cache"] = str(fonts)
    (folder / "sandbox").mkdir()
    env = sandbox.install_kernelspec(folder, settings)
    worker = NbgraderWorker(folder, env)  # nbgrader's commands for this student, in one process
    try:
        for assignment in files:
            began = time.perf_counter()
            try:
                outcome.notebooks[assignment] = _grade_notebook(student, assignment, files[assignment], root,
                                                                template, folder, output, limits, env,
                                                                (timestamps or {}).get(assignment, ""), worker.run)
            except Exception as error:  # the grader's failure, not a score: this notebook is left without one
                outcome.errors.append(f"{assignment} was not graded: {type(error).__name__}: {_first_line(error)}")
            outcome.seconds_per_notebook[assignment] = time.perf_counter() - began
            if progress is not None:
                graded = outcome.notebooks.get(assignment)
                shown = ("NOT GRADED (the grader failed: see summary.md)" if graded is None else
                         f"{graded.score:g} / {graded.max_score:g}" + (f" ({graded.problem})" if graded.problem else ""))
                progress(f"{_printable(student)} {assignment}: {shown[:120]}, {outcome.seconds_per_notebook[assignment]:.0f} s")
    finally:
        worker.close()
        shutil.rmtree(runtime, ignore_errors=True)
    outcome.seconds = time.perf_counter() - started
    return outcome


def _grade_notebook(student, assignment, path, root, template, folder, output, limits, env, timestamp="",
                    nbgrader=None) -> NotebookResult:
    """nbgrader: runs one nbgrader command in `folder`, (args, timeout) -> CompletedProcess; by default a process
    of its own (`_nbgrader`), grade_student gives its NbgraderWorker's."""
    if nbgrader is None:
        def nbgrader(args, timeout):
            return _nbgrader(args, folder, timeout, env)

    def failed(problem, notes=(), review=()):
        return NotebookResult(assignment, max_score=_max_score(template, assignment), problem=problem,
                              notes=list(notes), review=list(review))

    if path is None:
        return failed(NOT_HANDED_IN)
    release = nbformat.read(notebook_path(root, "course", assignment), as_version=4)
    try:
        notebook, notes = _prepare(path, release)
    except ValueError as error:
        return failed(str(error))
    review = _review(notebook, release)
    target = folder / "submitted" / student / assignment / f"{assignment}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    if timestamp:
        from nbgrader.utils import parse_utc

        try:  # the file comes from the student's side: a date nbgrader cannot read would fail the whole notebook
            parse_utc(timestamp)
            (target.parent / "timestamp.txt").write_text(timestamp)
        except (ValueError, OverflowError):
            notes = [*notes, f"timestamp.txt ({timestamp[:40]!r}) is not a date: the submission time is unknown"]
    launched = Path(folder / "sandbox" / "launched")
    launched.unlink(missing_ok=True)
    try:
        graded = nbgrader(["autograde", assignment, "--student", student, "--force", "--log-level=WARN"],
                          limits.notebook_timeout)
    except subprocess.TimeoutExpired:
        return failed(f"could not be graded: the notebook took longer than {limits.notebook_timeout} s", notes, review)
    if graded.returncode != 0:
        return failed(f"could not be graded: {_last_error(graded.stdout + graded.stderr)}", notes, review)
    if not launched.is_file() and not notebook.metadata.get("vaecourse_as_released"):  # that one needs no kernel
        raise RuntimeError(f"nbgrader did not start the grading kernel for {student}/{assignment}: "
                           f"is another kernelspec named python3 configured?\n{graded.stdout}{graded.stderr}")
    result = _read_result(folder, student, assignment)
    record = folder / "integrity" / f"{assignment}.json"
    checked = json.loads(record.read_text()) if record.is_file() else {"findings": ["the run was not verified"], "notes": []}
    result.integrity = checked["findings"]
    result.notes = notes + checked["notes"]
    result.review = review
    nbgrader(["generate_feedback", assignment, "--student", student, "--force", "--log-level=WARN"], 600)
    html = folder / "feedback" / student / assignment / f"{assignment}.html"
    if html.is_file():
        destination = output / "feedback" / student / f"{assignment}.html"
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(html, destination)
    return result


# ---------------------------------------------------------------- the course's nbgrader state

def prepare_course(course: Path, root: Path, template: Path) -> None:
    """Make `course` an nbgrader course folder (the course root itself, or another folder such as the demo's):
    its configuration, and a gradebook that knows every assignment (a new one, or one brought up to date)."""
    course.mkdir(parents=True, exist_ok=True)
    if course.resolve() != root.resolve():
        if not (course / "nbgrader_config.py").is_file():
            _write_config(course, root)
        for name in ("solutions", "course"):
            if not (course / name).exists():
                (course / name).symlink_to(root / name)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{template}", course_id="vae-course") as source, \
            Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course") as target:
        for assignment in source.assignments:
            _copy_assignment(assignment, target)


def _copy_assignment(assignment, target) -> None:
    """Define `assignment` (its notebook and cells, from another gradebook) in `target`, as generate_assignment
    would; an assignment already there keeps its due date and its students' grades."""
    target.update_or_create_assignment(assignment.name)
    for notebook in assignment.notebooks:
        target.update_or_create_notebook(notebook.name, assignment.name)
        for cell in notebook.grade_cells:
            target.update_or_create_grade_cell(cell.name, notebook.name, assignment.name, max_score=cell.max_score,
                                               cell_type=cell.cell_type)
        for cell in notebook.solution_cells:
            target.update_or_create_solution_cell(cell.name, notebook.name, assignment.name)
        for cell in notebook.source_cells:
            target.update_or_create_source_cell(cell.name, notebook.name, assignment.name, cell_type=cell.cell_type,
                                                locked=cell.locked, source=cell.source, checksum=cell.checksum)
        for cell in notebook.task_cells:
            target.update_or_create_task_cell(cell.name, notebook.name, assignment.name, max_score=cell.max_score,
                                              cell_type=cell.cell_type)


def _copy_due_dates(source: Path, target: Path) -> None:
    """The due dates set in the course's gradebook (`nbgrader db assignment add NAME --duedate=...`, or
    formgrader), into the gradebook each student is graded with: nbgrader then marks late work itself."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{source}", course_id="vae-course") as course:
        due = {assignment.name: assignment.duedate for assignment in course.assignments if assignment.duedate}
    with Gradebook(f"sqlite:///{target}", course_id="vae-course") as template:
        for name, duedate in due.items():
            template.update_or_create_assignment(name, duedate=duedate)


def _enrol(course: Path, students: list, roster: list = ()) -> None:
    """Put the students graded in the course's gradebook.db, also those with nothing nbgrader could grade (a
    corrupt file), and every student of the roster, with names and e-mail: nbgrader's list of students is the class."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course") as gradebook:
        for student in students:
            gradebook.update_or_create_student(student)
        lms.enrol(gradebook, roster)


def publish(course: Path, folder: Path, student: str, assignment: str, secret: str = "") -> bool:
    """Put one notebook graded in a student's folder where nbgrader keeps it in `course`: its grades and
    comments in the course's gradebook.db, and submitted/, autograded/ and feedback/<student>/<assignment>/.

    Only this student's assignment is replaced. Scores and comments a person gave (formgrader's manual
    scores, comments, extra credit) are kept, and, as nbgrader's own autograde does, a cell that has a manual
    score is marked for review again. False when nbgrader did not grade it (nothing to publish). secret: the
    submission's submission_secret.txt, kept beside it for `nbgrader release_feedback`.
    """
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}", course_id="vae-course") as graded:
        try:
            submission = graded.find_submission(assignment, student)
        except MissingEntry:
            return False
        timestamp = submission.timestamp
        notebooks = {nb.name: ([(g.name, g.auto_score) for g in nb.grades], [(c.name, c.auto_comment) for c in nb.comments],
                               nb.late_submission_penalty, nb.flagged) for nb in submission.notebooks}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course") as gradebook, \
            warnings.catch_warnings():
        # nbgrader's add_submission builds its rows in an order SQLAlchemy warns about (its autograde does too)
        warnings.filterwarnings("ignore", message="Object of type <Submitted", category=Warning)
        gradebook.update_or_create_student(student)
        gradebook.update_or_create_submission(assignment, student, **({"timestamp": timestamp} if timestamp else {}))
        for name, (grades, comments, penalty, flagged) in notebooks.items():
            for cell, auto_score in grades:
                grade = gradebook.find_grade(cell, name, assignment, student)
                grade.auto_score = auto_score
                grade.needs_manual_grade = grade.manual_score is not None or auto_score is None
            for cell, auto_comment in comments:
                gradebook.find_comment(cell, name, assignment, student).auto_comment = auto_comment
            notebook = gradebook.find_submission_notebook(name, assignment, student)
            notebook.late_submission_penalty, notebook.flagged = penalty, flagged
        gradebook.db.commit()
    for step in ("submitted", "autograded", "feedback"):
        source, target = folder / step / student / assignment, course / step / student / assignment
        shutil.rmtree(target, ignore_errors=True)
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
            if secret and step != "feedback":  # generate_feedback copies it from autograded/ to feedback/
                (target / "submission_secret.txt").write_text(secret)
    return True


# ---------------------------------------------------------------- reports
# Student names, file names, grade ids and error messages are the students' text: they are written
# as data, never as a formula in the CSV nor as Markdown structure or HTML in the summary.

def _printable(text) -> str:
    """Text that can be written as UTF-8 (folder names may hold undecodable bytes, kept as surrogates)."""
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")


def _csv_text(text) -> str:
    """A text cell of gradebook.csv that a spreadsheet cannot run as a formula (OWASP: prefix a quote)."""
    text = _printable(text)
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def _md(text) -> str:
    """A student's text as inline Markdown on one line: no line break, no HTML, no link, no block syntax."""
    text = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+", " ", _printable(text)).strip()
    text = text.replace("\\", "\\\\").replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]")
    return re.sub(r"^([#>+*=`~|-])|^(\d+)([.)])", lambda m: "\\" + m[1] if m[1] else m[2] + "\\" + m[3], text)


@dataclass
class _Cell:
    """One notebook of one student in gradebook.csv."""

    score: str = ""  # as written; "" when it has no score (never graded, or the grader failed on it)
    max_score: float = 0.0
    manual_pending: float = 0.0
    late: bool = False
    submitted: bool = True  # False: graded as not handed in (a roster student without it, or a missing notebook)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:  # a cell edited by hand into something else
        return 0.0


def _earlier_rows(path: Path, names: list, points: dict) -> dict:
    """{student as written: ({assignment: _Cell}, manual_pending)} of the gradebook.csv an earlier run wrote."""
    if not path.is_file():
        return {}
    rows = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            late, missing = (row.get("late") or "").split(), (row.get("not_submitted") or "").split()
            cells = {name: _Cell(row.get(name) or "", points.get(name, (0.0, 0.0))[0] if row.get(name) else 0.0, 0.0,
                                 name in late, name not in missing) for name in names}
            rows[row["student"]] = cells, _number(row.get("manual_pending") or "0")
    return rows


def _course_cells(course: Path, names: list) -> tuple:
    """({student: {assignment: _Cell}} for every submission of the course's gradebook.db, the students it knows).

    The score is nbgrader's (automatic, or the person's where one was given, extra credit, minus the late
    penalty: what `nbgrader export` gives); `max_score` counts the checks and the written answers that a person
    graded, `manual_pending` the written answers no one has graded yet."""
    from nbgrader.api import Gradebook, MissingEntry

    cells = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course") as gradebook:
        for assignment in names:
            try:
                written = _written_answers(gradebook, assignment)
            except MissingEntry:
                continue
            for submission in gradebook.assignment_submissions(assignment):
                notebook = gradebook.find_submission_notebook(assignment, assignment, submission.student.id)
                cell = _Cell(f"{notebook.score - (notebook.late_submission_penalty or 0):g}",
                             late=submission.total_seconds_late > 0)
                for grade in notebook.grades:
                    if grade.name not in written or grade.manual_score is not None:
                        cell.max_score += grade.max_score
                    elif grade.auto_score is None:
                        cell.manual_pending += grade.max_score
                cells.setdefault(submission.student.id, {})[assignment] = cell
        students = [student.id for student in gradebook.students]
    return cells, students


def write_gradebook(results: list, names: list, path: Path, points: dict = None, course: Path = None) -> None:
    """The whole class, one row per student: the rows an earlier run wrote to `path`, this run's `results` over
    them, and with `course` what its gradebook.db holds over both (hand-graded points count) and every student it
    knows. A notebook never graded or that the grader failed on has an empty cell (no score), not a zero.

    points: {assignment: (points of its checks, of its written answers)}, for the rows kept from `path`. Without a
    course, a student's manual_pending kept from `path` loses the written answers of the notebooks graded again.
    """
    points = points or {}
    earlier = _earlier_rows(path, names, points)
    rows = {student: cells for student, (cells, _) in earlier.items()}
    carried = {student: pending for student, (_, pending) in earlier.items()} if course is None else {}
    for result in results:
        student = _csv_text(result.student)
        cells = rows.setdefault(student, {name: _Cell() for name in names})
        for name, notebook in result.notebooks.items():
            if cells[name].score and student in carried:
                carried[student] = max(0.0, carried[student] - points.get(name, (0.0, 0.0))[1])
            cells[name] = _Cell(f"{notebook.score:g}", notebook.max_score, notebook.manual_pending, notebook.late,
                                notebook.problem != NOT_HANDED_IN)
    if course is not None:
        recorded, students = _course_cells(course, names)
        for student in students:
            cells = rows.setdefault(_csv_text(student), {name: _Cell() for name in names})
            for name, cell in recorded.get(student, {}).items():
                cell.late = cell.late or cells[name].late  # a late mark of the LMS is not in nbgrader's gradebook
                cells[name] = cell
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", *names, "total", "max", "manual_pending", "late", "not_submitted"])
        for student, cells in rows.items():
            row = [cells[name] for name in names]
            total = sum(_number(cell.score) for cell in row if cell.score)
            maximum = sum(cell.max_score for cell in row)
            pending = sum(cell.manual_pending for cell in row) + carried.get(student, 0.0)
            late = " ".join(name for name, cell in zip(names, row) if cell.late)
            missing = " ".join(name for name, cell in zip(names, row) if not cell.submitted)
            writer.writerow([student, *[cell.score for cell in row], f"{total:g}", f"{maximum:g}", f"{pending:g}", late,
                             missing])


def write_summary(results: list, names: list, warnings: list, seconds: float, path: Path, sandboxed=True,
                  unlisted=()) -> str:
    """What this run graded (`names`: its notebooks) and how; gradebook.csv has the whole class. unlisted: [(student,
    [files])] that the roster does not name (lms.apply_roster)."""
    lines = [f"# Grading summary\n", f"{len(results)} students, {len(names)} notebook(s), graded in {seconds:.0f} s.\n",
             f"This run graded {', '.join(_md(r.student) for r in results) or 'no student'} on {', '.join(names)}; "
             f"gradebook.csv has the whole class, and feedback/ keeps the pages of what this run did not grade.\n"]
    if not sandboxed:
        lines += ["**NOT SANDBOXED**: student code ran with the grader's rights (bubblewrap missing or --no-sandbox).\n"]
    failed = [(r.student, error) for r in results for error in r.errors]
    if failed:
        lines += ["## Not graded: the grader failed (grade these again)\n"]
        lines += [f"- {_md(student)}: {_md(error)}" for student, error in failed] + [""]
    if unlisted:
        lines += ["## Not on the roster: graded under the name in their files (add them, or fix the roster)\n"]
        lines += [f"- {_md(student)}: {_md(', '.join(files))}" for student, files in unlisted] + [""]
    if warnings:
        lines += ["## Files not graded as given\n"] + [f"- {_md(w)}" for w in warnings] + [""]
    flagged = [(r.student, name) for r in results for name, notebook in r.notebooks.items()
               if notebook.integrity or notebook.review]
    if flagged:
        lines += ["## To review by hand\n"] + [f"- {_md(s)} / {_md(n)}" for s, n in flagged] + [""]
    lines.append("## Results\n")
    for result in results:
        maximum = sum(notebook.max_score for notebook in result.notebooks.values())
        lines.append(f"### {_md(result.student)}: {result.total:g} / {maximum:g}\n")
        lines += [f"- NOT GRADED: {_md(error)}" for error in result.errors]
        for name in names:
            notebook = result.notebooks.get(name)
            if notebook is None:
                continue
            line = f"- {name}: {notebook.score:g} / {notebook.max_score:g}" + (" (submitted LATE)" if notebook.late else "")
            if notebook.problem:
                line += f" — {_md(notebook.problem)}"
            if notebook.manual_pending:
                line += f" (+ {notebook.manual_pending:g} points of written answers to grade by hand)"
            lines.append(line)
            if notebook.integrity:
                lines.append(f"  - TAMPERING: every check scored 0 — {_md('; '.join(notebook.integrity[:3]))}")
            lines += [f"  - {_md(check)}: lost {lost:g} — {_md(message)}" for check, lost, message in notebook.failures
                      if not notebook.integrity]
            lines += [f"  - note: {_md(note)}" for note in notebook.notes]
            lines += [f"  - review: {_md(item)}" for item in notebook.review]
        lines.append("")
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


def _mark_late(result: StudentResult, files: dict) -> StudentResult:
    """Carry the LMS's late marks (collect's Submission.late) into the student's results."""
    for assignment, submission in files.items():
        if submission.late and assignment in result.notebooks:
            result.notebooks[assignment].late = True
    return result


class SelectionError(ValueError):
    """--students or --assignments names a student the submissions do not hold, or a notebook the course does not."""


def _select(asked, known: list, what: str) -> list:
    """The names asked for, in the order of `known` (all of them when asked is None); SelectionError naming
    every unknown one."""
    if asked is None:
        return list(known)
    unknown = [name for name in asked if name not in known]
    if unknown:
        raise SelectionError(f"unknown {what} {', '.join(map(_show, unknown))}: the known ones are "
                             f"{', '.join(map(_show, known)) or 'none'}")
    return [name for name in known if name in asked]


def _progress_bar(total: int, stream=None):
    """A tqdm bar of `total` notebooks on `stream` (stderr), only where a person watches it: a terminal, without
    TQDM_DISABLE (which the tests, `make test` and CI set). In a log, a pipe, CI or nbgrader's output: None, the
    lines alone."""
    stream = sys.stderr if stream is None else stream
    watched = getattr(stream, "isatty", lambda: False)()
    if not watched or os.environ.get("TQDM_DISABLE", "").strip().lower() not in ("", "0", "false"):
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=stream, desc="grading", unit="notebook", dynamic_ncols=True, disable=False)


def _with_bar(progress, bar):
    """grade_student's progress with the bar: each notebook's line is printed above the bar, which then moves on."""
    def report(line):
        with bar.external_write_mode():  # the bar is cleared while the line is printed, then drawn again
            progress(line)
        bar.update(1)
    return report


NOT_SUBMITTED = Submission(path=None, source="", name="")  # a notebook to grade that the student did not hand in
NOT_HANDED_IN = "not submitted"  # the problem of its result


def grade_class(submissions: Path, output: Path, root: Path, workers=None, limits: Limits = None,
                course: Path = None, progress=None, students=None, notebooks=None, scheduler: str = None,
                roster: list = None) -> list:
    """Grade the students of `submissions` (or only those named in `students`, as their folder names) on every
    notebook (or only those named in `notebooks`); write the reports to `output`. With `course` (an nbgrader
    course folder: `make grade` gives the course root), each graded notebook is also published there (`publish`),
    for formgrader, manual grading, `nbgrader export` and feedback; other students' results stay as they were.
    The output is the whole class's too: gradebook.csv is rebuilt (`write_gradebook`) and feedback pages of what
    this run did not grade are kept; summary.md is this run's. SelectionError for a name that is not known.
    progress: called with a first line (the class's size), then one line per notebook as it is graded.
    scheduler: a Dask scheduler's address; its workers grade the students (vaecourse.cluster), not this machine.
    roster: lms.read_roster's students: submissions are named by the roster's ids, the roster's students without a
    submission are graded as not submitted, those it does not know are graded and named in summary.md."""
    started = time.perf_counter()
    limits = limits or Limits.from_config(root)
    sandboxed = limits.sandboxed()
    names = assignments(root)
    graded = _select(notebooks, names, "notebook(s)")
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vae-grading-") as temporary:
        scratch = Path(temporary)
        found, warnings = collect(submissions, names, scratch)
        unlisted = []
        if roster is not None:
            found, merged, unlisted = lms.apply_roster(found, roster)
            warnings += merged
        found = {student: {assignment: found[student].get(assignment, NOT_SUBMITTED) for assignment in graded}
                 for student in _select(students, sorted(found), "student(s)")}
        for student in found:  # what this run grades is replaced: a page it cannot make again must not stay
            for assignment in graded:
                (output / "feedback" / student / f"{assignment}.html").unlink(missing_ok=True)
        template = build_template(root, scratch)
        # the points of each notebook, to total the rows an earlier run wrote
        points = _points(template, names) if (output / "gradebook.csv").is_file() else {}
        if course is not None:
            prepare_course(course, root, template)
            _copy_due_dates(course / "gradebook.db", template)
        workers = workers or os.cpu_count() or 1
        if progress is not None:
            progress(f"grading {len(found)} student(s), {len(graded)} notebook(s) each, {min(workers, len(found) or 1)} at "
                     f"a time{'' if sandboxed else ' (NOT SANDBOXED)'}")
        # on a terminal, a bar of the notebooks graded under the lines; a Dask worker prints its lines on its own
        bar = _progress_bar(len(found) * len(graded)) if progress is not None and scheduler is None else None
        with cluster.executor(workers, scheduler) as pool, (contextlib.nullcontext() if bar is None else bar):
            futures = {student: pool.submit(grade_student, student, {a: s.path for a, s in files.items()}, root,
                                            template, scratch, output, limits,
                                            {a: s.timestamp for a, s in files.items() if s.timestamp},
                                            progress if bar is None else _with_bar(progress, bar))
                       for student, files in sorted(found.items())}
            results = []
            for student, future in futures.items():
                try:
                    results.append(_mark_late(future.result(), found[student]))
                except Exception as error:  # one student's failure must not lose the others' grades
                    results.append(StudentResult(student, errors=[
                        f"the grader failed on this student: {type(error).__name__}: {_first_line(error)}"]))
                    continue
                for assignment in results[-1].notebooks if course is not None else ():
                    try:  # one at a time, here: the course's gradebook is one SQLite file
                        publish(course, scratch / "students" / student, student, assignment,
                                found[student][assignment].secret)
                    except Exception as error:
                        results[-1].errors.append(f"{assignment} was graded but not written into the course's gradebook: "
                                                  f"{type(error).__name__}: {_first_line(error)}")
        if course is not None:
            _enrol(course, [result.student for result in results], roster or ())
    seconds = time.perf_counter() - started
    write_gradebook(results, names, output / "gradebook.csv", points, course)
    write_summary(results, graded, warnings, seconds, output / "summary.md", sandboxed, unlisted)
    return results


def feedback(course: Path, output: Path, root: Path, students=None, notebooks=None, release=False) -> tuple:
    """Make the feedback of every graded notebook of `course` again from its gradebook.db, e.g. after hand grading:
    `nbgrader generate_feedback` (which shows what a person scored and wrote, and, with MarkUngraded, a written
    answer no one graded yet as such, never as 0), into course/feedback/ and output/feedback/. With `release`,
    `nbgrader release_feedback` then puts the pages in the exchange, where students fetch them (a submission made
    through the exchange only: the page is named from its submission_secret.txt, and nbgrader reads its
    timestamp.txt). students, notebooks: only those. An output/gradebook.csv of an earlier grading run is rebuilt
    from the gradebook.db, so that it shows the points a person gave since.
    Returns the (student, assignment) pairs done, and those not released."""
    from nbgrader.api import Gradebook

    names = _select(notebooks, assignments(root), "notebook(s)")
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course") as gradebook:
        known = sorted(student.id for student in gradebook.students)
        graded = {assignment: sorted(s.student.id for s in gradebook.assignment_submissions(assignment))
                  for assignment in names}
    chosen = _select(students, known, "student(s)")
    done, unreleased = [], []
    for assignment, graded_students in graded.items():
        wanted = [student for student in graded_students if student in chosen]
        runs = [["--student", student] for student in wanted] if students is not None else [[]] if wanted else []
        for who in runs:  # []: nbgrader does the whole class at once
            _feedback_step(["generate_feedback", assignment, *who, "--force"], course)
        for student in wanted:
            page = course / "feedback" / student / assignment / f"{assignment}.html"
            destination = output / "feedback" / student / f"{assignment}.html"
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(page, destination)
            done.append((student, assignment))
            if release and all((page.parent / name).is_file() for name in ("submission_secret.txt", "timestamp.txt")):
                _feedback_step(["release_feedback", assignment, "--student", student], course)
            elif release:
                unreleased.append((student, assignment))
    if (output / "gradebook.csv").is_file():
        write_gradebook([], assignments(root), output / "gradebook.csv", course=course)
    return done, unreleased


def _feedback_step(command: list, course: Path) -> None:
    ran = _nbgrader([*command, "--log-level=WARN"], course, 1800)
    if ran.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(command)} failed:\n{ran.stdout}{ran.stderr}")


def feedback_main(argv) -> None:
    parser = argparse.ArgumentParser(prog="python -m vaecourse.grading feedback", description=feedback.__doc__)
    parser.add_argument("--course", type=Path, help="the nbgrader course folder (default: the course root)")
    parser.add_argument("--output", type=Path, default=Path("build/grades"), help="where feedback/ is copied")
    parser.add_argument("--root", type=Path, help="the course folder (default: the current directory)")
    parser.add_argument("--students", type=_names, help="only these students (comma-separated)")
    parser.add_argument("--assignments", type=_names, help="only these notebooks (e.g. 01_pca,02_encoder)")
    parser.add_argument("--release", action="store_true", help="then release it through the exchange")
    args = parser.parse_args(argv)
    root = course_root(args.root)
    try:
        done, unreleased = feedback((args.course or root).resolve(), args.output.resolve(), root, args.students,
                                    args.assignments, args.release)
    except (RuntimeError, SelectionError) as error:
        sys.exit(f"error: {error}")
    print(f"feedback of {len(done)} notebook(s) in {args.output}/feedback/"
          + (f", {len(done) - len(unreleased)} released" if args.release else ""))
    for student, assignment in unreleased:
        print(f"not released: {student} {assignment} was not submitted through the exchange (no submission_secret.txt "
              f"and timestamp.txt)")


def _names(text: str) -> list:
    """A comma-separated list of names, as --students and --assignments take them."""
    return [name.strip() for name in text.split(",") if name.strip()]


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["feedback"]:
        return feedback_main(argv[1:])
    if argv[:1] == ["export"]:
        return lms.export_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("submissions", type=Path, help="folder or .zip of submissions")
    parser.add_argument("--output", type=Path, default=Path("build/grades"), help="where the reports go")
    parser.add_argument("--root", type=Path, help="the course folder (default: the current directory)")
    parser.add_argument("--workers", type=int, help="students graded at once (default: one per core)")
    parser.add_argument("--course", type=Path,
                        help="the nbgrader course folder the results are written into, for formgrader, export and "
                             "feedback (default: the course root)")
    parser.add_argument("--scheduler", help="the address of a Dask scheduler (tcp://host:8786): its workers grade the "
                                            "students, on a filesystem shared with this machine (see vaecourse/cluster.py)")
    parser.add_argument("--no-sandbox", action="store_true",
                        help="run student code without the sandbox (only for code you trust)")
    parser.add_argument("--students", type=_names, help="grade only these students (folder names, comma-separated)")
    parser.add_argument("--assignments", type=_names, help="grade only these notebooks (e.g. 01_pca,02_encoder)")
    parser.add_argument("--roster", type=Path, help="the class roster, a CSV file with the columns id, name, email "
                                                    "(and lms_id, sis_id...): see vaecourse/lms.py; default: c.Roster.path in "
                                                    "grading_config.py, if set")
    args = parser.parse_args(argv)
    root = course_root(args.root)
    try:
        path = args.roster or lms.configured_roster(root)
        roster = lms.read_roster(path) if path else None
    except lms.RosterError as error:
        sys.exit(f"error: {error}")
    if not args.submissions.exists():
        sys.exit(f"error: {args.submissions} does not exist")
    limits = Limits.from_config(root, sandbox="none" if args.no_sandbox else None)
    if args.scheduler:  # Dask's print: a line printed on a worker is printed here too
        from distributed import print as say
    else:
        say = print
    try:
        results = grade_class(args.submissions.resolve(), args.output.resolve(), root, args.workers, limits,
                              (args.course or root).resolve(), progress=functools.partial(say, flush=True),
                              students=args.students, notebooks=args.assignments, scheduler=args.scheduler,
                              roster=roster)
    except (RuntimeError, SubmissionsError, SelectionError) as error:
        sys.exit(f"error: {error}")
    print((args.output / "gradebook.csv").read_text(), end="")
    print(f"{len(results)} students graded: {args.output}/gradebook.csv, {args.output}/summary.md, {args.output}/feedback/")


if __name__ == "__main__":
    # by import: a Dask worker unpickles grade_student as vaecourse.grading's, not as a copy of this __main__
    from vaecourse.grading import main as imported_main

    imported_main()
