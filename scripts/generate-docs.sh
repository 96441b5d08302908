#!/usr/bin/env bash
# Regenerates what deploy/ ships that is derived from the command-line definitions: the man
# pages of spotcheck and its subcommands (argument-parser's generate-manual plugin), in English
# (deploy/man) and in Simplified Chinese (deploy/man/zh_CN/man1, by scripts/generate-man.py from
# the same commands run with LANG=zh_CN.UTF-8), and the shell completions (bash, zsh, fish; English). spotcheckd.8 is
# written by hand. Run after changing commands; a test fails when the completions are out of date.
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
manual() {
    swift package --allow-writing-to-package-directory generate-manual --configuration debug --multi-page \
        --authors "Spotcheck" >/dev/null
}
manual
rm -f deploy/man/spotcheck*.1
cp .build/plugins/GenerateManual/outputs/spotcheck/*.1 deploy/man/
# generate-manual drops every non-ASCII character: the Chinese pages are written from the
# commands' own help by scripts/generate-man.py.
rm -f deploy/man/zh_CN/man1/spotcheck*.1
LANG=zh_CN.UTF-8 python3 scripts/generate-man.py "$bin/spotcheck" deploy/man/zh_CN/man1
echo "regenerated deploy/completions, deploy/man and deploy/man/zh_CN/man1"
