package org.rollcall.attendance.inbox;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.attendance.importing.ImportKind;

/**
 * A file waiting in {@code <inbox>/<urn>/}. What it holds is told by its name: pupils*.csv,
 * contacts*.csv, marks*.csv, or any *.xml (a CTF). Pupils go first, so a nightly drop of all
 * three files imports in an order that works.
 */
record InboxFile(String urn, Path path) {

    Optional<ImportKind> kind() {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return Optional.of(ImportKind.CTF);
        }
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        for (ImportKind kind : ImportKind.values()) {
            if (name.startsWith(kind.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Sort order: by kind (pupils, contacts, marks, CTF), then by name. */
    String order() {
        return kind().map(k -> String.valueOf(k.ordinal())).orElse("9") + path.getFileName();
    }
}
