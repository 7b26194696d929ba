package dev.contentlint.core.document;

import static dev.contentlint.core.document.Docs.find;
import static dev.contentlint.core.document.Docs.loc;
import static dev.contentlint.core.document.Docs.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contentlint.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextParserTest {
    private static final String ARTICLE = String.join("\r\n",
            "Why Gardens Matter",
            "",
            "Last Updated Mar 3, 2023",
            "",
            "Gardens give people a place to rest. They also feed 😀 target birds.",
            "",
            "Soil and Water",
            "",
            "Good soil holds water and air.",
            "Roots need both.",
            "",
            "Key Words",
            "",
            "Loam",
            "",
            "A soil mix of sand, silt and clay.",
            "",
            "Mulch",
            "",
            "A cover laid over soil.",
            "",
            "About the author.",
            "",
            "Disclaimer.",
            "This page is general advice only.",
            "",
            "Comments",
            "",
            "No comment yet",
            "");

    @Test
    void headingsSectionsAndLevels() {
        Document d = txt(ARTICLE);
        List<String> titles = d.allSections().stream().map(s -> s.level() + " " + s.title()).toList();
        assertEquals(List.of("1 Why Gardens Matter", "2 Soil and Water", "2 Key Words", "3 Loam", "3 Mulch",
                "2 About the author.", "2 Disclaimer.", "2 Comments"), titles);
        Section disclaimer = d.allSections().get(6);
        assertEquals(loc(24, 1, 24, 12), d.location(disclaimer.heading()));
        assertEquals(loc(25, 1, 27, 1), d.location(disclaimer.body()));
        assertEquals(ProseBlock.Kind.PARAGRAPH, Docs.block(d, "No comment yet").kind());
        assertEquals(ProseBlock.Kind.PARAGRAPH, Docs.block(d, "Last Updated").kind());
    }

    @Test
    void proseMapsThroughCrlfAndAstralCharacters() {
        Document d = txt(ARTICLE);
        assertEquals(loc(5, 55, 5, 61), find(d, "target"));
        ProseBlock soil = Docs.block(d, "Good soil");
        assertEquals("Good soil holds water and air.\nRoots need both.", soil.text());
        assertEquals(loc(10, 1, 10, 6), find(d, "Roots"));
    }

    @Test
    void htmlViewHasOneElementPerBlock() {
        Document d = txt(ARTICLE);
        assertEquals("Why Gardens Matter", d.html().selectFirst("h1").text());
        assertEquals(5, d.html().select("h2").size());
        assertEquals(2, d.html().select("h3").size());
        assertEquals(loc(7, 1, 7, 15), d.location(d.spanOf(d.html().select("h2").get(0))));
    }

    @Test
    void seedArticleHeadings() throws IOException {
        Path seed = SharedData.path("seed/000_1eb2fd8d541b9e98.txt");
        Document d = Parsers.parse(seed, "seed.txt", Files.readAllBytes(seed), Format.TEXT);
        List<Section> all = d.allSections();
        System.out.println("seed: " + seed.getFileName() + " has " + all.size() + " sections");
        assertEquals(1, all.get(0).level());
        assertEquals("Understanding the Reasons Behind Self-Isolation Following Social Rejection", all.get(0).title());
        Section terms = all.stream().filter(s -> s.title().equals("Important Terms")).findFirst().orElseThrow();
        assertEquals(2, terms.level());
        assertEquals(10, terms.children().size());
        assertEquals("Rejection Sensitivity Dysphoria", terms.children().get(0).title());
        List<String> level2 = all.stream().filter(s -> s.level() == 2).map(Section::title).toList();
        assertEquals("The Psychological Impact of Social Rejection", level2.get(0));
        assertEquals(List.of("Important Terms", "About the author.", "Disclaimer.", "Comments"), level2.subList(level2.size() - 4, level2.size()));
    }
}
