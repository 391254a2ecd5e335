# Wegwijs: build the example site and test everything.
#   make site     build the site in this repository into public/
#   make test     the layer check, unit, integration, rules, parity and browser checks
#   make serve    preview with live reload
#   make bench    Wegwijs and Hugo on the same 9,000-page corpus
# Both install the system libraries they need (Debian packages) when missing.

SWIFT ?= swift
WEGWIJS = .build/release/wegwijs
SITE_OUT ?= public

.DEFAULT_GOAL := site
.PHONY: site test deps unit-tests check-commonmark wegwijs clean

deps:
	@sh mk/apt-ensure.sh deps libcmark-dev pkg-config

# A static Swift runtime: one self-contained binary, which starts sooner without the Swift
# libraries to load and link (a few milliseconds of every build).
RELEASE_BUILD = $(SWIFT) build -c release --static-swift-stdlib --product wegwijs

wegwijs: deps
	$(RELEASE_BUILD)

# The widget embeds the rules module, so it is built first. --strict: the site ships with no warnings.
site: wegwijs wasm
	$(WEGWIJS) build --strict --output $(SITE_OUT)

# The parity tests run the wasm modules, so they are built first.
unit-tests: deps wasm search-wasm
	$(SWIFT) test

# The CommonMark spec's examples through the pages' renderer (Tests/CommonMark/conformance.py).
check-commonmark: wegwijs
	PYTHONDONTWRITEBYTECODE=1 python3 Tests/CommonMark/conformance.py --wegwijs $(WEGWIJS)

# bench-smoke only checks that the benchmark still runs; its numbers do not pass or fail anything.
test: lint unit-tests check-commonmark site check-html check-a11y check-phone check-widget bench-smoke

clean:
	rm -rf .build .build-* $(SITE_OUT) .screenshots

include mk/rules.mk
include mk/search.mk
include mk/checks.mk
include mk/widget.mk
include mk/serve.mk
include mk/bench.mk
include mk/lint.mk
