/* fs.c — the native half of the fs plugin: every file-system system call
 * nodus makes for JavaScript, in a synchronous form (run on the loop thread,
 * errors thrown) and an asynchronous form (run on the worker pool, result or
 * error handed to a callback on the loop thread), plus the inotify fd behind
 * fs.watch. fs.js owns the API: argument checks, fs.Stats, streams, promises.
 *
 * Built twice from this one file: as `fs` and, with -DND_FS_SANDBOX, as
 * `fs-sandbox`, where every path is resolved inside a root directory taken
 * from the deployment manifest (`fs = fs-sandbox root=/srv/app`). The two
 * differ only in how a path becomes something a system call can use (see
 * "locations" below); every operation is written once. The sandbox's rules:
 * relative and absolute paths both start at the root; a path whose own `..`
 * components climb above the root fails with EACCES; symlinks are resolved
 * with the root as `/` (openat2 RESOLVE_IN_ROOT, or a component-by-component
 * walk with O_NOFOLLOW where openat2 is missing or `resolve=walk` is set),
 * so a link to /etc names <root>/etc; realpath answers in sandbox paths.
 * Calls that follow a final symlink act through /proc/self/fd, which must be
 * mounted. Descriptors given by number are not confined.
 *
 * Requests: a binding call fills an fs_req on the loop thread (paths copied,
 * strings encoded, buffers pinned by a reference), run_req() does the system
 * calls without touching the engine, and complete_req() turns the outcome into
 * a JavaScript value or errno error. Every descriptor opened here is
 * O_CLOEXEC, and every fd and allocation is released on every path. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>
#include <linux/fs.h>
#include <linux/openat2.h>

#include <nodus/nodus_aux.h>

#include "fs_js.h"

#ifdef ND_FS_SANDBOX
#define FS_PLUGIN_NAME "fs-sandbox"
#else
#define FS_PLUGIN_NAME "fs"
#endif

/* A JavaScript buffer smaller than this may live in GC-managed memory that
 * moves; async reads and writes on it go through a private copy. */
#define STABLE_BUFFER_MIN 4096
/* Node's limit for readFile (kIoMaxLength). */
#define READFILE_MAX ((size_t)INT32_MAX)
#define MAX_SYMLINKS 40
/* Bytes handed to the engine as ArrayBuffers after which fs asks for a
 * collection: the runtime's nd_arraybuffer_take does not tell the GC how
 * much memory it adopts, so without this a loop of large readFile calls
 * grows without bound (30 x 100 MB: 3 GB resident). */
#define GC_AFTER_BYTES ((size_t)256 << 20)
#define NSTAT 22 /* 14 Node fields, then (sec, nsec) of atime, mtime, ctime, birthtime */

typedef struct fs_state {
  nd_env env;
  size_t adopted;      /* readFile bytes given to the engine since the last nd_gc */
  double *stat_values; /* binding.statValues: where stat results are left for fs.js */
  size_t inflight;     /* requests queued on the pool and not yet completed */
  nd_ref stat_array;
  int ino_fd; /* inotify instance for fs.watch, -1 until used */
  nd_watch *ino_watch;
  nd_ref ino_handler; /* JS: (wd, mask, name) for each event */
#ifdef ND_FS_SANDBOX
  int root;        /* O_PATH descriptor of the sandbox root */
  char *root_real; /* its canonical host path, to map realpath results */
  size_t root_len;
  bool walk; /* no openat2: resolve component by component */
#endif
} fs_state;

/* clang-format off */
enum {
  OP_OPEN, OP_CLOSE, OP_READ, OP_WRITE, OP_STAT, OP_LSTAT, OP_FSTAT, OP_RENAME,
  OP_FTRUNCATE, OP_TRUNCATE, OP_CHMOD, OP_FCHMOD, OP_CHOWN, OP_FCHOWN, OP_LCHOWN,
  OP_UTIMES, OP_FUTIMES, OP_LUTIMES, OP_LINK, OP_SYMLINK, OP_READLINK, OP_REALPATH,
  OP_UNLINK, OP_RMDIR, OP_MKDIR, OP_MKDTEMP, OP_READDIR, OP_FSYNC, OP_FDATASYNC,
  OP_ACCESS, OP_COPYFILE, OP_RM, OP_READFILE, OP_WRITEFILE
};
/* clang-format on */

/* How readFile hands its bytes back. */
enum { ENC_BYTES = 0, ENC_UTF8 = 1, ENC_LATIN1 = 2, ENC_ASCII = 3, ENC_UTF16LE = 4 };

typedef struct fs_req {
  fs_state *st;
  int op;
  char *path, *path2; /* as the program gave them (errors show these) */
  int fd;             /* fd argument; -1 when a path is used instead */
  int flags;          /* open flags, access mode, copy flags, rm force... */
  int mode;
  bool recursive;
  int64_t a, b;  /* length/position, uid/gid */
  double t1, t2; /* atime, mtime in seconds */
  int enc;       /* readFile: ENC_* */

  uint8_t *buf; /* read/write bytes: JS memory, or owned below */
  size_t len;
  bool owned;      /* buf is malloc'd here (a bounce copy or encoded string) */
  bool copy_back;  /* read into a bounce copy: copy into the JS view at the end */
  size_t view_off; /* where in the JS view the bytes go */
  nd_ref keep;     /* keeps the JS buffer alive while the pool uses it */
  nd_ref cb;       /* the callback; NULL for a synchronous call */

  /* outcome */
  int err;             /* errno, 0 on success */
  const char *syscall; /* the call that failed (errors name it) */
  bool err_path;       /* the error names path */
  bool err_dest;       /* ... and path2 as the destination */
  int64_t res;         /* fd, byte count */
  double stat[NSTAT];
  char *out; /* string or bytes result (malloc'd) */
  size_t outlen;
  char **names; /* readdir */
  unsigned char *types;
  size_t nnames;
} fs_req;

static fs_req *req_new(fs_state *st, int op)
{
  fs_req *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->st = st;
  r->op = op;
  r->fd = -1;
  return r;
}

static void req_free(nd_env env, fs_req *r)
{
  if (!r) return;
  free(r->path);
  free(r->path2);
  if (r->owned) free(r->buf);
  if (r->keep) nd_ref_free(env, r->keep);
  if (r->cb) nd_ref_free(env, r->cb);
  free(r->out);
  for (size_t i = 0; i < r->nnames; i++) free(r->names[i]);
  free(r->names);
  free(r->types);
  free(r);
}

static bool fail(fs_req *r, int err, const char *syscall, bool with_path)
{
  r->err = err;
  r->syscall = syscall;
  r->err_path = with_path;
  return false;
}

/* ---- locations: a path made ready for an *at() system call ---------------
 *
 * loc_follow() names the file a path leads to (symlinks followed) as a name
 * usable relative to AT_FDCWD; loc_parent() gives the directory holding the
 * last component plus that component, for calls that act on a link itself
 * (lstat, unlink, rename, mkdir...). In the plain build both are the path
 * itself. In the sandbox the path is resolved inside the root first:
 * loc_follow() holds an O_PATH descriptor of the target and names it through
 * /proc/self/fd (so later calls cannot be redirected by a swapped symlink),
 * and loc_parent() holds the parent directory's descriptor. */

typedef struct {
  int dirfd;        /* AT_FDCWD or a held directory */
  const char *name; /* relative to dirfd */
  int held;         /* descriptor to close, or -1 */
  char proc[40];
  char *leaf; /* malloc'd last component (sandbox) */
} fs_loc;

static void loc_done(fs_loc *l)
{
  if (l->held >= 0) close(l->held);
  l->held = -1;
  free(l->leaf);
  l->leaf = NULL;
}

#ifndef ND_FS_SANDBOX

static int loc_follow(fs_state *st, const char *path, fs_loc *l)
{
  (void)st;
  l->dirfd = AT_FDCWD;
  l->name = path;
  l->held = -1;
  l->leaf = NULL;
  return 0;
}

static int loc_parent(fs_state *st, const char *path, fs_loc *l)
{
  return loc_follow(st, path, l);
}

static int path_open(fs_state *st, const char *path, int flags, int mode, int *fd)
{
  (void)st;
  int f;
  do f = open(path, flags | O_CLOEXEC, mode);
  while (f < 0 && errno == EINTR);
  if (f < 0) return errno;
  *fd = f;
  return 0;
}

static int path_real(fs_state *st, const char *path, char **out)
{
  (void)st;
  char *p = realpath(path, NULL);
  if (!p) return errno;
  *out = p;
  return 0;
}

#else /* ND_FS_SANDBOX */

/* A path may not climb above the root by its own `..` components: that is
 * an escape attempt, refused with EACCES. (Symlinks met on the way are
 * resolved with the root as `/`, so they cannot lead out either.) */
static int sb_check(const char *path)
{
  if (!*path) return ENOENT;
  long depth = 0;
  const char *p = path;
  while (*p) {
    while (*p == '/') p++;
    const char *e = p;
    while (*e && *e != '/') e++;
    size_t n = (size_t)(e - p);
    if (n == 2 && p[0] == '.' && p[1] == '.') {
      if (--depth < 0) return EACCES;
    } else if (n && !(n == 1 && p[0] == '.')) {
      depth++;
    }
    p = e;
  }
  return 0;
}

static int open_nointr(int dirfd, const char *name, int flags, int mode)
{
  int f;
  do f = openat(dirfd, name, flags | O_CLOEXEC, mode);
  while (f < 0 && errno == EINTR);
  return f;
}

/* A growable string for the walk's remaining path. */
typedef struct {
  char *s;
  size_t len, cap;
} sbuf;

static bool sbuf_set(sbuf *b, const char *head, size_t hn, const char *tail)
{
  size_t tn = strlen(tail);
  size_t sep = tn ? 1 : 0; /* head + "/" + tail; just head when nothing follows */
  size_t need = hn + sep + tn + 1;
  char *n = malloc(need);
  if (!n) return false;
  memcpy(n, head, hn);
  if (sep) n[hn] = '/';
  memcpy(n + hn + sep, tail, tn + 1);
  free(b->s);
  b->s = n;
  b->len = hn + sep + tn;
  b->cap = need;
  return true;
}

/* Resolution without openat2: component by component from the root, each
 * opened O_PATH|O_NOFOLLOW relative to the one before, symlinks read and
 * spliced in by hand (an absolute target restarts at the root), `..` popping
 * a stack of held directories so it can never pass the root. The last
 * component is opened with `flags` (O_NOFOLLOW added: a symlink there fails
 * with ELOOP and is then followed by hand when `follow`). */
