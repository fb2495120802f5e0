"""The LMS in and out (vaecourse/lms.py): the class roster names the submissions, and the course's grades are
exported as the CSV files that Canvas's and Moodle's gradebook imports read. Fast: no notebook is run, the
gradebooks are built with nbgrader's API.
"""

import csv
import shutil
import warnings

import pytest
from test_reports import tiny_course

from vaecourse import grading, lms
from vaecourse.grading import NotebookResult, StudentResult, collect, write_gradebook, write_summary

KNOWN = ["01_pca", "02_encoder"]
ROSTER = """id,name,email,lms_id,sis_id,sis_login_id,section
jd01,Jane Doe,jane.doe@uni.example,4242,S-1001,jdoe,Lab A
jn02,José Núñez,jose.nunez@uni.example,777,S-1002,jnunez,Lab B
bo03,Bo Lee,bo.lee@uni.example,31337,,,Lab A
cy04,"Ng, Cy",cy.ng@uni.example,,,,
"""


def write(path, text="{}"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def roster(tmp_path, text=ROSTER):
    return lms.read_roster(write(tmp_path / "roster.csv", text))


def named(found):
    return {student: {a: s.source for a, s in files.items()} for student, files in found.items()}


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


@pytest.fixture(scope="module")
def empty_gradebook(tmp_path_factory):
    """An empty nbgrader gradebook.db, made once (nbgrader's migrations take seconds), copied by the tests."""
    from nbgrader.api import Gradebook

    path = tmp_path_factory.mktemp("empty") / "gradebook.db"
    with Gradebook(f"sqlite:///{path}", course_id="vae-course"):
        pass
    return path


# ---------------------------------------------------------------- the roster

def test_the_roster_names_canvas_moodle_and_nbgrader_submissions(tmp_path):
    submissions = tmp_path / "in"
    write(submissions / "doejane_LATE_4242_99_01_pca.ipynb")  # Canvas: sortable name, lower case, no spaces
    write(submissions / "José Núñez_555_assignsubmission_file_/02_encoder.ipynb")  # Moodle: the full name, accents kept
    write(submissions / "nunezjose_8_9_01_pca.ipynb")  # Canvas without the accents
    write(submissions / "bobby_31337_5_01_pca.ipynb")  # a name the roster does not have, Canvas's user id it does
    write(submissions / "cy04/02_encoder/02_encoder.ipynb")  # nbgrader: the folder is the course's id
    found, warnings = collect(submissions, KNOWN, tmp_path / "scratch")
    found, merged, unknown = lms.apply_roster(found, roster(tmp_path))
    assert named(found) == {"jd01": {"01_pca": "doejane_LATE_4242_99_01_pca.ipynb"},
                            "jn02": {"02_encoder": "José Núñez_555_assignsubmission_file_/02_encoder.ipynb",
                                     "01_pca": "nunezjose_8_9_01_pca.ipynb"},
                            "bo03": {"01_pca": "bobby_31337_5_01_pca.ipynb"},
                            "cy04": {"02_encoder": "cy04/02_encoder/02_encoder.ipynb"}}
    assert found["jd01"]["01_pca"].late and (warnings, merged, unknown) == ([], [], [])


def test_a_student_not_on_the_roster_is_kept_and_named_and_one_without_submission_is_in_the_class(tmp_path):
    submissions = tmp_path / "in"
    write(submissions / "zed_1_2_01_pca.ipynb")
    write(submissions / "doejane_4242_3_01_pca.ipynb")
    found, _ = collect(submissions, KNOWN, tmp_path / "scratch")
    found, merged, unknown = lms.apply_roster(found, roster(tmp_path))
    assert named(found) == {"zed": {"01_pca": "zed_1_2_01_pca.ipynb"}, "jd01": {"01_pca": "doejane_4242_3_01_pca.ipynb"},
                            "jn02": {}, "bo03": {}, "cy04": {}}
    assert unknown == [("zed", ["zed_1_2_01_pca.ipynb"])] and merged == []


def test_a_name_two_roster_students_share_names_neither(tmp_path):
    students = roster(tmp_path, "id,name,email\na1,Jane Doe,a@x.example\na2,Jane Doe,b@x.example\n")
    write(tmp_path / "in/Jane Doe_5_assignsubmission_file_/01_pca.ipynb")
    found, _ = collect(tmp_path / "in", KNOWN, tmp_path / "scratch")
    found, merged, unknown = lms.apply_roster(found, students)
    assert sorted(found) == ["Jane_Doe", "a1", "a2"]
    assert unknown == [("Jane_Doe", ["Jane Doe_5_assignsubmission_file_/01_pca.ipynb"])]


def test_a_section_is_not_an_id(tmp_path):
    """Canvas's user id 7 is not the student of section 7."""
    students = roster(tmp_path, "id,name,email,section\nada,Ada Byron,ada@x.example,7\n")
    write(tmp_path / "in/zed_7_2_01_pca.ipynb")
    found, _ = collect(tmp_path / "in", KNOWN, tmp_path / "scratch")
    found, merged, unknown = lms.apply_roster(found, students)
    assert named(found) == {"zed": {"01_pca": "zed_7_2_01_pca.ipynb"}, "ada": {}}


def test_two_submissions_of_one_roster_student_are_one_student_the_newer_graded(tmp_path):
    import os

    old = write(tmp_path / "in/doejane_4242_1_01_pca.ipynb")
    write(tmp_path / "in/Jane Doe_12_assignsubmission_file_/01_pca.ipynb")
    os.utime(old, (1, 1))
    found, _ = collect(tmp_path / "in", KNOWN, tmp_path / "scratch")
    found, merged, unknown = lms.apply_roster(found, roster(tmp_path))
    assert found["jd01"]["01_pca"].source == "Jane Doe_12_assignsubmission_file_/01_pca.ipynb" and unknown == []
    assert merged == ["jd01 (roster) submitted 01_pca twice (doejane_4242_1_01_pca.ipynb, Jane Doe_12_assignsubmission_"
                      "file_/01_pca.ipynb): grading Jane Doe_12_assignsubmission_file_/01_pca.ipynb"]


def test_roster_headers_are_read_as_an_lms_writes_them(tmp_path):
    """Excel's byte-order mark, capitals and spaces: "SIS User ID" is sis_id."""
    students = roster(tmp_path, "\ufeffID,Name,Email,SIS User ID,Canvas User ID\nada,Ada Byron,ada@x.example,S9,42\n")
    assert [(s.id, s.name, s.email, s.extra, s.line) for s in students] == [
        ("ada", "Ada Byron", "ada@x.example", {"sis_id": "S9", "lms_id": "42"}, 2)]
    assert students[0].first_last == ("Ada", "Byron")


@pytest.mark.parametrize("text, message", [
    ("id,name\nada,Ada\n", "line 1 (the header) has no column email; it has id, name (required: id, name, email)"),
    ("id,name,email\nada,Ada,a@x\nben,Ben,b@x\nada,Ada B,c@x\n", "line 4: the id ada is already on line 2"),
    ("id,name,email\nada,Ada,a@x\nben,Ben,A@x\n", "line 3: the e-mail address A@x is already on line 2"),
    ("id,name,email\nada,Ada,a@x\n,Ben,b@x\n", "line 3 has no id"),
    ("id,name,email\nada,,a@x\n", "line 2 (ada) has no name"),
    ("id,name,email\nada,Ada,a@x,extra\n", "line 2 has 4 fields, the header 3"),
    ('id,name,email\nada,"Ada\nByron",a@x\nada,Ada,b@x\n', "line 4: the id ada is already on line 2"),  # the file's lines
    ("id,name,email\nada/x,Ada,a@x\n", "line 2: the id 'ada/x' is not usable as a student id (letters, digits and "
                                       "single '_' between them only), e.g. 'ada_x'"),
    ("", "the file is empty; line 1 must be the header (id, name, email)"),
])
def test_a_bad_roster_is_one_error_naming_the_line(tmp_path, text, message):
    path = write(tmp_path / "roster.csv", text)
    with pytest.raises(lms.RosterError) as error:
        lms.read_roster(path)
    assert str(error.value) == f"roster {path}: {message}"


def test_an_unreadable_roster_is_one_error(tmp_path):
    with pytest.raises(lms.RosterError, match=r"roster .*missing.csv: cannot be read \(No such file or directory\)"):
        lms.read_roster(tmp_path / "missing.csv")
    (tmp_path / "latin1.csv").write_bytes("id,name,email\nj,José,j@x\n".encode("latin-1"))
    with pytest.raises(lms.RosterError, match=r"latin1.csv: not UTF-8 text \(invalid continuation byte at byte 19\)"):
        lms.read_roster(tmp_path / "latin1.csv")


def test_grading_config_may_name_the_roster(tmp_path):
    write(tmp_path / "grading_config.py", "c = get_config()\n")
    assert lms.configured_roster(tmp_path) is None
    write(tmp_path / "grading_config.py", "c = get_config()\nc.Roster.path = 'lists/roster.csv'\n")
    assert lms.configured_roster(tmp_path) == tmp_path / "lists/roster.csv"


def test_the_roster_is_enrolled_in_nbgraders_gradebook_with_names_and_email(tmp_path, empty_gradebook):
    from nbgrader.api import Gradebook

    shutil.copy(empty_gradebook, tmp_path / "gradebook.db")
    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        lms.enrol(gradebook, roster(tmp_path))
        enrolled = [(s.id, s.first_name, s.last_name, s.email, s.lms_user_id) for s in gradebook.students]
    assert sorted(enrolled) == [("bo03", "Bo", "Lee", "bo.lee@uni.example", "31337"),
                                ("cy04", "Cy", "Ng", "cy.ng@uni.example", None),
                                ("jd01", "Jane", "Doe", "jane.doe@uni.example", "4242"),
                                ("jn02", "José", "Núñez", "jose.nunez@uni.example", "777")]


def test_the_summary_names_the_students_not_on_the_roster(tmp_path):
    summary = write_summary([StudentResult("zed")], KNOWN, [], 1, tmp_path / "summary.md",
                            unlisted=[("zed", ["zed_1_2_01_pca.ipynb", "zed_1_3_02_encoder.ipynb"])])
    assert ("## Not on the roster: graded under the name in their files (add them, or fix the roster)\n\n"
            "- zed: zed_1_2_01_pca.ipynb, zed_1_3_02_encoder.ipynb\n") in summary


def test_grading_with_a_roster_names_enrols_and_lists_everyone(tmp_path):
    """grade_class end to end, on files that are not notebooks (scored 0 without a kernel): fast."""
    from nbgrader.api import Gradebook

    root, _ = tiny_course(tmp_path)
    write(tmp_path / "in/doejane_LATE_4242_9_fb.ipynb", "not json")  # on the roster, by Canvas's user id and name
    write(tmp_path / "in/zed_fb.ipynb", "not json")  # not on the roster
    students = roster(tmp_path)
    grading.grade_class(tmp_path / "in", tmp_path / "out", root, workers=1, course=tmp_path / "course", roster=students)
    table = rows(tmp_path / "out/gradebook.csv")
    assert table[0] == ["student", "fb", "total", "max", "manual_pending", "late", "not_submitted"]
    assert sorted(table[1:]) == [["bo03", "0", "0", "2", "0", "", "fb"], ["cy04", "0", "0", "2", "0", "", "fb"],
                                 ["jd01", "0", "0", "2", "0", "fb", ""], ["jn02", "0", "0", "2", "0", "", "fb"],
                                 ["zed", "0", "0", "2", "0", "", ""]]
    summary = (tmp_path / "out/summary.md").read_text()
    assert "## Not on the roster: graded under the name in their files (add them, or fix the roster)\n\n- zed: zed_fb.ipynb\n" in summary
    with Gradebook(f"sqlite:///{tmp_path / 'course/gradebook.db'}") as gradebook:
        assert sorted((s.id, s.last_name) for s in gradebook.students) == [
            ("bo03", "Lee"), ("cy04", "Ng"), ("jd01", "Doe"), ("jn02", "Núñez"), ("zed", None)]


# ---------------------------------------------------------------- the export

@pytest.fixture(scope="module")
def course(tmp_path_factory, empty_gradebook):
    """A course's gradebook.db as grading and formgrader leave it: 01_pca has a check (2 points) and a written answer
    (3), 02_encoder a check (4). jd01: all graded, 2 of 3 by hand; jn02: 01_pca's written answer not graded yet;
    bo03 submitted 02_encoder only; cy04 nothing."""
    from nbgrader.api import Gradebook

    folder = tmp_path_factory.mktemp("course")
    write(folder / "roster.csv", ROSTER)
    shutil.copy(empty_gradebook, folder / "gradebook.db")
    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}", course_id="vae-course") as gradebook:
        for assignment, cells in (("01_pca", [("check_a", 2, False), ("answer_a", 3, True)]),
                                  ("02_encoder", [("check_b", 4, False)])):
            gradebook.add_assignment(assignment)
            gradebook.add_notebook(assignment, assignment)
            for cell, points, written in cells:
                gradebook.add_grade_cell(cell, assignment, assignment, max_score=points,
                                         cell_type="markdown" if written else "code")
                if written:
                    gradebook.add_solution_cell(cell, assignment, assignment)
        lms.enrol(gradebook, lms.read_roster(folder / "roster.csv"))
        for student, grades in (("jd01", {"01_pca": {"check_a": (2, None), "answer_a": (None, 2)},
                                          "02_encoder": {"check_b": (3, None)}}),
                                ("jn02", {"01_pca": {"check_a": (1, None), "answer_a": (None, None)},
                                          "02_encoder": {"check_b": (4, None)}}),
                                ("bo03", {"02_encoder": {"check_b": (4, None)}})):
            for assignment, cells in grades.items():
                with warnings.catch_warnings():  # as in grading.publish: nbgrader's order of rows, not ours
                    warnings.filterwarnings("ignore", message="Object of type <Submitted", category=Warning)
                    gradebook.add_submission(assignment, student)
                for cell, (auto, manual) in cells.items():
                    grade = gradebook.find_grade(cell, assignment, assignment, student)
                    grade.auto_score, grade.manual_score = auto, manual
        gradebook.db.commit()
    return folder


