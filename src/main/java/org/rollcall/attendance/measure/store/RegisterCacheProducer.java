package org.rollcall.attendance.measure.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.rollcall.platform.RollcallSettings;

/**
 * One {@link RegisterCache} for the application. Its bound is {@code ROLLCALL_STATS_CACHE_MB}
 * (default 128 MB: about a hundred school-years of a 1,500-pupil school), well inside the 1 GB
 * heap the server is started with.
 */
@ApplicationScoped
public class RegisterCacheProducer {

    @Produces
    @Singleton
    RegisterCache registerCache(RollcallSettings settings) {
        return new RegisterCache(settings.statsCacheBytes());
    }
}
