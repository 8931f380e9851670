package dev.slant.report;

import java.io.IOException;
import java.io.Writer;

/** One output format. Reporters write to the writer they are given and nowhere else. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;
}