static int sb_walk(fs_state *st, const char *path, int flags, int mode, bool follow, int *out)
{
  int err = 0, links = 0;
  size_t depth = 0, cap = 16;
  int *stack = malloc(cap * sizeof *stack); /* stack[0] is the root (not owned) */
  sbuf rest = {NULL, 0, 0};
  if (!stack || !sbuf_set(&rest, path, strlen(path), "")) {
    free(stack);
    free(rest.s);
    return ENOMEM;
  }
  stack[0] = st->root;
  char *p = rest.s;
  char link[PATH_MAX + 1];
  for (;;) {
    while (*p == '/') p++;
    char *e = p;
    while (*e && *e != '/') e++;
    size_t n = (size_t)(e - p);
    char *after = e;
    while (*after == '/') after++;
    bool last = *after == 0;
    bool trailing_slash = last && e != after;
    int cur = stack[depth];
    if (n == 0) { /* the path named a directory already reached ("/", "a/..") */
      int f =
          (flags & O_PATH) ? fcntl(cur, F_DUPFD_CLOEXEC, 0) : open_nointr(cur, ".", flags, mode);
      if (f < 0) err = errno;
      else *out = f;
      break;
    }
    char comp[NAME_MAX + 1];
    if (n > NAME_MAX) {
      err = ENAMETOOLONG;
      break;
    }
    memcpy(comp, p, n);
    comp[n] = 0;
    if (strcmp(comp, ".") == 0 || strcmp(comp, "..") == 0) {
      if (comp[1] == '.' && depth > 0) close(stack[depth--]);
      if (last) {
        p = e;
        *p = 0;
        continue;
      } /* becomes the n == 0 case */
      p = after;
      continue;
    }
    int f;
    bool symlink_here = false;
    if (last && !trailing_slash) {
      f = open_nointr(cur, comp, flags | O_NOFOLLOW, mode);
      if (f < 0 && errno == ELOOP) symlink_here = true;
      else if (f < 0) {
        err = errno;
        break;
      } else if ((flags & O_PATH) && follow) {
        struct stat sb;
        if (fstat(f, &sb) == 0 && S_ISLNK(sb.st_mode)) {
          close(f);
          symlink_here = true;
        }
      }
      if (!symlink_here) {
        *out = f;
        break;
      }
      if (!follow) {
        err = ELOOP;
        break;
      }
    } else {
      f = open_nointr(cur, comp, O_PATH | O_NOFOLLOW, 0);
      if (f < 0) {
        err = errno;
        break;
      }
      struct stat sb;
      if (fstat(f, &sb) != 0) {
        err = errno;
        close(f);
        break;
      }
      if (S_ISLNK(sb.st_mode)) {
        close(f);
        symlink_here = true;
      } else if (!S_ISDIR(sb.st_mode)) {
        close(f);
        err = ENOTDIR;
        break;
      } else {
        if (depth + 1 == cap) {
          int *ns = realloc(stack, cap * 2 * sizeof *ns);
          if (!ns) {
            close(f);
            err = ENOMEM;
            break;
          }
          stack = ns;
          cap *= 2;
        }
        stack[++depth] = f;
        p = after;
        if (last) {
          p = e;
          *p = 0;
        } /* "dir/": the directory itself */
        continue;
      }
    }
    /* A symlink at `comp`: splice its target in front of what is left. */
    if (++links > MAX_SYMLINKS) {
      err = ELOOP;
      break;
    }
    ssize_t ln = readlinkat(cur, comp, link, sizeof link - 1);
    if (ln < 0) {
      err = errno;
      break;
    }
    if (ln == 0) {
      err = ENOENT;
      break;
    }
    link[ln] = 0;
    if (link[0] == '/')
      while (depth > 0) close(stack[depth--]);
    char *tail = strdup(trailing_slash ? "/" : after);
    if (!tail || !sbuf_set(&rest, link, (size_t)ln, tail)) {
      free(tail);
      err = ENOMEM;
      break;
    }
    free(tail);
    p = rest.s;
  }
  while (depth > 0) close(stack[depth--]);
  free(stack);
  free(rest.s);
  return err;
}

/* Opens `path` inside the root (absolute paths start at the root, `..`
 * stops there, symlinks are resolved with the root as `/`). */
static int sb_open(fs_state *st, const char *path, int flags, int mode, bool follow, int *out)
{
  int err = sb_check(path);
  if (err) return err;
  if (!st->walk) {
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = (uint64_t)(flags | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));
    how.mode = (flags & (O_CREAT | O_TMPFILE)) ? (uint64_t)(mode & 07777) : 0;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    for (int tries = 0; tries < 16; tries++) {
      long f = syscall(SYS_openat2, st->root, path, &how, sizeof how);
      if (f >= 0) {
        *out = (int)f;
        return 0;
      }
      if (errno != EAGAIN && errno != EINTR) return errno;
    }
    return EAGAIN;
  }
  return sb_walk(st, path, flags, mode, follow, out);
}

static int loc_follow(fs_state *st, const char *path, fs_loc *l)
{
  l->held = -1;
  l->leaf = NULL;
  int fd = -1, err = sb_open(st, path, O_PATH, 0, true, &fd);
  if (err) return err;
  l->held = fd;
  l->dirfd = AT_FDCWD;
  snprintf(l->proc, sizeof l->proc, "/proc/self/fd/%d", fd);
  l->name = l->proc;
  return 0;
}

static int loc_parent(fs_state *st, const char *path, fs_loc *l)
{
  l->held = -1;
  l->leaf = NULL;
  int err = sb_check(path);
  if (err) return err;
  size_t n = strlen(path);
  bool trailing = false;
  while (n > 1 && path[n - 1] == '/') {
    n--;
    trailing = true;
  }
  size_t s = n;
  while (s > 0 && path[s - 1] != '/') s--;
  const char *leaf = path + s;
  size_t leafn = n - s;
  if (leafn == 0 || (leafn == 1 && leaf[0] == '.') ||
      (leafn == 2 && leaf[0] == '.' && leaf[1] == '.')) {
    /* "/", "x/.", "x/..": act on the directory the whole path names. */
    int fd = -1;
    if ((err = sb_open(st, path, O_PATH | O_DIRECTORY, 0, true, &fd))) return err;
    l->held = fd;
    l->dirfd = fd;
    l->name = ".";
    return 0;
  }
  if (trailing) { /* "x/" names the directory x leads to, symlinks followed */
    int fd = -1;
    err = sb_open(st, path, O_PATH | O_DIRECTORY, 0, true, &fd);
    if (err == ENOTDIR || err == ELOOP) return err;
    if (!err) {
      l->held = fd;
      l->dirfd = fd;
      l->name = ".";
      return 0;
    }
  }
  char *parent = s ? strndup(path, s) : strdup(".");
  l->leaf = strndup(leaf, leafn);
  if (!parent || !l->leaf) {
    free(parent);
    loc_done(l);
    return ENOMEM;
  }
  int fd = -1;
  err = sb_open(st, parent, O_PATH | O_DIRECTORY, 0, true, &fd);
  free(parent);
  if (err) {
    loc_done(l);
    return err;
  }
  l->held = fd;
  l->dirfd = fd;
  l->name = l->leaf;
  return 0;
}

static int path_open(fs_state *st, const char *path, int flags, int mode, int *fd)
{
  return sb_open(st, path, flags, mode, !(flags & O_NOFOLLOW), fd);
}

/* The path as the sandboxed program sees it: the host path of the resolved
 * file with the root's canonical path taken off. */
static int path_real(fs_state *st, const char *path, char **out)
{
  fs_loc l;
  int err = loc_follow(st, path, &l);
  if (err) return err;
  char host[PATH_MAX + 1];
  ssize_t n = readlink(l.proc, host, sizeof host - 1);
  loc_done(&l);
  if (n < 0) return errno;
  host[n] = 0;
  const char *inner;
  if (st->root_len == 1) inner = host;
  else if (strncmp(host, st->root_real, st->root_len) == 0 &&
           (host[st->root_len] == '/' || host[st->root_len] == 0))
    inner = host + st->root_len;
  else return EACCES;
  *out = strdup(*inner ? inner : "/");
  return *out ? 0 : ENOMEM;
}

#endif /* ND_FS_SANDBOX */

/* ---- the operations (pool thread or sync; no nd_* calls) ----------------- */

static double ts_ms(int64_t sec, uint32_t nsec)
{
  return (double)sec * 1e3 + (double)nsec / 1e6;
}

static void fill_statx(double *o, const struct statx *s)
{
  o[0] = (double)makedev(s->stx_dev_major, s->stx_dev_minor);
  o[1] = s->stx_mode;
  o[2] = s->stx_nlink;
  o[3] = s->stx_uid;
  o[4] = s->stx_gid;
  o[5] = (double)makedev(s->stx_rdev_major, s->stx_rdev_minor);
  o[6] = s->stx_blksize;
  o[7] = (double)s->stx_ino;
  o[8] = (double)s->stx_size;
  o[9] = (double)s->stx_blocks;
  o[10] = ts_ms(s->stx_atime.tv_sec, s->stx_atime.tv_nsec);
  o[11] = ts_ms(s->stx_mtime.tv_sec, s->stx_mtime.tv_nsec);
  o[12] = ts_ms(s->stx_ctime.tv_sec, s->stx_ctime.tv_nsec);
  bool birth = (s->stx_mask & STATX_BTIME) != 0;
  o[13] = birth ? ts_ms(s->stx_btime.tv_sec, s->stx_btime.tv_nsec) : 0;
  o[14] = (double)s->stx_atime.tv_sec;
  o[15] = s->stx_atime.tv_nsec;
  o[16] = (double)s->stx_mtime.tv_sec;
  o[17] = s->stx_mtime.tv_nsec;
  o[18] = (double)s->stx_ctime.tv_sec;
  o[19] = s->stx_ctime.tv_nsec;
  o[20] = birth ? (double)s->stx_btime.tv_sec : 0;
  o[21] = birth ? s->stx_btime.tv_nsec : 0;
}

static void fill_stat(double *o, const struct stat *s)
{
  o[0] = (double)s->st_dev;
  o[1] = s->st_mode;
  o[2] = (double)s->st_nlink;
  o[3] = s->st_uid;
  o[4] = s->st_gid;
  o[5] = (double)s->st_rdev;
  o[6] = (double)s->st_blksize;
  o[7] = (double)s->st_ino;
  o[8] = (double)s->st_size;
  o[9] = (double)s->st_blocks;
  o[10] = ts_ms(s->st_atim.tv_sec, (uint32_t)s->st_atim.tv_nsec);
  o[11] = ts_ms(s->st_mtim.tv_sec, (uint32_t)s->st_mtim.tv_nsec);
  o[12] = ts_ms(s->st_ctim.tv_sec, (uint32_t)s->st_ctim.tv_nsec);
  o[13] = 0;
  o[14] = (double)s->st_atim.tv_sec;
  o[15] = (double)s->st_atim.tv_nsec;
  o[16] = (double)s->st_mtim.tv_sec;
  o[17] = (double)s->st_mtim.tv_nsec;
  o[18] = (double)s->st_ctim.tv_sec;
  o[19] = (double)s->st_ctim.tv_nsec;
  o[20] = o[21] = 0;
}

