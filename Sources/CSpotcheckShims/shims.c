#include "spotcheck_shims.h"

#include <sys/random.h>

ssize_t spotcheck_getrandom(void *buffer, size_t length) {
    return getrandom(buffer, length, 0);
}
