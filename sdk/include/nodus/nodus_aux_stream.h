/* nodus_aux_stream.h — the descriptor-stream core of the helper library
 * (libnodus_aux.a): one implementation of "a byte stream on a descriptor,
 * driven by the loop" under net sockets, child_process pipes, process.stdin
 * and the coming tty and TLS streams, as libuv's private uv__stream is under
 * tcp, pipe and tty. Built on nodus.h alone.
 *
 * What a stream does:
 *  - owns a descriptor (non-blocking, close-on-exec) watched on the loop;
 *    descriptors epoll cannot watch (regular files, /dev/null) get one turn
 *    per loop iteration instead; a shared descriptor whose flags must stay
 *    as they are (stdin) reads exactly what FIONREAD reports, once per
 *    readiness (NDX_STREAM_BLOCKING);
 *  - reads into fresh ArrayBuffers sized by what the kernel holds (FIONREAD),
 *    so the chunk handed to JavaScript is the memory the kernel wrote: no copy;
 *  - pause/resume (readStart/readStop), EOF, errors as -errno;
 *  - a write queue sent with writev/sendmsg: the caller's bytes are kept by
 *    reference (small remainders copied), partial writes resume when the
 *    descriptor is writable, `queued` bytes feed writableLength/bufferSize,
 *    and onwrite(count) says how many write requests completed (the drain);
 *  - half-close: shutdown(SHUT_WR) once the queue has drained;
 *  - connect completion, listen/accept with a back-off when out of
 *    descriptors, descriptor passing on UNIX sockets, an idle timeout and
 *    keep-alive ref/unref.
 *
 * Lifetime (txiki's rule, written once here): a stream pins its JS object
 * while I/O is in flight (reading, connecting, listening, bytes queued, a
 * shutdown pending, an idle timeout set), so the loop can always call back
 * into it. Its C memory is freed when it is both closed and finalized: close
 * (from JS, from C, inside its own callbacks, or by the exit hook) releases
 * the descriptor and every loop handle and reference at once; the finalizer
 * frees the memory, closing first when nobody closed it (an idle stream that
 * became garbage). A method called after close finds a closed stream and
 * gets -EBADF, never freed memory. Descriptors 0-2 are never closed (as
 * libuv): a stream over stdin stops, the descriptor stays.
 *
 * The JavaScript face: ndx_stream_class_new makes a class (tagged with the
 * plugin's type tag, so another plugin's handle is ERR_INVALID_THIS) whose
 * prototype has the standard methods below, plus the plugin's own; the
 * plugin's JS installs its callbacks once with setCallbacks({onread, ...}),
 * and each runs with `this` = the handle:
 *
 *   readStart() readStop()                      -> 0 or -errno
 *   write(data, [latin1], [fd])                 -> 0 sent, 1 queued, -errno
 *       data: a Uint8Array (kept by reference) or a string (UTF-8, or
 *       Latin-1 when latin1 is true); fd travels with it on a UNIX socket
 *   writev(list)                                -> 0, 1 or -errno (strings UTF-8)
 *   shutdown()                                  -> 0 done, 1 after the queue drains
 *                                                  (onshutdown follows), -errno
 *   close([reset])                              reset: a TCP RST instead of FIN
 *   ref(on)  setTimeout(ms)                     keep-alive; idle timeout (0 = off)
 *   fd, writeQueueSize                          getters (-1 once closed; bytes queued)
 *
 *   onread(arraybuffer, n)   n > 0 bytes; n == 0 end of file; n < 0 -errno
 *   onwrite(count, status)   count write requests completed; status -errno on failure
 *   onshutdown(status)  onconnect(status)  onconnection(handle)
 *   onfd(fd)                 a descriptor received (before the bytes it came with)
 *   ontimeout()
 *
 * Layering (TLS): a layer sits between the descriptor and the buffers by
 * installing ndx_stream_io on a stream. The core then calls the layer's read
 * and writev instead of the system calls; the layer talks to the peer through
 * ndx_stream_raw_read/ndx_stream_raw_writev on the same stream. When the layer
 * needs the other direction to make progress (a TLS read that must write,
 * a write that must read), it returns -EAGAIN after ndx_stream_io_want(s,
 * ND_READABLE or ND_WRITABLE_EV); when it holds decrypted bytes the
 * descriptor will not announce, it calls ndx_stream_io_kick(s) and the core
 * reads again on the next turn. Everything above (queue, backpressure,
 * half-close through io->shutdown, JS callbacks) stays the same, so a TLS
 * socket is a stream with one more object in its io slot.
 */
