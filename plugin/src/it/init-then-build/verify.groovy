// init wrote a starter that validates and builds; the second init wrote nothing and failed.
def strategy = new File(basedir, 'src/strategy')
['strategy.yaml', 'teams.yaml', 'signals.yaml', 'scale.yaml', 'initiatives/developer-platform.yaml',
 'initiatives/self-serve-onboarding.yaml', 'okrs/faster-onboarding.yaml'].each {
    assert new File(strategy, it).isFile() : "init did not write $it"
}
def plan = new File(strategy, 'strategy.yaml').getText('UTF-8')
// the filled-in values keep their comments in line with the others
assert plan.contains('organization: FreshCo           # shown in titles')
assert plan.contains('start: 2027-Q1                  # first quarter of the plan')

def out = new File(basedir, 'target/tradeoff')
assert new File(out, 'site/index.html').getText('UTF-8').contains('FreshCo')
assert new File(out, 'site/initiatives/developer-platform.html').isFile()
// the starter's first brief reads as a healthy plan: nothing to cut, nothing to do
def brief = new File(out, 'briefs/brief.md').getText('UTF-8')
assert brief.contains('Platform share stays within the 20%–30% band in every planned quarter.')
assert !brief.contains('## What to do')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Wrote a starter strategy into src/strategy')
// the pom declares the plugin: init says so rather than print the element to add
assert log.contains('[INFO] pom.xml declares the plugin already.')
assert !log.contains('<artifactId>tradeoff-maven-plugin</artifactId>')
assert !new File(basedir, '.gitignore').exists()   // written only beside a pom init writes
assert log.indexOf('declares the plugin already') < log.indexOf('Next:')
assert log.indexOf('Next:') < log.indexOf('mvn tradeoff:serve')
// an existing project: init suggests Maven's JVM options but does not set them for all of its builds
assert !new File(basedir, '.mvn/jvm.config').exists()
assert log.contains('Tradeoff\'s builds are faster on few cores with -XX:TieredStopAtLevel=1 -XX:+UseParallelGC'
        + ' in .mvn/jvm.config; not written there, since every build of this project would run with them, its tests too.')
assert log =~ /The strategy in src\/strategy is valid/

assert log =~ /Built 2 initiatives: \d+ pages/
assert log.contains('Not writing a starter strategy into src/strategy: 7 files are already there')
return true
