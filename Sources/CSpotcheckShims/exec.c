#define _GNU_SOURCE
#include "spotcheck_exec.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

pid_t spotcheck_spawn_descriptor(
    int program_fd, int stdin_fd, char *const argv[], char *const envp[], int *error) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) {
        *error = errno;
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        *error = errno;
        close(report[0]);
        close(report[1]);
        return -1;
    }
    if (pid == 0) {
        // Only async-signal-safe calls from here to the exec.
        sigset_t all;
        sigemptyset(&all);
        sigprocmask(SIG_SETMASK, &all, NULL);
        signal(SIGPIPE, SIG_DFL);
        int failed = 0;
        if (dup2(stdin_fd, 0) < 0) failed = errno;
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (!failed && (null < 0 || dup2(null, 1) < 0 || dup2(null, 2) < 0)) failed = errno;
        // Kept open across the exec: the kernel hands a script's interpreter /dev/fd/N.
        int flags = fcntl(program_fd, F_GETFD);
        if (!failed && (flags < 0 || fcntl(program_fd, F_SETFD, flags & ~FD_CLOEXEC) < 0)) failed = errno;
        if (!failed) {
            syscall(SYS_execveat, program_fd, "", argv, envp, AT_EMPTY_PATH);
            failed = errno;
        }
        (void)write(report[1], &failed, sizeof failed);
        _exit(127);
    }
    close(report[1]);
    int failed = 0;
    ssize_t got;
    do {
        got = read(report[0], &failed, sizeof failed);
    } while (got < 0 && errno == EINTR);
    close(report[0]);
    if (got == (ssize_t)sizeof failed) {
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        *error = failed;
        return -1;
    }
    return pid;
}
