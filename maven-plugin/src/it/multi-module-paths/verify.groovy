import com.fasterxml.jackson.databind.ObjectMapper
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.SchemaValidatorsConfig
import com.networknt.schema.SpecVersion
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def top = basedir.canonicalFile
def guide = 'guides/user-guide/docs/faq.md'
def api = 'api/docs/faq.md'
def count = { String s -> log.split(java.util.regex.Pattern.quote(s), -1).length - 1 }

// The console names every file from the top of the build: in the nested module, in the one built alone with -f
// (run 1) and in the whole build (run 2). No line names a file from its module's folder.
assert count('[WARNING] ' + guide + ':3:15: warning: Last updated January 5, 2024') == 2
assert count('[WARNING] ' + api + ':3:15: warning: Last updated March 9, 2024') == 1
assert !log.contains('[WARNING] docs/faq.md')
assert !log.contains('[WARNING] user-guide/docs/faq.md')

// Every report file of a module does the same; SARIF resolves the paths against the top.
def json = new JsonSlurper()
def moduleOut = new File(top, 'guides/user-guide/target/contentlint')
def sarif = json.parse(new File(moduleOut, 'contentlint.sarif'))
assert sarif.runs.size() == 1
def srcroot = sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri
assert srcroot == top.toPath().toUri().toString()
def artifact = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation
assert artifact.uri == guide && artifact.uriBaseId == '%SRCROOT%'
assert json.parse(new File(moduleOut, 'contentlint.json')).findings*.path == [guide]
assert json.parse(new File(moduleOut, 'contentlint-codequality.json'))*.location*.path == [guide]
def checkstyle = new XmlSlurper().parse(new File(moduleOut, 'contentlint-checkstyle.xml'))
assert checkstyle.file*.@name*.text() == [guide]
assert new File(moduleOut, 'contentlint-github.txt').text.startsWith('::warning file=' + guide + ',line=3,')

// JUnit: one test per file, named from the top, so no two modules' reports share a name.
def names = ['', 'guides/', 'guides/user-guide/', 'api/'].collectMany { dir ->
    def xml = new XmlSlurper().parse(new File(top, dir + 'target/contentlint/TEST-contentlint.xml'))
    xml.depthFirst().findAll { it.name() == 'testcase' }*.@name*.text()
}
assert names.sort() == ['README.md', api, guide].sort()

// aggregate: one SARIF run for the whole build, valid against the 2.1.0 schema; JSON and GitLab alike.
def all = new File(top, 'target/contentlint/aggregate')
def merged = json.parse(new File(all, 'contentlint.sarif'))
assert merged.runs.size() == 1
def mergedUris = merged.runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri
assert mergedUris == [api, guide]
def mergedRoot = merged.runs[0].originalUriBaseIds['%SRCROOT%'].uri
assert mergedRoot == top.toPath().toUri().toString()
def schema = new File(sarifSchema).withInputStream { JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(it, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build()) }
def problems = schema.validate(new ObjectMapper().readTree(new File(all, 'contentlint.sarif')))
assert problems.isEmpty() : problems.toString()
def report = json.parse(new File(all, 'contentlint.json'))
assert report.summary.files == 3 && report.summary.warnings == 2
assert report.findings*.path == [api, guide]
def quality = json.parse(new File(all, 'contentlint-codequality.json'))
assert quality*.location*.path == [api, guide]
assert quality*.fingerprint.unique().size() == 2
quality.each { assert it.description && it.check_name && it.severity && it.location.lines.begin == 3 }
assert log.contains('contentlint: wrote ' + new File(all, 'contentlint.sarif').canonicalPath)

// help lists the goals and, with -Ddetail, their parameters.
['contentlint:check', 'contentlint:aggregate', 'contentlint:help', 'aggregateDirectory', 'violationSeverity',
 'User property: contentlint.outputFormats'].each { assert log.contains(it) : "help lacks ${it}" }

// site: the top project's own page and the whole build's page, each with its readability report, both linked.
def site = new File(top, 'target/site')
def own = new File(site, 'contentlint.html').getText('UTF-8')
def whole = new File(site, 'contentlint-aggregate.html').getText('UTF-8')
assert own.contains('README.md') && !own.contains(guide)
assert whole.contains(guide) && whole.contains(api)
assert new File(site, 'contentlint-readability.html').isFile()
assert new File(site, 'contentlint-aggregate-readability.html').getText('UTF-8').contains(guide)
assert whole.contains('href="contentlint-aggregate-readability.html"')
def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('href="contentlint.html"') && reports.contains('href="contentlint-aggregate.html"')
// A module's own page is part of that module's site, so it names files from the module's folder.
def apiPage = new File(top, 'api/target/site/contentlint.html').getText('UTF-8')
assert apiPage.contains('docs/faq.md') && !apiPage.contains(api)
return true
