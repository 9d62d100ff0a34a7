/* errno.c — the one table that gives every system error its code name and
 * message (the names and wording users know from Node). */
#include <errno.h>
#include <string.h>

#include "internal.h"

#define ND_ERRNO_MAP(X)                                                                            \
  X(E2BIG, "argument list too long")                                                               \
  X(EACCES, "permission denied")                                                                   \
  X(EADDRINUSE, "address already in use")                                                          \
  X(EADDRNOTAVAIL, "address not available")                                                        \
  X(EAFNOSUPPORT, "address family not supported")                                                  \
  X(EAGAIN, "resource temporarily unavailable")                                                    \
  X(EALREADY, "connection already in progress")                                                    \
  X(EBADF, "bad file descriptor")                                                                  \
  X(EBUSY, "resource busy or locked")                                                              \
  X(ECANCELED, "operation canceled")                                                               \
  X(ECHILD, "no child processes")                                                                  \
  X(ECONNABORTED, "software caused connection abort")                                              \
  X(ECONNREFUSED, "connection refused")                                                            \
  X(ECONNRESET, "connection reset by peer")                                                        \
  X(EDESTADDRREQ, "destination address required")                                                  \
  X(EEXIST, "file already exists")                                                                 \
  X(EFAULT, "bad address in system call argument")                                                 \
  X(EFBIG, "file too large")                                                                       \
  X(EHOSTUNREACH, "host is unreachable")                                                           \
  X(EINTR, "interrupted system call")                                                              \
  X(EINVAL, "invalid argument")                                                                    \
  X(EIO, "i/o error")                                                                              \
  X(EISCONN, "socket is already connected")                                                        \
  X(EISDIR, "illegal operation on a directory")                                                    \
  X(ELOOP, "too many symbolic links encountered")                                                  \
  X(EMFILE, "too many open files")                                                                 \
  X(EMLINK, "too many links")                                                                      \
  X(EMSGSIZE, "message too long")                                                                  \
  X(ENAMETOOLONG, "name too long")                                                                 \
  X(ENETDOWN, "network is down")                                                                   \
  X(ENETUNREACH, "network is unreachable")                                                         \
  X(ENFILE, "file table overflow")                                                                 \
  X(ENOBUFS, "no buffer space available")                                                          \
  X(ENODEV, "no such device")                                                                      \
  X(ENOENT, "no such file or directory")                                                           \
  X(ENOEXEC, "exec format error")                                                                  \
  X(ENOMEM, "not enough memory")                                                                   \
  X(ENOSPC, "no space left on device")                                                             \
  X(ENOSYS, "function not available on this system")                                               \
  X(ENOTCONN, "socket is not connected")                                                           \
  X(ENOTDIR, "not a directory")                                                                    \
  X(ENOTEMPTY, "directory not empty")                                                              \
  X(ENOTSOCK, "socket operation on non-socket")                                                    \
  X(ENOTSUP, "operation not supported on socket")                                                  \
  X(ENOTTY, "inappropriate ioctl for device")                                                      \
  X(ENXIO, "no such device or address")                                                            \
  X(EPERM, "operation not permitted")                                                              \
  X(EPIPE, "broken pipe")                                                                          \
  X(EPROTO, "protocol error")                                                                      \
  X(EPROTONOSUPPORT, "protocol not supported")                                                     \
  X(EPROTOTYPE, "protocol wrong type for socket")                                                  \
  X(ERANGE, "result too large")                                                                    \
  X(EROFS, "read-only file system")                                                                \
  X(ESPIPE, "invalid seek")                                                                        \
  X(ESRCH, "no such process")                                                                      \
  X(ETIMEDOUT, "connection timed out")                                                             \
  X(ETXTBSY, "text file is busy")                                                                  \
  X(EXDEV, "cross-device link not permitted")

const char *nd_errno_name(int err)
{
  if (err < 0) err = -err;
  switch (err) {
#define X(name, msg)                                                                               \
  case name: return #name;
    ND_ERRNO_MAP(X)
#undef X
  }
  return "UNKNOWN";
}

const char *nd__errno_message(int err)
{
  if (err < 0) err = -err;
  switch (err) {
#define X(name, msg)                                                                               \
  case name: return msg;
    ND_ERRNO_MAP(X)
#undef X
  }
  return "unknown error";
}
