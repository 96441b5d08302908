function __spotcheck_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __spotcheck_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __spotcheck_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __spotcheck_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __spotcheck_parse_tokens -S
    set -l unparsed_tokens (__spotcheck_tokens -pc)
    switch $unparsed_tokens[1]
    case 'spotcheck'
        __spotcheck_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'today'
            __spotcheck_parse_subcommand 0 'date=' 'days=' 'tasks=' 'login=' 'json' 'compact' 'pretty' 'ics' 'socket=' 'timeout=' 'version' 'h/help'
        case 'status'
            __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
        case 'draw'
            __spotcheck_parse_subcommand 0 'roster=' 'policy=' 'date=' 'pool=' 'seed=' 'seed-file=' 'target=+' 'previous=' 'commitment=' 'json' 'output=' 'version' 'h/help'
        case 'verify'
            __spotcheck_parse_subcommand 1 'chain' 'head=' 'date=' 'pool=' 'public=' 'socket=' 'timeout=' 'seed=' 'seed-file=' 'roster=' 'policy=' 'commitment=' 'replacements=' 'hidden-slot=' 'publication=' 'key=' 'json' 'compact' 'pretty' 'version' 'h/help'
        case 'why'
            __spotcheck_parse_subcommand 2 'roster=' 'policy=' 'date=' 'record=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
        case 'candidates'
            __spotcheck_parse_subcommand 1 'roster=' 'policy=' 'date=' 'json' 'compact' 'pretty' 'version' 'h/help'
        case 'check-roster'
            __spotcheck_parse_subcommand 0 'roster=' 'policy=' 'json' 'compact' 'pretty' 'version' 'h/help'
        case 'departments'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'set'
                __spotcheck_parse_subcommand 1 'name=' 'weight=' 'weight-from-powers' 'powers=' 'skills=' 'pools=' 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'remove'
                __spotcheck_parse_subcommand 1 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            end
        case 'inspectors'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'set'
                __spotcheck_parse_subcommand 1 'name=' 'login=' 'home=' 'former=' 'skills=' 'lead' 'no-lead' 'cap=' 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'remove'
                __spotcheck_parse_subcommand 1 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'unavailable'
                __spotcheck_parse_subcommand 2 'remove' 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            end
        case 'conflicts'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'add'
                __spotcheck_parse_subcommand 2 'reason=' 'until=' 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'remove'
                __spotcheck_parse_subcommand 2 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            end
        case 'order'
            __spotcheck_parse_subcommand -r 2 'reason=' 'covert' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
        case 'replace'
            __spotcheck_parse_subcommand 2 'with=' 'reason=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
        case 'teams'
            __spotcheck_parse_subcommand 0 'date=' 'pool=' 'csv' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
        case 'import'
            __spotcheck_parse_subcommand 1 'dry-run' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
        case 'export'
            __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'version' 'h/help'
        case 'log'
            __spotcheck_parse_subcommand 0 'date=' 'kind=+' 'directory=' 'unit=' 'invocation=' 'json' 'compact' 'pretty' 'version' 'h/help'
        case 'campaign'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'status'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'advance'
                __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'reason=' 'version' 'h/help'
            end
        case 'complaints'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'register'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'channel=' 'department=' 'allegation=' 'category=' 'received=' 'identity-file=' 'leadership' 'version' 'h/help'
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'show'
                __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'update'
                __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'state=' 'note=' 'reply=' 'version' 'h/help'
            case 'lookup'
                __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'json' 'compact' 'pretty' 'version' 'h/help'
            case 'identity'
                __spotcheck_parse_subcommand 0 'version' 'h/help'
                switch $unparsed_tokens[1]
                case 'request'
                    __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'reason=' 'version' 'h/help'
                case 'approve'
                    __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'version' 'h/help'
                case 'read'
                    __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'version' 'h/help'
                end
            case 'inspect'
                __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'version' 'h/help'
            end
        case 'findings'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __spotcheck_parse_subcommand 0 'assignment=' 'department=' 'self=' 'complaint=' 'category=' 'rule=+' 'severity=' 'facts=' 'facts-file=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'confirm'
                __spotcheck_parse_subcommand 1 'category=' 'rule=+' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'mine'
                __spotcheck_parse_subcommand 0 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'list'
                __spotcheck_parse_subcommand 0 'overdue' 'department=' 'category=' 'state=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'show'
                __spotcheck_parse_subcommand 1 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'measure'
                __spotcheck_parse_subcommand 1 'text=' 'owner=' 'due=' 'start' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'evidence'
                __spotcheck_parse_subcommand 1 'measure=' 'file=+' 'sha256=+' 'reference=+' 'done' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'submit'
                __spotcheck_parse_subcommand 1 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'verify'
                __spotcheck_parse_subcommand 1 'accept' 'reject' 'note=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'extend'
                __spotcheck_parse_subcommand 1 'to=' 'reason=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'decide'
                __spotcheck_parse_subcommand 1 'grant' 'refuse' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'dismiss'
                __spotcheck_parse_subcommand 1 'reason=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'transfer'
                __spotcheck_parse_subcommand 1 'reference=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'reopen'
                __spotcheck_parse_subcommand 1 'recheck=' 'complaint=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'export'
                __spotcheck_parse_subcommand 0 'overdue' 'department=' 'category=' 'state=' 'output=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            case 'assignment'
                __spotcheck_parse_subcommand 1 'done' 'not-carried-out' 'reason=' 'json' 'compact' 'pretty' 'socket=' 'timeout=' 'version' 'h/help'
            end
        case 'self-inspection'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'issue'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'due=' 'version' 'h/help'
            case 'status'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'version' 'h/help'
            case 'mine'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'json' 'version' 'h/help'
            case 'form'
                __spotcheck_parse_subcommand 0 'socket=' 'timeout=' 'department=' 'o/output=' 'version' 'h/help'
            case 'submit'
                __spotcheck_parse_subcommand 1 'socket=' 'timeout=' 'department=' 'version' 'h/help'
            end
        case 'bench'
            __spotcheck_parse_subcommand 0 'size=+' 'repeat=' 'export=' 'compare' 'cpsat-venv=' 'cpsat-script=' 'check' 'version' 'h/help'
        case 'help'
            __spotcheck_parse_subcommand -r 1 'version'
        end
    end
