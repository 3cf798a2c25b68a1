package org.rollcall.attendance.importing;

import java.time.LocalDate;

/** One checked mark, ready to store. */
record MarkRow(long pupilId, LocalDate date, boolean pm, String code, Integer minutesLate) {

    /** The session a mark is for: one mark per pupil per session. */
    record Key(long pupilId, LocalDate date, boolean pm) {
    }

    Key key() {
        return new Key(pupilId, date, pm);
    }
}
