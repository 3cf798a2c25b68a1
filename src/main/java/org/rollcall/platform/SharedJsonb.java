package org.rollcall.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response of the API. Without a resolver, RESTEasy creates a
 * JSON-B instance for each body it reads or writes and closes it after, so every call introspected its
 * classes again (Yasson keeps what it learns about a class in the instance): a poll of a run's status cost
 * some 7 CPU-ms, and the JIT compiled Yasson's introspection again and again during a printout run (4 s of
 * C2 compiling in one benchmark run, read from {@code -XX:+LogCompilation}). A Jsonb is thread-safe; the
 * default configuration is kept, so every body is what it was.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {
    /** Static: the deployment's one instance whatever JAX-RS does with providers; dropped with the deployment. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
