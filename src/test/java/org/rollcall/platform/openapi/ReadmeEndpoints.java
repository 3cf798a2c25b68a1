package org.rollcall.platform.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints the README's tables document, read from the README itself so that an endpoint added there
 * without being served fails {@code OpenApiIT}. A row documents endpoints when its first cell holds
 * {@code `METHOD /path`} spans: {@code `GET /schools`, `GET /schools/{urn}`}; a bare {@code `GET`} repeats the
 * path before it ({@code `PUT /schools/{urn}/staff`, `GET`}); {@code `GET .../imports/{id}/changes`} continues
 * the path before it from its {@code imports} segment. Query strings are dropped. Paths are below the API base
 * ({@code /rollcall/api}); the server's own endpoints are written as full URLs and are not read here.
 */
record ReadmeEndpoints(List<Endpoint> endpoints) {
    private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern METHOD_AND_PATH = Pattern.compile("(GET|PUT|POST|PATCH|DELETE)(?:\\s+(\\S+))?");

    record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static ReadmeEndpoints read(Path readme) throws IOException {
        return parse(Files.readAllLines(readme));
    }

    static ReadmeEndpoints parse(List<String> lines) {
        List<Endpoint> found = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("|")) {
                found.addAll(row(line.split("(?<!\\\\)\\|")[1]));
            }
        }
        return new ReadmeEndpoints(List.copyOf(found));
    }

    /** The endpoints of one table row's first cell; none when it does not start with a method. */
    private static List<Endpoint> row(String firstCell) {
        List<Endpoint> endpoints = new ArrayList<>();
        String previous = null;
        Matcher span = SPAN.matcher(firstCell);
        while (span.find()) {
            Matcher m = METHOD_AND_PATH.matcher(span.group(1).trim());
            if (!m.matches() || (m.group(2) == null && previous == null)) {
                return endpoints;
            }
            String path = m.group(2) == null ? previous : withoutQuery(m.group(2));
            if (!path.startsWith("/") && !path.startsWith("...")) {
                return endpoints;
            }
            path = path.startsWith("...") ? continued(previous, path) : path;
            endpoints.add(new Endpoint(m.group(1), path));
            previous = path;
        }
        return endpoints;
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** {@code .../imports/{id}/changes} after {@code /schools/{urn}/imports}: {@code /schools/{urn}/imports/{id}/changes}. */
    private static String continued(String previous, String abbreviated) {
        String rest = abbreviated.substring(3);
        String first = rest.split("/")[1];
        if (previous == null) {
            throw new IllegalArgumentException("README: " + abbreviated + " continues no path");
        }
        List<String> segments = Arrays.asList(previous.split("/"));
        int at = segments.lastIndexOf(first);
        if (at < 0) {
            throw new IllegalArgumentException("README: " + abbreviated + " does not continue " + previous);
        }
        return String.join("/", segments.subList(0, at)) + rest;
    }
}
