def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
// The first two builds print the summary: README.md, docs/install.md and docs/notes.txt are linted (plain text too, as
// on the command line), target/ is not.
assert log.count('contentlint: No problems found in 3 files') == 2
// The second build reads every file from the run cache.
assert log.count('contentlint: 3 of 3 files unchanged since the last run; their findings come from target/contentlint/cache') == 1
// The third lints only what -Dcontentlint.includes names.
assert log.count('contentlint: No problems found in 1 file (') == 1
assert log.count('contentlint: 1 of 1 files unchanged since the last run') == 1
def out = new File(basedir, 'target/contentlint')
assert new File(out, 'contentlint.json').isFile()
assert new File(out, 'contentlint.sarif').isFile()
def cached = new File(out, 'cache').listFiles()
assert cached != null && cached.length > 0 : 'the run cache holds the linted files'
return true
