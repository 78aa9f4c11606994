// A broken strategy fails once with every problem as file:line:column, and writes nothing.
def log = new File(basedir, 'build.log').text
def expected = [
    'src/strategy/initiatives/checkout-v2.yaml:3:8: ',    // owner: unknown team
    'src/strategy/initiatives/checkout-v2.yaml:5:8: ',    // start: not a quarter
    'src/strategy/initiatives/checkout-v2.yaml:6:11: ',   // duration: not a number
    'src/strategy/initiatives/payments-platform.yaml:11:1: ', // unknown key riskReduktion
]
expected.each { assert log.count(it) == 1 : "build.log should name $it once (Maven prints the failure's message)" }
assert log.contains("did you mean 'riskReduction'")
assert log.contains("did you mean 'checkout'")
assert log.contains('has 4 problems')
// A warning found beside the problems is told with them, not after they are fixed.
assert log =~ /\[WARNING\] src\/strategy\/initiatives\/checkout-v2.yaml:12:13: .*€50k.* is written with €/
assert !(log =~ /\tat [a-z]+\./) : 'a stack trace reached the log'
assert new File(basedir, 'out/site/index.html').text.trim() == 'OLD SITE'
assert !new File(basedir, 'out/briefs').exists()
assert !new File(basedir, 'out/site/data').exists()
def leftovers = new File(basedir, 'out').listFiles().findAll { it.name != 'site' }
assert leftovers.isEmpty() : "staging left behind: $leftovers"
return true
