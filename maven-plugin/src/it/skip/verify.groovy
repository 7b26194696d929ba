def log = new File(basedir, 'build.log').text
assert log.contains('Skipping contentlint (contentlint.skip=true)')
assert !log.contains('freshness/stale-date')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/contentlint').exists()
return true
