// The sample build renders the whole site, the briefs and portfolio.json, and logs a stats line.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/tradeoff')
['site/index.html', 'site/initiatives/index.html', 'site/initiatives/payments-platform.html',
 'site/initiatives/checkout-v2.html', 'site/charts/cashflow-payments-platform.svg', 'site/assets/tradeoff.css',
 'site/data/portfolio.json', 'briefs/brief.md', 'briefs/initiatives/checkout-v2.md'].each {
    assert new File(out, it).isFile() : "missing $it"
}
def json = new JsonSlurper().parse(new File(out, 'site/data/portfolio.json'))
assert json.organization == 'Acme Pay'
assert json.initiatives*.id == ['checkout-v2', 'payments-platform']
assert json.initiatives[1].enablementValue != null
def svg = new XmlSlurper().parse(new File(out, 'site/charts/cashflow-payments-platform.svg'))
assert svg.name() == 'svg'
def index = new File(out, 'site/index.html').text
assert index.contains('Acme Pay')
assert index.contains('initiatives/payments-platform.html')
def log = new File(basedir, 'build.log').text
assert log =~ /Built 2 initiatives: \d+ pages, 2 charts, 3 briefs/
assert log.contains('The strategy in src/strategy is valid')
assert log.contains('tradeoff:build')   // the help goal lists the goals
return true
