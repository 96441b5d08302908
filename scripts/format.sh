#!/usr/bin/env bash
# Formats every Swift file in place, then lints. With --check, changes nothing and fails when
# a file is not formatted or the linter complains (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- 'Package.swift' 'Sources/*.swift' 'Tests/*.swift')
if [[ "${1:-}" == "--check" ]]; then
    unformatted=()
    for file in "${files[@]}"; do
        if ! diff -q <(swift format format --configuration .swift-format "$file") "$file" >/dev/null; then
            unformatted+=("$file")
        fi
    done
    if ((${#unformatted[@]})); then
        echo "These files are not formatted (run scripts/format.sh):" >&2
        printf '  %s\n' "${unformatted[@]}" >&2
        exit 1
    fi
    swift format lint --strict --configuration .swift-format "${files[@]}"
else
    swift format format --in-place --configuration .swift-format "${files[@]}"
    swift format lint --configuration .swift-format "${files[@]}"
fi
