# The site search's WebAssembly build. Included by the main Makefile.
#
#   make search-wasm   build the search module into $(SEARCH_WASM), within its size budget
# The parity test (SiteSearchTests.SearchParityTests, in `swift test`) runs it under node
# against the native module and fails, saying so, when it has not been built.

SWIFT ?= swift
SEARCH_WASM ?= .build-wasm/SearchWidget.wasm
SEARCH_WASM_MAX_BYTES ?= 40960
SEARCH_WASM_BUILD = $(SWIFT) build --scratch-path .build-wasm --triple wasm32-unknown-none-wasm -c release \
	--toolset toolsets/wasm32-embedded.json --product SearchWidget

.PHONY: search-wasm

search-wasm:
	$(SEARCH_WASM_BUILD)
	cp "$$($(SEARCH_WASM_BUILD) --show-bin-path)/SearchWidget.wasm" $(SEARCH_WASM)
	@size=$$(wc -c < $(SEARCH_WASM)); echo "$(SEARCH_WASM): $$size bytes (limit $(SEARCH_WASM_MAX_BYTES))"; \
		test $$size -le $(SEARCH_WASM_MAX_BYTES) || { echo "the search module is over its size limit"; exit 1; }