end

function __spotcheck_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __spotcheck_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __spotcheck_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __spotcheck_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__spotcheck_tokens -p)
    if test -z "$(__spotcheck_tokens -t)"
        set -l index (count (__spotcheck_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'spotcheck' -f
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'today' -d 'Show your inspection assignments: where, with whom, in what role.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'status' -d 'Show what spotcheckd is doing: next event, pools, roster, last draw, campaign phase and its gate.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'draw' -d 'Draw inspection targets and teams from roster files, offline.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'verify' -d 'Check that a draw record reproduces exactly from its seed and roster.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'why' -d 'Explain whether an inspector may inspect a department on a date, and why not.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'candidates' -d 'List the inspectors who may inspect a department on a date.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'check-roster' -d 'Validate roster files and a policy without drawing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'departments' -d 'List, add, edit or remove departments, their weights and pools (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'inspectors' -d 'List, add, edit or remove inspectors and their availability (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'conflicts' -d 'List, declare or withdraw conflicts of interest (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'order' -d 'Order a targeted inspection of named departments today (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'replace' -d 'Replace an inspector on an issued team, under every rule (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'teams' -d 'The team sheet of a day, for coordinators: every team, where, when and who.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'import' -d 'Replace the daemon\'s roster with CSV files, all or nothing (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'export' -d 'Write the daemon\'s roster as CSV files into a folder (coordinators and auditors).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'log' -d 'Read spotcheckd\'s journal entries, filtered by inspection day and kind.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'campaign' -d 'The campaign\'s phases: show them, or take the next step.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'complaints' -d 'Complaints from the public (群众举报): register, handle, look up by receipt code.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'findings' -d 'The problem ledger: record findings, rectify them, verify and close them.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'self-inspection' -d 'Self-inspection forms: issue, fill in, return, follow up.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'bench' -d 'Measure the draw\'s time and memory on generated rosters.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" date' -l 'date' -d 'The first day to show, YYYY-MM-DD. Default: today in spotcheckd\'s time zone (this machine\'s when the daemon cannot be asked).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" days' -l 'days' -d 'How many days after the first to look for revealed tasks.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" tasks' -l 'tasks' -d 'The folder of task files. Default: $SPOTCHECK_TASKS, else /var/lib/spotcheck/tasks.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" login' -l 'login' -d 'Whose tasks (default: yours; others\' files are not readable to you).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" json' -l 'json' -d 'Print the task files as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" ics' -l 'ics' -d 'Print iCalendar events.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" json' -l 'json' -d 'Print the status as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" date' -l 'date' -d 'The inspection day, YYYY-MM-DD. Default: today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" pool' -l 'pool' -d 'The pool to draw from.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" seed' -l 'seed' -d 'The 32-byte seed as 64 hex digits, to repeat a draw. Default: fresh from the kernel.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" seed-file' -l 'seed-file' -d 'Write the seed (when fresh) to this file, readable by its owner only, instead of standard error.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw"' -l 'target' -d 'Name a target department (repeat for several): draw only the teams.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" previous' -l 'previous' -d 'Hash of the previous record in the chain.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" commitment' -l 'commitment' -d 'Write the commitment (commitment.json: what the draw is bound to) to this file before drawing.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" json' -l 'json' -d 'Print the record as JSON instead of a table.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" output' -l 'output' -d 'Also write the record as JSON to this file (atomically).' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" chain' -l 'chain' -d 'Check the hash chain of all of spotcheckd\'s draws instead (auditors and coordinators), or of the public records folder given.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" head' -l 'head' -d 'With --chain DIR: the hash the chain must end at, from a source other than the folder (the journal, a later day\'s commitment.json).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" date' -l 'date' -d 'Verify the published record of this inspection day (with --pool) from the public folder.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" pool' -l 'pool' -d 'The pool of the published record to verify.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" public' -l 'public' -d 'The public records folder. Default: $SPOTCHECK_PUBLIC, else /var/lib/spotcheck/public.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" seed' -l 'seed' -d 'The revealed seed, 64 hex digits.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" seed-file' -l 'seed-file' -d 'A file holding the seed.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" roster' -l 'roster' -d 'Folder with the roster CSV files the draw was made on.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" policy' -l 'policy' -d 'The policy the draw was made under (TOML or canonical text). Default: policy.toml in the roster folder, else the built-in policy.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" commitment' -l 'commitment' -d 'The published commitment (commitment.json) to check.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" replacements' -l 'replacements' -d 'The replacements made to the draw\'s teams (JSON array).' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" hidden-slot' -l 'hidden-slot' -d 'The opening of a hidden complaint-driven slot, DEPARTMENT:SALT (64 hex digits), published once the complaint is closed.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" publication' -l 'publication' -d 'Check a copy of the public site: every file against its signed manifest (manifest.json, manifest.sig).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" key' -l 'key' -d 'With --publication: the signing key (64 hex digits) the manifest must be signed with, as the inspection office published it (spotcheckd --publication-key prints it).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" date' -l 'date' -d 'The day, YYYY-MM-DD. Default: the record\'s date, else today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" record' -l 'record' -d 'A draw record whose teams form the round.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" json' -l 'json' -d 'Print the answer as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" date' -l 'date' -d 'The day, YYYY-MM-DD. Default: today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" json' -l 'json' -d 'Print the list as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" json' -l 'json' -d 'Print the summary as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck departments" -eq 1' -fa 'list' -d 'List the departments.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck departments" -eq 1' -fa 'set' -d 'Add a department or change some of its fields.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck departments" -eq 1' -fa 'remove' -d 'Remove a department (refused while inspectors, conflicts or history name it).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" name' -l 'name' -d 'Display name.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" weight' -l 'weight' -d 'Risk weight, 0 = never drawn.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" weight-from-powers' -l 'weight-from-powers' -d 'Take the weight from the policy\'s power weights.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" powers' -l 'powers' -d 'Powers: approval, enforcement, fund-allocation (comma-separated).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" skills' -l 'skills' -d 'Skills the team must include (comma-separated).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" pools' -l 'pools' -d 'Pools the department belongs to (comma-separated).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'list' -d 'List the inspectors.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'set' -d 'Add an inspector or change some of their fields.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'remove' -d 'Remove an inspector (refused while conflicts or history name them).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'unavailable' -d 'Mark an inspector unavailable on dates, or available again with --remove.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" name' -l 'name' -d 'Display name.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" login' -l 'login' -d 'Unix login.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" home' -l 'home' -d 'Home department id.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" former' -l 'former' -d 'Former departments as DEPT@YYYY-MM-DD (comma-separated).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" skills' -l 'skills' -d 'Skills (comma-separated).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" lead' -l 'lead' -d 'May lead a team.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" no-lead' -l 'no-lead' -d 'May lead a team.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" cap' -l 'cap' -d 'Inspections per day.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" remove' -l 'remove' -d 'Make the inspector available again on these dates.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck conflicts" -eq 1' -fa 'list' -d 'List the declared conflicts.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck conflicts" -eq 1' -fa 'add' -d 'Declare a conflict between an inspector and a department.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck conflicts" -eq 1' -fa 'remove' -d 'Withdraw every conflict between an inspector and a department.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" reason' -l 'reason' -d 'The declared tie.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" until' -l 'until' -d 'Last day it applies, YYYY-MM-DD (default: for good).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" reason' -l 'reason' -d 'Why the inspection is ordered (kept in the audit trail).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" covert' -l 'covert' -d 'A covert visit: the task files tell the team not to announce itself. Default: the pool\'s mode.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" json' -l 'json' -d 'Print the teams as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" with' -l 'with' -d 'The inspector who should go instead.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" reason' -l 'reason' -d 'Why (kept in the audit trail).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" date' -l 'date' -d 'The day, YYYY-MM-DD. Default: today in spotcheckd\'s time zone.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" pool' -l 'pool' -d 'Only this pool\'s teams.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" csv' -l 'csv' -d 'Print CSV (UTF-8 with a byte order mark), one row per member.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" json' -l 'json' -d 'Print the sheet as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck teams" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck import" -eq 1' -fa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck export" -eq 1' -fa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" date' -l 'date' -d 'Only entries about this inspection day (SPOTCHECK_DATE).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log"' -l 'kind' -d 'Only entries of this kind (repeat for several).' -rfka 'started ready config-reloaded config-rejected roster-loaded roster-rejected draw-committed draw-completed draw-failed assignment-issued target-replaced draw-missed seed-revealed stopping request-refused inspector-replaced campaign-advanced complaint-registered complaint-identity-read draw-outside-phase complaint-escalated finding-changed escalation-reminder escalation-notice escalation-referral self-inspection-form-late'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" directory' -l 'directory' -d 'Read journal files from this folder instead of the system journal.' -rfa '(__spotcheck_complete_directories)'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" unit' -l 'unit' -d 'Only entries of this systemd unit (spotcheckd.service unless told; a name without a dot gets .service).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" invocation' -l 'invocation' -d 'Only entries of this run of the daemon: its invocation id (systemctl show -p InvocationID spotcheckd), or \'current\' for the running one.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" json' -l 'json' -d 'Print the entries as JSON, with all their fields.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck campaign" -eq 1' -fa 'status' -d 'Show the campaign, its active phase, the gate into the next step and what blocks it.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck campaign" -eq 1' -fa 'advance' -d 'Take the next step of the campaign, once its gate holds (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" json' -l 'json' -d 'Print the campaign as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign advance" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign advance" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign advance" reason' -l 'reason' -d 'Why the step is taken now (kept in the audit trail and the journal).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign advance" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck campaign advance" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'register' -d 'Register a complaint and print its receipt code (shown once).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'list' -d 'List complaints with their state and clock (handlers).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'show' -d 'Show one complaint with its history (handlers; never the identity).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'update' -d 'Move a complaint to a state, add an internal note, or a reply for the complainant.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'lookup' -d 'What the holder of a receipt code may see: state, dates, replies.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'identity' -d 'Read a complainant\'s identity: request with a reason, a second person approves, then read once.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints" -eq 1' -fa 'inspect' -d 'Ask for an inspection of a complaint\'s department, hidden among the next scheduled draw\'s picks.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" channel' -l 'channel' -d 'hotline, mailbox, wechat, letter or visit.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" department' -l 'department' -d 'The department concerned (its id).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" allegation' -l 'allegation' -d 'What is alleged.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" category' -l 'category' -d 'The category.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" received' -l 'received' -d 'When it was received: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" identity-file' -l 'identity-file' -d 'Read the complainant\'s identity from this file (\'-\': standard input).' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" leadership' -l 'leadership' -d 'About the commission\'s own leadership: keep only a content-free stub (forwarded to the level above).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints register" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" state' -l 'state' -d 'The new state.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" note' -l 'note' -d 'An internal note (never shown to the complainant).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" reply' -l 'reply' -d 'A reply for the complainant (shown on receipt lookup).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints update" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints lookup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints identity" -eq 1' -fa 'request' -d 'Ask to read a complaint\'s identity, with a written reason.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints identity" -eq 1' -fa 'approve' -d 'Approve another handler\'s request to read an identity.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck complaints identity" -eq 1' -fa 'read' -d 'Read the identity of an approved request (once, by the one who asked).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity request" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity request" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity request" reason' -l 'reason' -d 'Why the identity must be read (kept in the audit trail).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity request" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity request" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity approve" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity approve" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity approve" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity approve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity read" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity read" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity read" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints identity read" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints inspect" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints inspect" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints inspect" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck complaints inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'add' -d 'Record a finding (inspectors on their assignment, contacts for self-inspection, coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'confirm' -d 'Confirm a finding (the team lead of its assignment, or a coordinator).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'mine' -d 'The findings of the departments whose contact you are.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'list' -d 'List the findings you may see, with their deadline status.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'show' -d 'Show a finding with its whole history.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'measure' -d 'Add a rectification measure, or start the rectification (contacts, coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'evidence' -d 'Add evidence to a measure, and with --done complete it.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'submit' -d 'Submit the rectification for verification (every measure done, with evidence).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'verify' -d 'Record the verification of a rectification (the drawn verifier).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'extend' -d 'Request a later due date, before the current one (contacts, coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'decide' -d 'Grant or refuse a pending extension (a coordinator who did not request it).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'dismiss' -d 'Propose dismissing a finding, or approve a proposal as a second coordinator.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'transfer' -d 'Hand a finding to case handling (coordinators); it leaves the ledger.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'reopen' -d 'Reopen a closed finding after a failed re-check or a new complaint (coordinators; a failed re-check also its team lead).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'export' -d 'Export the findings you may see for a spreadsheet (CSV with a UTF-8 BOM) or as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck findings" -eq 1' -fa 'assignment' -d 'Report an assignment done, or not carried out with a reason (the team lead).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" assignment' -l 'assignment' -d 'The assignment: DRAW/DEPARTMENT (see spotcheck today).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" department' -l 'department' -d 'The department (with --assignment DRAW or --complaint).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" self' -l 'self' -d 'Self-inspection of this department.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" complaint' -l 'complaint' -d 'A complaint\'s number (spotcheck complaints list): the finding comes from it, in its department.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" category' -l 'category' -d 'detached, sluggish, evasive, arrogant or hollow (may wait until confirmation).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add"' -l 'rule' -d 'A rule code it breaks (repeat).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" severity' -l 'severity' -d 'minor (default), serious or grave.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" facts' -l 'facts' -d 'What was found.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" facts-file' -l 'facts-file' -d 'Read the facts from this file.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" category' -l 'category' -d 'detached, sluggish, evasive, arrogant or hollow.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm"' -l 'rule' -d 'A rule code (repeat; replaces the list).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings confirm" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings mine" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" overdue' -l 'overdue' -d 'Only rectifications past their due date.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" department' -l 'department' -d 'Only this department.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" category' -l 'category' -d 'Only this category.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" state' -l 'state' -d 'Only this state (identified, confirmed, rectifying, awaiting-verification, closed, …).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" text' -l 'text' -d 'What will be done.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" owner' -l 'owner' -d 'The role answerable for it (for example 办公室主任).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" due' -l 'due' -d 'When it is due.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" start' -l 'start' -d 'Start the rectification with the measures given so far.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings measure" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" measure' -l 'measure' -d 'The measure\'s number.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence"' -l 'file' -d 'A file whose SHA-256 is recorded (repeat).' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence"' -l 'sha256' -d 'A file\'s SHA-256 (repeat).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence"' -l 'reference' -d 'A reference (repeat).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" done' -l 'done' -d 'The measure is done.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings evidence" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings submit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" accept' -l 'accept' -d 'The rectification holds.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" reject' -l 'reject' -d 'It does not.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" note' -l 'note' -d 'What was checked, or why it fails.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" to' -l 'to' -d 'The new due date.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" reason' -l 'reason' -d 'Why more time is needed.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings extend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" grant' -l 'grant' -d 'Grant the extension.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" refuse' -l 'refuse' -d 'Refuse it.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings decide" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" reason' -l 'reason' -d 'Why (to propose).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings dismiss" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" reference' -l 'reference' -d 'The case-handling reference.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings transfer" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" recheck' -l 'recheck' -d 'What the failed re-check found.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" complaint' -l 'complaint' -d 'The new complaint\'s id.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings reopen" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" overdue' -l 'overdue' -d 'Only rectifications past their due date.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" department' -l 'department' -d 'Only this department.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" category' -l 'category' -d 'Only this category.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" state' -l 'state' -d 'Only this state (identified, confirmed, rectifying, awaiting-verification, closed, …).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" output' -l 'output' -d 'Write to this file instead of standard output.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" json' -l 'json' -d 'Print the findings as JSON instead of CSV.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" done' -l 'done' -d 'The inspection was carried out.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" not-carried-out' -l 'not-carried-out' -d 'It was not.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" reason' -l 'reason' -d 'Why it was not carried out.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" compact' -l 'compact' -d 'Print JSON on one line (the default when standard output is not a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" pretty' -l 'pretty' -d 'Print JSON indented (the default on a terminal).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck findings assignment" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck self-inspection" -eq 1' -fa 'issue' -d 'Issue a form to every department without one (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck self-inspection" -eq 1' -fa 'status' -d 'Every department\'s form: returned, outstanding or late (coordinators, auditors).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck self-inspection" -eq 1' -fa 'mine' -d 'The forms of the departments whose contact you are.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck self-inspection" -eq 1' -fa 'form' -d 'Write your department\'s form to a file to fill in (contacts).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck self-inspection" -eq 1' -fa 'submit' -d 'Return your department\'s filled form (contacts).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection issue" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection issue" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection issue" due' -l 'due' -d 'The due date, YYYY-MM-DD (default: the last planned day of self-inspection).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection issue" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection issue" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection status" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection status" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection status" json' -l 'json' -d 'Print the forms as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection status" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection mine" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection mine" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection mine" json' -l 'json' -d 'Print the forms as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection mine" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection mine" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection form" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection form" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection form" department' -l 'department' -d 'The department (needed only when you are the contact of several).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection form" o output' -l 'output' -s 'o' -d 'Write the form to this file (default: standard output).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection form" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection form" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection submit" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rF
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection submit" timeout' -l 'timeout' -d 'Give up when spotcheckd has not answered after this many seconds (0: wait). Default: $SPOTCHECK_TIMEOUT, else 60.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection submit" department' -l 'department' -d 'The department (needed only when you are the contact of several).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection submit" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck self-inspection submit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench"' -l 'size' -d 'Which sizes to run: county, city or province (repeat for several). Default: all.' -rfka 'county city province tight planted-county planted-city planted-province'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" repeat' -l 'repeat' -d 'Draws per size (different seeds); the median and maximum are reported.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" export' -l 'export' -d 'Also write each planted instance\'s staffing question as JSON into this folder, for tools/cpsat_bench.py.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" compare' -l 'compare' -d 'Also answer each planted instance with OR-Tools CP-SAT (tools/cpsat_bench.py) in the same run, and print its median time, the ratio and whether both agree on which targets are refused.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" cpsat-venv' -l 'cpsat-venv' -d 'The Python virtual environment for --compare; created with ortools when missing.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" cpsat-script' -l 'cpsat-script' -d 'The CP-SAT script for --compare.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" check' -l 'check' -d 'Exit 1 when a goal is missed, an outcome is wrong or CP-SAT disagrees.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck bench" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck help" version' -l 'version' -d 'Show the version.'
