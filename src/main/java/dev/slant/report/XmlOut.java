package dev.slant.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting wrapper over the JDK's StAX writer, which escapes text and attribute
 * values correctly. Characters XML 1.0 cannot hold (most control characters) are replaced
 * with U+FFFD.
 */
final class XmlOut implements AutoCloseable {

    private final XMLStreamWriter x;
    private final Writer out;
    private int depth;

    XmlOut(Writer out) throws IOException {
        this.out = out;
        try {
            this.x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut start(String name) throws IOException {
        try {
            x.writeCharacters("\n" + "  ".repeat(depth));
            x.writeStartElement(name);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut attr(String name, Object value) throws IOException {
        try {
            x.writeAttribute(name, clean(String.valueOf(value)));
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    XmlOut text(String s) throws IOException {
        try {
            x.writeCharacters(clean(s));
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Ends the element; an element that got no children or text is written on one line. */
    XmlOut end(boolean hadChildren) throws IOException {
        try {
            depth--;
            if (hadChildren) {
                x.writeCharacters("\n" + "  ".repeat(depth));
            }
            x.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            x.writeEndDocument();
            x.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            sb.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return sb.toString();
    }
}