#ifndef NODUS_AUX_STREAM_H
#define NODUS_AUX_STREAM_H

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/uio.h>

#include <nodus/nodus.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ndx_stream ndx_stream;
typedef struct ndx_stream_class ndx_stream_class;

/* The JS callbacks a class accepts from setCallbacks. */
typedef enum {
  NDX_STREAM_ONREAD,
  NDX_STREAM_ONWRITE,
  NDX_STREAM_ONSHUTDOWN,
  NDX_STREAM_ONCONNECT,
  NDX_STREAM_ONCONNECTION,
  NDX_STREAM_ONFD,
  NDX_STREAM_ONTIMEOUT,
  NDX_STREAM_NCALLBACKS
} ndx_stream_callback;

/* What a plugin adds to the core's behaviour. Every field may be NULL. */
typedef struct ndx_stream_hooks {
  /* A connection accepted on `listener` became `client` (a new instance of
   * the class, opened on the descriptor with the listener's kind), before
   * onconnection sees it: copy what the listener knows. */
  void (*accepted)(ndx_stream *listener, ndx_stream *client);
  /* The descriptor is being released (close, exit, or GC of an idle
   * stream), once per ndx_stream_open: free what the plugin's data holds
   * for it. May run in a finalizer: no nd_* calls. */
  void (*release)(ndx_stream *s);
} ndx_stream_hooks;

/* ndx_stream_open flags: what the descriptor is (left 0, it is looked up
 * with fstat/getsockname) and how to treat its flags. */
enum {
  NDX_STREAM_SOCKET = 1,   /* a stream socket (sendmsg, shutdown, SO_ERROR) */
  NDX_STREAM_UNIX = 2,     /* an AF_UNIX stream socket: descriptors may travel */
  NDX_STREAM_PIPE = 4,     /* a pipe, terminal or other pollable non-socket */
  NDX_STREAM_ADOPT = 8,    /* from elsewhere: make it non-blocking (and
                             close-on-exec above stdio) */
  NDX_STREAM_BLOCKING = 16 /* leave its flags alone (a shared stdin): one read
                             of what FIONREAD reports per readiness */
};

/* ---- the class --------------------------------------------------------- */

/* Makes the JS class `name`: instances carry a stream with `data_size`
 * bytes of plugin data (ndx_stream_data) and `tag`; the prototype has the
 * standard methods above and then `props` (a NULL `data` becomes the
 * class, for ndx_stream_this). `new Ctor(fd)` opens fd with
 * `open_flags`; `new Ctor()` makes a stream without a descriptor. The class
 * state lives until exit (a cleanup hook closes every open stream).
 * *ctor is the constructor; binding.setCallbacks comes from
 * ndx_stream_set_callbacks_fn. */
ND_NODISCARD nd_status ndx_stream_class_new(nd_env env, const char *name, const nd_type_tag *tag,
                                            size_t data_size, int open_flags,
                                            const ndx_stream_hooks *hooks, size_t nprops,
                                            const nd_property *props, ndx_stream_class **cls,
                                            nd_value *ctor);
/* A property for the binding: setCallbacks({onread, ...}) for this class. */
nd_property ndx_stream_set_callbacks_property(ndx_stream_class *cls);
/* A property for the binding: errnoError(err, [syscall], [path]) makes
 * Node's errno error ("EPIPE: broken pipe, write") from the -errno numbers
 * the streams report. */
nd_property ndx_stream_errno_error_property(void);
/* The same from C: the functions named in `callbacks` replace the class's,
 * names left out (or undefined) keep theirs, other names are ignored. */
ND_NODISCARD nd_status ndx_stream_set_callbacks(ndx_stream_class *cls, nd_value callbacks);

/* The stream of `self` for a plugin method: ERR_INVALID_THIS (and NULL) for
 * a foreign value. A closed stream is returned (check ndx_stream_closed). */
ndx_stream *ndx_stream_this(nd_env env, nd_value self, const ndx_stream_class *cls);
/* A new instance of the class with no descriptor; *obj is its JS object. */
ND_NODISCARD nd_status ndx_stream_instance(ndx_stream_class *cls, nd_value *obj, ndx_stream **s);

