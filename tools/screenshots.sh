#!/usr/bin/env bash
# Makes every screenshot in README.md and the user guide (docs/*.png) again, from fresh demo
# databases, by running the GUI tests that take them (offscreen; FV_SCREENSHOT_DIR=docs).
# Then checks that every picture the guide and the README name is there.
#   tools/screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
cmake --build "$build" --parallel 2 --target \
  MainWindowTests CaseworkPanelTests DecisionEditorTests ApplicationFormTests \
  LetterTemplateTests MaintenanceTests WorkQueueTests HelpTests
FV_SCREENSHOT_DIR="$root/docs" ctest --test-dir "$build" -j2 --output-on-failure \
  -R '^(MainWindowTests|CaseworkPanelTests|DecisionEditorTests|ApplicationFormTests|LetterTemplateTests|MaintenanceTests|WorkQueueTests|HelpTests):'

missing=0
for doc in "$root"/README.md "$root"/docs/guide/*/*.md; do
  dir="$(dirname "$doc")"
  while IFS= read -r picture; do
    if [ ! -f "$dir/$picture" ]; then
      echo "$doc names $picture, which is not there" >&2
      missing=1
    fi
  done < <(grep -o '!\[[^]]*\]([^)]*\.png)' "$doc" | sed 's/.*(\(.*\))/\1/')
done
exit "$missing"
