def log = new File(basedir, 'build.log').text
// The jar was built first in the reactor, then loaded with the plugin; its config made the stale date an error.
assert log.contains('Building acme-config 1.0')
assert log.contains('[ERROR] site/docs/configure.md:3:14: error: Last updated January 5, 2024')
assert log.contains('contentlint: 1 error in 1 file')
assert log.contains('BUILD FAILURE')
assert !log.contains('no resource on the plugin')
assert !log.contains('cannot find')
return true
