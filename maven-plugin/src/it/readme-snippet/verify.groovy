import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// The pom here must hold the docs' snippets line for line (after filtering), so the docs cannot drift from
// what this case proves.
def lines = { String text -> text.readLines()*.trim().findAll { it } }
def contains = { List<String> haystack, List<String> needle ->
    (0..haystack.size() - needle.size()).any { haystack.subList(it, it + needle.size()) == needle }
}
def snippets = { File doc -> (doc.text =~ /(?s)```xml\n(.*?)```/).collect { lines(it[1]) } }
def root = new File(basedir, '../../../..').canonicalFile
def pom = lines(new File(basedir, 'pom.xml').text)
def readme = snippets(new File(root, 'README.md'))
def guide = snippets(new File(root, 'docs/maven-plugin.md'))
assert readme.size() >= 2 && guide.size() >= 2
[readme[0], readme[1], guide[0], guide[1]].each { assert contains(pom, it) : "not in the pom: ${it.join(' ')}" }

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/contentlint')
// First run: the properties' defaults.
assert log.contains('(fails on: error)')
assert log.contains('BUILD SUCCESS')
// The second run asks for gitlab,junit only, so it deletes the json and sarif files the first one wrote.
['contentlint.json', 'contentlint.sarif'].each {
    assert log.contains("contentlint: deleted target/contentlint/${it}: its format is no longer in outputFormats")
    assert !new File(out, it).exists()
}
// Second run: both -D overrides beat the pom's properties.
assert log.contains('(fails on: warning)')
assert log.contains('contentlint: 1 finding at or above warning; see the findings above')
assert log.contains('BUILD FAILURE')
def gitlab = new JsonSlurper().parse(new File(out, 'contentlint-codequality.json'))
assert gitlab.size() == 1 && gitlab[0].location.path == 'docs/configure.md'
def junit = new XmlSlurper().parse(new File(out, 'TEST-contentlint.xml'))
assert junit.depthFirst().findAll { it.name() == 'testcase' }.size() == 1
// violationSeverity=warning reaches the report: the warning that failed the build is a failed test.
def failures = junit.depthFirst().findAll { it.name() == 'failure' }
assert failures.size() == 1 && failures[0].@message.text().contains('January 5, 2024')
return true
