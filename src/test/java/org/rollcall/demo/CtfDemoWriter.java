package org.rollcall.demo;

import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the demo pupils as a DfE Common Transfer File (CTF 25 layout), streamed pupil by pupil:
 * core data, then for each academic year the school's summary and the session marks string.
 *
 * <p>The marks string starts on the first day of the autumn term and runs over every calendar day
 * to the year's last day of marks, two characters a day (AM, PM): {@code #} when the school is
 * closed (weekends, holidays, INSET and other closures), {@code -} on an open day the pupil was not
 * on roll. A string holds one character per session, so the two-character codes collapse to their
 * letter: Y2 and Y4 are written {@code Y} (not possible, as the retired Y was).
 */
final class CtfDemoWriter implements AutoCloseable {

    private static final Set<String> ATTENDED = Set.of("/", "\\", "L", "K", "V", "P", "W", "B");
    private static final Set<String> AUTHORISED = Set.of("C1", "M", "J1", "S", "C2", "C", "T", "R", "I", "E");
    private static final Set<String> UNAUTHORISED = Set.of("G", "N", "O", "U");

    private final XMLStreamWriter xml;
    private final DemoSchool school;
    private final DemoCalendar calendar;
    private final SchoolDays days;

    CtfDemoWriter(Writer out, DemoSchool school, DemoCalendar calendar, SchoolDays days, LocalDateTime written)
            throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        this.school = school;
        this.calendar = calendar;
        this.days = days;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("CTfile");
        xml.writeStartElement("Header");
        leaf("DocumentName", "Common Transfer File");
        leaf("CTFversion", "25.0");
        leaf("DateTime", written.toString());
        leaf("DocumentQualifier", "full");
        leaf("SupplierID", "Rollcall demo");
        xml.writeStartElement("SourceSchool");
        leaf("LEA", school.laCode());
        leaf("Estab", school.establishmentNumber());
        leaf("URN", school.urn());
        leaf("SchoolName", school.name());
        leaf(
                "AcademicYear",
                Integer.toString(calendar.academicYears()
                        .get(calendar.academicYears().size() - 1)
                        .start()
                        .getYear()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("CTFpupilData");
    }

    void write(DemoPupil p, int lastYearGroup, PupilRegister register) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("Pupil");
        leaf("UPN", p.upn());
        leaf("Surname", p.surname());
        leaf("Forename", p.forename());
        leaf("DOB", p.dob().toString());
        leaf("Sex", String.valueOf(p.gender()));
        xml.writeStartElement("BasicDetails");
        leaf("NCyearActual", DemoPupil.yearGroupLabel(lastYearGroup));
        leaf("Ethnicity", p.ethnicity());
        xml.writeEndElement();
        xml.writeStartElement("Attendance");
        for (int year = 0; year < calendar.academicYears().size(); year++) {
            yearData(year, register);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void yearData(int year, PupilRegister register) throws XMLStreamException {
        int[] range = days.rangeOf(year);
        int possible = 0;
        int attended = 0;
        int authorised = 0;
        int unauthorised = 0;
        boolean onRoll = false;
        for (int i = range[0]; i < range[1]; i++) {
            if (register.onRoll(i)) {
                onRoll = true;
                for (String code : new String[] {register.am[i], register.pm[i]}) {
                    boolean a = ATTENDED.contains(code);
                    boolean au = AUTHORISED.contains(code);
                    boolean un = UNAUTHORISED.contains(code);
                    possible += a || au || un ? 1 : 0;
                    attended += a ? 1 : 0;
                    authorised += au ? 1 : 0;
                    unauthorised += un ? 1 : 0;
                }
            }
        }
        if (!onRoll) {
            return;
        }
        LocalDate start = calendar.academicYears().get(year).terms().get(0).start();
        xml.writeStartElement("YearData");
        leaf("Year", Integer.toString(calendar.academicYears().get(year).start().getYear()));
        leaf("LEA", school.laCode());
        leaf("Estab", school.establishmentNumber());
        leaf("SchoolName", school.name());
        leaf("SessionsPossible", Integer.toString(possible));
        leaf("SessionsAuthorised", Integer.toString(authorised));
        leaf("SessionsAttended", Integer.toString(attended));
        leaf("SessionsUnauthorised", Integer.toString(unauthorised));
        xml.writeStartElement("AttendSessions");
        leaf("AttendanceStartDate", start.toString());
        leaf("AttendanceMarks", marksString(start, days.dates[range[1] - 1], register));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private String marksString(LocalDate start, LocalDate end, PupilRegister register) {
        StringBuilder s = new StringBuilder(800);
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            int i = Arrays.binarySearch(days.dates, d);
            if (i < 0) {
                s.append("##");
            } else if (!register.onRoll(i)) {
                s.append("--");
            } else {
                s.append(register.am[i].charAt(0)).append(register.pm[i].charAt(0));
            }
        }
        return s.toString();
    }

    private void leaf(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
