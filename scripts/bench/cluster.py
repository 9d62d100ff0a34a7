#!/usr/bin/env python3
"""The hello-world server under cluster with 2 workers, nodus against node in
the same run, for both scheduling policies (rr: the primary accepts and hands
out connections; none: the workers accept on a shared socket), driven by wrk
with keep-alive and with a new connection per request.

usage: scripts/bench/cluster.py [BUILD_DIR] [--duration SECONDS]
"""
import os, re, shutil, signal, subprocess, sys

from benchargs import parse

build, nodus, duration = parse()
server_js = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cluster-hello.js')


def run(cmd, port, policy, keepalive):
    env = dict(os.environ, NODUS_MODULE_PATH=os.path.join(build, 'modules'),
               NODE_CLUSTER_SCHED_POLICY=policy)
    # A session of its own, so the primary and its workers go together.
    p = subprocess.Popen(cmd + [server_js, str(port)], env=env, stdout=subprocess.PIPE,
                         start_new_session=True)
    try:
        assert p.stdout.readline().strip() == b'ready'
        wrk = ['wrk', '-t2', '-c64', '-d%ds' % duration]
        if not keepalive:
            wrk += ['-H', 'Connection: close']
        out = subprocess.run(wrk + ['http://127.0.0.1:%d/' % port], capture_output=True,
                             text=True).stdout
        rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
        errors = re.search(r'Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)', out)
        return rps, errors.group(0) if errors else ''
    finally:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()


port = 18180
for policy in ('rr', 'none'):
    for keepalive in (True, False):
        name = 'keep-alive' if keepalive else 'new connection per request'
        a = run([nodus], port, policy, keepalive)
        b = run([shutil.which('node')], port + 1, policy, keepalive)
        port += 2
        print('%s, %s (%ds, 64 connections, 2 workers):' % (policy, name, duration))
        print('  nodus %9.0f req/s %s' % a)
        print('  node  %9.0f req/s %s' % b)
        print('  nodus/node: %.2fx' % (a[0] / b[0]))
