// A template in src/tradeoff/templates replaces the default of the same name; the rest falls back.
def site = new File(basedir, 'target/tradeoff/site')
def index = new File(site, 'index.html').text
assert index.contains('id="custom-board-view"')
assert index.contains('Board view for Acme Pay')
assert new File(site, 'assets/tradeoff.css').text.contains('custom theme')
def page = new File(site, 'initiatives/checkout-v2.html').text
assert page.contains('Checkout v2')
assert page.contains('Cash flow')   // the default initiative template
// A misspelt override is not silently ignored.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/tradeoff/templates/initiatve.ftlh replaces no template of the theme and none of yours includes it (did you mean 'initiative.ftlh'?)")
return true
