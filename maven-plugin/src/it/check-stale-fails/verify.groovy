def log = new File(basedir, 'build.log').text
def line = '[ERROR] docs/configure.md:3:15: error: Last updated January 5, 2024 is 1,056 days old (limit 365). [freshness/stale-date]'
assert log.count(line) == 2 : 'the finding is logged at ERROR by both builds, the second from the cache'
assert log.count('contentlint: 1 error in 1 file (1 checked)') == 2
assert log.contains('contentlint: 1 finding at or above error; see the findings above')
assert log.count('contentlint: 1 of 1 files unchanged since the last run') == 1
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/contentlint/cache').listFiles().length > 0
return true
