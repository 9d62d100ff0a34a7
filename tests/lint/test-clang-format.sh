#!/bin/sh
# Every C and C++ file of the tree is laid out as .clang-format says
# (apply with `clang-format -i FILE`; see HACKING.md).
root=${NODUS_TEST_SOURCE_ROOT:?run under meson test}
cd "$root" || exit 2
command -v clang-format >/dev/null || { echo "clang-format is missing (scripts/bootstrap installs it)"; exit 1; }
if [ -d .git ] || [ -f .git ]; then
  files=$(git ls-files '*.c' '*.h' '*.cc' '*.hh')
else
  files=$(find kernel loader modules sdk tests scripts -name '*.c' -o -name '*.h' -o -name '*.cc' -o -name '*.hh')
fi
# File names have no spaces: split on purpose.
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files || {
  echo "run: clang-format -i <the files above>"
  exit 1
}
