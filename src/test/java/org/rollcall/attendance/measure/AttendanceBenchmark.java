package org.rollcall.attendance.measure;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.rollcall.attendance.RegisterCodeRepository;
import org.rollcall.attendance.measure.store.RegisterCache;
import org.rollcall.attendance.measure.store.SchoolAttendanceReader;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.launcher.EmbeddedDatabase;

/**
 * Not a test: times the server's own attendance code ({@link SchoolAttendanceReader} with its
 * {@link RegisterCache}, then the statistics engine) against a real MariaDB, outside the container:
 * <ol>
 *   <li>the summary plus every grouping for a 1,500-pupil school over a whole year (about 570,000
 *       marks), warm (marks cached, the roll read from the database as every request does);</li>
 *   <li>summaries for all 100 schools of an authority (100,000 pupils, about 38 million marks) from
 *       a cold cache, on one thread and on two.</li>
 * </ol>
 * Run with {@code mvn -B -Pstats-benchmark process-test-classes}. The first run generates and loads the
 * data into an embedded MariaDB under {@code target/benchmark} (a few minutes); later runs reuse it.
 * System properties: {@code benchmark.schools} (100), {@code benchmark.pupils} (1000 per school),
 * {@code benchmark.bufferPool} (MariaDB's InnoDB buffer pool, 4G).
 */
public final class AttendanceBenchmark {

    private static final DateWindow YEAR = DateWindow.of(BenchmarkAuthority.YEAR_START, BenchmarkAuthority.YEAR_END);

    private AttendanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int schools = Integer.getInteger("benchmark.schools", 100);
        int pupils = Integer.getInteger("benchmark.pupils", 1000);
        Path work =
                Path.of(System.getProperty("benchmark.dir", "target/benchmark")).toAbsolutePath();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("db"), freePort());
                MariaDbPoolDataSource ds = new MariaDbPoolDataSource(
                        db.jdbcUrl() + "?user=root&password=&allowLocalInfile=true&maxPoolSize=4")) {
            prepare(ds, work, schools, pupils);
            RegisterCache cache = new RegisterCache(1L << 30);
            SchoolAttendanceReader reader = new SchoolAttendanceReader(
                    ds,
                    cache,
                    () -> RegisterCodeBook.of(
                            new RegisterCodeRepository(ds).all().values()));
            long big = schools + 1L;
            timeOneSchool(reader, cache, big);
            timeAuthority(reader, cache, schools, 1);
            timeAuthority(reader, cache, schools, 2);
        }
    }

    private static void prepare(DataSource ds, Path work, int schools, int pupils) throws Exception {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // An authority's database server keeps its working set in memory; the embedded default
        // (512 MB) holds a seventh of 38 million marks. The pool can be resized while running.
        String pool = System.getProperty("benchmark.bufferPool", "4G");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes(pool));
            System.out.println(
                    "MariaDB buffer pool: " + pool + " (-Dbenchmark.bufferPool=512M for the embedded default)");
        }
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM school")) {
            rs.next();
            if (rs.getLong(1) == schools + 1) {
                System.out.println("Reusing the data loaded in " + work);
                return;
            }
            if (rs.getLong(1) != 0) {
                throw new IllegalStateException("Delete " + work + ": it holds data for another size");
            }
            long start = System.nanoTime();
            long marks = new BenchmarkAuthority(work.resolve("data")).load(c, schools, pupils, 1500);
            System.out.printf(
                    "Generated and loaded %d schools, %,d marks in %.0f s%n",
                    schools + 1, marks, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void timeOneSchool(SchoolAttendanceReader reader, RegisterCache cache, long school) {
        cache.clear();
        long start = System.nanoTime();
        int rows = summaryAndAllGroups(reader, school);
        System.out.printf(
                "1,500-pupil school, whole year, summary + all groups, cold (marks read from MariaDB): %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        for (int i = 0; i < 20; i++) {
            summaryAndAllGroups(reader, school); // warm up
        }
        double[] ms = new double[50];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            rows = summaryAndAllGroups(reader, school);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        AttendanceSummary s = new PopulationAnalysis(
                        reader.attendance(reader.roll(school), reader.window(school, YEAR)), Audience.STAFF)
                .summary();
        System.out.printf(
                "1,500-pupil school, whole year, summary + all groups, warm: median %.1f ms, best %.1f ms,"
                        + " worst %.1f ms over %d runs (%d group rows; %,d possible sessions, attendance %s%%, PA %s%%)%n",
                ms[ms.length / 2],
                ms[0],
                ms[ms.length - 1],
                ms.length,
                rows,
                s.possibleSessions(),
                s.attendanceRate().orElseThrow(),
                s.persistentAbsenceRate().orElseThrow());
    }

    /** What GET /attendance plus GET /attendance/groups for every grouping compute. */
    static int summaryAndAllGroups(SchoolAttendanceReader reader, long school) {
        PopulationAnalysis analysis = new PopulationAnalysis(
                reader.attendance(reader.roll(school), reader.window(school, YEAR)), Audience.GOVERNORS);
        int rows = analysis.summary().pupils() > 0 ? 1 : 0;
        for (List<GroupSummary> groups : analysis.allGroups().values()) {
            rows += groups.size();
        }
        return rows;
    }

    private static void timeAuthority(SchoolAttendanceReader reader, RegisterCache cache, int schools, int threads)
            throws Exception {
        cache.clear();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<AttendanceSummary>> results = new ArrayList<>();
        for (long s = 1; s <= schools; s++) {
            long school = s;
            results.add(pool.submit(() -> new PopulationAnalysis(
                            reader.attendance(reader.roll(school), reader.window(school, YEAR)), Audience.STAFF)
                    .summary()));
        }
        long possible = 0;
        int pupils = 0;
        for (Future<AttendanceSummary> f : results) {
            possible += f.get().possibleSessions();
            pupils += f.get().pupils();
        }
        pool.shutdown();
        double cold = (System.nanoTime() - start) / 1e9;
        long warmStart = System.nanoTime();
        for (long s = 1; s <= schools; s++) {
            new PopulationAnalysis(reader.attendance(reader.roll(s), reader.window(s, YEAR)), Audience.STAFF).summary();
        }
        System.out.printf(
                "Authority, %d school summaries, whole year (%,d pupils, %,d possible sessions): cold on %d"
                        + " thread(s) %.1f s; then warm on one thread %.2f s (cache %,d MB)%n",
                schools,
                pupils,
                possible,
                threads,
                cold,
                (System.nanoTime() - warmStart) / 1e9,
                cache.weightInBytes() >> 20);
    }

    private static long bytes(String size) {
        String s = size.trim().toUpperCase();
        long unit = s.endsWith("G") ? 1L << 30 : s.endsWith("M") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
