def log = new File(basedir, 'build.log').text
assert log.count('[WARNING] docs/configure.md:3:15: warning: Last updated January 5, 2024 is 1,056 days old (limit 365). [freshness/stale-date]') == 3
assert log.count('(fails on: warning)') == 3
assert log.contains('contentlint: 1 finding at or above warning; see the findings above')
assert log.contains('BUILD FAILURE')
assert log.contains('[WARNING] contentlint: 1 finding at or above warning, but failOnViolation is false')
assert log.count('BUILD SUCCESS') == 2
return true
