package fi.kuuleva.admin.report.document;

/** A well-formed XHTML text built element by element, every text escaped. Not thread-safe: one per document. */
final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens {@code <tag attributes>}; attributes are name/value pairs, values escaped. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
