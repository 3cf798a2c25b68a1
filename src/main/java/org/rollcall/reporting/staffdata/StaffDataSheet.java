package org.rollcall.reporting.staffdata;

/** The head of one staff-data document: which form or year, the window, and the group against the school. */
public class StaffDataSheet {
    String title;
    String schoolName;
    String periodText;
    String summaryText;
    String schoolText;
    String note;

    public String getTitle() {
        return title;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getPeriodText() {
        return periodText;
    }

    public String getSummaryText() {
        return summaryText;
    }

    public String getSchoolText() {
        return schoolText;
    }

    public String getNote() {
        return note;
    }
}
