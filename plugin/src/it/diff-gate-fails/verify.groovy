// npv-drop:1k fails the goal with the reason; the diff is written first so CI can still post it.
def log = new File(basedir, 'build.log').text
assert log.contains('The change fails a gate:')
assert log =~ /npv-drop:1k: this change lowers portfolio NPV by \$[0-9.]+[kM]? \(\$[0-9,]+ → \$[0-9,]+\), more than the \$1k allowed/
assert !log.contains('Exception:')   // a clean failure, no stack trace
def md = new File(basedir, 'target/tradeoff/diff/diff.md').text
assert md.contains('**Failed gates**')
assert md.contains('npv-drop:1k: this change lowers portfolio NPV by')
assert new File(basedir, 'target/tradeoff/diff/diff.json').isFile()
return true
