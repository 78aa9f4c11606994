// init put the starter into strategy/ and wrote a pom that names it; the pom's build and a goal run
// by prefix both read strategy/, and nothing was written into the default src/strategy.
def pom = new File(basedir, 'pom.xml')
assert pom.isFile() : 'init wrote no pom.xml'
assert pom.getText('UTF-8').contains('<strategyDirectory>${project.basedir}/strategy</strategyDirectory>')
assert new File(basedir, 'strategy/strategy.yaml').isFile()
assert !new File(basedir, 'src').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Wrote a starter strategy into strategy:')
assert log.contains('Wrote pom.xml: a project whose build validates and renders the strategy.')
assert !log.contains('Unless the plugin is in your pom already')
assert log.count('The strategy in strategy is valid') == 2   // the lifecycle's validate, then tradeoff:validate
assert new File(basedir, 'target/tradeoff/site/index.html').getText('UTF-8').contains('FolderCo')
return true
