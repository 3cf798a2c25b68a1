package org.rollcall.reporting.staffdata;

/** One pupil's row of a staff-data table (a JavaBean: JasperReports reads getters). */
public class StaffDataRow {
    String pupil;
    String attendance;
    String authorised;
    String unauthorised;
    String lates;
    String pa;
    String severe;
    String band;
    String track;
    String target;
    String toTarget;
    String flags;

    public String getPupil() {
        return pupil;
    }

    public String getAttendance() {
        return attendance;
    }

    public String getAuthorised() {
        return authorised;
    }

    public String getUnauthorised() {
        return unauthorised;
    }

    public String getLates() {
        return lates;
    }

    public String getPa() {
        return pa;
    }

    public String getSevere() {
        return severe;
    }

    public String getBand() {
        return band;
    }

    public String getTrack() {
        return track;
    }

    public String getTarget() {
        return target;
    }

    public String getToTarget() {
        return toTarget;
    }

    public String getFlags() {
        return flags;
    }
}
