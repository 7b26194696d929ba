def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// The top project lints its own README only: each module lints its own folder.
assert log.contains('contentlint: No problems found in 1 file')
assert log.contains('[WARNING] docs/configure.md:3:15: warning: Last updated January 5, 2024')
assert !log.contains('module-a/docs/configure.md:3:15')
assert log.contains('contentlint: 1 warning in 1 file (1 checked)')

def html = new File(basedir, 'target/reports/contentlint.html')
assert html.isFile() : 'aggregate writes one report at the top of the reactor'
def text = html.getText('UTF-8')
assert text.contains('module-a/docs/configure.md')
assert text.contains('freshness/stale-date')
assert log.contains('contentlint: report covers 3 files, 1 findings')
assert !new File(basedir, 'module-a/target/reports/contentlint.html').exists()
return true
