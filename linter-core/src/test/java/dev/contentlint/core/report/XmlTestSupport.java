package dev.contentlint.core.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Parses generated XML with the JDK's parser, as CI systems would. */
final class XmlTestSupport {
    private XmlTestSupport() {}

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** What XML 1.0 can carry of {@code s}: the characters the writers drop are left out. */
    static String legalPart(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(XmlWriter::legal).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
