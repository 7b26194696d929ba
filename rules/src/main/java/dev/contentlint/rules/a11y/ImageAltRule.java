package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Image;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/image-alt", summary = "Images should have a text alternative",
        severity = Severity.ERROR, category = Category.ACCESSIBILITY, wcag = {"1.1.1", "4.1.2"},
        act = {"23a2a8", "59796f", "7d6734", "8fc3b6"})
public final class ImageAltRule implements Rule {
    /** Options of this rule. */
    public record Options(
            @Option(description = "Whether a Markdown image with empty alt text (![](x.png)) counts as decorative"
                    + " instead of missing its text alternative", defaultValue = "false")
            boolean emptyAltDecorative) {}

    /** Resource types an {@code <object>} shows as non-text content. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("(?i)(image|audio|video)/.*");
    private static final Pattern MEDIA_FILE = Pattern.compile(
            "(?i).*\\.(png|jpe?g|gif|webp|avif|bmp|tiff?|ico|mp3|wav|ogg|oga|m4a|aac|flac|mp4|m4v|webm|ogv|mov|avi|mkv)([?#].*)?");

    @Override
    public void check(Document doc, RuleContext ctx) {
        Options options = ctx.options(Options.class);
        Set<Integer> markdownImages = new HashSet<>();
        for (Image image : doc.images()) {
            if (image.element() != null) continue;
            markdownImages.add(image.span().start());
            if (!options.emptyAltDecorative() && (image.alt() == null || image.alt().isBlank()))
                ctx.report(image.span(), "Image " + image.source() + " has no alt text: write what it shows between "
                        + "the brackets, ![like this](" + image.source() + ").");
        }
        if (doc.markdown() != null && !hasRawHtml(doc)) return;
        // act() names a rule only for inputs and SVG elements with attributes, objects and elements of role img
        for (Element e : ElementIndex.of(doc).query().withAttributes().named("object").role("img"::equals).elements()) {
            String name = e.normalName();
            if (name.equals("img") && markdownImages.contains(doc.spanOf(e).start())) continue;
            String act = act(e);
            if (act == null || Hidden.isHidden(e)) continue;
            if (AccessibleName.hasName(e)) continue;
            HtmlView.report(ctx, doc, e, message(e), act);
        }
    }

    /** Whether a Markdown document holds raw HTML, the only place its HTML view can add images. */
    private static boolean hasRawHtml(Document doc) {
        return doc.text().indexOf('<') >= 0;
    }

    /** The ACT rule that applies to the element, or null when none does. */
    private static String act(Element e) {
        String name = e.normalName();
        String role = AccessibleName.role(e);
        String explicit = AccessibleName.explicitRole(e);
        if (name.equals("input"))
            return e.attr("type").strip().equalsIgnoreCase("image") && "button".equals(role) ? "59796f" : null;
        if (AccessibleName.inSvg(e))
            return explicit != null && Set.of("img", "graphics-document", "graphics-symbol").contains(explicit) ? "7d6734" : null;
        if (name.equals("object")) {
            if (explicit != null && (explicit.equals("none") || explicit.equals("presentation"))) return null;
            String type = e.attr("type").strip();
            boolean media = MEDIA_TYPE.matcher(type).matches() || type.isEmpty() && MEDIA_FILE.matcher(e.attr("data").strip()).matches();
            return media ? "8fc3b6" : null;
        }
        return "img".equals(role) ? "23a2a8" : null;
    }

    private static String message(Element e) {
        String what = switch (e.normalName()) {
            case "input" -> "Image button " + HtmlView.describe(e) + " has no accessible name: add alt text saying what it does.";
            case "object" -> "Object " + HtmlView.describe(e) + " shows media but has no accessible name: add a title or aria-label.";
            case "svg" -> "SVG image has no accessible name: add a <title> child or an aria-label.";
            case "img" -> "Image " + HtmlView.describe(e) + " has no text alternative: add alt text describing it, or alt=\"\" if it is decorative.";
            default -> "Element " + HtmlView.describe(e) + " has role img but no accessible name: add an aria-label.";
        };
        return what;
    }
}
