"""The LMS in and out: a class roster that names the students of the submissions, and the grades as a CSV file that
Canvas's or Moodle's gradebook imports.

The roster is a CSV file with the columns id, name, email (the course's student id, as nbgrader and gradebook.csv
name the student; the full name; the e-mail address) and, optionally, the LMS's own ids: lms_id (Canvas's user id,
or the number Moodle puts in its file names), sis_id (the institution's id: Canvas's SIS User ID, Moodle's ID
number), sis_login_id (Canvas's SIS Login ID), section, first_name, last_name. Other columns are kept and, as
the ids, match a submission whose file name holds them. Headers are read case-insensitively, spaces as `_` ("SIS User ID" is
sis_user_id, taken as sis_id).

A submission is the roster's student whose id is its folder name (nbgrader's layout), whose lms_id (or another id
column) is the number in its file name (Canvas: `name_<user id>_<id>_file`; Moodle: `Full Name_<number>_
assignsubmission_file_`), or whose name or e-mail address is its name as the LMS writes it: Canvas writes the
sortable name ("Doe, Jane") in lower case without spaces or punctuation (`doejane`), Moodle the full name ("Jane
Doe"). Names are compared without case, accents, spaces or punctuation, in both orders.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = ("id", "name", "email")  # required
ALIASES = {"sis_user_id": "sis_id", "login_id": "sis_login_id", "canvas_id": "lms_id", "canvas_user_id": "lms_id",
           "student_id": "id"}
NOT_IDS = {"section", "first_name", "last_name"}  # extra columns that are not a student's id in an LMS


class RosterError(ValueError):
    """The roster file cannot be used: unreadable, a column missing, a duplicate or empty id. Names the line."""


@dataclass(frozen=True)
class Student:
    id: str  # the course's student id: nbgrader's, gradebook.csv's
    name: str
    email: str = ""
    extra: dict = field(default_factory=dict, compare=False)  # lms_id, sis_id, sis_login_id, section... as given
    line: int = 0  # where it is in the roster file

    @property
    def first_last(self) -> tuple:
        """(first name, last name): the roster's first_name/last_name columns, else "Last, First", else the last word
        of the name as the last name."""
        if self.extra.get("first_name") or self.extra.get("last_name"):
            return self.extra.get("first_name", ""), self.extra.get("last_name", "")
        if "," in self.name:
            last, first = (part.strip() for part in self.name.split(",", 1))
            return first, last
        *first, last = self.name.split() or [""]
        return " ".join(first), last


def _header(name: str) -> str:
    name = "_".join(name.strip().lower().replace("-", " ").split())
    return ALIASES.get(name, name)


def read_roster(path: Path) -> list:
    """The students of the roster file at `path`, in its order. RosterError naming the file, the line and the
    problem: unreadable, not UTF-8, a required column missing, a row with more fields than the header, an empty or
    unusable id, an empty name, an id or an e-mail address given twice."""
    from vaecourse.grading import _folder_name

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise RosterError(f"roster {path}: not UTF-8 text ({error.reason} at byte {error.start}); save it as CSV UTF-8")
    except OSError as error:
        raise RosterError(f"roster {path}: cannot be read ({error.strerror or error})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [_header(name) for name in next(reader)]
    except StopIteration:
        raise RosterError(f"roster {path}: the file is empty; line 1 must be the header ({', '.join(COLUMNS)})") from None
    except csv.Error as error:
        raise RosterError(f"roster {path}: line 1: {error}") from None
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise RosterError(f"roster {path}: line 1 (the header) has no column {', '.join(missing)}; it has "
                          f"{', '.join(header) or 'none'} (required: {', '.join(COLUMNS)})")
    twice = sorted({name for name in header if name and header.count(name) > 1})
    if twice:
        raise RosterError(f"roster {path}: line 1 (the header) has the column {', '.join(twice)} twice")
    students, lines, emails, end = [], {}, {}, reader.line_num
    try:
        for row in reader:
            line, end = end + 1, reader.line_num  # where the row starts (a quoted field may hold line breaks)
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise RosterError(f"roster {path}: line {line} has {len(row)} fields, the header {len(header)}")
            values = {name: cell.strip() for name, cell in zip(header, row) if name}
            student_id, name, email = (values.get(column, "") for column in COLUMNS)
            if not student_id:
                raise RosterError(f"roster {path}: line {line} has no id")
            if _folder_name(student_id) != student_id:
                raise RosterError(f"roster {path}: line {line}: the id {student_id!r} is not usable as a student id "
                                  f"(letters, digits and single '_' between them only), e.g. {_folder_name(student_id)!r}")
            if not name:
                raise RosterError(f"roster {path}: line {line} ({student_id}) has no name")
            if student_id.casefold() in lines:
                raise RosterError(f"roster {path}: line {line}: the id {student_id} is already on line "
                                  f"{lines[student_id.casefold()]}")
            if email and email.casefold() in emails:
                raise RosterError(f"roster {path}: line {line}: the e-mail address {email} is already on line "
                                  f"{emails[email.casefold()]}")
            lines[student_id.casefold()] = line
            if email:
                emails[email.casefold()] = line
            extra = {name: value for name, value in values.items() if name not in COLUMNS and value}
            students.append(Student(student_id, unicodedata.normalize("NFC", name), email, extra, line))
    except csv.Error as error:
        raise RosterError(f"roster {path}: line {reader.line_num}: {error}") from None
    return students


def configured_roster(root: Path):
    """The roster file that grading_config.py names (`c.Roster.path`, relative to the course folder), or None."""
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("grading_config.py", path=str(root)).load_config()
    path = config.Roster.get("path") if "Roster" in config else None
    return Path(root, path) if path else None


def key(text: str) -> str:
    """text as compared with the roster: no case, no accents, letters and digits only ("Núñez, José" -> nunezjose)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c)[0] in "LN").casefold()


