"""What a Dask worker must share with the grader (vaecourse.cluster). That a cluster grades as this machine does
is tested on the class of test_grading (test_a_dask_cluster_grades_as_this_machine_does)."""

from pathlib import Path

import pytest

from vaecourse.cluster import DaskPool, checked_call, grader_setting, worker_problems


def grade_one(student: str, files: dict, output: Path, limits=None):
    """Stands for grade_student: what a worker checks is read from the signature and the arguments."""
    return student


def test_a_worker_that_cannot_see_the_graders_files_or_differs_is_named_and_grades_nothing(tmp_path, monkeypatch):
    from distributed import LocalCluster

    setting = grader_setting()
    assert worker_problems(setting, grade_one, ("ada", {"01_pca": tmp_path}, tmp_path), {}) == []
    missing = tmp_path / "only-on-the-grader"
    other = dict(setting, **{"$VAE_COURSE_FAST": "0"})
    assert worker_problems(other, grade_one, ("ada", {"01_pca": missing}, tmp_path), {}) == [
        f"cannot see files {missing}", f"$VAE_COURSE_FAST is {setting['$VAE_COURSE_FAST']!r} here but '0' on the grader"]
    with pytest.raises(RuntimeError, match="this process cannot grade .* cannot see output .*same paths"):
        checked_call(setting, grade_one, "ada", {}, missing)
    assert checked_call(setting, grade_one, "ada", {}, tmp_path) == "ada"
    with LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as local:
        pool = DaskPool(local.scheduler_address)
        with pytest.raises(RuntimeError, match=r"(?s)these Dask workers cannot grade.*cannot see output.*\$TMPDIR"):
            pool.submit(grade_one, "ada", {}, missing)
    with pytest.raises(RuntimeError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        monkeypatch.setattr("vaecourse.cluster.CONNECT_SECONDS", 2)
        DaskPool("tcp://127.0.0.1:9")
