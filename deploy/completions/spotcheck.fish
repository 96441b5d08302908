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
            __spotcheck_parse_subcommand 0 'date=' 'days=' 'tasks=' 'login=' 'json' 'ics' 'version' 'h/help'
        case 'status'
            __spotcheck_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
        case 'draw'
            __spotcheck_parse_subcommand 0 'roster=' 'policy=' 'date=' 'pool=' 'seed=' 'seed-file=' 'target=+' 'previous=' 'commitment=' 'json' 'output=' 'version' 'h/help'
        case 'verify'
            __spotcheck_parse_subcommand 1 'chain' 'date=' 'pool=' 'public=' 'socket=' 'seed=' 'seed-file=' 'roster=' 'policy=' 'commitment=' 'replacements=' 'json' 'version' 'h/help'
        case 'why'
            __spotcheck_parse_subcommand 2 'roster=' 'policy=' 'date=' 'record=' 'json' 'socket=' 'version' 'h/help'
        case 'candidates'
            __spotcheck_parse_subcommand 1 'roster=' 'policy=' 'date=' 'json' 'version' 'h/help'
        case 'check-roster'
            __spotcheck_parse_subcommand 0 'roster=' 'policy=' 'json' 'version' 'h/help'
        case 'departments'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'set'
                __spotcheck_parse_subcommand 1 'name=' 'weight=' 'weight-from-powers' 'powers=' 'skills=' 'pools=' 'dry-run' 'json' 'socket=' 'version' 'h/help'
            case 'remove'
                __spotcheck_parse_subcommand 1 'dry-run' 'json' 'socket=' 'version' 'h/help'
            end
        case 'inspectors'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'set'
                __spotcheck_parse_subcommand 1 'name=' 'login=' 'home=' 'former=' 'skills=' 'lead' 'no-lead' 'cap=' 'dry-run' 'json' 'socket=' 'version' 'h/help'
            case 'remove'
                __spotcheck_parse_subcommand 1 'dry-run' 'json' 'socket=' 'version' 'h/help'
            case 'unavailable'
                __spotcheck_parse_subcommand 2 'remove' 'dry-run' 'json' 'socket=' 'version' 'h/help'
            end
        case 'conflicts'
            __spotcheck_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __spotcheck_parse_subcommand 0 'socket=' 'json' 'version' 'h/help'
            case 'add'
                __spotcheck_parse_subcommand 2 'reason=' 'until=' 'dry-run' 'json' 'socket=' 'version' 'h/help'
            case 'remove'
                __spotcheck_parse_subcommand 2 'dry-run' 'json' 'socket=' 'version' 'h/help'
            end
        case 'order'
            __spotcheck_parse_subcommand -r 2 'reason=' 'json' 'socket=' 'version' 'h/help'
        case 'replace'
            __spotcheck_parse_subcommand 2 'with=' 'reason=' 'json' 'socket=' 'version' 'h/help'
        case 'import'
            __spotcheck_parse_subcommand 1 'dry-run' 'json' 'socket=' 'version' 'h/help'
        case 'export'
            __spotcheck_parse_subcommand 1 'socket=' 'version' 'h/help'
        case 'log'
            __spotcheck_parse_subcommand 0 'date=' 'kind=+' 'directory=' 'json' 'version' 'h/help'
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
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'status' -d 'Show what spotcheckd is doing: next event, pools, roster, last draw.'
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
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'import' -d 'Replace the daemon\'s roster with CSV files, all or nothing (coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'export' -d 'Write the daemon\'s roster as CSV files into a folder (coordinators and auditors).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'log' -d 'Read spotcheckd\'s journal entries, filtered by inspection day and kind.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'bench' -d 'Measure the draw\'s time and memory on generated rosters.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" date' -l 'date' -d 'The first day to show, YYYY-MM-DD. Default: today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" days' -l 'days' -d 'How many days after the first to look for revealed tasks.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" tasks' -l 'tasks' -d 'The folder of task files. Default: $SPOTCHECK_TASKS, else /var/lib/spotcheck/tasks.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" login' -l 'login' -d 'Whose tasks (default: yours; others\' files are not readable to you).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" json' -l 'json' -d 'Print the task files as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" ics' -l 'ics' -d 'Print iCalendar events.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck today" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" json' -l 'json' -d 'Print the status as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" date' -l 'date' -d 'The inspection day, YYYY-MM-DD. Default: today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" pool' -l 'pool' -d 'The pool to draw from.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" seed' -l 'seed' -d 'The 32-byte seed as 64 hex digits, to repeat a draw. Default: fresh from the kernel.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" seed-file' -l 'seed-file' -d 'Write the seed (when fresh) to this file, readable by its owner only, instead of standard error.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw"' -l 'target' -d 'Name a target department (repeat for several): draw only the teams.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" previous' -l 'previous' -d 'Hash of the previous record in the chain.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" commitment' -l 'commitment' -d 'Write the commitment (commitment.json: what the draw is bound to) to this file before drawing.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" json' -l 'json' -d 'Print the record as JSON instead of a table.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" output' -l 'output' -d 'Also write the record as JSON to this file (atomically).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck draw" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" chain' -l 'chain' -d 'Check the hash chain of all of spotcheckd\'s draws instead (auditors and coordinators).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" date' -l 'date' -d 'Verify the published record of this inspection day (with --pool) from the public folder.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" pool' -l 'pool' -d 'The pool of the published record to verify.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" public' -l 'public' -d 'The public records folder. Default: $SPOTCHECK_PUBLIC, else /var/lib/spotcheck/public.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" seed' -l 'seed' -d 'The revealed seed, 64 hex digits.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" seed-file' -l 'seed-file' -d 'A file holding the seed.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" roster' -l 'roster' -d 'Folder with the roster CSV files the draw was made on.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" policy' -l 'policy' -d 'The policy the draw was made under (TOML or canonical text). Default: policy.toml in the roster folder, else the built-in policy.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" commitment' -l 'commitment' -d 'The published commitment (commitment.json) to check.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" replacements' -l 'replacements' -d 'The replacements made to the draw\'s teams (JSON array).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" date' -l 'date' -d 'The day, YYYY-MM-DD. Default: the record\'s date, else today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" record' -l 'record' -d 'A draw record whose teams form the round.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" json' -l 'json' -d 'Print the answer as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck why" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" date' -l 'date' -d 'The day, YYYY-MM-DD. Default: today.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" json' -l 'json' -d 'Print the list as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck candidates" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" roster' -l 'roster' -d 'Folder with departments.csv, inspectors.csv and optionally conflicts.csv and history.csv.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" policy' -l 'policy' -d 'Policy file (TOML, a [policy] section). Default: policy.toml in the roster folder if there is one, else the built-in policy.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" json' -l 'json' -d 'Print the summary as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck check-roster" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck departments" -eq 1' -fa 'list' -d 'List the departments.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck departments" -eq 1' -fa 'set' -d 'Add a department or change some of its fields.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck departments" -eq 1' -fa 'remove' -d 'Remove a department (refused while inspectors, conflicts or history name it).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments list" json' -l 'json' -d 'Print as JSON.'
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
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck departments remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'list' -d 'List the inspectors.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'set' -d 'Add an inspector or change some of their fields.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'remove' -d 'Remove an inspector (refused while conflicts or history name them).'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck inspectors" -eq 1' -fa 'unavailable' -d 'Mark an inspector unavailable on dates, or available again with --remove.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors list" json' -l 'json' -d 'Print as JSON.'
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
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" remove' -l 'remove' -d 'Make the inspector available again on these dates.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck inspectors unavailable" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck conflicts" -eq 1' -fa 'list' -d 'List the declared conflicts.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck conflicts" -eq 1' -fa 'add' -d 'Declare a conflict between an inspector and a department.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_positional "spotcheck conflicts" -eq 1' -fa 'remove' -d 'Withdraw every conflict between an inspector and a department.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" json' -l 'json' -d 'Print as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" reason' -l 'reason' -d 'The declared tie.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" until' -l 'until' -d 'Last day it applies, YYYY-MM-DD (default: for good).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck conflicts remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" reason' -l 'reason' -d 'Why the inspection is ordered (kept in the audit trail).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" json' -l 'json' -d 'Print the teams as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck order" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" with' -l 'with' -d 'The inspector who should go instead.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" reason' -l 'reason' -d 'Why (kept in the audit trail).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" json' -l 'json' -d 'Print the result as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck replace" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" dry-run' -l 'dry-run' -d 'Show what would change; change nothing.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" json' -l 'json' -d 'Print the changes as JSON.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" socket' -l 'socket' -d 'The daemon\'s control socket. Default: $SPOTCHECK_SOCKET, else /run/spotcheck/control.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" date' -l 'date' -d 'Only entries about this inspection day (SPOTCHECK_DATE).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log"' -l 'kind' -d 'Only entries of this kind (repeat for several).' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" directory' -l 'directory' -d 'Read journal files from this folder instead of the system journal.' -rfka ''
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" json' -l 'json' -d 'Print the entries as JSON, with all their fields.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" version' -l 'version' -d 'Show the version.'
complete -c 'spotcheck' -n '__spotcheck_should_offer_completions_for_flags_or_options "spotcheck log" h help' -s 'h' -l 'help' -d 'Show help information.'
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
