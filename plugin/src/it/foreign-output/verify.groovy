// The build refuses to replace src/site, which it did not write, says why, and leaves it as it was.
def log = new File(basedir, 'build.log').text
assert log.contains('holds files Tradeoff did not write (it has no data/portfolio.json)')
assert log.contains('choose another output folder')
assert !(log =~ /\tat [a-z]+\./) : 'a stack trace reached the log'
def src = new File(basedir, 'src')
assert new File(src, 'site/site.xml').text.contains('<project name="Acme">')
assert new File(src, 'site').list().toList() == ['site.xml']
assert !new File(src, 'briefs').exists()
def leftovers = src.listFiles().findAll { !(it.name in ['site', 'strategy']) }
assert leftovers.isEmpty() : "staging left behind: $leftovers"
return true
