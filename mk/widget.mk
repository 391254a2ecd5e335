# The "What applies to me?" widget in a built site, in headless Chromium.
#   make check-widget SITE_OUT=public    act, deadline and exams read from the DOM
# Needs what `make check-tools` installs (mk/checks.mk) and a site built after `make wasm`.

SITE_OUT ?= public

.PHONY: check-widget

check-widget:
	SE_AVOID_STATS=true PYTHONDONTWRITEBYTECODE=1 python3 Tests/Site/widget_test.py --site $(SITE_OUT)
