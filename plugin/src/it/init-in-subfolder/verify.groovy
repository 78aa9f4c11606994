// The first init, in docs/, wrote nothing and named the command; that command started the strategy
// as part of the project, whose pom is then to name its folder.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('Not starting a Maven project of its own in this folder: it is inside the project of'
        + ' ../pom.xml, whose build would not run it.')
assert log.contains('mvn -f ../pom.xml dev.tradeoff:tradeoff-maven-plugin:')
assert log.contains(':init -Dtradeoff.strategyDirectory=docs/src/strategy\n')

def docs = new File(basedir, 'docs')
assert !new File(docs, 'pom.xml').exists() && !new File(docs, '.gitignore').exists() && !new File(docs, '.mvn').exists()
assert new File(docs, 'src/strategy/strategy.yaml').isFile() : 'the second init wrote no starter'
assert log.count('Wrote a starter strategy into') == 1
assert log.contains('\n    <strategyDirectory>${project.basedir}/docs/src/strategy</strategyDirectory>\n')
return true
