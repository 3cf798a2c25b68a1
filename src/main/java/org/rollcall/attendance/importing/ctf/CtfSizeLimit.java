package org.rollcall.attendance.importing.ctf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts bytes as the CTF parser reads them and stops at the limit, so an oversized upload is never read whole. */
final class CtfSizeLimit extends FilterInputStream {
    private final long max;
    private long count;

    /** Thrown inside the parser when the stream passes the size limit. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
    }

    CtfSizeLimit(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > max) {
            throw new Exceeded();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && (count += n) > max) {
            throw new Exceeded();
        }
        return n;
    }
}
