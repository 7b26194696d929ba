package dev.contentlint.core.fix;

import dev.contentlint.core.document.SourceText;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fixes files in passes through the engine: lint, apply the fixes that may be applied, lint the new text
 * (as a buffer, so nothing is written yet) and repeat until no fix applies, at most {@link #MAX_PASSES}
 * times. Writes nothing itself: {@link FixOutcome#write()} does.
 */
public final class Fixer {
    /** Passes after which a file whose fixes keep applying is given up on, with a warning. */
    public static final int MAX_PASSES = 10;

    private final Engine engine;
    private final Path base;
    private final boolean unsafe;

    /**
     * Applies safe fixes, and unsafe ones too when {@code unsafe}; suggestions never. {@code baseDirectory} is the
     * engine's, against which findings name files.
     */
    public Fixer(Engine engine, Path baseDirectory, boolean unsafe) {
        this.engine = engine;
        this.base = baseDirectory.toAbsolutePath().normalize();
        this.unsafe = unsafe;
    }

    /**
     * Fixes what {@code inputs} select. A buffer is fixed in memory: its {@link FixOutcome.FixedFile} has no file
     * and {@link FixOutcome#write()} passes over it.
     */
    public FixOutcome fix(List<Input> inputs) {
        RunResult first = engine.run(inputs, List.of(ProseRangesProduct.INSTANCE));
        Map<String, byte[]> buffers = new java.util.HashMap<>();
        for (Input in : inputs) {
            if (!(in instanceof Input.Buffer b)) continue;
            buffers.put(b.name(), b.content());
            try {
                buffers.putIfAbsent(base.relativize(base.resolve(b.name()).normalize()).toString().replace('\\', '/'),
                        b.content());
            } catch (RuntimeException e) {
                // A name that is no path is looked up as it is.
            }
        }
        Map<String, FileState> files = new TreeMap<>();
        Map<String, List<Finding>> findings = byPath(first);
        for (String path : findings.keySet()) {
            Optional<ProseRanges> ranges = first.product(path, ProseRangesProduct.INSTANCE);
            if (ranges.isEmpty() || !hasFix(findings.get(path))) continue;
            byte[] buffer = buffers.get(path);
            Path file = buffer != null ? null : base.resolve(path).normalize();
            Optional<EncodedText> text = buffer != null ? EncodedText.decode(buffer, engine.options().encoding())
                    : read(file, engine.options().encoding());
            if (text.isPresent()) files.put(path, new FileState(path, file, text.get(), ranges.get()));
        }
        int passes = 0;
        Map<String, List<Finding>> pending = findings;
        while (true) {
            List<FileState> changed = new ArrayList<>();
            for (FileState f : files.values()) {
                List<Fix> chosen = applicable(pending.getOrDefault(f.path, List.of()), f);
                if (chosen.isEmpty()) continue;
                FixApplier.Result r = FixApplier.apply(f.text, chosen);
                // A fix that writes a character the file's charset lacks would turn it into '?' on disk.
                if (!r.changed() || !f.encoded.canEncode(r.text())) continue;
                f.text = r.text();
                f.applied += r.applied().size();
                changed.add(f);
            }
            if (changed.isEmpty()) break;
            passes++;
            if (passes == MAX_PASSES) {
                RunResult check = relint(changed);
                Map<String, List<Finding>> left = byPath(check);
                List<String> unconverged = new ArrayList<>();
                for (FileState f : changed)
                    if (!applicable(left.getOrDefault(f.path, List.of()), f).isEmpty()) unconverged.add(f.path);
                return outcome(files, passes, unconverged, first);
            }
            RunResult next = relint(changed);
            pending = byPath(next);
            for (FileState f : changed) f.ranges = next.product(f.path, ProseRangesProduct.INSTANCE).orElse(f.ranges);
        }
        return outcome(files, passes, List.of(), first);
    }

    private RunResult relint(List<FileState> changed) {
        List<Input> buffers = new ArrayList<>();
        for (FileState f : changed) buffers.add(Input.buffer(f.path, f.encoded.encode(f.text)));
        return engine.run(buffers, List.of(ProseRangesProduct.INSTANCE));
    }

    private static FixOutcome outcome(Map<String, FileState> files, int passes, List<String> unconverged,
                                      RunResult first) {
        List<FixOutcome.FixedFile> fixed = new ArrayList<>();
        for (FileState f : files.values())
            if (!f.text.equals(f.encoded.text()))
                fixed.add(new FixOutcome.FixedFile(f.path, f.file, f.encoded.text(), f.text,
                        f.encoded.encode(f.text), f.applied));
        return new FixOutcome(fixed, passes, unconverged, first);
    }

    /** The first fix of each finding that this run may apply and that writes only prose. */
    private List<Fix> applicable(List<Finding> findings, FileState f) {
        SourceText source = null;
        List<Fix> out = new ArrayList<>();
        for (Finding finding : findings) {
            for (Fix fix : finding.fixes()) {
                if (fix.safety() == null || !fix.safety().appliedWith(unsafe)) continue;
                if (source == null) source = new SourceText(f.text);
                int start = source.offset(fix.location().line(), fix.location().column());
                int end = source.offset(fix.location().endLine(), fix.location().endColumn());
                if (f.ranges.allows(start, end)) out.add(fix);
                break;
            }
        }
        return out;
    }

    private static boolean hasFix(List<Finding> findings) {
        for (Finding f : findings) if (!f.fixes().isEmpty()) return true;
        return false;
    }

    private static Map<String, List<Finding>> byPath(RunResult result) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : result.findings()) out.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
        return out;
    }

    private static Optional<EncodedText> read(Path file, java.nio.charset.Charset charset) {
        try {
            return EncodedText.decode(Files.readAllBytes(file), charset);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " to fix it: " + e.getMessage(), e);
        }
    }

    /** One file being fixed: its text so far and where fixes may write in it. */
    private static final class FileState {
        final String path;
        final Path file;
        final EncodedText encoded;
        String text;
        ProseRanges ranges;
        int applied;

        FileState(String path, Path file, EncodedText encoded, ProseRanges ranges) {
            this.path = path;
            this.file = file;
            this.encoded = encoded;
            this.text = encoded.text();
            this.ranges = ranges;
        }
    }
}
