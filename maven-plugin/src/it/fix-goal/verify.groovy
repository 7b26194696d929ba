def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
assert log.count('+To install the tool, run `echo in order to`.') == 1 : 'the dry run shows the diff'
assert log.count('contentlint: would fix 1 problem in 1 file') == 1
assert log.count('contentlint: fixed docs/install.md (1)') == 1
assert log.count('contentlint: no fixes to apply') == 1 : 'fixing again changes nothing'
// Code stays as it was: only the prose phrase is shortened.
assert new File(basedir, 'docs/install.md').text == '# Install\n\nTo install the tool, run `echo in order to`.\n'
return true
