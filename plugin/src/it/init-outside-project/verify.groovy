// init wrote a pom.xml into the folder that had none, and the build of that pom rendered the strategy.
def pom = new File(basedir, 'pom.xml')
assert pom.isFile() : 'init wrote no pom.xml'
assert pom.getText('UTF-8').contains('<artifactId>tradeoff-maven-plugin</artifactId>')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Wrote pom.xml: a project whose build validates and renders the strategy.')
assert !log.contains('Unless the plugin is in your pom already')
// beside its pom, a .gitignore that keeps the rendered output out of the strategy's repository
assert new File(basedir, '.gitignore').getText('UTF-8').readLines().contains('target/')
assert log.contains('Wrote .gitignore: keeps the build output (target/) out of git.')
// a project init starts gets Maven's JVM options; the build after it started its JVM with them
assert new File(basedir, '.mvn/jvm.config').getText('UTF-8') == '-XX:TieredStopAtLevel=1\n-XX:+UseParallelGC\n'
assert log.contains('Wrote .mvn/jvm.config: JVM options that make a one-off build faster on few cores.')
assert log =~ /The strategy in src\/strategy is valid/
assert new File(basedir, 'target/tradeoff/site/index.html').getText('UTF-8').contains('LooseCo')
return true
