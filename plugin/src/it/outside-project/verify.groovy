// The build goal runs in a folder without a pom.xml.
assert !new File(basedir, 'pom.xml').exists()
def out = new File(basedir, 'target/tradeoff')
assert !new File(basedir, '${project.build.directory}').exists()
assert new File(out, 'site/index.html').isFile()
assert new File(out, 'site/data/portfolio.json').text.contains('"organization" : "Acme Pay"')
assert new File(out, 'briefs/brief.md').text.startsWith('# Acme Pay')

// An amount written in euros in a USD strategy is valid (it counts as dollars) but is warned of,
// with where it is; the build goes on. (The symbol itself depends on the console's encoding.)
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] strategy\/initiatives\/checkout-v2\.yaml:10:13: amount: '.{1,3}150,000' is written with .{1,3}, but the strategy's currency is USD \(strategy\.yaml\), so it counts as 150,000 USD/
assert log.contains('Built 2 initiatives')
assert log.contains("[WARNING] No goal of the plugin reads -Dtradeoff.outputDir (did you mean 'tradeoff.outputDirectory'?): it is ignored")
assert !new File(basedir, 'elsewhere').exists()
return true
