"""The submission collector: every layout an LMS or nbgrader makes, names in any script, hostile files and
archives. Nothing here runs a notebook: files only need to exist.

The property-based tests (Hypothesis) make random names and folder layouts and check what must always
hold: collect never raises, every notebook is graded or named in a warning, different names never share
a folder, and every folder name is safe.
"""

import os
import struct
import time
import unicodedata
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaecourse import grading
from vaecourse.grading import NAME_CHARS, SubmissionsError, _show, collect

KNOWN = ["01_pca", "02_encoder"]


def write(path, text="{}"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def graded(found):
    """{student: {assignment: source}}: what will be graded, by where it was found."""
    return {student: {a: s.source for a, s in files.items()} for student, files in found.items()}


# ---------------------------------------------------------------- layouts

def test_nbgrader_layout_keeps_the_timestamp_of_nbgrader_collect(tmp_path):
    write(tmp_path / "submitted/jdoe/01_pca/01_pca.ipynb")
    write(tmp_path / "submitted/jdoe/01_pca/timestamp.txt", "2026-11-30 12:00:00.000000 UTC\n")
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert graded(found) == {"jdoe": {"01_pca": "jdoe/01_pca/01_pca.ipynb"}} and warnings == []
    assert found["jdoe"]["01_pca"].timestamp == "2026-11-30 12:00:00.000000 UTC"


def test_nbgrader_grades_the_notebook_named_as_the_assignment_not_a_newer_scratch_copy(tmp_path):
    write(tmp_path / "ada/01_pca/01_pca.ipynb")
    scratch = write(tmp_path / "ada/01_pca/01_pca-Copy1.ipynb")
    os.utime(scratch, (time.time() + 60, time.time() + 60))
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert graded(found) == {"ada": {"01_pca": "ada/01_pca/01_pca.ipynb"}}
    assert warnings == ["ada submitted 01_pca twice (ada/01_pca/01_pca-Copy1.ipynb, ada/01_pca/01_pca.ipynb): "
                        "grading ada/01_pca/01_pca.ipynb"]


def test_one_students_folder_given_directly_is_that_student(tmp_path):
    """submitted/ada/ given: its assignment folders 01_pca, 02_encoder are not students."""
    write(tmp_path / "submitted/ada/01_pca/01_pca.ipynb")
    write(tmp_path / "submitted/ada/02_encoder/02_encoder.ipynb")
    found, warnings = collect(tmp_path / "submitted/ada", KNOWN, tmp_path / "scratch")
    assert sorted(found) == ["ada"] and sorted(found["ada"]) == KNOWN and warnings == []


def test_a_flat_zip_named_by_student(tmp_path):
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("jdoe_01_pca.ipynb", "{}")
        zipped.writestr("Mary Smith - 01_pca.ipynb", "{}")
        zipped.writestr("notes.ipynb", "{}")
    found, warnings = collect(archive, KNOWN, tmp_path / "scratch")
    assert sorted(found) == ["Mary_Smith", "jdoe"]
    assert warnings == ["ignored notes.ipynb: its name contains no notebook name (01_pca, 02_encoder)"]


def test_canvas_names_and_its_late_mark(tmp_path):
    write(tmp_path / "doejohn_LATE_1234_5678_01_pca.ipynb")
    write(tmp_path / "doejohn_1234_5679_02_encoder-1.ipynb")  # Canvas adds -1 to a resubmitted file
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert sorted(found) == ["doejohn"] and warnings == []
    assert (found["doejohn"]["01_pca"].late, found["doejohn"]["02_encoder"].late) == (True, False)
    assert (found["doejohn"]["01_pca"].number, found["doejohn"]["02_encoder"].number) == ("1234", "1234")  # user id
    assert found["doejohn"]["01_pca"].modified == (tmp_path / "doejohn_LATE_1234_5678_01_pca.ipynb").stat().st_mtime


def test_moodle_folder_per_student_and_flat(tmp_path):
    write(tmp_path / "Mary Smith_12345_assignsubmission_file_/homework 01_pca.ipynb")
    write(tmp_path / "Mary Smith_12345_assignsubmission_onlinetext_/onlinetext.html")
    write(tmp_path / "Li Wei_12346_assignsubmission_file_02_encoder.ipynb")
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert graded(found) == {"Mary_Smith": {"01_pca": "Mary Smith_12345_assignsubmission_file_/homework 01_pca.ipynb"},
                             "Li_Wei": {"02_encoder": "Li Wei_12346_assignsubmission_file_02_encoder.ipynb"}}
    assert warnings == [] and (found["Mary_Smith"]["01_pca"].number, found["Li_Wei"]["02_encoder"].number) == (
        "12345", "12346")  # Moodle's participant number, which a roster's lms_id may give


def test_a_copy_in_a_students_folder_is_that_student(tmp_path):
    write(tmp_path / "ada/01_pca-Copy1.ipynb")
    write(tmp_path / "ben/01_pca (1).ipynb")
    write(tmp_path / "cy/Copy of 02_encoder.ipynb")  # Colab's name for a copy
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert graded(found) == {"ada": {"01_pca": "ada/01_pca-Copy1.ipynb"}, "ben": {"01_pca": "ben/01_pca (1).ipynb"},
                             "cy": {"02_encoder": "cy/Copy of 02_encoder.ipynb"}} and warnings == []


def test_a_copy_without_a_name_is_reported_not_graded_as_student_copy1(tmp_path):
    write(tmp_path / "01_pca-Copy1.ipynb")
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert found == {} and warnings == ["ignored 01_pca-Copy1.ipynb: no student name in the file name"]


def test_the_newer_of_two_copies_is_graded(tmp_path):
    old = write(tmp_path / "jdoe_01_pca.ipynb")
    new = write(tmp_path / "jdoe_01_pca_v2.ipynb")
    os.utime(old, (time.time() - 60, time.time() - 60))
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert found["jdoe"]["01_pca"].path == new and "twice" in warnings[0]


# ---------------------------------------------------------------- names

def test_names_in_any_script_are_kept_and_accents_do_not_collide(tmp_path):
    for name in ("李明", "José", "Jose", "हिन्दी", "Ελένη"):
        write(tmp_path / f"{name}_01_pca.ipynb")
    write(tmp_path / unicodedata.normalize("NFD", "José_02_encoder.ipynb"))  # as macOS writes it: the same José
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert sorted(found) == sorted(["李明", "José", "Jose", "हिन्दी", "Ελένη"]) and warnings == []
    assert sorted(found["José"]) == KNOWN


def test_different_names_with_one_folder_name_are_kept_apart_and_reported(tmp_path):
    write(tmp_path / "O'Brien_01_pca.ipynb")
    write(tmp_path / "O Brien_01_pca.ipynb")
    write(tmp_path / "jdoe_01_pca.ipynb")
    write(tmp_path / "JDoe_01_pca.ipynb")  # one folder on a case-insensitive disk
    long = "a" * NAME_CHARS
    write(tmp_path / f"{long}x_01_pca.ipynb")
    write(tmp_path / f"{long}y_01_pca.ipynb")
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert {student: files["01_pca"].name for student, files in found.items()} == {
        "O_Brien": "O Brien", "O_Brien_2": "O'Brien", "JDoe": "JDoe", "jdoe_2": "jdoe",
        long: long + "x", long + "_2": long + "y"}
    assert len(warnings) == 3 and all("give the same folder name: graded apart" in w for w in warnings)
    assert "'O Brien' and 'O'Brien'" in warnings[0] and "as O_Brien and O_Brien_2" in warnings[0]


@pytest.mark.parametrize("name", ["..", ".hidden", "a/b", "tab\there", "new\nline", "<script>", "=cmd()", "x" * 300])
def test_folder_names_are_safe(name):
    folder = grading._folder_name(grading._trim(name))
    assert folder == "" or (is_safe(folder) and len(folder) <= NAME_CHARS)


def is_safe(folder):
    return (folder and not folder.startswith((".", "_")) and "/" not in folder and "\\" not in folder
            and all(c.isprintable() and c not in "*?[]" for c in folder) and len(folder.encode()) <= 255)


# ---------------------------------------------------------------- hostile files

def test_links_are_never_followed(tmp_path):
    solution = write(tmp_path / "solutions/01_pca/01_pca.ipynb")
    submissions = tmp_path / "submissions"
    write(submissions / "ada/01_pca/01_pca.ipynb")
    (submissions / "ben/01_pca").mkdir(parents=True)
    (submissions / "ben/01_pca/01_pca.ipynb").symlink_to(solution)
    (submissions / "cy").symlink_to(tmp_path / "solutions")
    found, warnings = collect(submissions, KNOWN, tmp_path / "scratch")
    assert sorted(found) == ["ada"]
    assert sorted(warnings) == [
        f"skipped ben/01_pca/01_pca.ipynb: a link (to {solution}); links in the submissions are never followed",
        f"skipped cy: a link (to {tmp_path / 'solutions'}); links in the submissions are never followed"]


def test_a_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "jdoe_01_pca.ipynb")  # reading it would block the grader for ever
    found, warnings = collect(tmp_path, KNOWN, tmp_path / "scratch")
    assert found == {} and warnings == ["skipped jdoe_01_pca.ipynb: not a regular file"]


