#define _GNU_SOURCE
#include "spotcheck_shims.h"

#include <sys/random.h>
#include <sys/xattr.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

ssize_t spotcheck_getrandom(void *buffer, size_t length) {
    return getrandom(buffer, length, 0);
}

int spotcheck_setxattr(const char *path, const char *name, const void *value, size_t size, int flags) {
    return setxattr(path, name, value, size, flags);
}

static int signal_pipe_write = -1;

static void signal_pipe_handler(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    (void)write(signal_pipe_write, &byte, 1);
    errno = saved;
}

int spotcheck_signal_pipe_install(void) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return -1;
    fcntl(fds[1], F_SETFL, O_NONBLOCK);
    signal_pipe_write = fds[1];
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = signal_pipe_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    int signals[] = {SIGTERM, SIGINT, SIGHUP};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (sigaction(signals[i], &action, NULL) != 0) return -1;
    }
    return fds[0];
}

int spotcheck_peer_credentials(int fd, int *pid, unsigned *uid, unsigned *gid) {
    struct ucred credentials;
    socklen_t length = sizeof credentials;
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0) return -1;
    *pid = credentials.pid;
    *uid = credentials.uid;
    *gid = credentials.gid;
    return 0;
}

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <stdint.h>

int spotcheck_epoll_create(void) {
    return epoll_create1(EPOLL_CLOEXEC);
}

int spotcheck_epoll_control(int ep, int add, int fd, unsigned events) {
    struct epoll_event event;
    memset(&event, 0, sizeof event);
    event.events = events;
    event.data.fd = fd;
    return epoll_ctl(ep, add ? EPOLL_CTL_ADD : EPOLL_CTL_DEL, fd, &event);
}

int spotcheck_epoll_wait(int ep, int *fds, unsigned *events, int max, int timeout_ms) {
    struct epoll_event ready[256];
    if (max > 256) max = 256;
    int count = epoll_wait(ep, ready, max, timeout_ms);
    for (int i = 0; i < count; i++) {
        fds[i] = ready[i].data.fd;
        events[i] = ready[i].events;
    }
    return count;
}

int spotcheck_accept(int listener) {
    return accept4(listener, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

int spotcheck_eventfd(void) {
    return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

void spotcheck_eventfd_signal(int fd) {
    uint64_t one = 1;
    (void)write(fd, &one, sizeof one);
}

void spotcheck_eventfd_drain(int fd) {
    uint64_t value;
    while (read(fd, &value, sizeof value) > 0) {}
}

int spotcheck_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}
