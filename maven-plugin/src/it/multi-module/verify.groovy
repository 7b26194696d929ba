def log = new File(basedir, 'build.log').text
// 1: the top project lints its own README only: each module lints its own folder, and names its files from the
// top of the build.
assert log.contains('contentlint: No problems found in 1 file')
assert log.contains('[WARNING] module-a/docs/configure.md:3:15: warning: Last updated January 5, 2024')
assert !log.contains('[WARNING] docs/configure.md:3:15')
assert log.contains('contentlint: 1 warning in 1 file (1 checked)')

def html = new File(basedir, 'target/reports/contentlint-aggregate.html')
assert html.isFile() : 'aggregate writes one report at the top of the reactor'
def text = html.getText('UTF-8')
assert text.contains('module-a/docs/configure.md')
assert text.contains('freshness/stale-date')
assert log.contains('contentlint: report covers 3 files, 1 findings')
assert !new File(basedir, 'module-a/target/reports/contentlint-aggregate.html').exists()

// 2: under -T each line names its module; the checkstyle file of run 1 is gone, the default formats remain.
assert log.contains('[WARNING] [module-a] module-a/docs/configure.md:3:15: warning: Last updated January 5, 2024')
assert log.contains('[INFO] [module-b] contentlint: No problems found in 1 file')
def out = new File(basedir, 'module-a/target/contentlint')
assert !new File(out, 'contentlint-checkstyle.xml').exists()
assert log.contains('[INFO] [module-a] contentlint: deleted target/contentlint/contentlint-checkstyle.xml: its format is no longer in outputFormats')
assert new File(out, 'contentlint.json').isFile() && new File(out, 'contentlint.sarif').isFile()

// 3: with console output off nothing is "above": the failure names the file that holds the findings.
assert log.contains('contentlint: 1 finding at or above warning; the findings are in '
        + new File(out, 'contentlint.json').canonicalPath)
assert !log.contains('see the findings above')
assert log.contains('BUILD FAILURE')
return true