/* statx when the kernel has it (for the birth time), fstatat otherwise. */
static int do_stat(int dirfd, const char *name, int atflags, double *o)
{
  struct statx sx;
  if (statx(dirfd, name, atflags | AT_STATX_SYNC_AS_STAT, STATX_BASIC_STATS | STATX_BTIME, &sx) ==
      0) {
    fill_statx(o, &sx);
    return 0;
  }
  if (errno != ENOSYS) return errno;
  struct stat sb;
  if (fstatat(dirfd, name, &sb, atflags) != 0) return errno;
  fill_stat(o, &sb);
  return 0;
}

static ssize_t read_full(int fd, void *buf, size_t len, int64_t pos)
{
  ssize_t n;
  do n = pos >= 0 ? pread(fd, buf, len, (off_t)pos) : read(fd, buf, len);
  while (n < 0 && errno == EINTR);
  return n;
}

static int write_all(int fd, const uint8_t *buf, size_t len, int64_t pos, size_t *done)
{
  size_t off = 0;
  while (off < len) {
    ssize_t n = pos >= 0 ? pwrite(fd, buf + off, len - off, (off_t)(pos + (int64_t)off))
                         : write(fd, buf + off, len - off);
    if (n < 0) {
      if (errno == EINTR) continue;
      *done = off;
      return errno;
    }
    off += (size_t)n;
  }
  *done = off;
  return 0;
}

/* readFile: open + fstat + read + close on one job. A regular file gets one
 * allocation of its fstat size, filled with as few reads as it takes; a
 * probe read at the end grows it only when the file was longer. Streams of
 * unknown size grow geometrically. The bytes are handed to JavaScript
 * without a copy (nd_arraybuffer_take). */
static bool op_readfile(fs_req *r)
{
  int fd = r->fd;
  bool own_fd = fd < 0;
  if (own_fd) {
    int err = path_open(r->st, r->path, r->flags, 0666, &fd);
    if (err) return fail(r, err, "open", true);
  }
  struct stat sb;
  if (fstat(fd, &sb) != 0) {
    int err = errno;
    if (own_fd) close(fd);
    return fail(r, err, "fstat", false);
  }
  size_t cap = 0;
  bool sized = false;
  if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
    off_t at = own_fd ? 0 : lseek(fd, 0, SEEK_CUR);
    if (at < 0) at = 0;
    if (sb.st_size > at) {
      if ((uint64_t)(sb.st_size - at) > READFILE_MAX) {
        if (own_fd) close(fd);
        return fail(r, EFBIG, "read", false);
      }
      cap = (size_t)(sb.st_size - at);
      sized = true;
    }
  }
  if (!sized) cap = 64 * 1024;
  uint8_t *buf = malloc(cap ? cap : 1);
  if (!buf) {
    if (own_fd) close(fd);
    return fail(r, ENOMEM, "read", false);
  }
  size_t got = 0;
  int err = 0;
  for (;;) {
    if (got == cap) {
      if (sized) { /* the expected size is read: is there more? */
        uint8_t probe[8192];
        ssize_t n = read_full(fd, probe, sizeof probe, -1);
        if (n < 0) {
          err = errno;
          break;
        }
        if (n == 0) break;
        size_t ncap = cap + (cap / 2 > (size_t)n ? cap / 2 : (size_t)n) + 64 * 1024;
        if (ncap > READFILE_MAX) ncap = READFILE_MAX;
        if (got + (size_t)n > ncap) {
          err = EFBIG;
          break;
        }
        uint8_t *nb = realloc(buf, ncap);
        if (!nb) {
          err = ENOMEM;
          break;
        }
        buf = nb;
        memcpy(buf + got, probe, (size_t)n);
        got += (size_t)n;
        cap = ncap;
        sized = false;
        continue;
      }
      if (cap >= READFILE_MAX) {
        err = EFBIG;
        break;
      }
      size_t ncap = cap * 2 > READFILE_MAX ? READFILE_MAX : cap * 2;
      uint8_t *nb = realloc(buf, ncap);
      if (!nb) {
        err = ENOMEM;
        break;
      }
      buf = nb;
      cap = ncap;
    }
    ssize_t n = read_full(fd, buf + got, cap - got, -1);
    if (n < 0) {
      err = errno;
      break;
    }
    if (n == 0) break;
    got += (size_t)n;
  }
  if (own_fd) close(fd);
  if (err) {
    free(buf);
    return fail(r, err, "read", false);
  }
  if (cap > got + 4096 && got > 0) { /* give back what a short file left over */
    uint8_t *nb = realloc(buf, got);
    if (nb) buf = nb;
  }
  r->out = (char *)buf;
  r->outlen = got;
  return true;
}

static bool op_writefile(fs_req *r)
{
  int fd = r->fd;
  bool own_fd = fd < 0;
  if (own_fd) {
    int err = path_open(r->st, r->path, r->flags, r->mode, &fd);
    if (err) return fail(r, err, "open", true);
  }
  size_t done;
  int err = write_all(fd, r->buf, r->len, -1, &done);
  if (own_fd && close(fd) != 0 && !err && errno != EINTR) err = errno;
  if (err) return fail(r, err, "write", false);
  return true;
}

static int copy_data(int in, int out, size_t size, int flags)
{
  if (flags & (1 | 2) /* COPYFILE_FICLONE(_FORCE) */) {
    if (ioctl(out, FICLONE, in) == 0) return 0;
    if (flags & 2) return errno;
  }
  /* In-kernel copy first; whatever it cannot do (another file system, a
   * file that grew) is finished with plain reads from where it stopped. */
  size_t left = size;
  while (left > 0) {
    ssize_t n = copy_file_range(in, NULL, out, NULL, left, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP ||
          errno == EPERM)
        break;
      return errno;
    }
    if (n == 0) break;
    left -= (size_t)n;
  }
  uint8_t chunk[64 * 1024];
  for (;;) {
    ssize_t n = read_full(in, chunk, sizeof chunk, -1);
    if (n < 0) return errno;
    if (n == 0) return 0;
    size_t done;
    int err = write_all(out, chunk, (size_t)n, -1, &done);
    if (err) return err;
  }
}

static bool op_copyfile(fs_req *r)
{
  int in = -1, out = -1, err;
  struct stat sin, sout;
  if ((err = path_open(r->st, r->path, O_RDONLY, 0, &in))) goto done;
  if (fstat(in, &sin) != 0) {
    err = errno;
    goto done;
  }
  if (S_ISDIR(sin.st_mode)) {
    err = EISDIR;
    goto done;
  }
  int oflags = O_WRONLY | O_CREAT | ((r->flags & 4 /* COPYFILE_EXCL */) ? O_EXCL : 0);
  if ((err = path_open(r->st, r->path2, oflags, (int)(sin.st_mode & 07777), &out))) goto done;
  if (fstat(out, &sout) != 0) {
    err = errno;
    goto done;
  }
  if (sin.st_dev == sout.st_dev && sin.st_ino == sout.st_ino) goto done; /* same file */
  if (ftruncate(out, 0) != 0 || fchmod(out, sin.st_mode & 07777) != 0) {
    err = errno;
    goto done;
  }
  err = copy_data(in, out, (size_t)sin.st_size, r->flags);
done:
  if (in >= 0) close(in);
  if (out >= 0 && close(out) != 0 && !err && errno != EINTR) err = errno;
  if (err) {
    fail(r, err, "copyfile", true);
    r->err_dest = true;
    return false;
  }
  return true;
}

/* Removes name (relative to dirfd) and, for a directory, all it holds.
 * Symlinks are removed, never followed. */
static int rm_tree(int dirfd, const char *name, int depth)
{
  if (unlinkat(dirfd, name, 0) == 0) return 0;
  if (errno != EISDIR && errno != EPERM) return errno;
  if (depth > 4096) return ELOOP;
  int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return errno == ELOOP || errno == ENOTDIR ? EPERM : errno;
  DIR *d = fdopendir(fd);
  if (!d) {
    int e = errno;
    close(fd);
    return e;
  }
  int err = 0;
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e) {
      if (errno) err = errno;
      break;
    }
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    if (e->d_type == DT_DIR || e->d_type == DT_UNKNOWN) err = rm_tree(fd, e->d_name, depth + 1);
    else if (unlinkat(fd, e->d_name, 0) != 0 && errno != ENOENT) err = errno;
    if (err == ENOENT) err = 0;
    if (err) break;
  }
  closedir(d);
  if (err) return err;
  if (unlinkat(dirfd, name, AT_REMOVEDIR) != 0) return errno;
  return 0;
}

static bool op_rm(fs_req *r)
{
  fs_loc l;
  int err = loc_parent(r->st, r->path, &l);
  if (err) {
    if (err == ENOENT && (r->flags & 1)) return true;
    return fail(r, err, "lstat", true);
  }
  double st[NSTAT];
  err = do_stat(l.dirfd, l.name, AT_SYMLINK_NOFOLLOW, st);
  if (err) {
    loc_done(&l);
    if (err == ENOENT && (r->flags & 1)) return true;
    return fail(r, err, "lstat", true);
  }
  if (S_ISDIR((mode_t)st[1])) {
    if (!r->recursive) {
      loc_done(&l);
      return fail(r, EISDIR, "rm", true);
    }
    err = rm_tree(l.dirfd, l.name, 0);
    loc_done(&l);
    if (err && !(err == ENOENT && (r->flags & 1))) return fail(r, err, "rm", true);
    return true;
  }
  if (unlinkat(l.dirfd, l.name, 0) != 0) err = errno;
  loc_done(&l);
  if (err && !(err == ENOENT && (r->flags & 1))) return fail(r, err, "rm", true);
  return true;
}

static int mkdir_one(fs_state *st, const char *path, int mode)
{
  fs_loc l;
  int err = loc_parent(st, path, &l);
  if (err) return err;
  if (mkdirat(l.dirfd, l.name, (mode_t)mode) != 0) err = errno;
  loc_done(&l);
  return err;
}

static int is_dir(fs_state *st, const char *path)
{
  fs_loc l;
  double s[NSTAT];
  int err = loc_follow(st, path, &l);
  if (!err) err = do_stat(l.dirfd, l.name, 0, s);
  loc_done(&l);
  if (err) return err;
  return S_ISDIR((mode_t)s[1]) ? 0 : ENOTDIR;
}

/* mkdir -p: finds the deepest ancestor that exists, creates the rest from
 * there down; the result is the first directory created (Node's return
 * value), or none when the whole path existed as a directory. */
