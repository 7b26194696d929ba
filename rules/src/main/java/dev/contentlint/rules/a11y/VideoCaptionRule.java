package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/video-caption", summary = "Videos should have a captions track",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = "1.2.2")
public final class VideoCaptionRule implements Rule {
    @Override
    public void check(Document document, RuleContext context) {
        if (AriaData.elements(document).isEmpty()) return;
        for (Element e : ElementIndex.of(document).named("video")) {
            // A muted video has no sound to caption: background and decorative loops are muted.
            if (!e.normalName().equals("video") || e.hasAttr("muted") || AriaData.excluded(e)) continue;
            boolean captions = e.children().stream().anyMatch(t -> t.normalName().equals("track")
                    && t.attr("kind").strip().toLowerCase(Locale.ROOT).equals("captions"));
            if (!captions)
                context.report(e, "This video has no <track kind=\"captions\">: add captions for its sound, unless the"
                        + " captions are part of the picture.");
        }
    }
}
