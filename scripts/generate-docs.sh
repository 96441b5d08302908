#!/usr/bin/env bash
# Regenerates what deploy/ ships that is derived from the command-line definitions: the man
# pages of spotcheck and its subcommands (argument-parser's generate-manual plugin) and the shell
# completions (bash, zsh, fish). spotcheckd.8 is written by hand. Run after changing commands;
# a test fails when the completions are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product spotcheck
bin=$(swift build --show-bin-path)
"$bin/spotcheck" --generate-completion-script bash >deploy/completions/spotcheck.bash
"$bin/spotcheck" --generate-completion-script zsh >deploy/completions/_spotcheck
"$bin/spotcheck" --generate-completion-script fish >deploy/completions/spotcheck.fish
swift package --allow-writing-to-package-directory generate-manual --configuration debug --multi-page \
    --authors "Spotcheck" >/dev/null
rm -f deploy/man/spotcheck*.1
cp .build/plugins/GenerateManual/outputs/spotcheck/*.1 deploy/man/
echo "regenerated deploy/completions and deploy/man"