static bool op_mkdir_recursive(fs_req *r)
{
  char *p = strdup(r->path);
  if (!p) return fail(r, ENOMEM, "mkdir", true);
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/') p[--n] = 0;
  /* ends[i]: where the i-th prefix ("/a", "/a/b"...) ends */
  size_t *ends = malloc((n + 1) * sizeof *ends);
  if (!ends) {
    free(p);
    return fail(r, ENOMEM, "mkdir", true);
  }
  size_t count = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && p[i] == '/') i++;
    while (i < n && p[i] != '/') i++;
    if (i > 0 && p[i - 1] != '/') ends[count++] = i;
  }
  int err = 0;
  size_t i = count;     /* index of the prefix being tried, plus one */
  size_t first = count; /* first prefix created */
  while (i > 0) {
    char save = p[ends[i - 1]];
    p[ends[i - 1]] = 0;
    err = mkdir_one(r->st, p, r->mode);
    if (err == EEXIST) {
      int d = is_dir(r->st, p);
      if (d) err = i == count ? EEXIST : ENOTDIR;
    }
    p[ends[i - 1]] = save;
    if (err == 0) {
      first = i - 1;
      break;
    }
    if (err == EEXIST) { /* prefix i-1 exists as a directory */
      err = 0;
      first = i;
      break;
    }
    if (err != ENOENT || i == 1) break;
    i--;
  }
  for (size_t j = first + 1; !err && j < count; j++) {
    char save = p[ends[j]];
    p[ends[j]] = 0;
    err = mkdir_one(r->st, p, r->mode);
    p[ends[j]] = save;
    if (err == EEXIST) err = 0; /* made concurrently */
  }
  if (!err && first < count) {
    r->out = strndup(p, ends[first]);
    if (!r->out) err = ENOMEM;
    else r->outlen = strlen(r->out);
  }
  free(ends);
  free(p);
  if (err) return fail(r, err, "mkdir", true);
  return true;
}

static bool op_mkdtemp(fs_req *r)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  size_t n = strlen(r->path);
  char *p = malloc(n + 7);
  if (!p) return fail(r, ENOMEM, "mkdtemp", true);
  memcpy(p, r->path, n);
  int err = EEXIST;
  for (int tries = 0; tries < 100 && err == EEXIST; tries++) {
    unsigned char rnd[6];
    if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
      for (int i = 0; i < 6; i++) rnd[i] = (unsigned char)(rand() >> 3);
    for (int i = 0; i < 6; i++) p[n + (size_t)i] = chars[rnd[i] % (sizeof chars - 1)];
    p[n + 6] = 0;
    err = mkdir_one(r->st, p, 0700);
  }
  if (err) {
    free(p);
    r->err = err;
    r->syscall = "mkdtemp";
    r->err_path = true;
    /* Node names the template in the error */
    char *t = malloc(n + 7);
    if (t) {
      memcpy(t, r->path, n);
      memcpy(t + n, "XXXXXX", 7);
      free(r->path);
      r->path = t;
    }
    return false;
  }
  r->out = p;
  r->outlen = n + 6;
  return true;
}

/* Entries sorted by name (byte order), as libuv's scandir gives them. */
typedef struct {
  char *name;
  unsigned char type;
} dir_entry;

static int cmp_entries(const void *a, const void *b)
{
  return strcmp(((const dir_entry *)a)->name, ((const dir_entry *)b)->name);
}

static bool sort_entries(fs_req *r)
{
  if (r->nnames < 2) return true;
  dir_entry *e = malloc(r->nnames * sizeof *e);
  if (!e) return false;
  for (size_t i = 0; i < r->nnames; i++) e[i] = (dir_entry){r->names[i], r->types[i]};
  qsort(e, r->nnames, sizeof *e, cmp_entries);
  for (size_t i = 0; i < r->nnames; i++) {
    r->names[i] = e[i].name;
    r->types[i] = e[i].type;
  }
  free(e);
  return true;
}

static bool op_readdir(fs_req *r)
{
  fs_loc l;
  int err = loc_follow(r->st, r->path, &l);
  if (err) return fail(r, err, "scandir", true);
  int fd = openat(l.dirfd, l.name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  err = fd < 0 ? errno : 0;
  loc_done(&l);
  if (err) return fail(r, err, "scandir", true);
  DIR *d = fdopendir(fd);
  if (!d) {
    err = errno;
    close(fd);
    return fail(r, err, "scandir", true);
  }
  size_t cap = 0;
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e) {
      err = errno;
      break;
    }
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    if (r->nnames == cap) {
      size_t ncap = cap ? cap * 2 : 32;
      char **nn = realloc(r->names, ncap * sizeof *nn);
      if (!nn) {
        err = ENOMEM;
        break;
      }
      r->names = nn;
      unsigned char *nt = realloc(r->types, ncap);
      if (!nt) {
        err = ENOMEM;
        break;
      }
      r->types = nt;
      cap = ncap;
    }
    unsigned char t = e->d_type;
    if (t == DT_UNKNOWN && r->recursive) {
      struct stat sb;
      if (fstatat(dirfd(d), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISREG(sb.st_mode)) t = DT_REG;
        else if (S_ISDIR(sb.st_mode)) t = DT_DIR;
        else if (S_ISLNK(sb.st_mode)) t = DT_LNK;
        else if (S_ISFIFO(sb.st_mode)) t = DT_FIFO;
        else if (S_ISSOCK(sb.st_mode)) t = DT_SOCK;
        else if (S_ISCHR(sb.st_mode)) t = DT_CHR;
        else if (S_ISBLK(sb.st_mode)) t = DT_BLK;
      }
    }
    char *name = strdup(e->d_name);
    if (!name) {
      err = ENOMEM;
      break;
    }
    r->names[r->nnames] = name;
    r->types[r->nnames] = t;
    r->nnames++;
  }
  closedir(d);
  if (!err && !sort_entries(r)) err = ENOMEM;
  if (err) return fail(r, err, "scandir", true);
  return true;
}

static bool op_utimes(fs_req *r, int dirfd, const char *name, int atflags)
{
  struct timespec ts[2];
  double t[2] = {r->t1, r->t2};
  for (int i = 0; i < 2; i++) {
    int64_t s = (int64_t)t[i];
    if ((double)s > t[i]) s--; /* floor for times before 1970 */
    long ns = (long)((t[i] - (double)s) * 1e9);
    ts[i].tv_sec = (time_t)s;
    ts[i].tv_nsec = ns < 0 ? 0 : ns > 999999999 ? 999999999 : ns;
  }
  if (dirfd == -2) {
    if (futimens(r->fd, ts) != 0) return fail(r, errno, "futime", false);
    return true;
  }
  if (utimensat(dirfd, name, ts, atflags) != 0)
    return fail(r, errno, atflags ? "lutime" : "utime", true);
  return true;
}

/* fs.realpath (not .native) reports a failure the way a walk with lstat
 * meets it: on the first prefix of the absolute path that cannot be
 * reached, as syscall "lstat". */
static bool realpath_fail(fs_req *r, int err)
{
  char *abs = NULL;
  if (r->path[0] == '/') {
    abs = strdup(r->path);
  } else {
#ifdef ND_FS_SANDBOX
    const char *cwd = "";
#else
    char cwdbuf[PATH_MAX];
    const char *cwd = getcwd(cwdbuf, sizeof cwdbuf) ? cwdbuf : "";
#endif
    size_t n = strlen(cwd) + strlen(r->path) + 2;
    abs = malloc(n);
    if (abs) snprintf(abs, n, "%s/%s", strcmp(cwd, "/") == 0 ? "" : cwd, r->path);
  }
  if (!abs) return fail(r, err, "realpath", true);
  size_t n = strlen(abs);
  while (n > 1 && abs[n - 1] == '/') abs[--n] = 0;
  for (size_t i = 1; i <= n; i++) {
    if (i < n && abs[i] != '/') continue;
    if (abs[i - 1] == '/') continue;
    char save = abs[i];
    abs[i] = 0;
    fs_loc l;
    double s[NSTAT];
    int e = loc_follow(r->st, abs, &l);
    if (!e) e = do_stat(l.dirfd, l.name, 0, s);
    loc_done(&l);
    if (e) {
      free(r->path);
      r->path = abs; /* the prefix, NUL-terminated at i */
      return fail(r, e, "lstat", true);
    }
    abs[i] = save;
  }
  free(r->path);
  r->path = abs;
  return fail(r, err, "lstat", true);
}

