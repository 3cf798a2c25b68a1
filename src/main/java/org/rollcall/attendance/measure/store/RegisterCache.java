package org.rollcall.attendance.measure.store;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps recently used {@link YearRegister}s, so the figures for any window of a school are counted
 * from memory once its marks have been read (a whole year of a 1,500-pupil school: a few
 * milliseconds instead of the tenth of a second the database needs to send 570,000 marks).
 *
 * <p>Whoever writes marks calls {@link #invalidate(long)} for the school. A register read while
 * marks were being written may be stale, so each school has a generation number: a load that
 * started before an invalidation is returned to its caller but not kept. The least recently used
 * registers are dropped when the total weight passes the bound.
 */
public final class RegisterCache {

    private record Key(long schoolId, LocalDate yearStart) {}

    private final long maxBytes;
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final LinkedHashMap<Key, YearRegister> registers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    public RegisterCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("The cache bound must not be negative");
        }
        this.maxBytes = maxBytes;
    }

    /** The register of the school's academic year starting {@code yearStart}, loaded if not kept. */
    public YearRegister get(long schoolId, LocalDate yearStart, Supplier<YearRegister> loader) {
        Key key = new Key(schoolId, yearStart);
        synchronized (this) {
            YearRegister kept = registers.get(key);
            if (kept != null) {
                return kept;
            }
        }
        long generation = generation(schoolId).get();
        YearRegister loaded = loader.get();
        synchronized (this) {
            if (generation(schoolId).get() == generation && loaded.weightInBytes() <= maxBytes) {
                YearRegister old = registers.put(key, loaded);
                bytes += loaded.weightInBytes() - (old == null ? 0 : old.weightInBytes());
                evictOverBound();
            }
        }
        return loaded;
    }

    /** Forgets every register of the school: its marks have changed (or are changing). */
    public void invalidate(long schoolId) {
        generation(schoolId).incrementAndGet();
        synchronized (this) {
            Iterator<Map.Entry<Key, YearRegister>> it = registers.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Key, YearRegister> e = it.next();
                if (e.getKey().schoolId() == schoolId) {
                    bytes -= e.getValue().weightInBytes();
                    it.remove();
                }
            }
        }
    }

    public synchronized void clear() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        registers.clear();
        bytes = 0;
    }

    public synchronized long weightInBytes() {
        return bytes;
    }

    public synchronized int size() {
        return registers.size();
    }

    private AtomicLong generation(long schoolId) {
        return generations.computeIfAbsent(schoolId, id -> new AtomicLong());
    }

    private void evictOverBound() {
        Iterator<YearRegister> oldestFirst = registers.values().iterator();
        while (bytes > maxBytes && oldestFirst.hasNext()) {
            bytes -= oldestFirst.next().weightInBytes();
            oldestFirst.remove();
        }
    }
}
