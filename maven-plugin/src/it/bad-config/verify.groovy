def log = new File(basedir, 'build.log').text
assert log.contains('contentlint: config error:')
assert log.contains('.contentlint.yml:2')
assert log.contains('freshness/stale-dates')
assert log.count('BUILD FAILURE') == 2
// The same words as contentlint --config docs, with the parameter's name.
assert log.contains('/docs: is a folder; configLocation needs a .contentlint.yml file')
// A config mistake is a build error with a message, not a crash.
assert !log.contains('NullPointerException')
assert !log.contains('at dev.contentlint')
return true
