// The C API SystemdJournal calls: libsystemd's sd_journal_sendv (which takes struct iovec),
// sd_notify and sd_watchdog_enabled, plus the memfd calls used to hand journald an entry too
// large for one datagram. sd_journal_send and its CODE_FILE/CODE_LINE/CODE_FUNC macros are
// variadic and do not import into Swift; SystemdJournal builds the iovec array itself.
#pragma once

#include <linux/memfd.h>
#include <sys/uio.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>

// glibc declares memfd_create(2) and the F_ADD_SEALS/F_SEAL_* fcntl(2) constants only under
// _GNU_SOURCE, which Swift's Glibc module does not define. The prototype is glibc's own and
// the constants are the Linux UAPI values (include/uapi/linux/fcntl.h).
int memfd_create(const char *name, unsigned int flags);
#define CSYSTEMD_F_ADD_SEALS 1033
#define CSYSTEMD_F_SEAL_ALL 0x000F /* F_SEAL_SEAL 1, F_SEAL_SHRINK 2, F_SEAL_GROW 4, F_SEAL_WRITE 8 */
