// The report's help says what the outputDirectory it inherits from Maven's reports is for here, and
// that -Dtradeoff.outputDirectory sets buildDirectory instead.
def log = new File(basedir, 'build.log').getText('UTF-8').replace('\r\n', '\n')
def help = log.substring(log.indexOf('tradeoff:report'))
def outputDirectory = help.substring(help.indexOf('    outputDirectory'), help.indexOf('    outputFormat'))
def text = outputDirectory.replaceAll('\\s+', ' ')
assert text.contains('mvn tradeoff:report') && text.contains('mvn site') : outputDirectory
assert text.contains('Not what the property tradeoff.outputDirectory sets: that is buildDirectory')
assert !text.contains('The shared output directory for the report')
def buildDirectory = help.substring(help.indexOf('    buildDirectory'), help.indexOf('    locale'))
assert buildDirectory.contains('User property: tradeoff.outputDirectory')
return true
