package org.rollcall.attendance.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.rollcall.platform.ProblemException;

/**
 * Stops reading an upload once it passes the size limit (ROLLCALL_MAX_UPLOAD_MB, default 512),
 * so one oversized file cannot fill the server's memory or disk. The request then fails whole.
 */
public final class UploadLimit extends FilterInputStream {
    private final long limit;
    private long count;

    private UploadLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    public static InputStream wrap(InputStream in, long maxBytes) {
        return new UploadLimit(in, maxBytes);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw new ProblemException(
                    413,
                    "Upload too large",
                    "The file is larger than the limit of " + limit / (1024 * 1024)
                            + " MB; nothing from it was stored");
        }
    }
}
