#!/bin/bash

__spotcheck_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__spotcheck_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__spotcheck_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__spotcheck_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_spotcheck() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    today|status|draw|verify|why|candidates|check-roster|departments|inspectors|conflicts|order|replace|teams|history|cancel|declare|declarations|import|export|log|campaign|complaints|findings|self-inspection|bench|help)
        # Offer subcommand argument completions
        "_spotcheck_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'today status draw verify why candidates check-roster departments inspectors conflicts order replace teams history cancel declare declarations import export log campaign complaints findings self-inspection bench help' -- "${cur}"))
        ;;
    esac
}

_spotcheck_today() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --ics --version -h --help)
    repeating_options=()
    non_repeating_options=(--date --days --tasks --login --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--days')
        return
        ;;
    '--tasks')
        __spotcheck_add_completions -d
        return
        ;;
    '--login')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_status() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_draw() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=(--target)
    non_repeating_options=(--roster --policy --date --pool --seed --seed-file --previous --commitment --published-roster --conflict-salts --output)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--roster')
        __spotcheck_add_completions -d
        return
        ;;
    '--policy')
        __spotcheck_add_completions -f
        return
        ;;
    '--date')
        return
        ;;
    '--pool')
        return
        ;;
    '--seed')
        return
        ;;
    '--seed-file')
        __spotcheck_add_completions -f
        return
        ;;
    '--target')
        return
        ;;
    '--previous')
        return
        ;;
    '--commitment')
        __spotcheck_add_completions -f
        return
        ;;
    '--published-roster')
        __spotcheck_add_completions -d
        return
        ;;
    '--conflict-salts')
        __spotcheck_add_completions -f
        return
        ;;
    '--output')
        __spotcheck_add_completions -f
        return
        ;;
    esac
}

_spotcheck_verify() {
    repeating_flags=()
    non_repeating_flags=(--chain --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--head --date --pool --public --socket --timeout --seed --seed-file --roster --policy --commitment --replacements --hidden-slot --conflict-salts --order-reasons --publication --key --not-before)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--head')
        return
        ;;
    '--date')
        return
        ;;
    '--pool')
        return
        ;;
    '--public')
        __spotcheck_add_completions -d
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--seed')
        return
        ;;
    '--seed-file')
        __spotcheck_add_completions -f
        return
        ;;
    '--roster')
        __spotcheck_add_completions -d
        return
        ;;
    '--policy')
        __spotcheck_add_completions -f
        return
        ;;
    '--commitment')
        __spotcheck_add_completions -f
        return
        ;;
    '--replacements')
        __spotcheck_add_completions -f
        return
        ;;
    '--hidden-slot')
        return
        ;;
    '--conflict-salts')
        __spotcheck_add_completions -f
        return
        ;;
    '--order-reasons')
        __spotcheck_add_completions -f
        return
        ;;
    '--publication')
        return
        ;;
    '--key')
        return
        ;;
    '--not-before')
        return
        ;;
    esac
}

_spotcheck_why() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--roster --policy --date --record --socket --timeout)
    __spotcheck_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--roster')
        __spotcheck_add_completions -d
        return
        ;;
    '--policy')
        __spotcheck_add_completions -f
        return
        ;;
    '--date')
        return
        ;;
    '--record')
        __spotcheck_add_completions -f
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_candidates() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--roster --policy --date --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--roster')
        __spotcheck_add_completions -d
        return
        ;;
    '--policy')
        __spotcheck_add_completions -f
        return
        ;;
    '--date')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_check-roster() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--roster --policy)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--roster')
        __spotcheck_add_completions -d
        return
        ;;
    '--policy')
        __spotcheck_add_completions -f
        return
        ;;
    esac
}

_spotcheck_departments() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|set|remove|close|reopen)
        # Offer subcommand argument completions
        "_spotcheck_departments_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list set remove close reopen' -- "${cur}"))
        ;;
    esac
}

_spotcheck_departments_list() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_departments_set() {
    repeating_flags=()
    non_repeating_flags=(--weight-from-powers --dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --weight --powers --skills --pools --address --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--weight')
        return
        ;;
    '--powers')
        return
        ;;
    '--skills')
        return
        ;;
    '--pools')
        return
        ;;
    '--address')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_departments_remove() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_departments_close() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_departments_reopen() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_inspectors() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|set|remove|unavailable|retire|reinstate)
        # Offer subcommand argument completions
        "_spotcheck_inspectors_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list set remove unavailable retire reinstate' -- "${cur}"))
        ;;
    esac
}

_spotcheck_inspectors_list() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_inspectors_set() {
    repeating_flags=()
    non_repeating_flags=(--lead --no-lead --dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--name --login --home --former --skills --cap --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--name')
        return
        ;;
    '--login')
        return
        ;;
    '--home')
        return
        ;;
    '--former')
        return
        ;;
    '--skills')
        return
        ;;
    '--cap')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_inspectors_remove() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_inspectors_unavailable() {
    repeating_flags=()
    non_repeating_flags=(--remove --dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_inspectors_retire() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_inspectors_reinstate() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_conflicts() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|remove)
        # Offer subcommand argument completions
        "_spotcheck_conflicts_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add remove' -- "${cur}"))
        ;;
    esac
}

