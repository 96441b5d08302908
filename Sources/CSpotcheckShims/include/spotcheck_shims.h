#ifndef SPOTCHECK_SHIMS_H
#define SPOTCHECK_SHIMS_H

#include <stddef.h>
#include <sys/types.h>

/// getrandom(2) with flags 0: blocks until the kernel's pool is initialised, then never fails
/// for requests of up to 256 bytes except with EINTR.
ssize_t spotcheck_getrandom(void *buffer, size_t length);

/// setxattr(2), which the Swift Glibc overlay does not expose.
int spotcheck_setxattr(const char *path, const char *name, const void *value, size_t size, int flags);

#endif
