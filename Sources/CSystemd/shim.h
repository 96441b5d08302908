#ifndef SPOTCHECK_CSYSTEMD_SHIM_H
#define SPOTCHECK_CSYSTEMD_SHIM_H

#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/uio.h>

#endif
