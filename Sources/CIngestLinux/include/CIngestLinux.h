// Linux calls that Glibc's Swift overlay does not import (they need _GNU_SOURCE or
// <sys/vfs.h>). Implemented in shim.c so the feature macro takes effect there.
#ifndef C_INGEST_LINUX_H
#define C_INGEST_LINUX_H

#include <sys/inotify.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>

/// renameat2(…, RENAME_NOREPLACE): moves without ever replacing an existing name.
int cingest_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);

/// flock(fd, LOCK_EX | LOCK_NB): Swift sees only `struct flock` under that name.
int cingest_lock_exclusive_nonblocking(int fd);

/// statfs(2)'s f_type for `path`, or -1 with errno set.
long cingest_filesystem_magic(const char *path);

/// O_NOATIME, which <fcntl.h> defines only under _GNU_SOURCE.
int cingest_open_flag_noatime(void);

/// pthread_setname_np(pthread_self(), …) with `name` cut to the 15 bytes the kernel keeps.
int cingest_name_this_thread(const char *name);

#endif
