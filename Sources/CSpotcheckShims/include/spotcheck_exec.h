#ifndef SPOTCHECK_EXEC_H
#define SPOTCHECK_EXEC_H

#include <sys/types.h>

/// Starts the program open at `program_fd` (a descriptor the caller has checked) with execveat(2)
/// and AT_EMPTY_PATH, so what runs is exactly the checked file whatever its path names by then.
/// In the child: `stdin_fd` becomes standard input, standard output and error go to /dev/null,
/// every signal is unblocked and SIGPIPE is at its default, and `program_fd` stays open across
/// the exec (a #! script's interpreter reads the script through /dev/fd/N, which needs /proc).
/// Returns the child's pid, or -1 with `*error` set to the errno of the failed fork or exec.
pid_t spotcheck_spawn_descriptor(
    int program_fd, int stdin_fd, char *const argv[], char *const envp[], int *error);

#endif
