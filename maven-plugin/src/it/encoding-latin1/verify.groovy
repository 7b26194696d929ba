def log = new File(basedir, 'build.log').text
assert log.count('contentlint: No problems found in 1 file') == 1 : 'ISO-8859-1 from project.build.sourceEncoding'
assert log.count('[WARNING] docs/cafe.md:1:6: warning: Invalid UTF-8 at byte 5; decoded with replacement characters.') == 1
assert log.contains('contentlint: encoding must name a charset, such as UTF-8, ISO-8859-1 or windows-1252, not \'latin-9000\'')
assert !log.contains('UnsupportedCharsetException')
return true
