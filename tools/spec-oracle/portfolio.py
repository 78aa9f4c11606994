#!/usr/bin/env python3
"""Independent reference implementation of SPEC.md section 2-4: portfolio.json.

Usage: python3 portfolio.py <strategy-folder> [--float]

Arithmetic: every input number is rational (decimal literals, money strings), so by
default everything that SPEC defines with + - * / is computed EXACTLY (fractions.Fraction)
and only turned into a double when written.  This makes threshold decisions ("≥ 0.7",
"inclusive bounds", "> 1", "≥ capacity × headroom") follow SPEC's words mathematically.
Discounting, the log-linear growth fit and fitted-growth projections are irrational and
use doubles.  With --float every input is a double and all arithmetic is plain double
arithmetic (the other possible reading), so the two can be compared.
"""
import json
import math
import os
import re
import sys
from fractions import Fraction

import yaml

EXACT = True


def num(v):
    """A number from YAML: exact Fraction (default) or float (--float)."""
    if isinstance(v, bool):
        raise ValueError(v)
    if EXACT:
        if isinstance(v, int):
            return Fraction(v)
        if isinstance(v, float):
            return Fraction(repr(v))  # the decimal literal as written
        return Fraction(str(v).strip())
    return float(v)


MONEY_RE = re.compile(r'^[$€£¥]?\s*([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*([kKmMbB]?)$')
SUFFIX = {'': 1, 'k': 10**3, 'm': 10**6, 'b': 10**9}


