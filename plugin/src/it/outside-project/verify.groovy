// The build goal runs in a folder without a pom.xml.
assert !new File(basedir, 'pom.xml').exists()
def out = new File(basedir, 'target/tradeoff')
assert !new File(basedir, '${project.build.directory}').exists()
assert new File(out, 'site/index.html').isFile()
assert new File(out, 'site/data/portfolio.json').text.contains('"organization" : "Acme Pay"')
assert new File(out, 'briefs/brief.md').text.startsWith('# Acme Pay')
return true
