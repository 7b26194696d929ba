def log = new File(basedir, 'build.log').text
assert log.contains('contentlint: config error:')
assert log.contains('.contentlint.yml:2')
assert log.contains('freshness/stale-dates')
assert log.contains('BUILD FAILURE')
// A config mistake is a build error with a message, not a crash.
assert !log.contains('NullPointerException')
assert !log.contains('at dev.contentlint')
return true