def test_unsafe_zip_members_are_skipped_with_a_warning_not_an_abort(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("../escaped_01_pca.ipynb", "/abs_01_pca.ipynb", "C:\\win_01_pca.ipynb", "a/../../up_01_pca.ipynb",
                     "ok_01_pca.ipynb"):
            zipped.writestr(name, "{}")
        link = zipfile.ZipInfo("link_01_pca.ipynb")
        link.external_attr = (0o120777 << 16)  # a symbolic link, as `zip --symlinks` stores it
        zipped.writestr(link, "/course/solutions/01_pca/01_pca.ipynb")
    found, warnings = collect(archive, KNOWN, tmp_path / "scratch")
    assert sorted(found) == ["ok"]
    assert not (tmp_path / "escaped_01_pca.ipynb").exists() and not (tmp_path / "up_01_pca.ipynb").exists()
    assert warnings == [f"skipped {name} (in evil.zip): an unsafe name (absolute, '..' or a drive letter)" for name in
                        ("../escaped_01_pca.ipynb", "/abs_01_pca.ipynb", "C:\\win_01_pca.ipynb", "a/../../up_01_pca.ipynb")
                        ] + ["skipped link_01_pca.ipynb (in evil.zip): a link; links in the submissions are never followed"]


def test_a_zip_bomb_member_is_skipped_from_its_header(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("bomb_01_pca.ipynb", b"0" * 50_000_000)  # 50 MB of zeros: about 50 kB compressed
        zipped.writestr("jdoe_01_pca.ipynb", "{}")
    found, warnings = collect(archive, KNOWN, tmp_path / "scratch")
    assert sorted(found) == ["jdoe"]
    assert warnings == [f"skipped bomb_01_pca.ipynb (in bomb.zip): compressed more than {grading.ZIP_RATIO} times "
                        f"(the limit), as a zip bomb is"]


def test_a_member_is_never_unpacked_past_the_size_its_header_declares(tmp_path):
    archive = tmp_path / "liar.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("liar_01_pca.ipynb", os.urandom(3_000_000).hex())
    data = bytearray(archive.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local and central headers: size 1000
        at = data.index(signature)
        data[at + offset: at + offset + 4] = struct.pack("<I", 1000)
    archive.write_bytes(bytes(data))
    found, warnings = collect(archive, KNOWN, tmp_path / "scratch")
    assert found == {} and len(warnings) == 1 and warnings[0].startswith("skipped liar_01_pca.ipynb (in liar.zip): ")
    assert not list((tmp_path / "scratch").rglob("liar_01_pca.ipynb"))


def test_an_archive_over_the_limits_is_refused_with_the_limit_named(tmp_path, monkeypatch):
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for index in range(5):
            zipped.writestr(f"s{index}_01_pca.ipynb", "x" * 600_000)
    monkeypatch.setattr(grading, "ZIP_MEMBERS", 4)
    with pytest.raises(SubmissionsError, match="holds 5 files, more than the limit of 4 \\(ZIP_MEMBERS"):
        collect(archive, KNOWN, tmp_path / "scratch")
    monkeypatch.setattr(grading, "ZIP_MEMBERS", 10)
    monkeypatch.setattr(grading, "ZIP_TOTAL_MB", 2)
    with pytest.raises(SubmissionsError, match="unpack to 3 MB, more than the limit of 2 MB \\(ZIP_TOTAL_MB"):
        collect(archive, KNOWN, tmp_path / "scratch")


def test_a_corrupt_archive_is_one_clear_error(tmp_path):
    archive = write(tmp_path / "export.zip", "not a zip")
    with pytest.raises(SubmissionsError, match="export.zip is not a readable .zip archive"):
        collect(archive, KNOWN, tmp_path / "scratch")


# ---------------------------------------------------------------- properties

IDS = st.sampled_from(KNOWN)
PIECES = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="/\x00"), min_size=1, max_size=12),
    IDS, st.sampled_from(["_", " ", ".", "-", "..", "_LATE", "_123_456_", "_9_assignsubmission_file_", "Copy of ",
                          "-Copy1", " (1)", "submitted", ".ipynb_checkpoints", "__MACOSX", "x" * 120]))


