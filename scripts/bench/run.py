#!/usr/bin/env python3
"""nodus against node, in the same run: start-up of an empty script, peak
RSS of an empty script, and the cost of a call from JavaScript into a native
function (the SDK for nodus, Node-API for node). Prints each ratio.

usage: scripts/bench/run.py [BUILD_DIR]   (default: build; run scripts/test or
scripts/run once first so the build exists)
"""
import json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'build'))
nodus = os.path.join(build, 'loader', 'nodus')
node = shutil.which('node')
env = dict(os.environ, NODUS_MODULE_PATH=os.path.join(build, 'modules'))
here = os.path.dirname(os.path.abspath(__file__))

def run_once(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - t) * 1000

def startup(cmd, n=30):
    run_once(cmd)
    return statistics.median(run_once(cmd) for _ in range(n))

def peak_rss_kb(cmd):
    # ru_maxrss of RUSAGE_CHILDREN is the max over children: measure each
    # command in a fresh python child so the numbers do not mix.
    code = ('import resource,subprocess,sys;subprocess.run(sys.argv[1:],check=True);'
            'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)')
    out = subprocess.run([sys.executable, '-c', code] + cmd, env=env, check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1])

def row(name, a, b, unit):
    print('%-28s nodus %9.2f %-3s  node %9.2f %-3s  nodus/node %.2f' % (name, a, unit, b, unit, a / b))

print('nodus %s  vs  node %s' % (
    subprocess.run([nodus, '-v'], capture_output=True, text=True, env=env).stdout.strip(),
    subprocess.run([node, '-v'], capture_output=True, text=True).stdout.strip()))
row('start-up, empty script', startup([nodus, '-e', '0']), startup([node, '-e', '0']), 'ms')
row('peak RSS, empty script', peak_rss_kb([nodus, '-e', '0']) / 1024, peak_rss_kb([node, '-e', '0']) / 1024, 'MB')

addon = os.path.join(build, 'tests', 'sdk', 'sdk_test.node')
inc = None
for d in ('/usr/include/node', os.path.join(os.path.dirname(os.path.realpath(node)), '..', 'include', 'node')):
    if os.path.exists(os.path.join(d, 'node_api.h')):
        inc = d
        break
if not os.path.exists(addon) or inc is None:
    print('call cost: skipped (needs %s and node_api.h)' % addon)
    sys.exit(0)
with tempfile.TemporaryDirectory() as tmp:
    napi = os.path.join(tmp, 'napi_calls.node')
    subprocess.run(['cc', '-O2', '-shared', '-fPIC', '-I' + inc, '-DNODE_GYP_MODULE_NAME=napi_calls',
                    os.path.join(here, 'napi_calls.c'), '-o', napi], check=True)
    calls = os.path.join(here, 'calls.js')
    a = json.loads(subprocess.run([nodus, calls, addon], env=env, check=True, capture_output=True, text=True).stdout)
    b = json.loads(subprocess.run([node, calls, napi], check=True, capture_output=True, text=True).stdout)
    row('call, no-op (10M)', a['noop'], b['noop'], 'ns')
    row('call, add(i, 1) (10M)', a['add'], b['add'], 'ns')
