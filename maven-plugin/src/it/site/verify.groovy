def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def page = new File(basedir, 'target/site/contentlint.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('Summary')
assert html.contains('Findings per rule')
assert html.contains('Findings per file')
assert html.contains('freshness/stale-date')
assert html.contains('docs/configure.md')
assert html.contains('Last updated January 5, 2024 is 1,056 days old (limit 365).')
// The readability table: one row per file with prose, with contentlint's own metrics.
assert html.contains('Readability per file')
assert html.contains('Grade (Flesch-Kincaid)')
def section = html.substring(html.indexOf('Readability per file'))
assert section.contains('docs/install.md')
assert section.contains('docs/configure.md')
// The module's readability summary, and the full report written beside the page and linked from it.
assert section.contains('Median grade')
assert section.contains('href="contentlint-readability.html"')
def full = new File(basedir, 'target/site/contentlint-readability.html')
assert full.isFile()
assert full.getText('UTF-8').contains('data-path="docs/install.md"')
return true
