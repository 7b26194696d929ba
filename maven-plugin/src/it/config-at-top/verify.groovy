def log = new File(basedir, 'build.log').text
// Each module found config/contentlint.yml at the top (its stale-date error), though none has the file itself.
// Paths are named from the top of the build, so the module's folder leads them.
assert !log.contains('no file in')
assert log.count('[ERROR] guide/docs/configure.md:3:14: error: Last updated January 5, 2024') == 3
// Build 1: main resources are linted, test resources are not; the two errors are within the tolerance.
assert log.count('[ERROR] guide/src/main/resources/help.md:3:14: error:') == 2 : 'builds 1 and 2, not 3'
assert log.contains('[WARNING] contentlint: 2 findings at or above error are within maxAllowedViolations=2')
// The api module has no documents, and says so.
def api = new File(basedir, 'api').canonicalPath
assert log.contains("[INFO] contentlint: no documents in ${api} match includes **/*.md,")
// Build 2: with includeTestResources the fixture counts, one error too many.
assert log.count('guide/src/test/resources/fixtures/stale.md:3:14: error:') == 1
assert log.contains('contentlint: 3 findings at or above error (at most 2 allowed)')
// Build 3: without resources, the docs page alone fails the build.
assert log.contains('contentlint: 1 finding at or above error; see the findings above')
return true