def part(pieces):
    text = "".join(pieces)
    while len(text.encode()) > 240:  # a file name is at most 255 bytes
        text = text[:-1]
    return text


PARTS = st.lists(PIECES, min_size=1, max_size=5).map(part).filter(lambda p: p not in ("", ".", ".."))
FILES = st.lists(st.tuples(st.lists(PARTS, max_size=3), PARTS, st.sampled_from([".ipynb"] * 4 + [".IPYNB", ".txt"])),
                 min_size=1, max_size=10)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check(root, found, warnings, notebooks):
    """What must hold whatever the layout: see the module's docstring."""
    graded_paths = {s.path for files in found.values() for s in files.values()}
    text = "\n".join(warnings)
    for path in notebooks:
        assert path in graded_paths or _show(str(path.relative_to(root))) in text, f"{path} neither graded nor reported"
    names = {}
    for student, files in found.items():
        assert is_safe(student) and len(student) <= NAME_CHARS + 4, student
        assert len({s.name for s in files.values()}) == 1, f"different names merged in {student}"
        names[student] = next(iter(files.values())).name
    assert len(set(names.values())) == len(names), "one name in two folders"
    assert len({student.casefold() for student in found}) == len(found), "two folders that a case-insensitive disk merges"


@FAST
@given(FILES)
def test_any_layout_every_notebook_is_graded_or_reported(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("fuzz")
    notebooks = []
    for folders, stem, suffix in files:
        path = root.joinpath(*folders, stem + suffix)
        try:
            write(path)
        except OSError:  # a folder where a file already is, or the reverse: not a layout
            continue
        if suffix.lower() == ".ipynb" and path.is_file() and "submitted" not in path.relative_to(root).parts:
            notebooks.append(path)
    found, warnings = collect(root, KNOWN, root / "scratch")
    if not (root / "submitted").is_dir():
        check(root, found, warnings, notebooks)


MEMBER_NAMES = st.lists(st.one_of(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=20),
                                  st.sampled_from(["/", "\\", "..", ".", "C:", "__MACOSX/", "ada/01_pca/"])),
                       min_size=1, max_size=6).map("".join)  # zipfile cuts a name at NUL, on writing and reading


