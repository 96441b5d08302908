#include "spotcheck_shims.h"

#include <sys/random.h>
#include <sys/xattr.h>

ssize_t spotcheck_getrandom(void *buffer, size_t length) {
    return getrandom(buffer, length, 0);
}

int spotcheck_setxattr(const char *path, const char *name, const void *value, size_t size, int flags) {
    return setxattr(path, name, value, size, flags);
}