/* ---- one stream ---------------------------------------------------------- */

nd_env ndx_stream_env(const ndx_stream *s);
ndx_stream_class *ndx_stream_get_class(const ndx_stream *s);
void *ndx_stream_data(ndx_stream *s);   /* the plugin's data_size bytes (zeroed) */
int ndx_stream_fd(const ndx_stream *s); /* -1 when none or closed */
bool ndx_stream_closed(const ndx_stream *s);
size_t ndx_stream_queued(const ndx_stream *s); /* bytes waiting in the write queue */

/* Takes ownership of fd. 0, or -errno (-EISCONN when it has one already,
 * -EBADF once closed). */
int ndx_stream_open(ndx_stream *s, int fd, int flags);

/* Starting I/O from C outside the standard methods (connect, listen):
 * call with the stream's JS object afterwards so that it is pinned while
 * the I/O is in flight. (A stream left unpinned is still safe: if it
 * becomes garbage, its finalizer closes it.) */
void ndx_stream_pin(ndx_stream *s, nd_value self);

/* Starts a non-blocking connect on the open socket: 0 (onconnect follows,
 * even when connect(2) finished at once) or -errno. */
int ndx_stream_connect(ndx_stream *s, const struct sockaddr *sa, socklen_t len);
/* listen(2) and accept on readiness: each connection is a new instance of
 * the class (hooks->accepted, then onconnection(handle)). */
int ndx_stream_listen(ndx_stream *s, int backlog);

int ndx_stream_read_start(ndx_stream *s);
int ndx_stream_read_stop(ndx_stream *s);

/* One piece of a write request: a typed array (`owner`, bytes looked up when
 * sent, since small engine-made arrays may move; kept by reference while
 * queued) or malloc'd bytes (`own`, which the stream takes in every case). */
typedef struct ndx_stream_buf {
  nd_value owner;
  char *own;
  size_t len;
} ndx_stream_buf;

/* Sends a write request of n pieces at once when nothing is queued ahead,
 * queueing what the kernel did not take. 0 all sent, 1 queued (onwrite
 * reports it), -errno. pass_fd >= 0 travels with the first byte on a UNIX
 * socket (the stream dups it). */
int ndx_stream_write(ndx_stream *s, ndx_stream_buf *bufs, size_t n, int pass_fd);
/* Half-close once the queue drains: 0 done now, 1 pending (onshutdown), -errno. */
int ndx_stream_shutdown(ndx_stream *s);
/* Closes now: the descriptor (not 0-2), the queue, timers, the pin. With
 * reset, a TCP connection ends with RST. Safe inside the stream's own
 * callbacks and more than once. */
void ndx_stream_close(ndx_stream *s, bool reset);
void ndx_stream_ref(ndx_stream *s, bool ref);
/* 'timeout' after ms without reads or writes; 0 turns it off. 0 or -errno. */
int ndx_stream_set_timeout(ndx_stream *s, uint64_t ms);

/* Calls JS callback `which` with this = the stream's object. False when it
 * is not installed, the stream is not pinned, or the call threw. */
bool ndx_stream_emit(ndx_stream *s, ndx_stream_callback which, size_t argc, nd_value *argv);

/* ---- layering (see the header comment) ---------------------------------- */

typedef struct ndx_stream_io {
  /* > 0 bytes, 0 end of file, -EAGAIN nothing now, -errno */
  ssize_t (*read)(ndx_stream *s, void *layer, void *buf, size_t len);
  /* bytes taken (may be fewer than offered), -EAGAIN, -errno */
  ssize_t (*writev)(ndx_stream *s, void *layer, const struct iovec *iov, int iovcnt);
  /* the half-close: 0, -EAGAIN (called again when writable), -errno;
   * NULL means shutdown(SHUT_WR) of the descriptor */
  int (*shutdown)(ndx_stream *s, void *layer);
} ndx_stream_io;

void ndx_stream_set_io(ndx_stream *s, const ndx_stream_io *io, void *layer);
ssize_t ndx_stream_raw_read(ndx_stream *s, void *buf, size_t len);
ssize_t ndx_stream_raw_writev(ndx_stream *s, const struct iovec *iov, int iovcnt);
void ndx_stream_io_want(ndx_stream *s, int events);
void ndx_stream_io_kick(ndx_stream *s);

#ifdef __cplusplus
}
#endif
#endif /* NODUS_AUX_STREAM_H */