def _name_keys(student: Student) -> set:
    """The keys of the names an LMS may write for the student: full name, sortable name (Canvas), first + last."""
    first, last = student.first_last
    return {key(student.name), key(first + last), key(last + first)} - {""}


class Roster:
    """Finds the roster's student of a submission (`match`)."""

    def __init__(self, students: list):
        self.students = {student.id: student for student in students}
        self.by_number, self.by_name = {}, {}
        for student in students:
            ids = {key(value) for name, value in student.extra.items() if name not in NOT_IDS}
            for value in ids - {""}:
                self.by_number.setdefault(value, set()).add(student.id)
            names = _name_keys(student) | {key(student.id)}
            if student.email:
                names |= {key(student.email), key(student.email.split("@")[0])}
            for name in names - {""}:
                self.by_name.setdefault(name, set()).add(student.id)

    def match(self, folder: str, names: set, numbers: set):
        """The id of the roster's student that the submission in `folder` (collect's folder name) is, from its names as
        written and the LMS's numbers in its file names; None if none or more than one student fits."""
        if folder in self.students:
            return folder
        for found in ([self.by_number.get(key(n), set()) for n in numbers if n]
                      + [self.by_name.get(key(n), set()) for n in (*sorted(names), folder)]):
            if len(found) == 1:
                return next(iter(found))
        return None


def apply_roster(found: dict, students: list) -> tuple:
    """collect's {folder: {assignment: Submission}} named by the roster: (found, with each student matched under the
    roster's id and every roster student present, those with no submission with {}; warnings of two submissions of
    one notebook brought together; [(folder, sources)] of the students the roster does not know, kept as they are)."""
    roster = Roster(students)
    named, warnings, unknown = {}, [], []
    for folder, files in found.items():
        who = roster.match(folder, {s.name for s in files.values()}, {s.number for s in files.values()})
        if who is None:
            unknown.append((folder, sorted(s.source for s in files.values())))
            who = folder  # never a roster id: match would have returned it
        merged = named.setdefault(who, {})
        for assignment, submission in files.items():
            previous = merged.get(assignment)
            if previous is not None:
                keep = max(previous, submission, key=lambda s: s.modified)
                warnings.append(f"{who} (roster) submitted {assignment} twice ({previous.source}, {submission.source}): "
                                f"grading {keep.source}")
                submission = keep
            merged[assignment] = submission
    for student in students:
        named.setdefault(student.id, {})
    return named, warnings, unknown


def enrol(gradebook, students: list) -> None:
    """Put the roster's students in an nbgrader Gradebook, with their names, e-mail and LMS id (formgrader and
    `nbgrader export` show them)."""
    for student in students:
        first, last = student.first_last
        gradebook.update_or_create_student(student.id, first_name=first, last_name=last, email=student.email or None,
                                           lms_user_id=student.extra.get("lms_id") or None)


# ---------------------------------------------------------------- grades out, for the LMS's gradebook import
#
# Canvas: "Grades > Import" reads the columns of its own gradebook export: Student (the sortable name, "Last,
# First"), ID (Canvas's user id), SIS User ID, SIS Login ID, Section, then one column per assignment, named by its
# title: a title Canvas does not have becomes a new assignment. Students are matched by ID, SIS User ID or SIS Login
# ID, so a row needs one of them (the roster's lms_id, sis_id or sis_login_id). Canvas's export has a second row
# "Points Possible"; we write it too, so that a new assignment gets its points. An empty cell changes nothing.
# Followed: Ohio State's CarmenCanvas guide "Import CSV File for Carmen Grades" (teaching.resources.osu.edu:
# Student Name or Student ID or SIS User ID, SIS Login ID, Section, then assignment columns; new assignment columns
# create assignments) and VCU's Canvas "Gradebook Action Menu" page (read-only total columns are ignored on import).
# No total column: Canvas computes its own, and an unknown column would become an assignment called "Total".
#
# Moodle: "Grade administration > Import > CSV file" takes any header row; on the preview page each column is
# mapped to a grade item (or a new one), and the students are identified by a column: MoodleDocs "Grade import"
# (docs.moodle.org/en/Grade_import): "Change both dropdowns to: 'Email Address' to 'useremail', or to 'Id Number' to
# 'useridnumber'". We write the identity columns of Moodle's own plain-text export (First name, Last name, ID number,
# Email address), then one column per notebook; no total (it would become a grade item). Moodle compares e-mail
# addresses case-sensitively (MDL-29315): they are written as the roster gives them.

