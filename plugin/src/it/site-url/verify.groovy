// The briefs of the first build link to the published site, normalised to a folder; the second
// build's siteUrl has no scheme, so it fails saying what was probably meant and writes nothing.
def briefs = new File(basedir, 'target/tradeoff/briefs')
def brief = new File(briefs, 'brief.md').text
assert brief.contains('](https://strategy.example.com/acme/initiatives/checkout-v2.html)')
assert !brief.contains('](initiatives/') && !brief.contains('](../site/')
def initiative = new File(briefs, 'initiatives/payments-platform.md').text
assert initiative.contains('](https://strategy.example.com/acme/initiatives/checkout-v2.html)')   // what it enables
assert initiative.contains('See [its page on the site](https://strategy.example.com/acme/initiatives/payments-platform.html)')
def log = new File(basedir, 'build.log').text
assert log.contains("siteUrl 'strategy.example.com/acme/' cannot be used")
assert log.contains("did you mean 'https://strategy.example.com/acme/'? Write the address the site is published at")
assert log.contains('(parameter siteUrl, property tradeoff.siteUrl)')
assert !(log =~ /\tat [a-z]+\./) : 'a stack trace reached the log'
return true
