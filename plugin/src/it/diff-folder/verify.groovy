// Compares src/strategy with an older folder (base/): payments-platform starts two quarters later,
// checkout-v2 is dropped and ledger-cleanup is new. Checks diff.json field by field and diff.md.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/tradeoff/diff')
['diff.json', 'diff.md', 'diff.html', 'diff.css'].each {
    assert new File(out, it).isFile() : "missing $it"
}
def json = new JsonSlurper().parse(new File(out, 'diff.json'))
assert json.base == 'base'
assert json.head == 'src/strategy'
assert json.added == ['ledger-cleanup']
assert json.removed == []
assert json.changed*.id == ['checkout-v2', 'payments-platform']

def checkout = json.changed[0]
assert checkout.fields.collect { "${it.field}: ${it.before} -> ${it.after}" } == ['status: proposed -> dropped']
assert checkout.npvAfter == null
assert checkout.npvBefore != null
assert Math.abs(checkout.npvDelta + checkout.npvBefore) < 1e-6   // dropped counts as 0
assert checkout.startShift == 0

def platform = json.changed[1]
assert platform.fields.collect { "${it.field}: ${it.before} -> ${it.after}" } == ['start: 2027-Q1 -> 2027-Q3']
assert platform.startShift == 2
assert platform.costOfDelay == 150000      // 60k + 90k of benefits
assert platform.delayCost == 300000
assert platform.npvDelta < 0

assert Math.abs(json.totals.npvDelta - (json.totals.npvAfter - json.totals.npvBefore)) < 1e-6
assert json.allocation*.quarter.first() == '2027-Q1'
assert json.allocation.size() == 12
assert json.allocation[0].platformShareBefore == 1.0
assert json.allocation[0].platformShareAfter == null   // nothing planned in 2027-Q1 any more
assert json.allocation[1].platformShareBefore == 0.5
assert json.allocation[1].platformShareAfter == 1.0

def md = new File(out, 'diff.md').text
assert md.length() < 60000
assert md.startsWith('## Strategy change: Acme Pay')
assert md =~ /\*\*This change (lowers|raises) portfolio NPV by \$[0-9.]+[kM]?/
assert md.contains('makes 1 late scalability initiative later still for the 2027-Q2 breach')
assert md.contains('costs $300k in delay by starting Payment processing platform 2 quarters later')
assert md =~ /Largest effects: Checkout v2 dropped \(portfolio NPV −\$779k\); Payment processing platform starts 2 quarters later \(NPV −\$199k, delay cost \+\$300k\)/
assert md.contains('| Payment processing platform (`payments-platform`) | 2027-Q1 → 2027-Q3 | 2 quarters later | +$300k |')
assert md.contains('- **Ledger cleanup** (`ledger-cleanup`): platform, proposed, from 2027-Q2; its own NPV ')
assert md.contains('| status | proposed | dropped |')
def html = new File(out, 'diff.html').text
assert html.contains('<link rel="stylesheet" href="diff.css">')
assert html.contains("Content-Security-Policy")

def log = new File(basedir, 'build.log').text
assert log.contains('Comparing the strategy in src/strategy with the base base')
assert log =~ /1 added, 0 removed, 2 changed → target\/tradeoff\/diff/

// The second run, with the head's preview address: the same comment, its initiatives linked there.
def site = 'https://pr-7--strategy.example.com/'
def linked = new File(basedir, 'target/linked/diff/diff.md').text
assert linked.contains("[The site as changed](${site}).")
assert linked.contains("| [Payment processing platform](${site}initiatives/payments-platform.html) (`payments-platform`) | 2027-Q1 → 2027-Q3 |")
assert linked.contains("- **[Ledger cleanup](${site}initiatives/ledger-cleanup.html)** (`ledger-cleanup`): platform, proposed")
assert linked.replaceAll(/\]\([^)]*\)/, ']').replace('[', '').replace(']', '').replace(' The site as changed.', '') == md
assert log =~ /1 added, 0 removed, 2 changed → target\/linked\/diff/
// A gate that holds is said to, so a CI log tells it from no gate at all.
assert new File(basedir, 'build.log').text.contains('[INFO] Gates passed: npv-drop:100M')
return true
