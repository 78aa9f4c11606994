// A module of an existing project: the starter goes into the module. Maven's JVM options are only
// suggested, for the .mvn folder Maven reads for that module, at the top of the repository: written
// there they would apply to every build of the project. A .mvn folder in the module would hide the
// repository's own (maven.config, extensions, the wrapper) from every build run there.
assert new File(basedir, 'app/src/strategy/strategy.yaml').isFile()
assert !new File(basedir, '.mvn/jvm.config').exists() : 'init set JVM options for every build of an existing project'
assert !new File(basedir, 'app/.mvn').exists() : 'init gave the module a .mvn folder of its own'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /-XX:\+UseParallelGC in \S*init-in-module\/\.mvn\/jvm\.config; not written there/
assert log.contains('[INFO] Add the plugin to pom.xml, in <build><plugins>:')
return true
