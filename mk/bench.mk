# The benchmark: Wegwijs and Hugo build the same synthetic multilingual corpus.
#   make bench        release build of wegwijs, then Benchmarks/run.py: 1,000 pages × 9 locales,
#                     5 runs each; prints a Markdown table. Installs Debian's hugo and time if missing.
#   make bench-smoke  a tiny corpus and one run, to check that the harness works; installs
#                     nothing and runs without Hugo (compares with it when it is installed)
# BENCH_ARGS passes options on (e.g. BENCH_ARGS="--pages 200 --runs 3");
# BENCH_SCRATCH is the Swift build folder the wegwijs binary comes from.

SWIFT ?= swift
BENCH_SCRATCH ?= .build
BENCH_ARGS ?=
BENCH_WEGWIJS = $(BENCH_SCRATCH)/release/wegwijs
BENCH_APT_PACKAGES = hugo time

_bench_previous_default_goal := $(.DEFAULT_GOAL)

.PHONY: bench bench-smoke bench-tools bench-wegwijs

bench-wegwijs:
	$(RELEASE_BUILD) --scratch-path $(BENCH_SCRATCH)

bench-tools:
	@sh mk/apt-ensure.sh bench-tools $(BENCH_APT_PACKAGES)

bench: bench-tools bench-wegwijs
	python3 Benchmarks/run.py --wegwijs $(BENCH_WEGWIJS) $(BENCH_ARGS)

bench-smoke: bench-wegwijs
	python3 Benchmarks/run.py --smoke --wegwijs $(BENCH_WEGWIJS) $(BENCH_ARGS)

# Including this file must not change the default goal of the main Makefile.
.DEFAULT_GOAL := $(_bench_previous_default_goal)
