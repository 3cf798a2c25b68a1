package org.rollcall.reporting.printout;

import org.rollcall.reporting.ChartDrawing;

/**
 * Everything one parent printout shows, as the template reads it (a JavaBean: JasperReports reads
 * getters). Built by {@link PrintoutWriter}; the session table comes as {@link SessionRow}s beside it.
 */
public class ParentPrintout {
    String addresseeName;
    String addressText;
    String schoolName;
    String schoolAddress;
    String schoolContact;
    String dateText;
    String pupilName;
    String pupilLine;
    String windowText;
    String attendanceText;
    String missedText;
    String likeText;
    String absenceText;
    String latesText;
    String targetText;
    String whatItTakesText;
    String bandHeading;
    String bandMeaning;
    String bandNext;
    String championText;
    ChartDrawing chart;
    String chartAlt;
    String chartTarget;

    /** A printout with placeholder words and a two-bar chart, to warm the renderer up at start (no pupil in it). */
    public static ParentPrintout placeholder() {
        ParentPrintout p = new ParentPrintout();
        String words = "Placeholder";
        p.addresseeName = words;
        p.addressText = words;
        p.schoolName = words;
        p.schoolAddress = words;
        p.schoolContact = words;
        p.dateText = words;
        p.pupilName = words;
        p.pupilLine = words;
        p.windowText = words;
        p.attendanceText = words;
        p.missedText = words;
        p.likeText = words;
        p.absenceText = words;
        p.latesText = words;
        p.targetText = words;
        p.whatItTakesText = words;
        p.bandHeading = words;
        p.bandMeaning = words;
        p.bandNext = words;
        p.championText = words;
        p.chart = new org.rollcall.reporting.BarChart(words)
                .fontSize(7.5f)
                .bar("1 Sept", 100)
                .bar("8 Sept", 90)
                .reference(96, null)
                .drawing();
        p.chartAlt = words;
        p.chartTarget = "96%";
        return p;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public String getAddressText() {
        return addressText;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolAddress() {
        return schoolAddress;
    }

    public String getSchoolContact() {
        return schoolContact;
    }

    public String getDateText() {
        return dateText;
    }

    public String getPupilName() {
        return pupilName;
    }

    public String getPupilLine() {
        return pupilLine;
    }

    public String getWindowText() {
        return windowText;
    }

    public String getAttendanceText() {
        return attendanceText;
    }

    public String getMissedText() {
        return missedText;
    }

    public String getLikeText() {
        return likeText;
    }

    public String getAbsenceText() {
        return absenceText;
    }

    public String getLatesText() {
        return latesText;
    }

    public String getTargetText() {
        return targetText;
    }

    public String getWhatItTakesText() {
        return whatItTakesText;
    }

    public String getBandHeading() {
        return bandHeading;
    }

    public String getBandMeaning() {
        return bandMeaning;
    }

    public String getBandNext() {
        return bandNext;
    }

    public String getChampionText() {
        return championText;
    }

    public ChartDrawing getChart() {
        return chart;
    }

    public String getChartAlt() {
        return chartAlt;
    }

    /** The target the chart's dashed line shows ("96%"), said in the heading above it; null without a chart. */
    public String getChartTarget() {
        return chartTarget;
    }
}
