package io.macrodigest.extract;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Lets the deadline interrupt jsoup while it parses, which it otherwise could not. */
final class DeadlineReader extends FilterReader {

    private final Deadline deadline;

    DeadlineReader(Reader in, Deadline deadline) {
        super(in);
        this.deadline = deadline;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        deadline.check();
        return super.read(buffer, offset, length);
    }

    @Override
    public int read() throws IOException {
        deadline.check();
        return super.read();
    }
}
