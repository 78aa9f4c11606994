// The base has a typo; the head is fine. The failure names the base and the base's file.
def log = new File(basedir, 'build.log').text
assert log =~ /The base strategy at base has \d+ problems?:/
assert log.contains('base/initiatives/checkout-v2.yaml:13:1: ')
assert log.contains("did you mean 'riskReduction'")
assert !log.contains('The strategy in src/strategy has')
assert !new File(basedir, 'target/tradeoff/diff').exists()
return true
