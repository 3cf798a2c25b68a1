package org.rollcall.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload read through a SHA-256 digest, so the import history names exactly which file came in. */
public final class Sha256Stream extends DigestInputStream {

    public Sha256Stream(InputStream in) {
        super(in, sha256());
    }

    /** Reads whatever the parser left unread, so the checksum covers the whole file. */
    void drain() {
        try {
            byte[] buffer = new byte[8192];
            while (read(buffer) >= 0) {
                // only the digest needs these bytes
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String hex() {
        return HexFormat.of().formatHex(getMessageDigest().digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
