package org.rollcall.demo;

import java.nio.file.Path;

/**
 * What the generator wrote.
 *
 * @param ctf      the same pupils and registers as a DfE Common Transfer File
 * @param calendar the calendar as data, for {@code PUT .../calendar}; also written to {@code calendarJson}
 */
public record DemoFiles(
        DemoSchool school,
        Path pupils,
        Path contacts,
        Path marks,
        Path calendarJson,
        Path ctf,
        DemoCalendar calendar,
        int pupilCount,
        long markCount) {}
