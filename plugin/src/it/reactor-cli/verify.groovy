// 1. Maven runs the command-line goal for the parent only (it works without a project, so Maven runs
// it once per reactor); before the parent's own failure, the warning says that a and b, which use
// the plugin, were not built, and how to build them.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] tradeoff:build runs once in a reactor, here for reactor-cli: a and b, which use the plugin too, are not included')
assert log.contains("To include every module, run mvn package with the goal in each module's <executions>; for one module, mvn -pl a tradeoff:build.")
assert log.indexOf('runs once in a reactor') < log.indexOf('strategy folder not found')
// 2. mvn -T 2 package builds both, each line naming its module's folder.
assert log.contains('Building the strategy in a/src/strategy')
assert log.contains('Building the strategy in b/src/strategy')
assert log =~ /Built 2 initiatives: .* → a\/target\/tradeoff/
assert log =~ /Built 2 initiatives: .* → b\/target\/tradeoff/
assert new File(basedir, 'a/target/tradeoff/site/data/portfolio.json').isFile()
assert new File(basedir, 'b/target/tradeoff/site/data/portfolio.json').isFile()
return true
