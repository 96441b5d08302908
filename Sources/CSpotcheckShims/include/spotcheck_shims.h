#ifndef SPOTCHECK_SHIMS_H
#define SPOTCHECK_SHIMS_H

#include <stddef.h>
#include <sys/types.h>

/// getrandom(2) with flags 0: blocks until the kernel's pool is initialised, then never fails
/// for requests of up to 256 bytes except with EINTR.
ssize_t spotcheck_getrandom(void *buffer, size_t length);

/// setxattr(2), which the Swift Glibc overlay does not expose.
int spotcheck_setxattr(const char *path, const char *name, const void *value, size_t size, int flags);

/// Installs handlers for SIGTERM, SIGINT and SIGHUP that write the signal's number as one byte
/// to a pipe, and returns the pipe's read end (or -1 with errno set). The handlers are in place
/// when this returns, so no signal is lost between start-up and the first read.
int spotcheck_signal_pipe_install(void);

/// The pid, uid and gid of the peer of a connected Unix socket (SO_PEERCRED). Returns 0 or -1.
int spotcheck_peer_credentials(int fd, int *pid, unsigned *uid, unsigned *gid);

#endif
