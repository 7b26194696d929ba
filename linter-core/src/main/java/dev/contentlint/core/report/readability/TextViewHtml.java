package dev.contentlint.core.report.readability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * The text view of the HTML report: each file's {@link TextView} embedded in the page as gzip-compressed JSON
 * (base64, in an inert script element), decompressed by the browser only when the reader opens that file's
 * text, so a report of thousands of files stays one self-contained page of a sensible size.
 */
final class TextViewHtml {
    /** A sentence is "very hard" this many grades above the target. */
    static final double VERY_HARD_ABOVE = 4;
    /** Fewest words a sentence needs to be marked hard: a short sentence is rarely what makes prose hard. */
    static final int MIN_SENTENCE_WORDS = 8;

    private TextViewHtml() {}

    /**
     * The view as compact JSON: {@code [[level, line, text, [[start, end, kind, note], ...]], ...]}, sentence
     * marks turned into {@code hard} or {@code very-hard} by {@code targetGrade} (others dropped).
     */
    static String json(TextView view, double targetGrade) {
        StringBuilder b = new StringBuilder(4096);
        b.append('[');
        boolean firstParagraph = true;
        for (TextView.Paragraph p : view.paragraphs()) {
            if (!firstParagraph) b.append(',');
            firstParagraph = false;
            b.append('[').append(p.level()).append(',').append(p.line()).append(',');
            string(b, p.text());
            b.append(",[");
            boolean first = true;
            for (TextView.Mark m : p.marks()) {
                String kind = m.kind(), note = m.note();
                if (kind.equals(TextViewProduct.SENTENCE)) {
                    String[] parts = note.split(" ");
                    int words = Integer.parseInt(parts[0]);
                    double grade = Double.parseDouble(parts[1]);
                    if (words < MIN_SENTENCE_WORDS || !(grade > targetGrade)) continue;
                    kind = grade > targetGrade + VERY_HARD_ABOVE ? "very-hard" : "hard";
                    note = String.format(Locale.ROOT, "%s sentence: grade %.1f, %d words",
                            kind.equals("hard") ? "Hard" : "Very hard", grade, words);
                }
                if (!first) b.append(',');
                first = false;
                b.append('[').append(m.start()).append(',').append(m.end()).append(',');
                string(b, kind);
                b.append(',');
                string(b, note);
                b.append(']');
            }
            b.append("]]");
        }
        return b.append(']').toString();
    }

