#!/usr/bin/env bash
# Regenerates what deploy/ ships that is derived from the command-line definitions: the man
# pages of spotcheck and its subcommands, in English (deploy/man) and in Simplified Chinese
# (deploy/man/zh_CN/man1), both by scripts/generate-man.py from the commands' help, and the shell
# completions (bash, zsh, fish; English). spotcheckd.8 and spotcheckd.toml.5 are written by hand.
# Run after changing commands; a test fails when the completions or man pages are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
# The help text follows the locale: pin it, whatever the caller's environment says.
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8
swift build --product spotcheck
bin=$(swift build --show-bin-path)
"$bin/spotcheck" --generate-completion-script bash >deploy/completions/spotcheck.bash
"$bin/spotcheck" --generate-completion-script zsh >deploy/completions/_spotcheck
"$bin/spotcheck" --generate-completion-script fish >deploy/completions/spotcheck.fish
# Man pages in both languages from the commands' own help (spotcheck-today.1 and so on);
# spotcheckd.8 and spotcheckd.toml.5 are written by hand.
rm -f deploy/man/spotcheck*.1 deploy/man/zh_CN/man1/spotcheck*.1
python3 scripts/generate-man.py "$bin/spotcheck" deploy/man
LANG=zh_CN.UTF-8 python3 scripts/generate-man.py "$bin/spotcheck" deploy/man/zh_CN/man1
echo "regenerated deploy/completions, deploy/man and deploy/man/zh_CN/man1"
