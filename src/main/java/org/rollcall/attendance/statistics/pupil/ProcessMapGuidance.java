package org.rollcall.attendance.statistics.pupil;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The process map's action texts per band and track, read from a properties file so the texts
 * live in one place and a school's own version can be loaded without a code change. The bundled
 * {@code process-map.properties} holds the seed's texts and explains how it was read.
 */
public final class ProcessMapGuidance {

    private static final String RESOURCE = "process-map.properties";

    private final Map<Track, Map<Band, Guidance>> guidance;

    private ProcessMapGuidance(Map<Track, Map<Band, Guidance>> guidance) {
        this.guidance = guidance;
    }

    /** The seed's process map, bundled with the application. */
    public static ProcessMapGuidance standard() {
        try (InputStream in = ProcessMapGuidance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads guidance in the bundled file's format.
     *
     * @throws IllegalArgumentException if any band lacks a situation, owner or action on either column
     */
    public static ProcessMapGuidance load(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<Track, Map<Band, Guidance>> all = new EnumMap<>(Track.class);
        for (Track column : List.of(Track.FALLING, Track.IMPROVING)) {
            Map<Band, Guidance> byBand = new EnumMap<>(Band.class);
            for (Band band : Band.values()) {
                String prefix = column.name().toLowerCase(Locale.ROOT) + "." + band.name() + ".";
                byBand.put(
                        band,
                        new Guidance(
                                band,
                                column,
                                required(p, prefix + "situation"),
                                required(p, prefix + "owner"),
                                actions(p, prefix + "actions.")));
            }
            all.put(column, byBand);
        }
        return new ProcessMapGuidance(all);
    }

    /** Steady pupils, and pupils whose track is not yet known, get the falling column. */
    public Guidance guidanceFor(Band band, Track track) {
        Track column = track == Track.IMPROVING ? Track.IMPROVING : Track.FALLING;
        return guidance.get(column).get(band);
    }

    private static List<Guidance.Actions> actions(Properties p, String prefix) {
        List<Guidance.Actions> list = new ArrayList<>();
        for (int n = 1; p.containsKey(prefix + n + ".who"); n++) {
            List<String> items = Arrays.stream(
                            required(p, prefix + n + ".items").split("\\|"))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            list.add(new Guidance.Actions(p.getProperty(prefix + n + ".who").trim(), items));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("Process map has no actions under " + prefix + "1");
        }
        return list;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Process map is missing " + key);
        }
        return v.trim();
    }
}
