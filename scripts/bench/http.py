#!/usr/bin/env python3
"""The hello-world server under nodus and node, driven by wrk in the same run:
requests/s, p99 latency and the server's peak RSS, with keep-alive and with
a new connection per request.

usage: scripts/bench/http.py [BUILD_DIR] [--duration SECONDS]
Installs wrk from Debian's packages when it is missing (as root).
"""
import os, re, shutil, subprocess, sys, time

from benchargs import parse

build, nodus, duration = parse()
server_js = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'hello-server.js')
env = dict(os.environ, NODUS_MODULE_PATH=os.path.join(build, 'modules'))

if not shutil.which('wrk'):
    subprocess.run(['apt-get', 'install', '-y', '-q', 'wrk'], check=True, stdout=subprocess.DEVNULL)

def peak_rss_mb(pid):
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    return 0

def run(cmd, port, keepalive):
    p = subprocess.Popen(cmd + [server_js, str(port)], env=env, stdout=subprocess.PIPE)
    try:
        assert p.stdout.readline().strip() == b'ready'
        wrk = ['wrk', '-t2', '-c64', '-d%ds' % duration, '--latency']
        if not keepalive:
            wrk += ['-H', 'Connection: close']
        out = subprocess.run(wrk + ['http://127.0.0.1:%d/' % port], capture_output=True, text=True).stdout
        rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
        m = re.search(r'99%\s+([\d.]+)(us|ms|s)', out)
        p99 = float(m.group(1)) * {'us': 0.001, 'ms': 1, 's': 1000}[m.group(2)]
        errors = re.search(r'Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)', out)
        return rps, p99, peak_rss_mb(p.pid), errors.group(0) if errors else ''
    finally:
        p.kill()
        p.wait()

port = 18080
for keepalive in (True, False):
    name = 'keep-alive' if keepalive else 'new connection per request'
    a = run([nodus], port, keepalive)
    b = run([shutil.which('node')], port + 1, keepalive)
    print('%s (%ds, 64 connections):' % (name, duration))
    print('  nodus %9.0f req/s  p99 %7.2f ms  peak RSS %6.1f MB %s' % a)
    print('  node  %9.0f req/s  p99 %7.2f ms  peak RSS %6.1f MB %s' % b)
    print('  nodus/node: %.2fx requests/s, %.2fx memory' % (a[0] / b[0], a[2] / b[2]))
