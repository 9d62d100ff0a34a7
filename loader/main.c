/* main.c — the `nodus` command: parses the command line, boots the kernel
 * with the loader's plugin lookup, runs the main module and the loop, and
 * exits with Node's exit code. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plugins.h"

static const char usage[] =
    "Usage: nodus [options] [ script.js | -e \"script\" | - ] [arguments]\n"
    "\n"
    "Options:\n"
    "  -e, --eval script     evaluate script\n"
    "  -p, --print script    evaluate script and print the result\n"
    "  -v, --version         print nodus's version\n"
    "  -h, --help            print this help\n"
    "  --modules FILE        use FILE as the deployment's module manifest\n"
    "  --list-modules        print the resolved module table and exit\n"
    "  --                    end of options; the next argument is the script\n"
    "  -                     read the script from stdin\n"
    "  (no script)           the REPL on a terminal, the script from stdin otherwise\n"
    "\n"
    "Environment:\n"
    "  NODE_PATH             ':'-separated directories searched by require()\n"
    "  NODUS_MODULE_PATH     ':'-separated directories searched for plugins before\n"
    "                        " NODUS_MODULEDIR "\n"
    "  NODUS_MODULES         the module manifest (default " NODUS_CONFDIR "/modules.conf)\n";

static char *exec_path(const char *argv0)
{
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = 0;
    return strdup(buf);
  }
  char *r = realpath(argv0, NULL);
  return r ? r : strdup(argv0);
}

/* A closed stdin, stdout or stderr (`nodus x.js <&-`) would be reused by
 * the first descriptor the runtime opens (the event loop's epoll fd), and
 * process.stdin would then read from it. As Node does, give each closed one
 * /dev/null; open() takes the lowest free number, which is that one. */
static void reopen_closed_stdio(void)
{
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int n = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    if (n < 0) {
      perror("nodus: /dev/null");
      exit(1);
    }
    if (n != fd) { /* cannot happen while lower fds are open; keep fd's number anyway */
      if (dup2(n, fd) < 0) exit(1);
      close(n);
    }
  }
}

int main(int argc, char **argv)
{
  nd_main_kind kind = ND_MAIN_FILE;
  const char *arg = NULL;
  const char *manifest = getenv("NODUS_MODULES");
  bool manifest_required = manifest && *manifest;
  bool list_modules = false;
  int i = 1;

  reopen_closed_stdio();
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(a, "-") == 0) {
      kind = ND_MAIN_STDIN;
      i++;
      break;
    }
    if (a[0] != '-') break;
    if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
      printf("v%s\n", NODUS_VERSION);
      return 0;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage, stdout);
      return 0;
    }
    if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 || strcmp(a, "-p") == 0 ||
        strcmp(a, "--print") == 0 || strcmp(a, "-pe") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "nodus: %s requires an argument\n", a);
        return 9;
      }
      kind = (a[1] == 'p' || strcmp(a, "--print") == 0) ? ND_MAIN_PRINT : ND_MAIN_EVAL;
      arg = argv[++i];
      continue;
    }
    if (strcmp(a, "--list-modules") == 0 || (strcmp(a, "--modules") == 0 && i + 1 >= argc)) {
      list_modules = true;
      continue;
    }
    if (strcmp(a, "--modules") == 0 || strncmp(a, "--modules=", 10) == 0) {
      manifest = a[9] == '=' ? a + 10 : argv[++i];
      manifest_required = true;
      continue;
    }
    if (strncmp(a, "--eval=", 7) == 0) {
      kind = ND_MAIN_EVAL;
      arg = a + 7;
      continue;
    }
    if (strncmp(a, "--print=", 8) == 0) {
      kind = ND_MAIN_PRINT;
      arg = a + 8;
      continue;
    }
    fprintf(stderr, "nodus: bad option: %s\n", a);
    return 9;
  }

  plugins_init(NODUS_MODULEDIR);
  char *merr = NULL;
  if (!plugins_manifest(manifest_required ? manifest : NODUS_CONFDIR "/modules.conf",
                        manifest_required, &merr)) {
    fprintf(stderr, "nodus: %s\n", merr ? merr : "bad module manifest");
    free(merr);
    plugins_shutdown();
    return 9;
  }
  if (list_modules) {
    plugins_list(stdout);
    plugins_shutdown();
    return 0;
  }

  /* argv[i..] are the script (for FILE) and its arguments. */
  if (kind == ND_MAIN_FILE) {
    if (i < argc) {
      arg = argv[i++];
    } else if (!isatty(0)) {
      kind = ND_MAIN_STDIN;
    } else if (plugins_is_enabled("repl")) {
      /* No script on a terminal: the REPL, as the spec says. */
      kind = ND_MAIN_EVAL;
      arg = "require('repl').start('node> ')";
    } else {
      fputs(usage, stderr);
      plugins_shutdown();
      return 9;
    }
  }

  signal(SIGPIPE, SIG_IGN);

  /* process.argv: [execPath, script?, args...]; copies, so that setting
   * process.title may reuse the original argv memory. */
  char *self = exec_path(argv[0]);
  int pargc = 0;
  char **pargv = calloc((size_t)argc + 2, sizeof *pargv);
  char **exec_argv = calloc((size_t)argc + 1, sizeof *exec_argv);
  if (!self || !pargv || !exec_argv) {
    fputs("nodus: out of memory\n", stderr);
    return 1;
  }
  int exec_argc = 0;
  int script_index = kind == ND_MAIN_FILE ? i - 1 : i;
  for (int k = 1; k < script_index && k < argc; k++) exec_argv[exec_argc++] = argv[k];
  pargv[pargc++] = self;
  if (kind == ND_MAIN_FILE) pargv[pargc++] = (char *)arg;
  for (int k = i; k < argc; k++) pargv[pargc++] = argv[k];

  nd_runtime_options opts = {
      .argc = pargc,
      .argv = pargv,
      .exec_argc = exec_argc,
      .exec_argv = exec_argv,
      .exec_path = self,
      .install_prefix = NODUS_PREFIX,
      .version = NODUS_VERSION,
      .host = {plugins_load_builtin, plugins_is_builtin, plugins_load_addon, plugins_option, NULL},
  };
  nd_env env = nd_runtime_new(&opts);
  int code = 1;
  if (env) {
    /* Every program gets process (an EventEmitter) and the timer globals;
     * console loads on first use. A deployment without one of them runs
     * without it. */
    bool ok = true;
    if (plugins_is_enabled("process")) ok = nd_runtime_preload(env, "process");
    if (ok && plugins_is_enabled("timers")) ok = nd_runtime_preload(env, "timers");
    if (ok && plugins_is_enabled("console"))
      ok = nd_runtime_global_from(env, "console", "console", NULL, true);
    if (ok && plugins_is_enabled("buffer"))
      ok = nd_runtime_global_from(env, "Buffer", "buffer", "Buffer", true);
    if (ok && plugins_is_enabled("url")) {
      ok = nd_runtime_global_from(env, "URL", "url", "URL", true) &&
           nd_runtime_global_from(env, "URLSearchParams", "url", "URLSearchParams", true);
    }
    code = nd_runtime_run(env, kind, arg);
    nd_runtime_free(env);
  }
  plugins_shutdown();
  free(pargv);
  free(exec_argv);
  free(self);
  return code;
}