@FAST
@pytest.mark.filterwarnings("ignore:Duplicate name")
@given(st.lists(st.tuples(MEMBER_NAMES, IDS), min_size=1, max_size=8))
def test_any_zip_never_raises_and_every_notebook_is_graded_or_reported(tmp_path_factory, members):
    root = tmp_path_factory.mktemp("fuzzzip")
    archive = root / "export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name, assignment in members:
            zipped.writestr(f"{name}_{assignment}.ipynb", "{}")
    found, warnings = collect(archive, KNOWN, root / "scratch")
    graded_sources = {s.source for files in found.values() for s in files.values()}
    text = "\n".join(warnings)
    for name, assignment in members:
        member = f"{name}_{assignment}.ipynb"
        parts = grading._member_parts(member)
        assert ("/".join(parts) if parts else None) in graded_sources or _show(member) in text \
            or _show("/".join(parts or [])) in text, f"{member!r} neither graded nor reported"


NAMES = st.text(st.characters(categories=("L", "M", "N", "Zs", "Po", "Pd"), exclude_characters="_/"),
                min_size=1, max_size=70).filter(lambda n: grading._trim(n) and "copy" not in n.casefold()
                                               and not n.startswith("."))  # a hidden file: reported, not graded


@FAST
@given(st.lists(NAMES, min_size=2, max_size=6))
def test_different_names_never_share_a_folder_and_every_clash_is_reported(tmp_path_factory, names):
    root = tmp_path_factory.mktemp("names")
    for index, name in enumerate(names):
        write(root / f"student{index}" / f"{name}_01_pca.ipynb")
    found, warnings = collect(root, KNOWN, root / "scratch")
    written = {grading._trim(name) for name in names}
    assert sorted(files["01_pca"].name for files in found.values()) == sorted(written)
    renamed = {student: files["01_pca"].name for student, files in found.items()
               if student != grading._folder_name(files["01_pca"].name)}
    reported = [w for w in warnings if "give the same folder name" in w]
    assert len(reported) == len(renamed)
    for student, name in renamed.items():
        assert any(f"'{_show(name)}'" in w and f" {student};" in w for w in reported), (student, name, reported)
