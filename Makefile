# The two commands: `make run` runs the whole product, `make test` runs every test.
# Both set up what is missing first (scripts/setup.sh).
.PHONY: run test setup

run:
	bash scripts/run.sh

test:
	bash scripts/test.sh

setup:
	bash scripts/setup.sh
