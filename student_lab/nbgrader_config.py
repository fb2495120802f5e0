"""nbgrader settings of the students' JupyterLab: where the Assignment List finds the course.

`make lab` releases course/ into a local exchange, build/exchange/ (`python -m vaecourse.release exchange`),
and starts JupyterLab with this folder on JUPYTER_CONFIG_PATH. The Assignment List then lists, fetches and
submits there. VAE_COURSE_EXCHANGE names another exchange folder (the browser test uses a temporary one).
"""

import os

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads the file)

c.CourseDirectory.course_id = "vae-course"  # as in grading_config.py
c.Exchange.root = os.path.abspath(
    os.environ.get("VAE_COURSE_EXCHANGE") or os.path.join(os.path.dirname(__file__), os.pardir, "build", "exchange"))
