def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
// Both builds print the summary: README.md and docs/install.md are linted, target/ is not.
assert log.count('contentlint: No problems found in 2 files') == 2
// The second build reads both files from the run cache.
assert log.count('contentlint: 2 of 2 files unchanged since the last run; their findings come from target/contentlint/cache') == 1
def out = new File(basedir, 'target/contentlint')
assert new File(out, 'contentlint.json').isFile()
assert new File(out, 'contentlint.sarif').isFile()
def cached = new File(out, 'cache').listFiles()
assert cached != null && cached.length > 0 : 'the run cache holds the linted files'
return true
