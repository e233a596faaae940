# The README's quick start: `make run` and `make test` each set up everything they need on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Qt's window plugin (xcb), a virtual screen for screenshots, LibreOffice to recalculate exported workbooks,
# and desktop-file-validate for the Linux .desktop file.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 \
	libxcb-shape0 libxcb-randr0 xvfb libreoffice-calc-nogui fonts-dejavu-core desktop-file-utils

.PHONY: run test lint bench system-deps venv clean screenshots package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

venv: $(STAMP)

# Installs the system packages with apt when they are missing and we may (root on Debian/Ubuntu);
# elsewhere it says what is missing and goes on.
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "Installing system packages:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else echo "Please install:$$missing (tests that need them are skipped)"; fi

run: $(STAMP)
	$(VENV)/bin/ltv-desktop --demo

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check ltv_desktop tests benchmarks
	$(VENV)/bin/ruff format --check ltv_desktop tests benchmarks
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) benchmarks/bench_engine.py

# Every tab of the demo, then the Forecast tab once more as of 31 May 2026, so its holdout check has data;
# then every tab in each language at a small laptop's two sizes (docs/screenshots/<language>-<size>/).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/ltv-desktop --demo --screenshot docs/screenshots
	for language in en ru pl; do for size in 1024x600 1366x768; do \
		QT_QPA_PLATFORM=offscreen $(VENV)/bin/ltv-desktop --demo --language $$language --window-size $$size \
			--screenshot docs/screenshots/$$language-$$size || exit 1; \
	done; done
	rm -rf .screenshots-holdout
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/ltv-desktop --demo --as-of 2026-05-31 --screenshot .screenshots-holdout
	mv .screenshots-holdout/forecast.png docs/screenshots/forecast-holdout.png
	rm -rf .screenshots-holdout

# The frozen app for this OS in packaging/dist/ (see packaging/README.md), checked with its --self-test.
package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	case "$$(uname -s)" in \
		Linux) PYTHON="$(abspath $(PY))" packaging/build.sh ;; \
		Darwin) PYTHON="$(abspath $(PY))" packaging/build-macos.sh ;; \
		*) echo "On Windows run: powershell -ExecutionPolicy Bypass -File packaging\\build.ps1" >&2; exit 1 ;; \
	esac

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache packaging/build packaging/dist
