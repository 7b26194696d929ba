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
// No readability metrics are available, so there is no readability section.
assert !html.contains('Readability per file')
return true
