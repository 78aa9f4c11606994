// A .mvn folder in the module would hide the repository's own (maven.config, extensions, the
// wrapper) from every build run there: the options go into the one Maven reads.
assert new File(basedir, 'app/src/strategy/strategy.yaml').isFile()
assert new File(basedir, '.mvn/jvm.config').getText('UTF-8').contains('-XX:TieredStopAtLevel=1')
assert !new File(basedir, 'app/.mvn').exists() : 'init gave the module a .mvn folder of its own'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Wrote \S*init-in-module\/\.mvn\/jvm\.config: JVM options/
assert log.contains('[INFO] Add the plugin to pom.xml, in <build><plugins>:')
return true
