# nbgrader reads this file from the working directory; the configuration lives in grading_config.py.
load_subconfig("grading_config.py")  # noqa: F821  (provided by traitlets)