def money(v):
    """money: a number, or "$1.2M" / "450k" / "1,250,000" / "2B"."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return num(v)
    m = MONEY_RE.match(str(v).strip())
    if not m:
        raise ValueError('bad money %r' % v)
    digits = m.group(1).replace(',', '')
    mult = SUFFIX[m.group(2).lower()]
    if EXACT:
        return Fraction(digits) * mult
    return float(digits) * mult


# ---- quarters -------------------------------------------------------------------------
def q_index(s):
    """'YYYY-Qn' -> integer quarter number (gaps count)."""
    m = re.fullmatch(r'(\d{4})-Q([1-4])', str(s).strip())
    return int(m.group(1)) * 4 + int(m.group(2)) - 1


def q_str(i):
    return '%04d-Q%d' % (i // 4, i % 4 + 1)


# ---- loading --------------------------------------------------------------------------
def yaml_folder(folder, sub):
    """Each *.yaml file of folder/sub in name order, as (its document, its id): the document's
    own id, else the file name without .yaml."""
    path = os.path.join(folder, sub)
    if not os.path.isdir(path):
        return
    for fn in sorted(os.listdir(path)):
        if fn.endswith('.yaml'):
            d = load_yaml(os.path.join(path, fn)) or {}
            yield d, str(d.get('id', fn[:-5]))


def load_yaml(path):
    with open(path, encoding='utf-8') as f:
        return yaml.safe_load(f)


def load(folder):
    s = load_yaml(os.path.join(folder, 'strategy.yaml')) or {}
    band = s.get('platformBand', [0.20, 0.30])
    strat = {
        'organization': s['organization'],
        'currency': s.get('currency', 'USD'),
        'start': q_index(s['start']),
        'horizon': int(s.get('horizon', 12)),
        'discountRate': num(s.get('discountRate', 0.10)),
        'cpm': money(s['costPerPersonMonth']),
        'capacity': num(s['capacity']),
        'band': (num(band[0]), num(band[1])),
        'threshold': num(s.get('matrixThreshold', 5)),
        'focus': num(s.get('focus', 0.8)),
        'window': int(s.get('signalWindow', 4)),
    }
    inits = []
    for d, iid in yaml_folder(folder, 'initiatives'):
        benefits = [{'amount': money(b['amount']), 'ramp': int(b.get('ramp', 0))}
                    for b in (d.get('benefits') or [])]
        inits.append({
            'id': iid,
            'title': d['title'],
            'kind': d['kind'],
            'owner': d.get('owner'),
            'status': d.get('status', 'proposed'),
            # "start | quarter | plan start"
            'start': q_index(d['start']) if d.get('start') is not None else strat['start'],
            'duration': int(d['duration']),
            'effort': num(d['effort']),
            'oneOffCost': money(d.get('oneOffCost', 0)),
            'runCost': money(d.get('runCost', 0)),
            'benefits': benefits,
            # "costOfDelay | money | sum of benefit amounts"
            'costOfDelay': (money(d['costOfDelay']) if d.get('costOfDelay') is not None
                            else sum((b['amount'] for b in benefits), num(0))),
            'value': num(d['value']),
            'riskReduction': num(d['riskReduction']),
            'enables': [(str(e['id']), num(e['speedup'])) for e in (d.get('enables') or [])],
            'keyResults': [str(k) for k in (d.get('keyResults') or [])],
            'addresses': [str(a) for a in (d.get('addresses') or [])],
        })
    inits.sort(key=lambda i: i['id'])
    okrs = []
    for d, oid in yaml_folder(folder, 'okrs'):
        okrs.append({'id': oid,
                     'keyResults': [{'id': str(k['id']), 'baseline': num(k['baseline']),
                                     'target': num(k['target']), 'current': num(k['current'])}
                                    for k in d['keyResults']]})
    okrs.sort(key=lambda o: o['id'])

    def opt(name):
        p = os.path.join(folder, name)
        return (load_yaml(p) or {}) if os.path.isfile(p) else None

    return strat, inits, okrs, opt('teams.yaml'), opt('signals.yaml'), opt('scale.yaml'), opt('platform.yaml')


def series(values):
    """A map quarter -> number, as a list of (quarter index, number) in quarter order."""
    return sorted((q_index(q), num(v)) for q, v in values.items())


# ---- section 2: financial figures ---------------------------------------------------------
def quarterly_rate(dr):
    # "Quarterly rate r = (1 + discountRate)^(1/4) − 1"
    return (1 + float(dr)) ** 0.25 - 1


def discount_factor(r, k):
    # "the discount factor of quarter k is (1 + r)^−k"
    return (1 + r) ** (-k)


def cost_in_quarter(i, q, cpm):
    # "effort × costPerPersonMonth / duration in each build quarter, plus oneOffCost in
    #  quarter start, plus runCost in every quarter q ≥ G"
    c = num(0)
    G = i['start'] + i['duration']
    if i['start'] <= q < G:
        c += i['effort'] * cpm / i['duration']
    if q == i['start']:
        c += i['oneOffCost']
    if q >= G:
        c += i['runCost']
    return c


def benefit_in_quarter(i, q):
    # "for each benefit line, amount × f with j = q − G + 1 and f = 1 when ramp = 0,
    #  else min(1, j / ramp)"
    G = i['start'] + i['duration']
    total = num(0)
    if q < G:
        return total
    j = q - G + 1
    for b in i['benefits']:
        f = num(1) if b['ramp'] == 0 else min(num(1), num(j) / b['ramp'])
        total += b['amount'] * f
    return total


def financials(i, strat):
    r = quarterly_rate(strat['discountRate'])
    pvb = 0.0
    pvc = 0.0
    cum = num(0)
    been_negative = False
    payback = None
    for k in range(1, strat['horizon'] + 1):   # "Only quarters inside 1..horizon count"
        q = strat['start'] + k - 1
        cost = cost_in_quarter(i, q, strat['cpm'])
        ben = benefit_in_quarter(i, q)
        df = discount_factor(r, k)
        pvb += float(ben) * df
        pvc += float(cost) * df
        # paybackQuarter: "the first quarter at which the cumulative undiscounted net cash
        # flow, summed from k = 1 and having been negative, is ≥ 0"
        cum += ben - cost
        if payback is None:
            if cum < 0:
                been_negative = True
            elif been_negative:
                payback = q_str(q)
    npv = pvb - pvc
    roi = None if pvc == 0 else npv / pvc     # "null when pvCosts = 0"
    return {'npv': npv, 'pvBenefits': pvb, 'pvCosts': pvc, 'roi': roi, 'paybackQuarter': payback}


def cd3(i):
    # "cd3 = costOfDelay / duration"
    return i['costOfDelay'] / i['duration']


def enablement_value(i, by_id, cpm):
    # "Σ s × (effort_p × costPerPersonMonth + duration_p × costOfDelay_p); an entry whose
    #  product is dropped adds 0"
    total = num(0)
    for pid, s in i['enables']:
        p = by_id[pid]
        if p['status'] == 'dropped':
            continue
        total += s * (p['effort'] * cpm + p['duration'] * p['costOfDelay'])
    return total


def quadrant(i, t):
    v, rr = i['value'], i['riskReduction']
    if v > t and rr > t:
        return 'invest-both'
    if v > t:
        return 'ship-product'
    if rr > t:
        return 'shore-up-platform'
    return 'deprioritize'


# ---- section 3 -------------------------------------------------------------------------------
def per_quarter_effort(i):
    return i['effort'] / i['duration']


def delivering(i, q):
    return i['start'] <= q < i['start'] + i['duration']


def allocation(strat, live):
    out = []
    lo, hi = strat['band']
    for k in range(1, strat['horizon'] + 1):
        q = strat['start'] + k - 1
        plat = num(0)
        allx = num(0)
        for i in live:
            if delivering(i, q):
                e = per_quarter_effort(i)
                allx += e
                if i['kind'] == 'platform':
                    plat += e
        share = None if allx == 0 else plat / allx   # "null when no effort"
        if share is None:
            status = 'idle'
        elif share < lo:
            status = 'below'
        elif share > hi:
            status = 'above'
        else:
            status = 'within'                          # "inclusive bounds"
        out.append({'quarter': q_str(q), 'platformShare': share,
                    'utilisation': allx / strat['capacity'], 'status': status})
    return out


def delay_cost(seq):
    # "Σ costOfDelay_i × C_i, where C_i is the sum of the durations of items 1..i"
    total = num(0)
    C = 0
    for i in seq:
        C += i['duration']
        total += i['costOfDelay'] * C
    return total


def sequencing(inits):
    cands = [i for i in inits if i['status'] in ('proposed', 'committed')]
    plan = sorted(cands, key=lambda i: (i['start'], i['id']))
    cd3o = sorted(cands, key=lambda i: (-cd3(i), i['id']))
    pc, cc = delay_cost(plan), delay_cost(cd3o)
    return {'planOrder': [i['id'] for i in plan], 'planDelayCost': pc,
            'cd3Order': [i['id'] for i in cd3o], 'cd3DelayCost': cc, 'saving': pc - cc}


def kr_progress(kr):
    b, t, c = kr['baseline'], kr['target'], kr['current']
    if t == b:
        return num(1) if c == t else num(0)
    return max(num(0), min(num(1), (c - b) / (t - b)))


def grade(score):
    if score >= num('0.7'):
        return 'on-track'
    if score >= num('0.4'):
        return 'at-risk'
    return 'off-track'


def okr_section(okrs, live):
    out = []
    for o in okrs:
        krs = []
        for kr in o['keyResults']:
            ref = o['id'] + '/' + kr['id']
            krs.append({'id': kr['id'], 'progress': kr_progress(kr),
                        'initiatives': sorted(i['id'] for i in live if ref in i['keyResults'])})
        score = sum((k['progress'] for k in krs), num(0)) / len(krs)
        out.append({'id': o['id'], 'score': score, 'grade': grade(score), 'keyResults': krs})
    return out


def alignment(okrs, live):
    named = set(k for i in live for k in i['keyResults'])
    unfunded = sorted(o['id'] + '/' + kr['id'] for o in okrs for kr in o['keyResults']
                      if o['id'] + '/' + kr['id'] not in named)
    unaligned = sorted(i['id'] for i in live if not i['keyResults'])
    tot = sum((i['effort'] for i in live), num(0))
    linked = sum((i['effort'] for i in live if i['keyResults']), num(0))
    return {'unfundedKeyResults': unfunded, 'unalignedInitiatives': unaligned,
            'linkedEffortShare': None if tot == 0 else linked / tot}


INDICATORS = ['release-velocity', 'outages', 'compliance', 'data-silos', 'maintenance']
RANK = {'ok': 0, 'watch': 1, 'act': 2}


def window_ends(values, window):
    """last min(signalWindow, n) values in quarter order: first a, last b"""
    s = series(values)
    w = s[-min(window, len(s)):]
    return w[0][1], w[-1][1], len(w)


def worsening(a, b, better):
    if a == 0:
        return None
    return (b - a) / abs(a) if better == 'lower' else (a - b) / abs(a)


def signal_status(sig, window):
    a, b, _ = window_ends(sig['values'], window)
    better = sig['better']
    w = worsening(a, b, better)
    worse_than_a = (b > a) if better == 'lower' else (b < a)
    thr = sig.get('threshold')
    crossed = False
    if thr is not None:
        crossed = b > num(thr) if better == 'lower' else b < num(thr)
    q25, q10 = num('0.25'), num('0.10')
    if (w is not None and w >= q25) or crossed or (a == 0 and worse_than_a):
        return 'act', w
    if w is not None and w >= q10:
        return 'watch', w
    return 'ok', w


def indicators(signals, window):
    sigs = (signals or {}).get('signals') or []
    out = []
    for ind in INDICATORS:
        res = [signal_status(s, window) for s in sigs if s['indicator'] == ind]
        if not res:
            out.append({'indicator': ind, 'status': 'unknown', 'worsening': None})
            continue
        status = max((r[0] for r in res), key=lambda s: RANK[s])
        ws = [r[1] for r in res if r[1] is not None]
        out.append({'indicator': ind, 'status': status, 'worsening': max(ws) if ws else None})
    return out


def platform_priority(inds):
    acts = sum(1 for i in inds if i['status'] == 'act')
    watches = sum(1 for i in inds if i['status'] == 'watch')
    if acts >= 2:
        return 'high'
    if acts == 1 or watches >= 2:
        return 'medium'
    return 'low'


def fitted_growth(hist):
    # "least squares of ln(value) on the calendar quarter number (gaps count) over the
    #  history, g = e^slope − 1"
    x0 = hist[0][0]
    xs = [float(q - x0) for q, _ in hist]
    ys = [math.log(float(v)) for _, v in hist]
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    return math.exp(sxy / sxx) - 1


def scale_section(sc, live):
    if sc is None:
        return None
    hist = series(sc['values'])
    limit = num(sc['capacity']) * num(sc.get('headroom', 0.8))
    if sc.get('growth') is not None:
        g = num(sc['growth'])
    else:
        g = fitted_growth(hist)
    breach = None
    for q, v in hist:                       # "in the history ..."
        if v >= limit:
            breach = q
            break
    if breach is None:
        L, vL = hist[-1]
        for n in range(1, 41):              # "... or projected (n = 1 … 40)"
            if isinstance(g, float):
                load_ = float(vL) * (1 + g) ** n
                hit = load_ >= float(limit)
            else:
                hit = vL * (1 + g) ** n >= limit
            if hit:
                breach = L + n
                break
    latest = []
    if breach is not None:
        for i in live:
            if 'scalability' in i['addresses']:
                ls = breach - i['duration']
                latest.append({'id': i['id'], 'latestStart': q_str(ls),
                               'lateBy': max(0, i['start'] - ls)})
    return {'growth': g, 'breachQuarter': None if breach is None else q_str(breach),
            'latestStarts': latest}


def teams_section(teams, strat, live):
    if teams is None:
        return []
    out = []
    for t in teams.get('teams') or []:
        cap = num(t['people']) * 3 * strat['focus']
        owned = [i for i in live if i.get('owner') == t['id']]
        peak = None
        if cap != 0:
            peak = max(sum((per_quarter_effort(i) for i in owned if delivering(i, strat['start'] + k - 1)),
                           num(0)) / cap for k in range(1, strat['horizon'] + 1))
        out.append({'id': t['id'], 'capacity': cap, 'peakUtilisation': peak,
                    'overloaded': False if peak is None else bool(peak > 1)})
    return out


def platform_product(pl, window):
    if pl is None:
        return []
    out = []
    for m in pl.get('metrics') or []:
        s = series(m['values'])
        latest = s[-1][1]
        a, b, n = window_ends(m['values'], window)
        w = None if n < 2 else worsening(a, b, m['better'])
        tgt = m.get('target')
        on = None
        if tgt is not None:
            on = latest <= num(tgt) if m['better'] == 'lower' else latest >= num(tgt)
        out.append({'metric': m['metric'], 'kind': m['kind'], 'latest': latest,
                    'worsening': w, 'onTarget': on})
    return out


# ---- section 4 --------------------------------------------------------------------------------
def build(folder):
    strat, inits, okrs, teams, signals, scale, platform = load(folder)
    by_id = {i['id']: i for i in inits}
    live = [i for i in inits if i['status'] != 'dropped']
    rows = []
    for i in inits:
        row = {'id': i['id'], 'title': i['title'], 'kind': i['kind'], 'status': i['status'],
               'start': q_str(i['start']), 'duration': i['duration']}
        if i['status'] == 'dropped':
            for f in ('npv', 'pvBenefits', 'pvCosts', 'roi', 'paybackQuarter', 'costOfDelay',
                      'cd3', 'quadrant', 'enablementValue'):
                row[f] = None
        else:
            row.update(financials(i, strat))
            row['costOfDelay'] = i['costOfDelay']
            row['cd3'] = cd3(i)
            row['quadrant'] = quadrant(i, strat['threshold'])
            row['enablementValue'] = (enablement_value(i, by_id, strat['cpm'])
                                      if i['kind'] == 'platform' else None)
        rows.append(row)
    live_rows = [r for r in rows if r['status'] != 'dropped']
    totals = {
        'npv': sum(r['npv'] for r in live_rows),
        'pvBenefits': sum(r['pvBenefits'] for r in live_rows),
        'pvCosts': sum(r['pvCosts'] for r in live_rows),
        'platformNpv': sum(r['npv'] for r in live_rows if r['kind'] == 'platform'),
        'productNpv': sum(r['npv'] for r in live_rows if r['kind'] == 'product'),
    }
    inds = indicators(signals, strat['window'])
    return {
        'organization': strat['organization'], 'currency': strat['currency'],
        'start': q_str(strat['start']), 'horizon': strat['horizon'],
        'totals': totals,
        'initiatives': rows,
        'allocation': allocation(strat, live),
        'sequencing': sequencing(inits),
        'okrs': okr_section(okrs, live),
        'alignment': alignment(okrs, live),
        'indicators': inds,
        'platformPriority': platform_priority(inds),
        'scale': scale_section(scale, live),
        'teams': teams_section(teams, strat, live),
        'platformProduct': platform_product(platform, strat['window']),
    }


def to_json(o):
    if isinstance(o, bool) or o is None or isinstance(o, str):
        return o
    if isinstance(o, Fraction):
        return float(o)
    if isinstance(o, (int, float)):
        return o
    if isinstance(o, dict):
        return {k: to_json(v) for k, v in o.items()}
    if isinstance(o, list):
        return [to_json(v) for v in o]
    raise TypeError(type(o))


def main():
    global EXACT
    args = [a for a in sys.argv[1:] if a != '--float']
    if '--float' in sys.argv[1:]:
        EXACT = False
    print(json.dumps(to_json(build(args[0])), indent=2, ensure_ascii=False))


if __name__ == '__main__':
    main()
