package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Image;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/image-alt-suspicious", summary = "Alt text should describe the image, not name its file or type",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = "1.1.1")
public final class ImageAltSuspiciousRule implements Rule {
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[\\w\\-.()% ]*\\.(png|jpe?g|gif|svg|webp|bmp|tiff?|avif|ico|heic)");
    private static final Pattern CAMERA_NAME = Pattern.compile(
            "(?i)(img|dsc|dscn|dscf|pxl|p|screen ?shot|screenshot|image|photo)[-_ ]?\\d[\\w\\- ]*");
    private static final Pattern REDUNDANT_START = Pattern.compile(
            "(?i)^(an? |the )?(image|picture|photo|photograph|graphic|pic) of\\b");
    /** Alt texts that say only that there is an image. */
    private static final Set<String> PLACEHOLDERS = Set.of("image", "img", "picture", "pic", "photo", "photograph",
            "graphic", "icon", "alt", "alt text", "alttext", "placeholder", "spacer", "untitled", "blank", "logo",
            "screenshot", "thumbnail", "banner", "figure", "chart", "diagram", "insert alt text", "alt text here",
            "image description", "description", "todo", "tbd");

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Image image : doc.images()) {
            if (image.alt() == null) continue;
            String alt = AccessibleName.collapse(image.alt());
            if (alt.isEmpty()) continue;
            String problem = problem(alt);
            if (problem != null) ctx.report(image.span(), "Alt text \"" + alt + "\" " + problem);
        }
    }

    static String problem(String alt) {
        if (FILE_NAME.matcher(alt).matches() || CAMERA_NAME.matcher(alt).matches())
            return "is a file name: describe what the image shows.";
        String bare = alt.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}]+$", "").strip();
        if (PLACEHOLDERS.contains(bare))
            return "says only that there is an image: describe what it shows, or use an empty alt if it is decorative.";
        Matcher m = REDUNDANT_START.matcher(alt);
        if (m.find())
            return "starts with \"" + m.group() + "\", which screen readers already announce: describe the content directly.";
        return null;
    }
}
