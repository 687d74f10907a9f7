#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/vfs.h>

#include "CIngestLinux.h"

int cingest_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath) {
    return renameat2(olddirfd, oldpath, newdirfd, newpath, RENAME_NOREPLACE);
}

long cingest_filesystem_magic(const char *path) {
    struct statfs info;
    if (statfs(path, &info) != 0) {
        return -1;
    }
    return (long)info.f_type;
}

int cingest_lock_exclusive_nonblocking(int fd) {
    return flock(fd, LOCK_EX | LOCK_NB);
}

int cingest_open_flag_noatime(void) {
    return O_NOATIME;
}

int cingest_name_this_thread(const char *name) {
    char kept[16];
    strncpy(kept, name, sizeof kept - 1);
    kept[sizeof kept - 1] = '\0';
    return pthread_setname_np(pthread_self(), kept);
}