_spotcheck_conflicts_list() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_conflicts_add() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --until --socket --timeout)
    __spotcheck_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--until')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_conflicts_remove() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_order() {
    repeating_flags=()
    non_repeating_flags=(--covert --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --category --socket --timeout)
    __spotcheck_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--category')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_replace() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--with --reason --department --socket --timeout)
    __spotcheck_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--with')
        return
        ;;
    '--reason')
        return
        ;;
    '--department')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_teams() {
    repeating_flags=()
    non_repeating_flags=(--csv --json --html --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--date --pool --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--pool')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_history() {
    repeating_flags=()
    non_repeating_flags=(--csv --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--inspector --department --from --to --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--inspector')
        return
        ;;
    '--department')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_cancel() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_declare() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    conflict|absence)
        # Offer subcommand argument completions
        "_spotcheck_declare_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'conflict absence' -- "${cur}"))
        ;;
    esac
}

_spotcheck_declare_conflict() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --until --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--until')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_declare_absence() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --socket --timeout)
    __spotcheck_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_declarations() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|approve|reject|withdraw)
        # Offer subcommand argument completions
        "_spotcheck_declarations_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list approve reject withdraw' -- "${cur}"))
        ;;
    esac
}

_spotcheck_declarations_list() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--state --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_declarations_approve() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--note --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_declarations_reject() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--note --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_declarations_withdraw() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_import() {
    repeating_flags=()
    non_repeating_flags=(--force --dry-run --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __spotcheck_add_completions -d
        return
        ;;
    esac
}

_spotcheck_export() {
    repeating_flags=()
    non_repeating_flags=(--bom --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __spotcheck_add_completions -d
        return
        ;;
    esac
}

_spotcheck_log() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=(--kind)
    non_repeating_options=(--date --directory --unit --invocation)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--kind')
        __spotcheck_add_completions -W 'started'$'\n''ready'$'\n''config-reloaded'$'\n''config-rejected'$'\n''roster-loaded'$'\n''roster-rejected'$'\n''draw-committed'$'\n''draw-completed'$'\n''draw-failed'$'\n''assignment-issued'$'\n''target-replaced'$'\n''draw-missed'$'\n''seed-revealed'$'\n''stopping'$'\n''request-refused'$'\n''inspector-replaced'$'\n''campaign-advanced'$'\n''complaint-registered'$'\n''complaint-identity-read'$'\n''draw-outside-phase'$'\n''complaint-escalated'$'\n''finding-changed'$'\n''escalation-reminder'$'\n''escalation-notice'$'\n''escalation-referral'$'\n''self-inspection-form-late'$'\n''publication-written'$'\n''publication-failed'$'\n''self-inspection-form-unlocked'$'\n''order-cancelled'$'\n''declaration-made'$'\n''declaration-decided'$'\n''member-withheld'$'\n''recheck-failed'$'\n''verification-waiting'$'\n''campaign-change-refused'$'\n''campaign-released'$'\n''campaign-replaced'$'\n''campaign-prohibitions-changed'$'\n''clock-behind-state'$'\n''clock-set-back'$'\n''clock-caught-up'$'\n''clock-stepped-forward'$'\n''hidden-inspection-stalled'$'\n''hidden-inspection-resumed'
        return
        ;;
    '--directory')
        __spotcheck_add_completions -d
        return
        ;;
    '--unit')
        return
        ;;
    '--invocation')
        return
        ;;
    esac
}

_spotcheck_campaign() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    status|advance|release)
        # Offer subcommand argument completions
        "_spotcheck_campaign_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'status advance release' -- "${cur}"))
        ;;
    esac
}

_spotcheck_campaign_status() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_campaign_advance() {
    repeating_flags=()
    non_repeating_flags=(--before-planned-start --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --reason)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_spotcheck_campaign_release() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --reason)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_spotcheck_complaints() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    register|list|show|update|lookup|identity|inspect)
        # Offer subcommand argument completions
        "_spotcheck_complaints_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'register list show update lookup identity inspect' -- "${cur}"))
        ;;
    esac
}

_spotcheck_complaints_register() {
    repeating_flags=()
    non_repeating_flags=(--leadership --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --channel --department --allegation --category --received --identity-file)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--channel')
        return
        ;;
    '--department')
        return
        ;;
    '--allegation')
        return
        ;;
    '--category')
        return
        ;;
    '--received')
        return
        ;;
    '--identity-file')
        __spotcheck_add_completions -f
        return
        ;;
    esac
}

_spotcheck_complaints_list() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_complaints_show() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_complaints_update() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --state --note --reply)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--state')
        return
        ;;
    '--note')
        return
        ;;
    '--reply')
        return
        ;;
    esac
}

_spotcheck_complaints_lookup() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_complaints_identity() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    request|approve|read)
        # Offer subcommand argument completions
        "_spotcheck_complaints_identity_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'request approve read' -- "${cur}"))
        ;;
    esac
}

