import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def out = new File(basedir, 'target/contentlint')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'a warning does not fail the build at the default violationSeverity'

def sarif = new JsonSlurper().parse(new File(out, 'contentlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'contentlint'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'freshness/stale-date'
assert result.level == 'warning'
def loc = result.locations[0].physicalLocation
assert loc.artifactLocation.uri == 'docs/configure.md'
assert loc.region.startLine == 3 && loc.region.startColumn == 15
assert run.tool.driver.rules.any { it.id == 'freshness/stale-date' }

def junit = new XmlSlurper().parse(new File(out, 'TEST-contentlint.xml'))
// The build passes at the default violationSeverity (error), so the warning is a passing case's output.
assert junit.depthFirst().findAll { it.name() == 'failure' }.isEmpty()
def outs = junit.depthFirst().findAll { it.name() == 'system-out' }
assert outs.size() == 1 && outs[0].text().contains('docs/configure.md:3:15: warning: Last updated January 5, 2024')

def checkstyle = new XmlSlurper().parse(new File(out, 'contentlint-checkstyle.xml'))
def errors = checkstyle.file.error
assert errors.size() == 1
assert checkstyle.file.find { it.error.size() > 0 }.@name.text().endsWith('docs/configure.md')
assert errors[0].@line.text() == '3' && errors[0].@severity.text() == 'warning'

def json = new JsonSlurper().parse(new File(out, 'contentlint.json'))
assert json != null

def gitlab = new JsonSlurper().parse(new File(out, 'contentlint-codequality.json'))
assert gitlab instanceof List && gitlab.size() == 1
assert gitlab[0].location.path == 'docs/configure.md'
return true
