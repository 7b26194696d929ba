def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] docs/configure.md:3:15: warning: Last updated January 5, 2024 is 1,056 days old (limit 365). [freshness/stale-date]')
assert log.contains('(fails on: warning)')
assert log.contains('contentlint: 1 finding at or above warning')
assert log.contains('BUILD FAILURE')
return true
