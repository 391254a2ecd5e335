# The rules module, its WebAssembly build and the parity of the two.
# Included by the main Makefile.
#
#   make wasm          build the widget's module into $(RULES_WASM)
#   make rules-test    the IntegrationRules tests (scenarios, dates, JSON)
#   make rules-parity  build the wasm, then run it (through the page's glue,
#                      under node) against the native module
# A plain `swift test` runs the parity test too and fails, saying so, when
# $(RULES_WASM) has not been built.

SWIFT ?= swift
RULES_WASM ?= .build-wasm/RulesWidget.wasm
RULES_WASM_MAX_BYTES ?= 24576
RULES_SCRATCH ?= .build
WASM_BUILD = $(SWIFT) build --scratch-path .build-wasm --triple wasm32-unknown-none-wasm -c release \
	--toolset toolsets/wasm32-embedded.json --product RulesWidget

.PHONY: wasm rules-test rules-parity

wasm:
	$(WASM_BUILD)
	cp "$$($(WASM_BUILD) --show-bin-path)/RulesWidget.wasm" $(RULES_WASM)
	@size=$$(wc -c < $(RULES_WASM)); echo "$(RULES_WASM): $$size bytes (limit $(RULES_WASM_MAX_BYTES))"; \
		test $$size -le $(RULES_WASM_MAX_BYTES) || { echo "the wasm module is over its size limit"; exit 1; }

rules-test:
	$(SWIFT) test --scratch-path $(RULES_SCRATCH) --filter IntegrationRulesTests \
		--skip wasmAndNativeGiveTheSameGuidance

rules-parity: wasm
	RULES_WASM=$(RULES_WASM) $(SWIFT) test --scratch-path $(RULES_SCRATCH) \
		--filter 'IntegrationRulesTests.ParityTests'