/* Runs one request: the system calls only. Returns false with r->err set. */
static bool run_req(fs_req *r)
{
  fs_state *st = r->st;
  fs_loc l, l2;
  int err;
  switch (r->op) {
    case OP_OPEN: {
      int fd = -1;
      if ((err = path_open(st, r->path, r->flags, r->mode, &fd))) return fail(r, err, "open", true);
      r->res = fd;
      return true;
    }
    case OP_CLOSE:
      if (close(r->fd) != 0 && errno != EINTR) return fail(r, errno, "close", false);
      return true;
    case OP_READ: {
      ssize_t n = read_full(r->fd, r->buf, r->len, r->a);
      if (n < 0) return fail(r, errno, "read", false);
      r->res = n;
      return true;
    }
    case OP_WRITE: {
      ssize_t n;
      do n = r->a >= 0 ? pwrite(r->fd, r->buf, r->len, (off_t)r->a) : write(r->fd, r->buf, r->len);
      while (n < 0 && errno == EINTR);
      if (n < 0) return fail(r, errno, "write", false);
      r->res = n;
      return true;
    }
    case OP_STAT:
    case OP_LSTAT: {
      bool lst = r->op == OP_LSTAT;
      const char *sc = lst ? "lstat" : "stat";
      if ((err = lst ? loc_parent(st, r->path, &l) : loc_follow(st, r->path, &l)))
        return fail(r, err, sc, true);
      if (!lst && l.held >= 0)
        err = do_stat(l.held, "", AT_EMPTY_PATH, r->stat); /* the resolved file */
      else err = do_stat(l.dirfd, l.name, lst ? AT_SYMLINK_NOFOLLOW : 0, r->stat);
      loc_done(&l);
      return err ? fail(r, err, sc, true) : true;
    }
    case OP_FSTAT:
      if ((err = do_stat(r->fd, "", AT_EMPTY_PATH, r->stat))) return fail(r, err, "fstat", false);
      return true;
    case OP_RENAME:
    case OP_LINK: {
      bool ren = r->op == OP_RENAME;
      const char *sc = ren ? "rename" : "link";
      if ((err = loc_parent(st, r->path, &l))) goto two_fail;
      if ((err = loc_parent(st, r->path2, &l2))) {
        loc_done(&l);
        goto two_fail;
      }
      if ((ren ? renameat(l.dirfd, l.name, l2.dirfd, l2.name)
               : linkat(l.dirfd, l.name, l2.dirfd, l2.name, 0)) != 0)
        err = errno;
      loc_done(&l);
      loc_done(&l2);
      if (!err) return true;
    two_fail:
      fail(r, err, sc, true);
      r->err_dest = true;
      return false;
    }
    case OP_SYMLINK:
      if ((err = loc_parent(st, r->path2, &l)) == 0) {
        if (symlinkat(r->path, l.dirfd, l.name) != 0) err = errno;
        loc_done(&l);
      }
      if (!err) return true;
      fail(r, err, "symlink", true);
      r->err_dest = true;
      return false;
    case OP_READLINK: {
      if ((err = loc_parent(st, r->path, &l))) return fail(r, err, "readlink", true);
      size_t cap = 256;
      for (;;) {
        char *b = malloc(cap);
        if (!b) {
          err = ENOMEM;
          break;
        }
        ssize_t n = readlinkat(l.dirfd, l.name, b, cap);
        if (n < 0) {
          err = errno;
          free(b);
          break;
        }
        if ((size_t)n < cap) {
          b[n] = 0;
          r->out = b;
          r->outlen = (size_t)n;
          break;
        }
        free(b);
        cap *= 4;
      }
      loc_done(&l);
      return err ? fail(r, err, "readlink", true) : true;
    }
    case OP_REALPATH:
      if ((err = path_real(st, r->path, &r->out)))
        return r->flags ? realpath_fail(r, err) : fail(r, err, "realpath", true);
      r->outlen = strlen(r->out);
      return true;
    case OP_UNLINK:
    case OP_RMDIR: {
      bool rd = r->op == OP_RMDIR;
      if ((err = loc_parent(st, r->path, &l))) return fail(r, err, rd ? "rmdir" : "unlink", true);
      if (unlinkat(l.dirfd, l.name, rd ? AT_REMOVEDIR : 0) != 0) err = errno;
      loc_done(&l);
      return err ? fail(r, err, rd ? "rmdir" : "unlink", true) : true;
    }
    case OP_MKDIR:
      if (r->recursive) return op_mkdir_recursive(r);
      if ((err = mkdir_one(st, r->path, r->mode))) return fail(r, err, "mkdir", true);
      return true;
    case OP_MKDTEMP: return op_mkdtemp(r);
    case OP_READDIR: return op_readdir(r);
    case OP_FTRUNCATE:
      if (ftruncate(r->fd, (off_t)r->a) != 0) return fail(r, errno, "ftruncate", false);
      return true;
    case OP_TRUNCATE: {
      int fd = -1;
      if ((err = path_open(st, r->path, O_WRONLY, 0, &fd))) return fail(r, err, "open", true);
      if (ftruncate(fd, (off_t)r->a) != 0) err = errno;
      close(fd);
      return err ? fail(r, err, "ftruncate", false) : true;
    }
    case OP_CHMOD:
      if ((err = loc_follow(st, r->path, &l))) return fail(r, err, "chmod", true);
      if (fchmodat(l.dirfd, l.name, (mode_t)r->mode, 0) != 0) err = errno;
      loc_done(&l);
      return err ? fail(r, err, "chmod", true) : true;
    case OP_FCHMOD:
      if (fchmod(r->fd, (mode_t)r->mode) != 0) return fail(r, errno, "fchmod", false);
      return true;
    case OP_CHOWN:
    case OP_LCHOWN: {
      bool lc = r->op == OP_LCHOWN;
      const char *sc = lc ? "lchown" : "chown";
      if ((err = lc ? loc_parent(st, r->path, &l) : loc_follow(st, r->path, &l)))
        return fail(r, err, sc, true);
      if (fchownat(l.dirfd, l.name, (uid_t)r->a, (gid_t)r->b, lc ? AT_SYMLINK_NOFOLLOW : 0) != 0)
        err = errno;
      loc_done(&l);
      return err ? fail(r, err, sc, true) : true;
    }
    case OP_FCHOWN:
      if (fchown(r->fd, (uid_t)r->a, (gid_t)r->b) != 0) return fail(r, errno, "fchown", false);
      return true;
    case OP_UTIMES:
    case OP_LUTIMES: {
      bool lu = r->op == OP_LUTIMES;
      if ((err = lu ? loc_parent(st, r->path, &l) : loc_follow(st, r->path, &l)))
        return fail(r, err, lu ? "lutime" : "utime", true);
      bool ok = op_utimes(r, l.dirfd, l.name, lu ? AT_SYMLINK_NOFOLLOW : 0);
      loc_done(&l);
      return ok;
    }
    case OP_FUTIMES: return op_utimes(r, -2, NULL, 0);
    case OP_FSYNC:
      if (fsync(r->fd) != 0) return fail(r, errno, "fsync", false);
      return true;
    case OP_FDATASYNC:
      if (fdatasync(r->fd) != 0) return fail(r, errno, "fdatasync", false);
      return true;
    case OP_ACCESS:
      if ((err = loc_follow(st, r->path, &l))) return fail(r, err, "access", true);
      if (faccessat(l.dirfd, l.name, r->flags, 0) != 0) err = errno;
      loc_done(&l);
      return err ? fail(r, err, "access", true) : true;
    case OP_COPYFILE: return op_copyfile(r);
    case OP_RM: return op_rm(r);
    case OP_READFILE: return op_readfile(r);
    case OP_WRITEFILE: return op_writefile(r);
  }
  return fail(r, ENOSYS, "fs", false);
}

static void exec_req(void *data)
{
  run_req(data);
}

/* ---- results (loop thread) ----------------------------------------------- */

static nd_status make_error(nd_env env, fs_req *r, nd_value *out)
{
  if (r->err == EFBIG && r->op == OP_READFILE) {
    /* a RangeError is made by throwing it; taken back at once */
    ndx_throw_range_error(env, "ERR_FS_FILE_TOO_LARGE", "File size is greater than 2 GiB");
    return nd_exception_take(env, out);
  }
  nd_status s = nd_errno_error(env, r->err, r->syscall, r->err_path ? r->path : NULL, out);
  if (s != ND_OK || !r->err_dest || !r->path2) return s;
  /* "ENOENT: ..., rename 'a' -> 'b'" and .dest, as Node reports two paths */
  nd_value msg, dest;
  char *m = NULL;
  if ((s = nd_get_named(env, *out, "message", &msg)) != ND_OK ||
      (s = nd_get_string_dup(env, msg, &m, NULL)) != ND_OK)
    return s;
  size_t n = strlen(m) + strlen(r->path2) + 8;
  char *full = malloc(n);
  if (!full) {
    free(m);
    return ND_NO_MEMORY;
  }
  snprintf(full, n, "%s -> '%s'", m, r->path2);
  free(m);
  s = nd_string_utf8(env, full, ND_AUTO_LENGTH, &msg);
  free(full);
  if (s == ND_OK) s = nd_set_named(env, *out, "message", msg);
  if (s == ND_OK) s = nd_string_utf8(env, r->path2, ND_AUTO_LENGTH, &dest);
  if (s == ND_OK) s = nd_set_named(env, *out, "dest", dest);
  return s;
}

/* Strict UTF-8 (no overlong forms, surrogates or code points past
 * U+10FFFF). Valid text is decoded here; anything else goes back to fs.js
 * as bytes and is decoded by Buffer, whose replacement of bad sequences is
 * Node's (WHATWG). */
static bool utf8_valid(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c == 0xe0) {
      len = 3;
      lo = 0xa0;
    } else if (c == 0xed) {
      len = 3;
      hi = 0x9f;
    } else if (c >= 0xe1 && c <= 0xef) len = 3;
    else if (c == 0xf0) {
      len = 4;
      lo = 0x90;
    } else if (c == 0xf4) {
      len = 4;
      hi = 0x8f;
    } else if (c >= 0xf1 && c <= 0xf3) len = 4;
    else return false;
    if (n - i < len || s[i + 1] < lo || s[i + 1] > hi) return false;
    for (size_t k = 2; k < len; k++)
      if (s[i + k] < 0x80 || s[i + k] > 0xbf) return false;
    i += len;
  }
  return true;
}

static nd_status make_string(nd_env env, const char *s, size_t n, nd_value *out)
{
  return nd_string_utf8(env, s, n, out);
}

/* The value a successful request produces; *out stays NULL for none. */
static nd_status make_result(nd_env env, fs_req *r, nd_value *out)
{
  *out = NULL;
  switch (r->op) {
    case OP_OPEN:
    case OP_READ:
    case OP_WRITE: return nd_number(env, (double)r->res, out);
    case OP_STAT:
    case OP_LSTAT:
    case OP_FSTAT:
      /* Left in the shared statValues array: fs.js reads it at once, before
     * any other stat result can land there (no allocation per call). */
      memcpy(r->st->stat_values, r->stat, sizeof r->stat);
      return ND_OK;
    case OP_READLINK:
    case OP_REALPATH:
    case OP_MKDTEMP: return make_string(env, r->out, r->outlen, out);
    case OP_MKDIR: return r->out ? make_string(env, r->out, r->outlen, out) : ND_OK;
    case OP_READDIR: {
      nd_value names, types = NULL;
      nd_status s = nd_array_new(env, (uint32_t)r->nnames, &names);
      if (s == ND_OK && r->recursive) s = nd_array_new(env, (uint32_t)r->nnames, &types);
      for (size_t i = 0; s == ND_OK && i < r->nnames; i++) {
        nd_scope sc;
        if ((s = nd_scope_open(env, &sc)) != ND_OK) break;
        nd_value v;
        s = make_string(env, r->names[i], strlen(r->names[i]), &v);
        if (s == ND_OK) s = nd_set_index(env, names, (uint32_t)i, v);
        if (s == ND_OK && types) s = nd_int32(env, r->types[i], &v);
        if (s == ND_OK && types) s = nd_set_index(env, types, (uint32_t)i, v);
        nd_status closed = nd_scope_close(env, sc);
        if (s == ND_OK) s = closed;
      }
      if (s != ND_OK) return s;
      if (!types) {
        *out = names;
        return ND_OK;
      }
      if ((s = nd_array_new(env, 2, out)) != ND_OK) return s;
      if ((s = nd_set_index(env, *out, 0, names)) != ND_OK) return s;
      return nd_set_index(env, *out, 1, types);
    }
    case OP_READFILE: {
      char *b = r->out;
      size_t n = r->outlen;
      nd_status s;
      int enc = r->enc;
      if (enc == ENC_UTF8 && !utf8_valid((const unsigned char *)b, n)) enc = ENC_BYTES;
      switch (enc) {
        case ENC_UTF8: s = nd_string_utf8(env, b, n, out); break;
        case ENC_ASCII:
          for (size_t i = 0; i < n; i++) b[i] &= 0x7f;
          s = nd_string_latin1(env, b, n, out);
          break;
        case ENC_LATIN1: s = nd_string_latin1(env, b, n, out); break;
        case ENC_UTF16LE: s = nd_string_utf16(env, (const uint16_t *)(void *)b, n / 2, out); break;
        default:
          r->out = NULL; /* ownership passes to the ArrayBuffer */
          if (!b) b = malloc(1);
          if (!b) return ND_NO_MEMORY;
          r->st->adopted += n;
          if (r->st->adopted >= GC_AFTER_BYTES) {
            r->st->adopted = 0;
            ND_IGNORE(nd_gc(env)); /* a hint: a failed collection costs only memory */
          }
          s = nd_arraybuffer_take(env, b, n, out);
          break;
      }
      return s;
    }
    default: return ND_OK;
  }
}

