// `mvn site` renders the Strategy report through Doxia and copies the full strategy site next to it.
def site = new File(basedir, 'target/site')
def report = new File(site, 'strategy.html')
assert report.isFile() : 'no strategy.html in the project site'
assert new File(site, 'tradeoff/index.html').isFile() : 'the full strategy site was not copied'
assert new File(site, 'tradeoff/initiatives/payments-platform.html').isFile()
assert new File(site, 'tradeoff/data/portfolio.json').isFile()

def html = report.getText('UTF-8')
assert html.contains('Strategy of Acme Pay')
assert html.contains('href="tradeoff/index.html"')
assert html.contains('href="tradeoff/initiatives/payments-platform.html"')
['Verdict', 'Recommendations', 'Totals', 'planned initiatives, highest NPV first'].each { assert html.contains(it) : "no '$it' section" }

// The verdict is the one the full site shows: its first finding appears in the report too.
def plain = { String s -> s.replaceAll('<[^>]+>', ' ').replace('&#39;', "'").replace('&#x27;', "'")
        .replace('&quot;', '"').replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replaceAll('\\s+', ' ') }
def index = new File(site, 'tradeoff/index.html').getText('UTF-8')
def finding = (index =~ /(?s)<li class="finding[^"]*">(.*?)<\/li>/)
assert finding.find() : 'the full site has no findings'
def first = plain(finding.group(1)).trim()
assert first.length() > 10
assert plain(html).contains(first) : "the report does not show the verdict '$first'"

// The report is listed among the project's reports, by the name in the message bundle.
def reports = new File(site, 'project-reports.html')
assert reports.isFile() && reports.getText('UTF-8').contains('Strategy')

def log = new File(basedir, 'build.log').text
assert log.contains('tradeoff-maven-plugin') && log.contains('report')
// The report plugins are pinned as the usage page shows: Maven has no version to warn about.
assert !log.contains('has an empty version') : 'a report plugin is not pinned'
return true
