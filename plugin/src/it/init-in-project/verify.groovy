// init in an existing project: the starter goes into src/strategy, the project keeps its own pom,
// and the element to add to it copies from the log without Maven's prefix.
assert new File(basedir, 'src/strategy/strategy.yaml').getText('UTF-8').contains('HostCo')
def pom = new File(basedir, 'pom.xml').getText('UTF-8')
assert !pom.contains('tradeoff-maven-plugin') : 'init changed the project pom'
assert !new File(basedir, 'src/pom.xml').exists() && !new File(basedir, 'src/strategy/pom.xml').exists()
assert !new File(basedir, '.gitignore').exists()
assert !new File(basedir, '.mvn/jvm.config').exists() : 'init set JVM options for every build of an existing project'

def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
assert log.contains('[INFO] Add the plugin to pom.xml, in <build><plugins>:\n<plugin>\n'
        + '  <groupId>dev.tradeoff</groupId>\n  <artifactId>tradeoff-maven-plugin</artifactId>\n')
assert log.contains('\n      </goals>\n    </execution>\n  </executions>\n</plugin>\n[INFO] Then:\n')
assert log.count('<plugin>') == 1

// -q: written, and not a line about it
assert new File(basedir, 'quiet/strategy.yaml').isFile()
assert log.count('Wrote a starter strategy into') == 1

// a folder holding the team's own file: refused, named, and left as it was
assert log.contains('Not writing a starter strategy into plans: 1 file is already there:')
assert log.contains('plans/initiatives/checkout.yaml')
assert log.contains('A starter goes into a new or empty folder')
def plans = new File(basedir, 'plans')
def left = []
plans.eachFileRecurse(groovy.io.FileType.FILES) { left << it }
assert left == [new File(plans, 'initiatives/checkout.yaml')] : "init wrote beside the team's file: $left"
return true
