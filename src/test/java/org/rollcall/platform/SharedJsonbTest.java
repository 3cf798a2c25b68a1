package org.rollcall.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class SharedJsonbTest {
    public record Progress(long done, long total) {}

    public record View(
            long id,
            String status,
            LocalDate from,
            List<Long> documentIds,
            Progress progress,
            Map<String, Long> counts) {}

    @Test
    void everyTypeGetsTheSameInstance() {
        SharedJsonb resolver = new SharedJsonb();
        assertSame(resolver.getContext(View.class), resolver.getContext(String.class));
        assertSame(resolver.getContext(View.class), new SharedJsonb().getContext(View.class));
    }

    /** The default configuration, so a body is written as RESTEasy's own per-call instance wrote it. */
    @Test
    void writesAndReadsWhatADefaultInstanceDoes() throws Exception {
        View view =
                new View(7, "RUNNING", LocalDate.of(2025, 9, 1), List.of(1L, 2L), new Progress(3, 10), Map.of("A", 1L));
        try (Jsonb fresh = JsonbBuilder.create()) {
            Jsonb shared = new SharedJsonb().getContext(View.class);
            assertEquals(fresh.toJson(view), shared.toJson(view));
            assertEquals(view, shared.fromJson(fresh.toJson(view), View.class));
        }
    }
}