def test_canvas_export_has_canvas_columns_its_ids_and_no_pending_zero(course):
    rows_, warnings = lms.export(course, KNOWN, "canvas", lms.read_roster(course / "roster.csv"))
    assert rows_ == [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "01_pca", "02_encoder"],
                     ["    Points Possible", "", "", "", "", "5", "4"],
                     ["Doe, Jane", "4242", "S-1001", "jdoe", "Lab A", "4", "3"],
                     ["Núñez, José", "777", "S-1002", "jnunez", "Lab B", "", "4"],
                     ["Lee, Bo", "31337", "", "", "Lab A", "", "4"]]
    assert warnings == ["jn02 01_pca: 3 point(s) of written answers not graded yet: left empty, not 0 (grade them in "
                        "formgrader, then export again)",
                        "cy04: left out, Canvas needs its ID, SIS User ID or SIS Login ID (the roster's lms_id, sis_id "
                        "or sis_login_id)"]


def test_moodle_export_identifies_students_by_email_and_id_number(course):
    rows_, warnings = lms.export(course, KNOWN, "moodle", lms.read_roster(course / "roster.csv"))
    assert rows_ == [["First name", "Last name", "ID number", "Email address", "01_pca", "02_encoder"],
                     ["Jane", "Doe", "S-1001", "jane.doe@uni.example", "4", "3"],
                     ["José", "Núñez", "S-1002", "jose.nunez@uni.example", "", "4"],
                     ["Bo", "Lee", "", "bo.lee@uni.example", "", "4"],
                     ["Cy", "Ng", "", "cy.ng@uni.example", "", ""]]
    assert warnings == ["jn02 01_pca: 3 point(s) of written answers not graded yet: left empty, not 0 (grade them in "
                        "formgrader, then export again)"]