_spotcheck_complaints_identity_request() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --reason)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--reason')
        return
        ;;
    esac
}

_spotcheck_complaints_identity_approve() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_complaints_identity_read() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_complaints_inspect() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|confirm|mine|list|show|measure|evidence|submit|verify|extend|decide|dismiss|transfer|reopen|export|assignment|check|checks|sample-check)
        # Offer subcommand argument completions
        "_spotcheck_findings_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add confirm mine list show measure evidence submit verify extend decide dismiss transfer reopen export assignment check checks sample-check' -- "${cur}"))
        ;;
    esac
}

_spotcheck_findings_add() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--assignment --department --self --complaint --category --severity --facts --facts-file --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--assignment')
        return
        ;;
    '--department')
        return
        ;;
    '--self')
        return
        ;;
    '--complaint')
        return
        ;;
    '--category')
        return
        ;;
    '--rule')
        return
        ;;
    '--severity')
        return
        ;;
    '--facts')
        return
        ;;
    '--facts-file')
        __spotcheck_add_completions -f
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_confirm() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=(--rule)
    non_repeating_options=(--category --severity --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--category')
        return
        ;;
    '--rule')
        return
        ;;
    '--severity')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_mine() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_list() {
    repeating_flags=()
    non_repeating_flags=(--overdue --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--department --category --state --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--department')
        return
        ;;
    '--category')
        return
        ;;
    '--state')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_show() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_measure() {
    repeating_flags=()
    non_repeating_flags=(--start --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--text --owner --due --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--text')
        return
        ;;
    '--owner')
        return
        ;;
    '--due')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_evidence() {
    repeating_flags=()
    non_repeating_flags=(--done --json --compact --pretty --version -h --help)
    repeating_options=(--file --sha256 --reference)
    non_repeating_options=(--measure --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--measure')
        return
        ;;
    '--file')
        __spotcheck_add_completions -f
        return
        ;;
    '--sha256')
        return
        ;;
    '--reference')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_submit() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_verify() {
    repeating_flags=()
    non_repeating_flags=(--accept --reject --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--note --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--note')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_extend() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--to --reason --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--to')
        return
        ;;
    '--reason')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_decide() {
    repeating_flags=()
    non_repeating_flags=(--grant --refuse --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_dismiss() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_transfer() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reference --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reference')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_reopen() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--recheck --complaint --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--recheck')
        return
        ;;
    '--complaint')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_export() {
    repeating_flags=()
    non_repeating_flags=(--overdue --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--department --category --state --output --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--department')
        return
        ;;
    '--category')
        return
        ;;
    '--state')
        return
        ;;
    '--output')
        __spotcheck_add_completions -f
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_assignment() {
    repeating_flags=()
    non_repeating_flags=(--done --not-carried-out --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--reason --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--reason')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_check() {
    repeating_flags=()
    non_repeating_flags=(--passed --failed --not-carried-out --json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--finding --note --socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--finding')
        return
        ;;
    '--note')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_checks() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--kind --socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--kind')
        return
        ;;
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_findings_sample-check() {
    repeating_flags=()
    non_repeating_flags=(--json --compact --pretty --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __spotcheck_add_completions -d
        return
        ;;
    esac
}

_spotcheck_self-inspection() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    issue|status|mine|form|submit|unlock)
        # Offer subcommand argument completions
        "_spotcheck_self-inspection_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'issue status mine form submit unlock' -- "${cur}"))
        ;;
    esac
}

_spotcheck_self-inspection_issue() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --due)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--due')
        return
        ;;
    esac
}

_spotcheck_self-inspection_status() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_self-inspection_mine() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    esac
}

_spotcheck_self-inspection_form() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --department --output -o)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--department')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    esac
}

_spotcheck_self-inspection_submit() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --department)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--department')
        return
        ;;
    esac
}

_spotcheck_self-inspection_unlock() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--socket --timeout --reason --due)
    __spotcheck_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--socket')
        __spotcheck_add_completions -f
        return
        ;;
    '--timeout')
        return
        ;;
    '--reason')
        return
        ;;
    '--due')
        return
        ;;
    esac
}

_spotcheck_bench() {
    repeating_flags=()
    non_repeating_flags=(--compare --check --version -h --help)
    repeating_options=(--size)
    non_repeating_options=(--repeat --export --cpsat-venv --cpsat-script --time-limit --total-time-limit)
    __spotcheck_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--size')
        __spotcheck_add_completions -W 'county'$'\n''city'$'\n''province'$'\n''tight'$'\n''planted-county'$'\n''planted-city'$'\n''planted-province'
        return
        ;;
    '--repeat')
        return
        ;;
    '--export')
        return
        ;;
    '--cpsat-venv')
        return
        ;;
    '--cpsat-script')
        return
        ;;
    '--time-limit')
        return
        ;;
    '--total-time-limit')
        return
        ;;
    esac
}

_spotcheck_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __spotcheck_offer_flags_options -1
}

complete -o filenames -F _spotcheck spotcheck