/* A read into a bounce copy: put the bytes into the JavaScript view. */
static void copy_back(nd_env env, fs_req *r)
{
  if (!r->copy_back || r->err || r->res <= 0) return;
  nd_value view;
  void *data;
  size_t len;
  if (nd_ref_get(env, r->keep, &view) != ND_OK ||
      nd_typedarray_info(env, view, &data, &len, NULL, NULL) != ND_OK)
    return;
  if (r->view_off + (size_t)r->res <= len)
    memcpy((uint8_t *)data + r->view_off, r->buf, (size_t)r->res);
}

static void complete_req(nd_env env, bool cancelled, void *data)
{
  fs_req *r = data;
  r->st->inflight--;
  if (cancelled) {
    req_free(env, r);
    return;
  }
  copy_back(env, r);
  nd_value cb = NULL, args[2] = {NULL, NULL};
  size_t argc = 1;
  nd_status s = nd_ref_get(env, r->cb, &cb);
  if (s == ND_OK) {
    if (r->err) {
      s = make_error(env, r, &args[0]);
    } else {
      s = make_result(env, r, &args[1]);
      if (s == ND_OK) {
        s = nd_null(env, &args[0]);
        if (args[1]) argc = 2;
      } else if (nd_exception_take(env, &args[0]) == ND_OK ||
                 nd_errno_error(env, ENOMEM, r->syscall ? r->syscall : "read", NULL, &args[0]) ==
                     ND_OK) {
        s = ND_OK; /* the failure to build the result goes to the callback */
      }
    }
  }
  if (s != ND_OK && cb && nd_exception_take(env, &args[0]) == ND_OK) {
    argc = 1; /* whatever went wrong building the outcome goes to the callback */
    s = ND_OK;
  }
  /* an exception the callback threw stays pending: it is uncaught */
  if (s == ND_OK) ND_IGNORE(nd_call(env, NULL, cb, argc, args, NULL));
  req_free(env, r);
}

/* Runs r now (no callback) or queues it (callback given). Owns r. */
static nd_value dispatch(nd_env env, fs_req *r, nd_value cb)
{
  if (nd_is_function(env, cb)) {
    if (nd_ref_new(env, cb, &r->cb) != ND_OK) {
      req_free(env, r);
      return NULL;
    }
    if (nd_work_queue(env, exec_req, complete_req, r) != ND_OK) {
      req_free(env, r);
      return ndx_throw_error(env, "ERR_FS_QUEUE", "cannot queue file-system work");
    }
    r->st->inflight++;
    return NULL;
  }
  nd_value result = NULL;
  if (!run_req(r)) {
    nd_value e;
    nd_status s = make_error(env, r, &e);
    if (s == ND_OK) ND_IGNORE(nd_throw(env, e)); /* pending: the caller's exception */
    else ndx_fail(env, s);
  } else if (make_result(env, r, &result) != ND_OK) {
    if (!nd_exception_pending(env)) ndx_throw_errno(env, ENOMEM, r->syscall, NULL);
    result = NULL;
  }
  req_free(env, r);
  return result;
}

/* ---- argument helpers ------------------------------------------------------ */

static fs_req *new_or_throw(nd_env env, fs_state *st, int op)
{
  fs_req *r = req_new(st, op);
  return r ? r : ndx_throw_oom(env);
}

/* A path argument (string or Uint8Array) as a malloc'd C string. */
static bool get_path(nd_env env, nd_value v, const char *what, char **out)
{
  size_t n = 0;
  char *p = NULL;
  if (nd_is_string(env, v)) {
    if (nd_get_string_dup(env, v, &p, &n) != ND_OK) return false;
  } else if (nd_is_typedarray(env, v)) {
    void *d;
    if (nd_typedarray_info(env, v, &d, &n, NULL, NULL) != ND_OK) return false;
    p = malloc(n + 1);
    if (!p) {
      ndx_throw_oom(env);
      return false;
    }
    memcpy(p, d, n);
    p[n] = 0;
  } else {
    ndx_arg_type_error(env, what, "string|Buffer|URL", v);
    return false;
  }
  if (strlen(p) != n) {
    free(p);
    ndx_throw_type_error(
        env, "ERR_INVALID_ARG_VALUE",
        "The argument '%s' must be a string, Uint8Array, or URL without null bytes", what);
    return false;
  }
  *out = p;
  return true;
}

/* Integers, which fs.js has validated as Node does: these keep a direct
 * call on the binding from reaching a syscall with junk, and a fraction is
 * truncated rather than checked (the test costs a few ns per call). */
static bool get_i64(nd_env env, nd_value v, const char *what, int64_t *out)
{
  double d;
  if (nd_get_double(env, v, &d) == ND_OK && d >= -9007199254740991.0 && d <= 9007199254740991.0) {
    *out = (int64_t)d;
    return true;
  }
  ndx_int_error(env, v, what, -9007199254740991, 9007199254740991);
  return false;
}

/* A flag or mode word: any 32-bit pattern, signed or not. */
static bool get_int(nd_env env, nd_value v, const char *what, int *out)
{
  int64_t x;
  if (ndx_check_int(env, v, what, INT32_MIN, UINT32_MAX, &x) != ND_OK) return false;
  *out = (int)(int32_t)(uint32_t)x;
  return true;
}

static bool get_fd(nd_env env, nd_value v, int *out)
{
  int64_t x;
  if (ndx_check_int(env, v, "fd", 0, INT32_MAX, &x) != ND_OK) return false;
  *out = (int)x;
  return true;
}

/* The bytes [off, off+len) of a typed array for read (into) or write (from).
 * Synchronous calls use the memory in place. Asynchronous ones keep the
 * array alive with a reference and use it in place when its ArrayBuffer is
 * big enough to live outside the moving GC heap; otherwise a private copy. */
static bool get_bytes(nd_env env, fs_req *r, nd_value view, nd_value offv, nd_value lenv, bool into,
                      bool async)
{
  if (!nd_is_typedarray(env, view)) {
    ndx_arg_type_error(env, "buffer", "Buffer|TypedArray|DataView", view);
    return false;
  }
  int64_t off, len;
  if (!get_i64(env, offv, "offset", &off) || !get_i64(env, lenv, "length", &len)) return false;
  void *data;
  size_t vlen, ablen = 0;
  nd_value ab = NULL;
  if (nd_typedarray_info(env, view, NULL, &vlen, async ? &ab : NULL, NULL) != ND_OK) return false;
  if (off < 0 || len < 0 || (uint64_t)off > vlen || (uint64_t)len > vlen - (uint64_t)off) {
    ndx_throw_range_error(env, "ERR_OUT_OF_RANGE",
                          "The value of \"offset\" or \"length\" is out of range");
    return false;
  }
  r->len = (size_t)len;
  r->view_off = (size_t)off;
  if (async) {
    if (nd_arraybuffer_info(env, ab, NULL, &ablen) != ND_OK) ablen = 0;
    if (nd_ref_new(env, view, &r->keep) != ND_OK) return false;
  }
  if (nd_typedarray_info(env, view, &data, &vlen, NULL, NULL) != ND_OK) return false;
  if (!async || ablen >= STABLE_BUFFER_MIN) {
    r->buf = (uint8_t *)data + off;
    return true;
  }
  r->buf = malloc(r->len ? r->len : 1);
  if (!r->buf) {
    ndx_throw_oom(env);
    return false;
  }
  r->owned = true;
  if (into) r->copy_back = true;
  else memcpy(r->buf, (uint8_t *)data + off, r->len);
  return true;
}

/* A string encoded into owned bytes: 1 utf8, 2 latin1, 4 utf16le. */
static bool get_encoded(nd_env env, fs_req *r, nd_value str, int enc)
{
  size_t n;
  nd_status s;
  if (enc == ENC_UTF16LE) {
    if ((s = nd_get_string_utf16(env, str, NULL, 0, &n)) != ND_OK) goto bad;
    uint16_t *b = malloc(n * 2 + 2);
    if (!b) goto oom;
    r->buf = (uint8_t *)b; /* owned: freed with r */
    r->owned = true;
    if ((s = nd_get_string_utf16(env, str, b, n + 1, &n)) != ND_OK) goto bad;
    r->len = n * 2;
  } else {
    bool latin = enc == ENC_LATIN1 || enc == ENC_ASCII;
    s = latin ? nd_get_string_latin1(env, str, NULL, 0, &n)
              : nd_get_string_utf8(env, str, NULL, 0, &n);
    if (s != ND_OK) goto bad;
    char *b = malloc(n + 1);
    if (!b) goto oom;
    r->buf = (uint8_t *)b; /* owned: freed with r */
    r->owned = true;
    s = latin ? nd_get_string_latin1(env, str, b, n + 1, &n)
              : nd_get_string_utf8(env, str, b, n + 1, &n);
    if (s != ND_OK) goto bad;
    r->len = n;
  }
  r->owned = true;
  return true;
bad:
  if (!nd_exception_pending(env))
    ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE",
                         "The \"data\" argument must be of type string");
  return false;
oom:
  ndx_throw_oom(env);
  return false;
}

/* ---- bindings ------------------------------------------------------------- */

#define BINDING(name)                                                                              \
  static nd_value name(nd_env env, nd_value self, size_t argc, nd_value *argv, void *data)
#define REQ(op)                                                                                    \
  fs_req *r = new_or_throw(env, data, op);                                                         \
  if (!r) return NULL
#define CHECK(expr)                                                                                \
  do {                                                                                             \
    if (!(expr)) {                                                                                 \
      req_free(env, r);                                                                            \
      return NULL;                                                                                 \
    }                                                                                              \
  } while (0)

/* (path, cb) */
static nd_value path_call(nd_env env, nd_value *argv, void *data, int op)
{
  REQ(op);
  CHECK(get_path(env, argv[0], "path", &r->path));
  return dispatch(env, r, argv[1]);
}

/* (fd, cb) */
static nd_value fd_call(nd_env env, nd_value *argv, void *data, int op)
{
  REQ(op);
  CHECK(get_fd(env, argv[0], &r->fd));
  return dispatch(env, r, argv[1]);
}

BINDING(b_open)
{
  REQ(OP_OPEN);
  CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_int(env, argv[1], "flags", &r->flags));
  CHECK(get_int(env, argv[2], "mode", &r->mode));
  return dispatch(env, r, argv[3]);
}

