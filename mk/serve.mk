# The live preview.
#   make serve         wegwijs serve on http://127.0.0.1:1313/ (SERVE_FLAGS='--pseudo --locale ti' and so on)
#   make serve-bench   edit → reload time (median of 20) and a loopback load test, on a copy of this site

SERVE_FLAGS ?=

.PHONY: serve serve-bench

serve: wegwijs wasm
	$(WEGWIJS) serve $(SERVE_FLAGS)

serve-bench: wegwijs
	python3 Benchmarks/serve_bench.py --wegwijs $(WEGWIJS) --site .
