package org.rollcall.attendance.statistics.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small number for each distinct register code seen, so that adding up a population's tallies
 * indexes an array instead of hashing a string per pupil per code (ten groupings of 100,000
 * pupils is millions of additions). There are a few dozen codes, so this never grows far.
 */
public final class TallyColumns {

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<String> CODES = new ArrayList<>();

    private TallyColumns() {}

    public static int of(String code) {
        Integer id = IDS.get(code);
        return id != null ? id : register(code);
    }

    public static synchronized String code(int id) {
        return CODES.get(id);
    }

    public static synchronized int size() {
        return CODES.size();
    }

    private static synchronized int register(String code) {
        Integer id = IDS.get(code);
        if (id == null) {
            id = CODES.size();
            CODES.add(code);
            IDS.put(code, id);
        }
        return id;
    }
}
