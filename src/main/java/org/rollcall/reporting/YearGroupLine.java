package org.rollcall.reporting;

/**
 * One row of the governor pack's year-group table, already formatted. A JavaBean (not a record)
 * because JasperReports reads fields through getters.
 */
public class YearGroupLine {
    private final String group;
    private final String pupils;
    private final String attendanceRate;
    private final String authorisedRate;
    private final String unauthorisedRate;
    private final String persistentAbsentees;
    private final String persistentAbsenceRate;

    public YearGroupLine(String group, String pupils, String attendanceRate, String authorisedRate,
                         String unauthorisedRate, String persistentAbsentees, String persistentAbsenceRate) {
        this.group = group;
        this.pupils = pupils;
        this.attendanceRate = attendanceRate;
        this.authorisedRate = authorisedRate;
        this.unauthorisedRate = unauthorisedRate;
        this.persistentAbsentees = persistentAbsentees;
        this.persistentAbsenceRate = persistentAbsenceRate;
    }

    public String getGroup() {
        return group;
    }

    public String getPupils() {
        return pupils;
    }

    public String getAttendanceRate() {
        return attendanceRate;
    }

    public String getAuthorisedRate() {
        return authorisedRate;
    }

    public String getUnauthorisedRate() {
        return unauthorisedRate;
    }

    public String getPersistentAbsentees() {
        return persistentAbsentees;
    }

    public String getPersistentAbsenceRate() {
        return persistentAbsenceRate;
    }
}
