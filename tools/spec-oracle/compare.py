#!/usr/bin/env python3
"""compare.py <expected.json> <actual.json>: structural diff, exit 1 when anything differs.
Numbers are equal when |a-b| <= 1e-9 * max(1, |a|, |b|)."""
import json
import sys


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def label(x):
    if isinstance(x, dict) and 'id' in x:
        return '<id=%s>' % x['id']
    if isinstance(x, dict):
        for k in ('quarter', 'indicator', 'metric'):
            if k in x:
                return '<%s=%s>' % (k, x[k])
    return json.dumps(x)


def diff(a, b, path, out):
    if is_num(a) and is_num(b):
        if abs(a - b) > 1e-9 * max(1.0, abs(a), abs(b)):
            out.append('%s: %r vs %r' % (path, a, b))
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a:
            if k not in b:
                out.append('%s.%s: missing in actual (expected %s)' % (path, k, json.dumps(a[k])[:80]))
            else:
                diff(a[k], b[k], '%s.%s' % (path, k) if path else k, out)
        for k in b:
            if k not in a:
                out.append('%s.%s: extra in actual (%s)' % (path, k, json.dumps(b[k])[:80]))
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append('%s: length %d vs %d' % (path, len(a), len(b)))
        la, lb = [label(x) for x in a], [label(x) for x in b]
        if len(a) == len(b) and la != lb and sorted(la) == sorted(lb):
            out.append('%s: ORDER differs: %s vs %s' % (path, la, lb))
        elif la != lb and len(a) != len(b):
            out.append('%s: only in expected %s; only in actual %s' % (
                path, [x for x in la if x not in lb], [x for x in lb if x not in la]))
        for i in range(min(len(a), len(b))):
            diff(a[i], b[i], '%s[%d]' % (path, i), out)
        return
    if a != b or type(a) != type(b):
        out.append('%s: %s vs %s' % (path, json.dumps(a), json.dumps(b)))


def main():
    a = json.load(open(sys.argv[1]))
    b = json.load(open(sys.argv[2]))
    out = []
    diff(a, b, '', out)
    for line in out:
        print(line)
    sys.exit(1 if out else 0)


if __name__ == '__main__':
    main()