BINDING(b_close)
{
  return fd_call(env, argv, data, OP_CLOSE);
}
BINDING(b_fstat)
{
  return fd_call(env, argv, data, OP_FSTAT);
}
BINDING(b_fsync)
{
  return fd_call(env, argv, data, OP_FSYNC);
}
BINDING(b_fdatasync)
{
  return fd_call(env, argv, data, OP_FDATASYNC);
}
BINDING(b_stat)
{
  return path_call(env, argv, data, OP_STAT);
}
BINDING(b_lstat)
{
  return path_call(env, argv, data, OP_LSTAT);
}
BINDING(b_readlink)
{
  return path_call(env, argv, data, OP_READLINK);
}
/* (path, walkErrors, cb) */
BINDING(b_realpath)
{
  REQ(OP_REALPATH);
  CHECK(get_path(env, argv[0], "path", &r->path));
  r->flags = ndx_opt_bool(env, argv[1], false);
  return dispatch(env, r, argv[2]);
}
BINDING(b_unlink)
{
  return path_call(env, argv, data, OP_UNLINK);
}
BINDING(b_rmdir)
{
  return path_call(env, argv, data, OP_RMDIR);
}
BINDING(b_mkdtemp)
{
  return path_call(env, argv, data, OP_MKDTEMP);
}

/* (fd, buffer, offset, length, position, cb); position -1 = current */
static nd_value rw_call(nd_env env, nd_value *argv, void *data, int op)
{
  REQ(op);
  CHECK(get_fd(env, argv[0], &r->fd));
  CHECK(get_i64(env, argv[4], "position", &r->a));
  CHECK(get_bytes(env, r, argv[1], argv[2], argv[3], op == OP_READ, nd_is_function(env, argv[5])));
  return dispatch(env, r, argv[5]);
}

BINDING(b_read)
{
  return rw_call(env, argv, data, OP_READ);
}
BINDING(b_write)
{
  return rw_call(env, argv, data, OP_WRITE);
}

/* (fd, string, position, encoding, cb) */
BINDING(b_write_string)
{
  REQ(OP_WRITE);
  int enc;
  CHECK(get_fd(env, argv[0], &r->fd));
  CHECK(get_i64(env, argv[2], "position", &r->a));
  CHECK(get_int(env, argv[3], "encoding", &enc));
  CHECK(get_encoded(env, r, argv[1], enc));
  return dispatch(env, r, argv[4]);
}

/* (a, b, cb) for rename, link, symlink(target, path) */
static nd_value two_path_call(nd_env env, nd_value *argv, void *data, int op, const char *n1,
                              const char *n2)
{
  REQ(op);
  CHECK(get_path(env, argv[0], n1, &r->path));
  CHECK(get_path(env, argv[1], n2, &r->path2));
  return dispatch(env, r, argv[2]);
}

BINDING(b_rename)
{
  return two_path_call(env, argv, data, OP_RENAME, "oldPath", "newPath");
}
BINDING(b_link)
{
  return two_path_call(env, argv, data, OP_LINK, "existingPath", "newPath");
}
BINDING(b_symlink)
{
  return two_path_call(env, argv, data, OP_SYMLINK, "target", "path");
}

BINDING(b_copyfile)
{
  REQ(OP_COPYFILE);
  CHECK(get_path(env, argv[0], "src", &r->path));
  CHECK(get_path(env, argv[1], "dest", &r->path2));
  CHECK(get_int(env, argv[2], "mode", &r->flags));
  return dispatch(env, r, argv[3]);
}

/* (path, mode, recursive, cb) */
BINDING(b_mkdir)
{
  REQ(OP_MKDIR);
  CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_int(env, argv[1], "mode", &r->mode));
  r->recursive = ndx_opt_bool(env, argv[2], false);
  return dispatch(env, r, argv[3]);
}

/* (path, withFileTypes, cb) */
BINDING(b_readdir)
{
  REQ(OP_READDIR);
  CHECK(get_path(env, argv[0], "path", &r->path));
  r->recursive = ndx_opt_bool(env, argv[1], false); /* here: also return entry types */
  return dispatch(env, r, argv[2]);
}

/* (path, recursive, force, cb) */
BINDING(b_rm)
{
  REQ(OP_RM);
  CHECK(get_path(env, argv[0], "path", &r->path));
  r->recursive = ndx_opt_bool(env, argv[1], false);
  r->flags = ndx_opt_bool(env, argv[2], false) ? 1 : 0; /* force */
  return dispatch(env, r, argv[3]);
}

BINDING(b_ftruncate)
{
  REQ(OP_FTRUNCATE);
  CHECK(get_fd(env, argv[0], &r->fd));
  CHECK(get_i64(env, argv[1], "len", &r->a));
  return dispatch(env, r, argv[2]);
}

BINDING(b_truncate)
{
  REQ(OP_TRUNCATE);
  CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_i64(env, argv[1], "len", &r->a));
  return dispatch(env, r, argv[2]);
}

BINDING(b_chmod)
{
  REQ(OP_CHMOD);
  CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_int(env, argv[1], "mode", &r->mode));
  return dispatch(env, r, argv[2]);
}

BINDING(b_fchmod)
{
  REQ(OP_FCHMOD);
  CHECK(get_fd(env, argv[0], &r->fd));
  CHECK(get_int(env, argv[1], "mode", &r->mode));
  return dispatch(env, r, argv[2]);
}

static nd_value chown_call(nd_env env, nd_value *argv, void *data, int op)
{
  REQ(op);
  if (op == OP_FCHOWN) CHECK(get_fd(env, argv[0], &r->fd));
  else CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_i64(env, argv[1], "uid", &r->a));
  CHECK(get_i64(env, argv[2], "gid", &r->b));
  return dispatch(env, r, argv[3]);
}

BINDING(b_chown)
{
  return chown_call(env, argv, data, OP_CHOWN);
}
BINDING(b_lchown)
{
  return chown_call(env, argv, data, OP_LCHOWN);
}
BINDING(b_fchown)
{
  return chown_call(env, argv, data, OP_FCHOWN);
}

static nd_value utimes_call(nd_env env, nd_value *argv, void *data, int op)
{
  REQ(op);
  if (op == OP_FUTIMES) CHECK(get_fd(env, argv[0], &r->fd));
  else CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(ndx_check_number(env, argv[1], "atime", &r->t1) == ND_OK);
  CHECK(ndx_check_number(env, argv[2], "mtime", &r->t2) == ND_OK);
  return dispatch(env, r, argv[3]);
}

BINDING(b_utimes)
{
  return utimes_call(env, argv, data, OP_UTIMES);
}
BINDING(b_lutimes)
{
  return utimes_call(env, argv, data, OP_LUTIMES);
}
BINDING(b_futimes)
{
  return utimes_call(env, argv, data, OP_FUTIMES);
}

BINDING(b_access)
{
  REQ(OP_ACCESS);
  CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_int(env, argv[1], "mode", &r->flags));
  return dispatch(env, r, argv[2]);
}

/* (pathOrFd, flags, encoding, cb) */
BINDING(b_readfile)
{
  REQ(OP_READFILE);
  if (nd_is_number(env, argv[0])) CHECK(get_fd(env, argv[0], &r->fd));
  else CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_int(env, argv[1], "flags", &r->flags));
  CHECK(get_int(env, argv[2], "encoding", &r->enc));
  return dispatch(env, r, argv[3]);
}

/* (pathOrFd, data, encoding, flags, mode, cb): data a string or typed array */
BINDING(b_writefile)
{
  REQ(OP_WRITEFILE);
  bool async = nd_is_function(env, argv[5]);
  if (nd_is_number(env, argv[0])) CHECK(get_fd(env, argv[0], &r->fd));
  else CHECK(get_path(env, argv[0], "path", &r->path));
  CHECK(get_int(env, argv[3], "flags", &r->flags));
  CHECK(get_int(env, argv[4], "mode", &r->mode));
  if (nd_is_string(env, argv[1])) {
    int enc;
    CHECK(get_int(env, argv[2], "encoding", &enc));
    CHECK(get_encoded(env, r, argv[1], enc));
  } else {
    size_t n = 0;
    if (nd_typedarray_info(env, argv[1], NULL, &n, NULL, NULL) != ND_OK)
      n = 0; /* get_bytes throws */
    nd_value off, len;
    CHECK(nd_int32(env, 0, &off) == ND_OK && nd_number(env, (double)n, &len) == ND_OK);
    CHECK(get_bytes(env, r, argv[1], off, len, false, async));
  }
  return dispatch(env, r, argv[5]);
}

/* ---- fs.watch: one inotify instance, events handed to JS by watch descriptor */

static void ino_ready(nd_env env, nd_watch *w, int revents, void *data)
{
  fs_state *st = data;
  char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
  for (;;) {
    ssize_t n = read(st->ino_fd, buf, sizeof buf);
    if (n <= 0) return; /* EAGAIN: drained */
    nd_value fn;
    if (!st->ino_handler || nd_ref_get(env, st->ino_handler, &fn) != ND_OK) return;
    for (char *p = buf; p < buf + n;) {
      struct inotify_event *ev = (struct inotify_event *)(void *)p;
      p += sizeof *ev + ev->len;
      nd_scope sc;
      if (nd_scope_open(env, &sc) != ND_OK) return;
      nd_value args[3];
      nd_status s = nd_int32(env, ev->wd, &args[0]);
      if (s == ND_OK) s = nd_number(env, ev->mask, &args[1]);
      if (s == ND_OK)
        s = ev->len && ev->name[0] ? nd_string_utf8(env, ev->name, ND_AUTO_LENGTH, &args[2])
                                   : nd_undefined(env, &args[2]);
      if (s == ND_OK) s = nd_call(env, NULL, fn, 3, args, NULL);
      nd_status closed = nd_scope_close(env, sc);
      if (s != ND_OK) return; /* the exception is reported once we return */
      if (closed != ND_OK) {
        ndx_fail(env, closed);
        return;
      }
      /* each event is its own callback for nextTicks and promise jobs */
      if (p < buf + n && nd_drain_jobs(env) != ND_OK) return;
    }
  }
}

BINDING(b_watch_start)
{
  fs_state *st = data;
  char *path;
  if (!get_path(env, argv[0], "filename", &path)) return NULL;
  if (!nd_is_function(env, argv[1])) {
    free(path);
    return ndx_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "handler must be a function");
  }
  if (st->ino_fd < 0) {
    st->ino_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (st->ino_fd < 0) {
      ndx_throw_errno(env, errno, "watch", path);
      free(path);
      return NULL;
    }
    st->ino_watch = nd_watch_new(env, st->ino_fd, ino_ready, st);
    if (!st->ino_watch || nd_watch_start(st->ino_watch, ND_READABLE) != ND_OK) {
      if (st->ino_watch) nd_watch_free(st->ino_watch);
      st->ino_watch = NULL;
      close(st->ino_fd);
      st->ino_fd = -1;
      free(path);
      return ndx_throw_error(env, "ERR_FS_WATCH", "cannot watch the inotify descriptor");
    }
    nd_watch_ref(st->ino_watch, false);
  }
  if (!st->ino_handler && nd_ref_new(env, argv[1], &st->ino_handler) != ND_OK) {
    free(path);
    return NULL;
  }
  fs_loc l;
  int err = loc_follow(st, path, &l);
  int wd = -1;
  if (!err) {
    wd = inotify_add_watch(st->ino_fd, l.name,
                           IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF |
                               IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO);
    if (wd < 0) err = errno;
    loc_done(&l);
  }
  if (err) ndx_throw_errno(env, err, "watch", path);
  free(path);
  return err ? NULL : ndx_number(env, wd);
}

