#!/bin/sh
# The project's shell scripts pass shellcheck (scripts/, CI, the test runner
# and the shell tests, which run under sh): the habit GJS and libuv keep in CI.
root=${NODUS_TEST_SOURCE_ROOT:?run under meson test}
cd "$root" || exit 2
command -v shellcheck >/dev/null || { echo "shellcheck is missing (scripts/bootstrap installs it)"; exit 1; }
scripts=".ci/run tests/run-test.sh"
for f in scripts/*; do
  [ -f "$f" ] || continue
  case $(head -c 64 "$f") in
    '#!/bin/sh'*|'#!/bin/bash'*|'#!/usr/bin/env bash'*|'#!/usr/bin/env sh'*) scripts="$scripts $f" ;;
  esac
done
# Both lists are paths without spaces, split on purpose.
# shellcheck disable=SC2086
shellcheck --severity=warning $scripts || exit 1
# The shell tests have no #! line: run-test.sh runs them with sh.
# shellcheck disable=SC2086
shellcheck --shell=sh --severity=warning tests/*/*.sh || exit 1
