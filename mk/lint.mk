# Checks of the code that need no build.
#   make lint    every Swift file uses only the targets and SiteBuilder folders that
#                docs/architecture.md lets it use (Scripts/check_layers.py)

.PHONY: lint

lint:
	python3 Scripts/check_layers.py