BINDING(b_watch_stop)
{
  fs_state *st = data;
  int32_t wd;
  if (st->ino_fd >= 0 && nd_get_int32(env, argv[0], &wd) == ND_OK) inotify_rm_watch(st->ino_fd, wd);
  return NULL;
}

/* (bool): whether a persistent fs.watch keeps the process alive */
BINDING(b_watch_ref)
{
  fs_state *st = data;
  if (st->ino_watch) nd_watch_ref(st->ino_watch, ndx_opt_bool(env, argv[0], false));
  return NULL;
}

/* ---- plugin ---------------------------------------------------------------- */

/* At shutdown, after the runtime drained the pool: every request has
 * completed (cancelled or not), so inflight is 0 and st can go. The check
 * stays as a guard: a request still holding st keeps it alive. */
static void cleanup(void *data)
{
  fs_state *st = data;
  if (st->ino_watch) nd_watch_free(st->ino_watch);
  if (st->ino_fd >= 0) close(st->ino_fd);
  if (st->ino_handler) nd_ref_free(st->env, st->ino_handler);
  if (st->stat_array) nd_ref_free(st->env, st->stat_array);
  if (st->inflight) return;
#ifdef ND_FS_SANDBOX
  if (st->root >= 0) close(st->root);
  free(st->root_real);
#endif
  free(st);
}

static nd_value make_constants(nd_env env)
{
  static const struct {
    const char *name;
    double value;
  } k[] = {
      {"O_RDONLY", O_RDONLY},
      {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},
      {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},
      {"O_NOCTTY", O_NOCTTY},
      {"O_TRUNC", O_TRUNC},
      {"O_APPEND", O_APPEND},
      {"O_DIRECTORY", O_DIRECTORY},
      {"O_NOATIME", O_NOATIME},
      {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_SYNC", O_SYNC},
      {"O_DSYNC", O_DSYNC},
      {"O_DIRECT", O_DIRECT},
      {"O_NONBLOCK", O_NONBLOCK},
      {"S_IFMT", S_IFMT},
      {"S_IFREG", S_IFREG},
      {"S_IFDIR", S_IFDIR},
      {"S_IFCHR", S_IFCHR},
      {"S_IFBLK", S_IFBLK},
      {"S_IFIFO", S_IFIFO},
      {"S_IFLNK", S_IFLNK},
      {"S_IFSOCK", S_IFSOCK},
      {"S_IRWXU", S_IRWXU},
      {"S_IRUSR", S_IRUSR},
      {"S_IWUSR", S_IWUSR},
      {"S_IXUSR", S_IXUSR},
      {"S_IRWXG", S_IRWXG},
      {"S_IRGRP", S_IRGRP},
      {"S_IWGRP", S_IWGRP},
      {"S_IXGRP", S_IXGRP},
      {"S_IRWXO", S_IRWXO},
      {"S_IROTH", S_IROTH},
      {"S_IWOTH", S_IWOTH},
      {"S_IXOTH", S_IXOTH},
      {"F_OK", F_OK},
      {"R_OK", R_OK},
      {"W_OK", W_OK},
      {"X_OK", X_OK},
      {"UV_FS_SYMLINK_DIR", 1},
      {"UV_FS_SYMLINK_JUNCTION", 2},
      {"UV_FS_COPYFILE_EXCL", 4},
      {"COPYFILE_EXCL", 4},
      {"UV_FS_COPYFILE_FICLONE", 1},
      {"COPYFILE_FICLONE", 1},
      {"UV_FS_COPYFILE_FICLONE_FORCE", 2},
      {"COPYFILE_FICLONE_FORCE", 2},
      {"UV_DIRENT_UNKNOWN", 0},
      {"UV_DIRENT_FILE", 1},
      {"UV_DIRENT_DIR", 2},
      {"UV_DIRENT_LINK", 3},
      {"UV_DIRENT_FIFO", 4},
      {"UV_DIRENT_SOCKET", 5},
      {"UV_DIRENT_CHAR", 6},
      {"UV_DIRENT_BLOCK", 7},
  };
  nd_value c;
  if (nd_object_new(env, &c) != ND_OK) return NULL;
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
    if (ndx_set_number(env, c, k[i].name, k[i].value) != ND_OK) return NULL;
  return c;
}

/* d_type values, for readdir's withFileTypes */
static nd_value make_dtypes(nd_env env)
{
  nd_value c;
  static const struct {
    const char *name;
    double value;
  } k[] = {
      {"DT_REG", DT_REG},         {"DT_DIR", DT_DIR},       {"DT_LNK", DT_LNK},
      {"DT_FIFO", DT_FIFO},       {"DT_SOCK", DT_SOCK},     {"DT_CHR", DT_CHR},
      {"DT_BLK", DT_BLK},         {"IN_ATTRIB", IN_ATTRIB}, {"IN_MODIFY", IN_MODIFY},
      {"IN_IGNORED", IN_IGNORED},
  };
  if (nd_object_new(env, &c) != ND_OK) return NULL;
  for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
    if (ndx_set_number(env, c, k[i].name, k[i].value) != ND_OK) return NULL;
  return c;
}

#ifdef ND_FS_SANDBOX
static bool sandbox_init(nd_env env, fs_state *st)
{
  const char *root = nd_module_option(env, "fs-sandbox", "root");
  if (!root || !*root) {
    ndx_throw_error(env, "ERR_FS_SANDBOX_ROOT",
                    "fs-sandbox needs a root directory: map it in the module manifest as "
                    "'fs = fs-sandbox root=/path'");
    return false;
  }
  st->root = open(root, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (st->root < 0) {
    ndx_throw_errno(env, errno, "open", root);
    return false;
  }
  st->root_real = realpath(root, NULL);
  if (!st->root_real) {
    ndx_throw_errno(env, errno, "realpath", root);
    return false;
  }
  st->root_len = strlen(st->root_real);
  const char *resolve = nd_module_option(env, "fs-sandbox", "resolve");
  st->walk = resolve && strcmp(resolve, "walk") == 0;
  if (!st->walk) { /* is openat2 there (Linux 5.6+, not filtered)? */
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = O_PATH | O_CLOEXEC;
    how.resolve = RESOLVE_IN_ROOT;
    long fd = syscall(SYS_openat2, st->root, ".", &how, sizeof how);
    if (fd >= 0) close((int)fd);
    else st->walk = true;
  }
  return true;
}
#endif

static const nd_property binding_table[] = {
    NDX_METHOD("open", b_open, 4),
    NDX_METHOD("close", b_close, 2),
    NDX_METHOD("read", b_read, 6),
    NDX_METHOD("write", b_write, 6),
    NDX_METHOD("writeString", b_write_string, 5),
    NDX_METHOD("stat", b_stat, 2),
    NDX_METHOD("lstat", b_lstat, 2),
    NDX_METHOD("fstat", b_fstat, 2),
    NDX_METHOD("rename", b_rename, 3),
    NDX_METHOD("link", b_link, 3),
    NDX_METHOD("symlink", b_symlink, 3),
    NDX_METHOD("readlink", b_readlink, 2),
    NDX_METHOD("realpath", b_realpath, 3),
    NDX_METHOD("unlink", b_unlink, 2),
    NDX_METHOD("rmdir", b_rmdir, 2),
    NDX_METHOD("mkdir", b_mkdir, 4),
    NDX_METHOD("mkdtemp", b_mkdtemp, 2),
    NDX_METHOD("readdir", b_readdir, 3),
    NDX_METHOD("ftruncate", b_ftruncate, 3),
    NDX_METHOD("truncate", b_truncate, 3),
    NDX_METHOD("chmod", b_chmod, 3),
    NDX_METHOD("fchmod", b_fchmod, 3),
    NDX_METHOD("chown", b_chown, 4),
    NDX_METHOD("lchown", b_lchown, 4),
    NDX_METHOD("fchown", b_fchown, 4),
    NDX_METHOD("utimes", b_utimes, 4),
    NDX_METHOD("lutimes", b_lutimes, 4),
    NDX_METHOD("futimes", b_futimes, 4),
    NDX_METHOD("fsync", b_fsync, 2),
    NDX_METHOD("fdatasync", b_fdatasync, 2),
    NDX_METHOD("access", b_access, 3),
    NDX_METHOD("copyFile", b_copyfile, 4),
    NDX_METHOD("rm", b_rm, 4),
    NDX_METHOD("readFile", b_readfile, 4),
    NDX_METHOD("writeFile", b_writefile, 6),
    NDX_METHOD("watchStart", b_watch_start, 2),
    NDX_METHOD("watchStop", b_watch_stop, 1),
    NDX_METHOD("watchRef", b_watch_ref, 1),
};

static nd_value init(nd_env env, nd_value exports)
{
  fs_state *st = calloc(1, sizeof *st);
  if (!st) return ndx_throw_oom(env);
  st->env = env;
  st->ino_fd = -1;
#ifdef ND_FS_SANDBOX
  st->root = -1;
  if (!sandbox_init(env, st)) {
    if (st->root >= 0) close(st->root);
    free(st->root_real);
    free(st);
    return NULL;
  }
#endif
  nd_status s = nd_cleanup_hook(env, cleanup, st);
  if (s != ND_OK) {
    cleanup(st);
    return ndx_fail(env, s);
  }
  nd_value binding, constants, dtypes, stat_array;
  if (nd_arraybuffer_new(env, NSTAT * sizeof(double), (void **)&st->stat_values, &stat_array) !=
          ND_OK ||
      nd_ref_new(env, stat_array, &st->stat_array) != ND_OK)
    return NULL;
  if (ndx_binding(env, binding_table, st, &binding) != ND_OK ||
      nd_set_named(env, binding, "statValues", stat_array) != ND_OK ||
      !(constants = make_constants(env)) ||
      nd_set_named(env, binding, "constants", constants) != ND_OK || !(dtypes = make_dtypes(env)) ||
      nd_set_named(env, binding, "native", dtypes) != ND_OK)
    return NULL;
#ifdef ND_FS_SANDBOX
  if (ndx_set_bool(env, binding, "sandboxed", true) != ND_OK) return NULL;
#else
  if (ndx_set_bool(env, binding, "sandboxed", false) != ND_OK) return NULL;
#endif
  nd_value result;
  if (nd_eval_plugin(env, "fs", plugin_js, plugin_js_count, exports, binding, &result) != ND_OK)
    return NULL;
  return result;
}

NODUS_PLUGIN(FS_PLUGIN_NAME, NODUS_VERSION, ND_PLUGIN_DEPS, init);
