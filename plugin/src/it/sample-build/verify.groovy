// The sample build renders the whole site, the briefs and portfolio.json, and logs a stats line.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/tradeoff')
['site/index.html', 'site/initiatives/index.html', 'site/initiatives/payments-platform.html',
 'site/initiatives/checkout-v2.html', 'site/charts/cashflow-payments-platform.svg', 'site/assets/tradeoff.css',
 'site/data/portfolio.json', 'briefs/brief.md', 'briefs/initiatives/checkout-v2.md'].each {
    assert new File(out, it).isFile() : "missing $it"
}
// Every analysis page exists and every chart is a valid, non-empty SVG.
['matrix', 'allocation', 'sequencing', 'roadmap', 'signals', 'scale', 'teams', 'okrs/index',
 'okrs/expand-regions'].each {
    assert new File(out, "site/${it}.html").isFile() : "missing page $it"
}
def charts = new File(out, 'site/charts').listFiles().findAll { it.name.endsWith('.svg') }
['matrix.svg', 'allocation.svg', 'delay-cost.svg', 'roadmap.svg', 'okrs.svg', 'team-load.svg', 'scale.svg',
 'signal-0.svg'].each { name -> assert charts*.name.contains(name) : "missing chart $name" }
def builder = javax.xml.parsers.DocumentBuilderFactory.newInstance().with { namespaceAware = true; it }.newDocumentBuilder()
charts.each {
    def root = builder.parse(it).documentElement
    assert root.localName == 'svg' && root.namespaceURI == 'http://www.w3.org/2000/svg' : "not an SVG: $it"
    assert root.getAttribute('viewBox') : "no viewBox: $it"
}
def json = new JsonSlurper().parse(new File(out, 'site/data/portfolio.json'))
assert json.organization == 'Acme Pay'
assert json.initiatives*.id == ['checkout-v2', 'payments-platform']
assert json.initiatives[1].enablementValue != null
def factory = javax.xml.parsers.DocumentBuilderFactory.newInstance()
factory.namespaceAware = true
def svg = factory.newDocumentBuilder().parse(new File(out, 'site/charts/cashflow-payments-platform.svg'))
assert svg.documentElement.localName == 'svg'
def index = new File(out, 'site/index.html').text
assert index.contains('Acme Pay')
assert index.contains('initiatives/payments-platform.html')
def log = new File(basedir, 'build.log').text
assert log =~ /Built 2 initiatives: \d+ pages, \d+ charts, 3 briefs/
assert log.contains('The strategy in src/strategy is valid')
assert log.contains('tradeoff:build')   // the help goal lists the goals
return true
