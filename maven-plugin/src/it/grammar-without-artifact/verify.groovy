def log = new File(basedir, 'build.log').text
assert log.contains('contentlint: config error:')
// The config's own line, and the dependency to add instead of "unknown rule".
assert log.contains(".contentlint.yml:3: rules.grammar/languagetool: rule 'grammar/languagetool' is in"
        + " dev.contentlint:contentlint-languagetool, which is not on the class path; add it beside contentlint"
        + " (in a Maven build, as a <dependency> of the contentlint-maven-plugin <plugin>; see docs/maven-plugin.md),"
        + " or turn the rule off")
assert !log.contains('unknown rule')
assert log.contains('BUILD FAILURE')
// A config mistake is a build error with a message, not a crash.
assert !log.contains('at dev.contentlint')
return true
