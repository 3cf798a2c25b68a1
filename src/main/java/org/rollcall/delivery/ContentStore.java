package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.rollcall.platform.DataFolders;

/**
 * Bytes on disk under {@code <data dir>/archive}, addressed by their SHA-256: the same content
 * is stored once, and a file can be checked against its name at any time.
 */
@ApplicationScoped
public class ContentStore {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The file name's ending for a content type: {@code .pdf}, {@code .docx}, else {@code .bin}. */
    public static String extension(String contentType) {
        return switch (String.valueOf(contentType)) {
            case PDF -> ".pdf";
            case DOCX -> ".docx";
            default -> ".bin";
        };
    }

    /** Stores a PDF's bytes (unless already there) and returns their SHA-256. */
    public String put(byte[] content) {
        return put(content, PDF);
    }

    /** Stores the bytes under a name that ends as their content type says, and returns their SHA-256. */
    public String put(byte[] content, String contentType) {
        String sha = sha256(content);
        Path target = pathOf(sha, contentType);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha, ".part");
            Files.write(temp, content);
            // a reader never sees half a file: the name appears only once the bytes are all there
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to the archive at " + target.getParent(), e);
        }
        return sha;
    }

    public Optional<byte[]> get(String sha) {
        return get(sha, PDF);
    }

    /** The bytes of a file of that content type; a file stored before names followed the type ends in .pdf. */
    public Optional<byte[]> get(String sha, String contentType) {
        Path typed = pathOf(sha, contentType);
        Path path = Files.exists(typed) ? typed : pathOf(sha);
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** Where a PDF is (and where every file was before names followed the content type). */
    public Path pathOf(String sha) {
        return pathOf(sha, PDF);
    }

    public Path pathOf(String sha, String contentType) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha);
        }
        return DataFolders.current()
                .archive()
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha + extension(contentType));
    }
}