    /** The view, compressed and base64-encoded for embedding. */
    static String embedded(TextView view, double targetGrade) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(json(view, targetGrade).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    static final String CSS = """
            #textview { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 18px; margin: 16px 0; }
            #textview[hidden] { display: none; }
            #textview .tv-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; flex-wrap: wrap; }
            #textview h2 { margin: 6px 0; }
            #textview fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0 10px; padding: 4px 10px; }
            #textview legend { color: var(--muted); }
            #textview label { margin-right: 14px; white-space: nowrap; display: inline-block; }
            #textview .tv-body { font-size: 15px; line-height: 1.7; max-width: 46em; }
            #textview .tv-body p { margin: 0 0 10px; } #textview .tv-line { color: var(--muted); font-size: 11px; margin-right: 6px; }
            .m-hard { background: #fff3b0; text-decoration: underline solid #b08900; text-underline-offset: 3px; }
            .m-very-hard { background: #ffd0c9; text-decoration: underline double #b3261e; text-underline-offset: 3px; }
            .m-passive { font-style: italic; box-shadow: inset 0 -2px 0 #7fa3e8; }
            .m-rule { border-bottom: 2px dotted #6a3fb5; }
            .m-tag { font-size: 10px; vertical-align: super; color: #6a3fb5; margin-left: 1px; }
            .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            button.show-text { margin: 4px 0; font: inherit; cursor: pointer; }
            """;

    /** Opens a file's text view: decompresses its blob, draws the marks the filter keeps, moves focus there. */
    static final String SCRIPT = """
            (function () {
              var view = document.getElementById('textview');
              if (!view) return;
              var body = view.querySelector('.tv-body'), filters = view.querySelector('.tv-filters');
              var current = null;
              var NAMES = { 'hard': 'hard sentence', 'very-hard': 'very hard sentence', 'passive': 'passive voice', 'code': 'code' };
              function label(kind) { return NAMES[kind] || kind; }
              function short(kind) { var i = kind.lastIndexOf('/'); return i < 0 ? kind : kind.slice(i + 1); }
              async function load(id) {
                var b64 = document.getElementById(id).textContent.trim();
                var bin = atob(b64), bytes = new Uint8Array(bin.length);
                for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
                var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
                return JSON.parse(await new Response(stream).text());
              }
              function enabled() {
                var on = {};
                filters.querySelectorAll('input').forEach(function (c) { on[c.value] = c.checked; });
                return on;
              }
              function draw() {
                var on = enabled();
                body.textContent = '';
                current.forEach(function (p) {
                  var level = p[0], line = p[1], text = p[2], marks = p[3];
                  var el = document.createElement(level > 0 ? 'h' + Math.min(6, level + 2) : 'p');
                  var ln = document.createElement('span'); ln.className = 'tv-line'; ln.textContent = line; el.appendChild(ln);
                  var cuts = [0, text.length];
                  marks.forEach(function (m) { if (m[2] !== 'code') cuts.push(m[0], m[1]); });
                  cuts = Array.from(new Set(cuts)).filter(function (c) { return c >= 0 && c <= text.length; }).sort(function (a, b) { return a - b; });
                  var codes = marks.filter(function (m) { return m[2] === 'code'; });
                  for (var i = 0; i < cuts.length - 1; i++) {
                    var a = cuts[i], b = cuts[i + 1];
                    appendRange(el, text, a, b, marks, codes, on);
                  }
                  codes.forEach(function (m) { if (m[0] >= text.length) appendCode(el, m); });
                  body.appendChild(el);
                });
              }
              function appendCode(el, m) { var c = document.createElement('code'); c.textContent = m[3]; el.appendChild(c); }
              function appendRange(el, text, a, b, marks, codes, on) {
                var at = a;
                codes.forEach(function (m) {
                  if (m[0] >= a && m[0] < b) {
                    if (m[0] > at) appendSegment(el, text, at, m[0], marks, on);
                    appendCode(el, m);
                    at = m[0];
                  }
                });
                if (b > at) appendSegment(el, text, at, b, marks, on);
              }
              function appendSegment(el, text, a, b, marks, on) {
                var active = marks.filter(function (m) { return m[2] !== 'code' && on[m[2]] !== false && m[0] <= a && m[1] >= b; });
                var node = document.createTextNode(text.slice(a, b));
                if (!active.length) { el.appendChild(node); return; }
                var span = document.createElement('span');
                var kinds = active.map(function (m) { return m[2]; });
                span.className = kinds.map(function (k) { return k === 'hard' || k === 'very-hard' || k === 'passive' ? 'm-' + k : 'm-rule'; }).join(' ');
                span.title = active.map(function (m) { return m[3]; }).join('\\n');
                active.forEach(function (m) { if (m[0] === a) { var s = document.createElement('span'); s.className = 'sr'; s.textContent = '[' + label(m[2]) + ': '; span.appendChild(s); } });
                span.appendChild(node);
                el.appendChild(span);
                active.forEach(function (m) {
                  if (m[1] === b) {
                    var s = document.createElement('span'); s.className = 'sr'; s.textContent = ']'; el.appendChild(s);
                    if (m[2] !== 'hard' && m[2] !== 'very-hard' && m[2] !== 'passive') {
                      var t = document.createElement('span'); t.className = 'm-tag'; t.setAttribute('aria-hidden', 'true'); t.textContent = short(m[2]); el.appendChild(t);
                    }
                  }
                });
              }
              function legend(kinds) {
                filters.querySelectorAll('label').forEach(function (l) { l.remove(); });
                kinds.forEach(function (k) {
                  var l = document.createElement('label'), c = document.createElement('input');
                  c.type = 'checkbox'; c.checked = true; c.value = k; c.addEventListener('change', draw);
                  var sample = document.createElement('span');
                  sample.className = k === 'hard' || k === 'very-hard' || k === 'passive' ? 'm-' + k : 'm-rule';
                  sample.textContent = label(k);
                  l.appendChild(c); l.appendChild(document.createTextNode(' ')); l.appendChild(sample);
                  filters.appendChild(l);
                });
              }
              async function open(button) {
                var data = await load(button.dataset.view);
                current = data;
                var kinds = ['very-hard', 'hard', 'passive'];
                data.forEach(function (p) { p[3].forEach(function (m) { if (m[2] !== 'code' && kinds.indexOf(m[2]) < 0) kinds.push(m[2]); }); });
                legend(kinds);
                view.querySelector('h2').textContent = 'Text of ' + button.dataset.path;
                view.hidden = false;
                draw();
                view.setAttribute('data-path', button.dataset.path);
                view.querySelector('h2').focus();
                view.scrollIntoView();
                if (history.replaceState) history.replaceState(null, '', '#text:' + encodeURIComponent(button.dataset.path));
              }
              document.querySelectorAll('button.show-text').forEach(function (b) {
                b.addEventListener('click', function () { open(b).catch(function (e) { body.textContent = 'This browser cannot open the text view: ' + e; view.hidden = false; }); });
              });
              view.querySelector('button.close').addEventListener('click', function () { view.hidden = true; });
              // A link to report.html#text:PATH opens that file's text.
              if (location.hash.indexOf('#text:') === 0) {
                var path = decodeURIComponent(location.hash.slice(6));
                document.querySelectorAll('button.show-text').forEach(function (b) { if (b.dataset.path === path) b.click(); });
              }
            })();
            """;
}
