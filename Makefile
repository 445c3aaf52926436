# Nasti: convenience wrapper around CMake/CTest/CPack.
#
#   make run        install missing Debian packages, build, prepare the demo database, start the client
#   make test       the same set-up, then every test on SQLite and on a throwaway PostgreSQL
#   make help       everything else
#
# Variables: BUILD_DIR (build), BUILD_TYPE (RelWithDebInfo), JOBS (nproc), GENERATOR (Ninja when
# installed, else Unix Makefiles; only used for a fresh build dir), CMAKE_ARGS, CTEST_ARGS,
# ARGS (passed to the client / nasti-admin bench), SCREENSHOT_DIR (screenshots).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := all
# Steps run in order; the parallelism is inside the build (cmake --build -j) and ctest -j.
.NOTPARALLEL:

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
GENERATOR  ?= $(if $(shell command -v ninja 2>/dev/null),Ninja,Unix Makefiles)
CMAKE      ?= cmake
CTEST      ?= ctest
CMAKE_ARGS ?=
CTEST_ARGS ?=
# Per-test time limit, in seconds.
CTEST_TIMEOUT ?= 600
ARGS       ?=
SCREENSHOT_DIR ?= screenshots

NASTI       := $(BUILD_DIR)/app/nasti
NASTI_ADMIN := $(BUILD_DIR)/app/cli/nasti-admin
# In CI a warning is an error.
ifneq ($(strip $(CI)),)
CMAKE_ARGS += -DNASTI_WERROR=ON
endif
# The sanitizer build: its own directory, the core's (non-GUI) tests on SQLite;
# -O0 -g1 because compiling is most of its cost (the tests run in seconds).
ASAN_DIR   ?= build-asan
ASAN_TESTS ?= tst_rulebook tst_dburl tst_migrations tst_workflow
ASAN_REGEX := ^($(shell echo $(ASAN_TESTS) | sed 's/ /|/g'))(_sqlite)?$$
CLANG_FORMAT ?= $(shell command -v clang-format-14 || command -v clang-format)

CTEST_CMD   := $(CTEST) --test-dir $(BUILD_DIR) --output-on-failure --no-tests=error \
               --timeout $(CTEST_TIMEOUT) -j $(JOBS) $(CTEST_ARGS)

.PHONY: all deps configure build run demo-db check-display test test-sqlite test-postgresql \
        test-asan format-check package screenshots bench format clean distclean help

all: build

## deps: install the Debian packages that are missing (apt-get as root, else sudo)
deps:
	scripts/install-deps.sh

## configure: cmake -S . -B $(BUILD_DIR)
# The generator is chosen only for a fresh build dir; an existing one keeps its own.
configure:
	@gen=(); \
	if [[ ! -f "$(BUILD_DIR)/CMakeCache.txt" ]]; then gen=(-G "$(GENERATOR)"); fi; \
	set -x; \
	$(CMAKE) -S . -B "$(BUILD_DIR)" "$${gen[@]}" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

## build: configure, then build everything
build: configure
	$(CMAKE) --build "$(BUILD_DIR)" --parallel $(JOBS)

## run: deps, build, create/migrate and seed the demo database, start the client
run: deps build demo-db check-display
	$(NASTI) $(ARGS)

# The demo database is the client's default (~/.local/share/Nasti/nasti/demo.db):
# init creates or migrates it, demo seeds the demo office only when it is empty.
demo-db:
	$(NASTI_ADMIN) init
	$(NASTI_ADMIN) demo

