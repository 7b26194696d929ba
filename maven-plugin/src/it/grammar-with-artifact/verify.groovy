// The pom holds the docs' dependency snippet line for line (after filtering), so the docs cannot drift from
// what this case proves.
def lines = { String text -> text.readLines()*.trim().findAll { it } }
def contains = { List<String> haystack, List<String> needle ->
    (0..haystack.size() - needle.size()).any { haystack.subList(it, it + needle.size()) == needle }
}
def snippets = { File doc -> (doc.text =~ /(?s)```xml\n(.*?)```/).collect { lines(it[1]) } }
def root = new File(basedir, '../../../..').canonicalFile
def pom = lines(new File(basedir, 'pom.xml').text)
['README.md', 'docs/maven-plugin.md'].each { doc ->
    def snippet = snippets(new File(root, doc)).findAll { s -> s.any { it.contains('contentlint-languagetool') } }
    assert snippet.size() == 1 : "${doc} shows the dependency once"
    assert contains(pom, snippet[0]) : "not in the pom: ${snippet[0].join(' ')}"
}

def log = new File(basedir, 'build.log').text
// LanguageTool ran: the article mistake is reported as a warning, which does not fail the build.
assert log.contains('docs/install.md:3:9: warning:') : 'no grammar finding in the log'
assert log.contains('[grammar/languagetool]')
assert log.contains('BUILD SUCCESS')
assert !log.contains('contentlint-languagetool, which is not on the class path')
return true
