#!/usr/bin/env python3
"""Turns the request cases of llhttp's own test suite (test/request/*.md of a
nodejs/llhttp checkout, MIT) into tests/http/llhttp-requests.json: the raw
bytes of each case and what llhttp's log says of it. The http suite sends
them to the server (tests/http/test-http-llhttp-vectors.js). Rerun when the
llhttp that the http plugin builds against changes version.

usage: scripts/llhttp-vectors.py LLHTTP_GIT_DIR TAG > tests/http/llhttp-requests.json
e.g.   scripts/llhttp-vectors.py ~/llhttp v8.1.0   (the version of /usr/share/llhttp)

A case in those files is a heading, a `<!-- meta={...} -->` line, an
```http block (the input, written with escapes) and a ```log block (the
parser's callbacks, ending in `error code=N reason="..."` when it refuses).
"""
import json, re, subprocess, sys

HPE_PAUSED = 21  # a pause the harness asked for, not a refusal
HPE_PAUSED_UPGRADE = 22  # the bytes after the headers belong to another protocol


def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), check=True,
                          capture_output=True).stdout.decode('utf-8')


def unescape(text):
    """The input as bytes, by the rules of llhttp's test/md-test.ts: the
    block's last newline dropped, a backslash before a newline joins lines,
    every line break a CRLF, then \\r \\n \\t \\f \\xHH and octal escapes."""
    text = re.sub(r'\n\Z', '', text)
    text = re.sub(r'\\(\r\n|\r|\n)', '', text)
    text = re.sub(r'\r\n|\r|\n', '\r\n', text)
    text = text.replace('\\r', '\r').replace('\\n', '\n')
    text = text.replace('\\t', '\t').replace('\\f', '\f')
    text = re.sub(r'\\x([0-9a-fA-F]+)', lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r'\\([0-7]{1,3})', lambda m: chr(int(m.group(1), 8)), text)
    return text


def verdict(log):
    """'error' with llhttp's reason, 'upgrade' when the parser hands over to
    another protocol, 'complete' when the last message ended, else
    'incomplete' (the input stops inside a message)."""
    lines = [l for l in log.split('\n') if l.strip()]
    for l in lines:
        m = re.search(r'error code=(\d+) reason="(.*)"', l)
        if m and int(m.group(1)) == HPE_PAUSED_UPGRADE:
            return 'upgrade', None
        if m and int(m.group(1)) != HPE_PAUSED:
            return 'error', m.group(2)
    m = re.search(r'finish=(\d+)', lines[-1]) if lines else None
    if m:
        return ('complete', None) if m.group(1) == '0' else ('incomplete', None)
    spans = [l for l in lines if not l.endswith(' pause')]
    if spans and spans[-1].endswith('message complete'):
        return 'complete', None
    return 'incomplete', None


def cases_of(name, text):
    out = []
    heading, meta, meta_line, block, kind, blocks = None, None, 0, None, None, {}
    for no, line in enumerate(text.split('\n'), 1):
        if block is not None:
            if line.startswith('```'):
                blocks[kind] = '\n'.join(block) + '\n'
                block = None
                if kind == 'log' and meta is not None and 'http' in blocks:
                    v, reason = verdict(blocks['log'])
                    out.append({
                        'id': '%s:%d' % (name, meta_line), 'name': heading,
                        'type': meta.get('type'), 'mode': meta.get('mode'),
                        'input': unescape(blocks['http']), 'llhttp': v, 'reason': reason,
                    })
                    meta, blocks = None, {}
            else:
                block.append(line)
            continue
        if line.startswith('#'):
            heading = line.lstrip('#').strip()
        m = re.match(r'<!-- meta=(.*) -->', line)
        if m:
            meta, meta_line, blocks = json.loads(m.group(1)), no, {}
        elif line.startswith('```http') or line.startswith('```log'):
            kind, block = line[3:].strip(), []
    return out


def main():
    repo, tag = sys.argv[1], sys.argv[2]
    files = [f for f in git(repo, 'ls-tree', '-r', '--name-only', tag, 'test/request/').split()
             if f.endswith('.md')]
    cases = []
    for f in sorted(files):
        cases += cases_of(f[len('test/'):], git(repo, 'show', '%s:%s' % (tag, f)))
    doc = {
        'origin': 'nodejs/llhttp %s, test/request/*.md (MIT): the inputs and verdicts of '
                  'its request cases, extracted by scripts/llhttp-vectors.py' % tag,
        'cases': cases,
    }
    json.dump(doc, sys.stdout, indent=0, ensure_ascii=True)
    sys.stdout.write('\n')


main()