def test_export_without_a_roster_uses_what_the_gradebook_knows_and_the_command_writes_the_file(tmp_path, capsys,
                                                                                               course):
    """The names, e-mail addresses and Canvas ids enrolled from an earlier roster are in gradebook.db."""
    root = tmp_path / "root"  # a course folder whose only notebook is 01_pca
    write(root / "solutions/01_pca/01_pca.ipynb")
    write(root / "grading_config.py", "")
    lms.export_main(["--to", "canvas", "--output", str(tmp_path / "out/canvas.csv"), "--course", str(course),
                     "--root", str(root)])
    assert rows(tmp_path / "out/canvas.csv") == [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "01_pca"],
                                                 ["    Points Possible", "", "", "", "", "5"],
                                                 ["Lee, Bo", "31337", "", "", "", ""],
                                                 ["Doe, Jane", "4242", "", "", "", "4"],
                                                 ["Núñez, José", "777", "", "", "", ""]]
    out, err = capsys.readouterr()
    assert out == f"3 student(s) written to {tmp_path / 'out/canvas.csv'} for canvas; 2 warning(s) above\n"
    assert err.splitlines() == [
        "warning: cy04: left out, Canvas needs its ID, SIS User ID or SIS Login ID (the roster's lms_id, sis_id or "
        "sis_login_id)",
        "warning: jn02 01_pca: 3 point(s) of written answers not graded yet: left empty, not 0 (grade them in "
        "formgrader, then export again)"]
