# The course in two commands:  `make course` (the main job) and `make test`.
# Both create the virtual environment in .venv when it is missing.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
SUBMISSIONS ?= build/demo/submissions
GRADES ?= build/grades
EXCHANGE ?= $(CURDIR)/build/exchange

# nbgrader calls `alembic` and `jupyter` by name: the environment's bin/ must come first on PATH.
export PATH := $(BIN):$(PATH)
export VAE_COURSE_DATA ?= $(CURDIR)/data
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: course test env system data solutions release demo grade export feedback lab benchmark clean

## course: set up, run every solution notebook, regenerate course/, grade the demo class (the main job)
course: data solutions release demo
	@echo
	@echo "Done. Executed solutions: build/executed/   Student release: course/"
	@echo "Demo gradebook: $(GRADES)/gradebook.csv   Feedback: $(GRADES)/feedback/   Summary: $(GRADES)/summary.md"

## test: set up, then run the whole test suite (what CI runs); notebooks run in fast (graded) mode
# The free disk first: a suite that fails everywhere at once has most often run out of it (CI once did).
test: data system
	@df -h . "$${TMPDIR:-/tmp}"
	VAE_COURSE_FAST=1 TQDM_DISABLE=1 $(BIN)/python -m pytest -q --durations=30 --nbval-lax --nbval-current-env tests solutions

env: $(STAMP)

# No wheel cache (--no-cache-dir): torch's CUDA build takes ~5.5 GB in the venv, and where its wheels are downloaded
# the cache would hold a second copy; a CI machine once ran out of disk during this install.
$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-cache-dir -r requirements.txt -e .
	touch $@

## system: Debian packages for the grading sandbox (bubblewrap) and the browser test (chromium);
## installed only when root and missing, else the tests that need them are skipped (never in CI)
system:
	@if command -v chromium >/dev/null && command -v bwrap >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium bubblewrap >/dev/null; \
	else echo "note: chromium or bubblewrap is missing and this is not root: their tests will be skipped"; fi

## data: write MNIST where torchvision reads it and verify the official MD5 sums
data: $(STAMP)
	$(BIN)/python -m vaecourse.data

## solutions: execute every solution notebook top to bottom, in full mode, into build/executed/; a notebook
## whose solution and package code are unchanged since its last run is reused (FORCE=1 runs it again);
## CELL_TIMEOUT=seconds a cell may take (default 3600, 0 = none); ASSIGNMENTS=05_training,07_beta_study only those
solutions: data
	TQDM_DISABLE=1 $(BIN)/python -m vaecourse.release execute --output build/executed \
		$(if $(CELL_TIMEOUT),--timeout $(CELL_TIMEOUT)) $(if $(FORCE),--force) $(if $(ASSIGNMENTS),--assignments $(ASSIGNMENTS))

## release: regenerate the student notebooks in course/ from solutions/
release: $(STAMP)
	$(BIN)/python -m vaecourse.release generate

## demo: build the demo class (complete, partial, untouched, broken) and grade it
demo: data release system
	$(BIN)/python -m vaecourse.release demo --output $(SUBMISSIONS)
	$(BIN)/python -m vaecourse.grading $(SUBMISSIONS) --output $(GRADES) --course build/demo/course

## grade: grade SUBMISSIONS (nbgrader submitted/ folder, or a folder or zip of notebooks named by student);
## with SCHEDULER=tcp://host:8786, on the workers of that Dask cluster (README: grading on a cluster);
## STUDENTS=ada,ben and ASSIGNMENTS=01_pca,02_encoder grade only those (the rest of the results stay);
## ROSTER=roster.csv names the students by the class roster (id, name, email; README: roster)
grade: data system
	$(BIN)/python -m vaecourse.grading $(SUBMISSIONS) --output $(GRADES) $(if $(SCHEDULER),--scheduler $(SCHEDULER)) \
		$(if $(STUDENTS),--students $(STUDENTS)) $(if $(ASSIGNMENTS),--assignments $(ASSIGNMENTS)) \
		$(if $(ROSTER),--roster $(ROSTER))

## export: the course's grades (gradebook.db, hand grading included) as a CSV file for the LMS's gradebook import:
## make export LMS=canvas|moodle ROSTER=roster.csv [EXPORT=file]; default file $(GRADES)/<LMS>.csv (README: roster)
export: $(STAMP)
	@test -n "$(LMS)" || { echo "make export LMS=canvas or LMS=moodle (and ROSTER=roster.csv)"; exit 2; }
	$(BIN)/python -m vaecourse.grading export --to $(LMS) --output $(or $(EXPORT),$(GRADES)/$(LMS).csv) \
		$(if $(ROSTER),--roster $(ROSTER))

## feedback: make the course's feedback again from its gradebook.db (after hand grading), into the course's
## feedback/ and $(GRADES)/feedback/; a written answer no one graded yet says so (never 0); RELEASE=1 then
## releases it through the exchange (nbgrader release_feedback); STUDENTS= and ASSIGNMENTS= as for grade
feedback: $(STAMP)
	$(BIN)/python -m vaecourse.grading feedback --output $(GRADES) $(if $(RELEASE),--release) \
		$(if $(STUDENTS),--students $(STUDENTS)) $(if $(ASSIGNMENTS),--assignments $(ASSIGNMENTS))

## lab: open the student notebooks in JupyterLab, with nbgrader's student extensions only; course/ is first
## released into a local exchange (build/exchange/), where the Assignment List lists, fetches and submits
lab: data
	$(BIN)/python -m vaecourse.release exchange --output $(EXCHANGE)
	cd course && VAE_COURSE_EXCHANGE=$(EXCHANGE) JUPYTER_CONFIG_PATH=$(CURDIR)/student_lab \
		$(BIN)/jupyter lab $(if $(filter 0,$(shell id -u)),--allow-root)

## benchmark: the fast path against the PyTorch example, whole processes timed from outside, in turns, min and
## median of REPEAT (default 3); EXAMPLE=path/to/examples/vae/main.py also runs the real example (README: speed)
benchmark: data
	$(BIN)/python tools/benchmark.py $(if $(REPEAT),--repeat $(REPEAT)) $(if $(EXAMPLE),--example $(EXAMPLE))

clean:
	rm -rf build data
