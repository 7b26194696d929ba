package dev.contentlint.core.shard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document (RFC 8259) into maps, lists, strings, longs, booleans and nulls: enough for the shard
 * files this package writes, whose numbers are all whole. Anything else throws {@link IllegalArgumentException}
 * with the offset, so a damaged file is refused rather than half read.
 */
final class JsonReader {
    private final String in;
    private int at;

    private JsonReader(String in) {
        this.in = in;
    }

    static Object parse(String text) {
        JsonReader r = new JsonReader(text);
        r.space();
        Object value = r.value();
        r.space();
        if (r.at != r.in.length()) throw r.error("the end of the document");
        return value;
    }

    private Object value() {
        if (at >= in.length()) throw error("a value");
        char c = in.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> out = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) return out;
        while (true) {
            space();
            if (at >= in.length() || in.charAt(at) != '"') throw error("a member name");
            String name = string();
            space();
            expect(':');
            space();
            if (out.containsKey(name)) throw error("a member name not seen before in this object (" + name + ")");
            out.put(name, value());
            space();
            if (peek('}')) return out;
            expect(',');
        }
    }

    private List<Object> array() {
        List<Object> out = new ArrayList<>();
        at++;
        space();
        if (peek(']')) return out;
        while (true) {
            space();
            out.add(value());
            space();
            if (peek(']')) return out;
            expect(',');
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (at >= in.length()) throw error("the end of a string");
            char c = in.charAt(at++);
            if (c == '"') return sb.toString();
            if (c < 0x20) throw error("no control character in a string");
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (at >= in.length()) throw error("an escape");
            char e = in.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (at + 4 > in.length()) throw error("four hex digits");
                    try {
                        sb.append((char) Integer.parseInt(in, at, at + 4, 16));
                    } catch (NumberFormatException x) {
                        throw error("four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("an escape");
            }
        }
    }

    private Long number() {
        int start = at;
        if (at < in.length() && in.charAt(at) == '-') at++;
        while (at < in.length() && Character.isDigit(in.charAt(at))) at++;
        if (at < in.length() && (in.charAt(at) == '.' || in.charAt(at) == 'e' || in.charAt(at) == 'E'))
            throw error("a whole number");
        try {
            return Long.parseLong(in, start, at, 10);
        } catch (NumberFormatException x) {
            at = start;
            throw error("a value");
        }
    }

    private Object word(String word, Object value) {
        if (!in.startsWith(word, at)) throw error("a value");
        at += word.length();
        return value;
    }

    private boolean peek(char c) {
        if (at < in.length() && in.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) throw error("'" + c + "'");
    }

    private void space() {
        while (at < in.length()) {
            char c = in.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("not valid JSON: expected " + expected + " at character " + at);
    }
}
