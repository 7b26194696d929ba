package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.config.ConfigLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** --version, --help, rules and init. */
class CommandsTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        cli = new Cli(dir);
    }

    @Test
    void versionPrintsNameAndVersion() {
        Cli.Result r = cli.run("--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().strip().matches("contentlint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.toString());
        assertEquals(r.out(), cli.run("-V").out());
    }

    @Test
    void helpExplainsEveryFlagWithItsDefault() {
        Cli.Result r = cli.run("--help");
        assertEquals(0, r.code(), r.toString());
        Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()), Map.of(), dir, false, false);
        var spec = new CommandLine(new CheckCommand(t, Warmup::load)).getCommandSpec();
        assertTrue(spec.options().size() >= 17, "every flag of the brief: " + spec.options().size());
        for (OptionSpec o : spec.options()) {
            assertTrue(r.out().contains(o.longestName()), o.longestName() + " missing from help:\n" + r.out());
            String description = String.join(" ", o.description());
            assertFalse(description.isBlank(), o.longestName() + " has no description");
            if (!o.usageHelp() && !o.versionHelp())
                assertTrue(description.contains("Default:"), o.longestName() + " does not state its default");
        }
        for (String command : new String[] {"rules [ID]", "init", "Exit status", "NO_COLOR"})
            assertTrue(r.out().contains(command), command + " missing from help");
        assertEquals(r.out(), cli.run("check", "--help").out());
    }

    @Test
    void everyHelpFitsItsWidthWithoutALineBrokenMidPhrase() {
        Terminal t = new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()), Map.of(), dir, false, false);
        List<CommandLine> commands = List.of(new CommandLine(new CheckCommand(t, Warmup::load)),
                new CommandLine(new RulesCommand(t, Warmup::load)), new CommandLine(new InitCommand(t)),
                new CommandLine(new TermsCommand(t, Warmup::load)), new CommandLine(new ReportCommand(t, Warmup::load)),
                new CommandLine(new DaemonCommand(t)), new CommandLine(new MergeCommand(t, Warmup::load)));
        for (CommandLine cl : commands) {
            var spec = cl.getCommandSpec();
            int width = spec.usageMessage().width();
            List<String> asWritten = new ArrayList<>(List.of(spec.usageMessage().footer()));
            asWritten.addAll(List.of(spec.usageMessage().header()));
            asWritten.addAll(List.of(spec.usageMessage().customSynopsis()));
            // picocli breaks a longer footer or synopsis line at the width and starts the rest at column 0.
            for (String line : asWritten)
                assertTrue(line.length() <= width, spec.name() + ": " + line.length() + " columns: " + line);
            // A description line is wrapped by hand to the width, or a whole paragraph picocli wraps: one that
            // is longer and stops mid-sentence leaves a short line before the next one.
            for (String line : spec.usageMessage().description())
                assertTrue(line.length() <= width || line.matches("(?s).*[.:)]\\s*"),
                        spec.name() + ": a description line breaks mid-sentence: " + line);
            // A second description paragraph starts at a shallower indent than the first one's wrapped lines.
            for (OptionSpec o : spec.options())
                assertEquals(1, o.description().length, spec.name() + " " + o.longestName() + " has "
                        + o.description().length + " description paragraphs");
            for (String line : cl.getUsageMessage().lines().toList())
                assertTrue(line.length() <= width, spec.name() + ": " + line);
        }
    }

    @Test
    void helpListsEveryCommandInTheSynopsisAndUnderCommands() {
        String help = cli.run("--help").out();
        String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit status:"));
        for (String command : Main.COMMANDS) {
            if (command.equals("help")) continue;
            assertTrue(help.contains("contentlint " + (command.equals("check") ? "[check]" : command)),
                    command + " missing from the synopsis:\n" + help);
            assertTrue(commands.contains("\n  " + command + " "), command + " missing under Commands:\n" + commands);
        }
    }

    @Test
    void daemonStatusAndStopWhenNoneRuns() {
        cli.env("CONTENTLINT_DAEMON_DIR", dir.resolve("daemons").toString());
        Cli.Result status = cli.run("daemon", "status");
        assertEquals(1, status.code(), status.toString());
        assertTrue(status.out().startsWith("not running ("), status.toString());
        Cli.Result stop = cli.run("daemon", "stop");
        assertEquals(0, stop.code(), stop.toString());
        assertEquals("not running", stop.out().strip());
        Cli.Result bad = cli.run("daemon", "restart");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("status, stop"), bad.toString());
    }

    @Test
    void daemonStatusAndStopRefuseAStateFolderOthersCanWrite() throws Exception {
        Path daemons = Files.createDirectories(dir.resolve("daemons"));
        Files.setPosixFilePermissions(daemons, PosixFilePermissions.fromString("rwxrwxrwx"));
        cli.env("CONTENTLINT_DAEMON_DIR", daemons.toString());
        for (String action : List.of("status", "stop")) {
            Cli.Result r = cli.run("daemon", action);
            assertEquals(2, r.code(), r.toString());
            assertEquals("", r.out(), r.toString());
            assertTrue(r.err().startsWith("contentlint: the daemon's state folder " + daemons
                    + " can be written by others (rwxrwxrwx): run 'chmod go-w " + daemons + "'"), r.toString());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
        }
    }

    @Test
    void aBadDaemonIdleTimeIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("page.md"), "# Title\n\nText.\n");
        cli.env("CONTENTLINT_DAEMON_IDLE_MINUTES", "soon");
        Cli.Result r = cli.run("--daemon", "page.md");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("CONTENTLINT_DAEMON_IDLE_MINUTES must be a whole number of minutes above 0, not 'soon'"),
                r.toString());
    }

    @Test
    void helpCommandListsTheCommands() {
        Cli.Result r = cli.run("help");
        assertEquals(0, r.code(), r.toString());
        for (String command : new String[] {"check", "rules", "init"})
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + ": " + r.out());
        Cli.Result rulesHelp = cli.run("help", "rules");
        assertTrue(rulesHelp.out().contains("Usage: contentlint rules"), rulesHelp.toString());
    }

    @Test
    void helpCommandGivesEveryCommandAWholeSentence() {
        String out = cli.run("help").out();
        String list = out.substring(out.indexOf("Commands:") + "Commands:".length());
        list = list.substring(0, list.indexOf("\n\n") < 0 ? list.length() : list.indexOf("\n\n"));
        java.util.Map<String, String> summaries = new java.util.LinkedHashMap<>();
        String current = null;
        for (String line : list.lines().filter(l -> !l.isBlank()).toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s{2}(\\S+)\\s+(.*)$").matcher(line);
            if (m.matches() && Main.COMMANDS.contains(m.group(1))) {
                current = m.group(1);
                summaries.put(current, m.group(2).strip());
            } else if (current != null) {
                summaries.merge(current, " " + line.strip(), String::concat);
            }
        }
        assertEquals(Main.COMMANDS, summaries.keySet(), out);
        summaries.forEach((command, summary) ->
                assertTrue(summary.endsWith("."), command + "'s summary is cut off: " + summary));
    }

    @Test
    void rulesListsEveryRuleWithSeverityPresetsAndSummary() {
        Cli.Result r = cli.run("rules");
        assertEquals(0, r.code(), r.toString());
        String line = r.out().lines().filter(l -> l.startsWith("freshness/stale-date ")).findFirst().orElse("");
        assertTrue(line.contains("warning"), r.out());
        assertTrue(line.contains("recommended"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("structure/empty-section ")), r.out());
        assertTrue(r.out().startsWith("RULE "), r.out());
    }

    @Test
    void rulesWithAnIdPrintsItsPage() {
        Cli.Result r = cli.run("rules", "freshness/stale-date");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("freshness/stale-date"), r.out());
        assertTrue(r.out().contains("max-age-days"), "options table: " + r.out());
    }

    @Test
    void rulesListsTheStyleRulesTheConfigDefines() throws IOException {
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/product-names.yml"),
                "extends: substitution\nmessage: \"Use '%s'\"\nsummary: Product names are spelled as the vendor does\n"
                        + "severity: error\nswap: {Javascript: JavaScript}\n");
        Files.writeString(dir.resolve(".contentlint.yml"), "styles: [styles/*.yml]\n");
        Cli.Result r = cli.run("rules");
        assertEquals(0, r.code(), r.toString());
        String line = r.out().lines().filter(l -> l.startsWith("style/product-names ")).findFirst().orElse("");
        assertTrue(line.contains("error") && line.contains("Product names are spelled as the vendor does"), r.out());
        Cli.Result page = cli.run("rules", "style/product-names");
        assertEquals(0, page.code(), page.toString());
        assertTrue(page.out().startsWith("# style/product-names"), page.out());

        Files.writeString(dir.resolve(".contentlint.yml"), "styles: [styles/missing.yml]\n");
        Cli.Result broken = cli.run("rules");
        assertEquals(0, broken.code(), broken.toString());
        assertTrue(broken.err().contains("rules defined in the config are not listed"), broken.toString());
        assertTrue(broken.out().lines().anyMatch(l -> l.startsWith("style/wordy-phrases ")), broken.out());
    }

    @Test
    void rulesWithAnUnknownIdSuggestsTheClosest() {
        Cli.Result r = cli.run("rules", "freshness/stale-dat");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("unknown rule 'freshness/stale-dat'; did you mean 'freshness/stale-date'?"),
                r.toString());
    }

    @Test
    void initWritesTheStarterConfigAndRefusesToOverwrite() throws IOException {
        Cli.Result r = cli.run("init");
        assertEquals(0, r.code(), r.toString());
        Path config = dir.resolve(".contentlint.yml");
        assertEquals(ConfigLoader.starterConfig(), Files.readString(config));

        Files.writeString(config, "extends: recommended\n");
        Cli.Result again = cli.run("init");
        assertEquals(2, again.code(), again.toString());
        assertTrue(again.err().contains(".contentlint.yml already exists"), again.toString());
        assertEquals("extends: recommended\n", Files.readString(config), "left untouched");

        assertEquals(0, cli.run("init", "--force").code());
        assertEquals(ConfigLoader.starterConfig(), Files.readString(config));
    }

    @Test
    void theStarterConfigIsUsableRightAway() throws IOException {
        assertEquals(0, cli.run("init").code());
        Files.writeString(dir.resolve("guide.md"), CheckCommandTest.STALE_PAGE);
        Cli.Result r = cli.run("guide.md", "--today", CheckCommandTest.TODAY);
        assertTrue(r.code() == 0 || r.code() == 1, r.toString());
        assertTrue(r.out().contains("guide.md:3:"), r.toString());
    }

    @Test
    void initKeepsAnExistingYamlSpelling() throws IOException {
        Files.writeString(dir.resolve(".contentlint.yaml"), "extends: recommended\n");
        Cli.Result r = cli.run("init");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(".contentlint.yaml already exists"), r.toString());
        assertFalse(Files.exists(dir.resolve(".contentlint.yml")), "no second config beside the first");
    }

    @Test
    void unknownFlagOfASubcommandPointsToItsHelp() {
        Cli.Result r = cli.run("init", "--bogus");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("Try 'contentlint init --help'"), r.toString());
    }
}
