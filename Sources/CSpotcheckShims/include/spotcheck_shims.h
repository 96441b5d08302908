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

/// Event flags for the epoll helpers below (the values of EPOLLIN and friends).
#define SPOTCHECK_EVENT_IN 0x001
#define SPOTCHECK_EVENT_OUT 0x004
#define SPOTCHECK_EVENT_ERR 0x008
#define SPOTCHECK_EVENT_HUP 0x010
#define SPOTCHECK_EVENT_RDHUP 0x2000
#define SPOTCHECK_EVENT_EDGE (1u << 31)

/// epoll_create1(EPOLL_CLOEXEC).
int spotcheck_epoll_create(void);

/// Adds (`add` non-zero) or removes `fd` to or from the epoll set `ep`, with `events`; the event
/// carries the descriptor back. Returns 0 or -1.
int spotcheck_epoll_control(int ep, int add, int fd, unsigned events);

/// epoll_wait into two arrays: the ready descriptors and their events. Returns the count or -1.
int spotcheck_epoll_wait(int ep, int *fds, unsigned *events, int max, int timeout_ms);

/// accept4 with SOCK_NONBLOCK | SOCK_CLOEXEC.
int spotcheck_accept(int listener);

/// An eventfd (non-blocking, close-on-exec) to wake an epoll loop from another thread.
int spotcheck_eventfd(void);

/// Adds one to an eventfd / drains it.
void spotcheck_eventfd_signal(int fd);
void spotcheck_eventfd_drain(int fd);

/// Sets O_NONBLOCK on a descriptor. Returns 0 or -1.
int spotcheck_set_nonblocking(int fd);

#endif