# A GUI needs a display; say so instead of letting Qt abort.
check-display:
	@if [[ "$$(uname -s)" != Darwin && -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" \
	      && -z "$${QT_QPA_PLATFORM:-}" ]]; then \
	    echo; \
	    echo "make run: there is no display (DISPLAY and WAYLAND_DISPLAY are unset), so the client cannot open a window."; \
	    echo "The demo database is ready. To run the client on a virtual X server:"; \
	    echo; \
	    echo "    xvfb-run -a make run"; \
	    echo; \
	    echo "or point DISPLAY at an X server (e.g. ssh -X), or set QT_QPA_PLATFORM (offscreen, vnc, ...)."; \
	    exit 1; \
	fi

## test: deps, build, then the whole test suite on SQLite and on a throwaway PostgreSQL
test: deps build
	scripts/with-postgres.sh $(CTEST_CMD)

## test-sqlite: deps, build, then every test that needs no PostgreSQL
test-sqlite: deps build
	$(CTEST_CMD) -LE postgresql

## test-postgresql: deps, build, then only the PostgreSQL tests (fails if no cluster starts)
test-postgresql: deps build
	NASTI_PG_REQUIRED=1 scripts/with-postgres.sh $(CTEST_CMD) -L postgresql

## test-asan: the core's tests (SQLite) built with ASan+UBSan in $(ASAN_DIR)
test-asan: deps
	@gen=(); \
	if [[ ! -f "$(ASAN_DIR)/CMakeCache.txt" ]]; then gen=(-G "$(GENERATOR)"); fi; \
	set -x; \
	$(CMAKE) -S . -B "$(ASAN_DIR)" "$${gen[@]}" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
	    -DNASTI_SANITIZE=ON $(CMAKE_ARGS)
	$(CMAKE) --build "$(ASAN_DIR)" --parallel $(JOBS) --target $(ASAN_TESTS)
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    $(CTEST) --test-dir "$(ASAN_DIR)" --output-on-failure --no-tests=error --timeout $(CTEST_TIMEOUT) \
	    -j $(JOBS) -R '$(ASAN_REGEX)' -LE postgresql

## format-check: fail when a file differs from .clang-format (CI runs it with NASTI_FORMAT_CHECK=1)
format-check:
	@[[ -n "$(CLANG_FORMAT)" ]] || { echo "format-check: clang-format is not installed" >&2; exit 1; }
	find app ui tests -type f \( -name '*.h' -o -name '*.cpp' \) -print0 \
	    | xargs -0 -r $(CLANG_FORMAT) --dry-run --Werror

## package: deps, build, then CPack (a .deb in $(BUILD_DIR)/ on Debian)
package: deps build
	$(CMAKE) --build "$(BUILD_DIR)" --target package
	@ls -1 "$(BUILD_DIR)"/*.deb 2>/dev/null || true

## screenshots: deps, build, demo database, then scripts/screenshots.sh into $(SCREENSHOT_DIR)
screenshots: deps build demo-db
	NASTI_BIN="$(NASTI)" scripts/screenshots.sh "$(SCREENSHOT_DIR)" $(ARGS)

## bench: build, seed a scratch database (BENCH_FILES, SQLite, or PostgreSQL with BENCH_DB=pg), run the benchmark
# SQLite: a new file under /tmp. PostgreSQL: a throwaway cluster (scripts/with-postgres.sh) with
# a scratch database. The JSON lands in $(BENCH_JSON). ARGS go to nasti-admin bench.
BENCH_FILES ?= 10000
BENCH_DB    ?= sqlite
BENCH_JSON  ?= $(BUILD_DIR)/bench-$(BENCH_DB)-$(BENCH_FILES).json
bench: build
	@if [[ "$(BENCH_DB)" == pg || "$(BENCH_DB)" == postgresql ]]; then \
	    scripts/with-postgres.sh bash -c 'set -euo pipefail; \
	        psql -X -q -d "$$NASTI_TEST_PG_URL" -c "CREATE DATABASE nasti_bench"; \
	        url="$${NASTI_TEST_PG_URL%/*}/nasti_bench"; \
	        $(NASTI_ADMIN) --db "$$url" init; \
	        $(NASTI_ADMIN) --db "$$url" seed-scale --files $(BENCH_FILES); \
	        $(NASTI_ADMIN) --db "$$url" bench --json "$(BENCH_JSON)" $(ARGS)'; \
	else \
	    db="$$(mktemp -u /tmp/nasti-bench.XXXXXX).db"; set -x; \
	    $(NASTI_ADMIN) --db "sqlite:$$db" init; \
	    $(NASTI_ADMIN) --db "sqlite:$$db" seed-scale --files $(BENCH_FILES); \
	    $(NASTI_ADMIN) --db "sqlite:$$db" bench --json "$(BENCH_JSON)" $(ARGS); \
	    rm -f "$$db" "$$db-wal" "$$db-shm"; \
	fi

## format: clang-format -i over app/ ui/ tests/
format:
	@command -v clang-format >/dev/null || { echo "format: clang-format is not installed (apt-get install clang-format)" >&2; exit 1; }
	find app ui tests -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.cpp' \) -print0 \
	    | xargs -0 -r clang-format -i

## clean: remove what the build made (keeps the configuration and the ccache)
clean:
	@if [[ -f "$(BUILD_DIR)/CMakeCache.txt" ]]; then \
	    set -x; $(CMAKE) --build "$(BUILD_DIR)" --target clean; \
	fi

## distclean: remove the whole build directory
distclean:
	rm -rf "$(BUILD_DIR)"

## help: this list
help:
	@echo "Nasti make targets (BUILD_DIR=$(BUILD_DIR) BUILD_TYPE=$(BUILD_TYPE) JOBS=$(JOBS)):"
	@sed -n 's/^## \([a-z-]*\): /  \1\t/p' $(MAKEFILE_LIST) | expand -t 20