CANVAS_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
MOODLE_COLUMNS = ["First name", "Last name", "ID number", "Email address"]
FORMATS = ("canvas", "moodle")


def export(course: Path, names: list, to: str, roster: list = ()) -> tuple:
    """The rows of a CSV file that `to` (canvas or moodle) imports, from the grades in `course`'s gradebook.db, and
    the warnings (one line each): a notebook with written answers that no one has graded yet is left empty, never 0
    (and named), as is one not submitted; a student the LMS could not identify (no id for it) is left out (and named).

    A score is nbgrader's (automatic, or what a person gave in formgrader, minus the late penalty), as gradebook.csv."""
    from nbgrader.api import Gradebook, MissingEntry

    from vaecourse.grading import _course_cells, _csv_text

    if to not in FORMATS:
        raise ValueError(f"unknown LMS {to!r}: {' or '.join(FORMATS)}")
    cells, _ = _course_cells(course, names)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course") as gradebook:
        known = {s.id: (s.first_name or "", s.last_name or "", s.email or "", s.lms_user_id or "")
                 for s in gradebook.students}
        points = {}
        for name in names:
            try:
                points[name] = gradebook.find_notebook(name, name).max_score
            except MissingEntry:  # an assignment the course has not graded yet
                points[name] = 0.0
    listed = {student.id: student for student in roster}
    order = [student.id for student in roster] + sorted(set(known) - set(listed))
    rows, warnings = [], []
    if to == "canvas":
        rows += [CANVAS_COLUMNS + names, ["    Points Possible", "", "", "", ""] + [f"{points[n]:g}" for n in names]]
    else:
        rows.append(MOODLE_COLUMNS + names)
    for student_id in order:
        first, last, email, lms_id = known.get(student_id, ("", "", "", ""))
        extra = {}
        if student_id in listed:
            student = listed[student_id]
            (first, last), email, extra = student.first_last, student.email, student.extra
        lms_id = extra.get("lms_id") or lms_id
        scores = []
        for name in names:
            cell = cells.get(student_id, {}).get(name)
            if cell is not None and cell.manual_pending:
                warnings.append(f"{student_id} {name}: {cell.manual_pending:g} point(s) of written answers not graded "
                                f"yet: left empty, not 0 (grade them in formgrader, then export again)")
            scores.append(cell.score if cell is not None and not cell.manual_pending else "")
        if to == "canvas":
            ids = [lms_id, extra.get("sis_id", ""), extra.get("sis_login_id", "")]
            if not any(ids):
                warnings.append(f"{student_id}: left out, Canvas needs its ID, SIS User ID or SIS Login ID (the roster's "
                                f"lms_id, sis_id or sis_login_id)")
                continue
            sortable = f"{last}, {first}" if first and last else (last or first or student_id)
            rows.append([_csv_text(sortable), *ids, extra.get("section", ""), *scores])
        else:
            if not email and not extra.get("sis_id"):
                warnings.append(f"{student_id}: left out, Moodle identifies a student by e-mail address or ID number "
                                f"(the roster's email or sis_id)")
                continue
            rows.append([_csv_text(first), _csv_text(last), extra.get("sis_id", ""), email, *scores])
    return rows, warnings


def write_csv(rows: list, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def export_main(argv) -> None:
    import argparse
    import sys

    from vaecourse.release import assignments, course_root

    parser = argparse.ArgumentParser(prog="python -m vaecourse.grading export", description=export.__doc__)
    parser.add_argument("--to", choices=FORMATS, required=True, help="the LMS whose gradebook import reads the file")
    parser.add_argument("--output", type=Path, required=True, help="the CSV file to write")
    parser.add_argument("--roster", type=Path, help="the class roster (id, name, email, lms_id, sis_id...): the LMS's ids "
                                                    "(default: c.Roster.path in grading_config.py, if set)")
    parser.add_argument("--course", type=Path, help="the nbgrader course folder (default: the course root)")
    parser.add_argument("--root", type=Path, help="the course folder (default: the current directory)")
    args = parser.parse_args(argv)
    root = course_root(args.root)
    course = (args.course or root).resolve()
    if not (course / "gradebook.db").is_file():
        sys.exit(f"error: {course / 'gradebook.db'} does not exist: grade first (make grade)")
    try:
        path = args.roster or configured_roster(root)
        roster = read_roster(path) if path else []
    except RosterError as error:
        sys.exit(f"error: {error}")
    rows, warnings = export(course, assignments(root), args.to, roster)
    write_csv(rows, args.output)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{len(rows) - (2 if args.to == 'canvas' else 1)} student(s) written to {args.output} for {args.to}"
          + (f"; {len(warnings)} warning(s) above" if warnings else ""))
