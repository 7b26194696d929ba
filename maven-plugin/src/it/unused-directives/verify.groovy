def log = new File(basedir, 'build.log').text
def unused = '[ERROR] docs/configure.md:10:1: error: This contentlint-disable-next-line comment names ' +
        'freshness/stale-date, which hides no finding here; remove the comment. [contentlint/unused-disable-directive]'
assert log.count(unused) == 1 : 'reported only when asked'
assert !log.contains('[freshness/stale-date]') : 'the hidden finding is not logged'
assert log.contains('contentlint: 1 finding at or above error; see the findings above')
assert log.count('BUILD SUCCESS') == 1
assert log.contains('BUILD FAILURE')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/contentlint/contentlint.sarif'))
def hidden = sarif.runs[0].results.findAll { it.suppressions }
assert hidden.size() == 1
assert hidden[0].ruleId == 'freshness/stale-date'
assert hidden[0].suppressions[0].kind == 'inSource'
assert hidden[0].suppressions[0].justification == 'kept as it was released'
return true
