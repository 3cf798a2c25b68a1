package org.rollcall.attendance.importing.ctf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtfReaderTest {

    /** DfE categories of the single-character codes the sample uses, written out independently. */
    private static final Map<String, Character> CATEGORY = Map.ofEntries(
            Map.entry("/", 'P'),
            Map.entry("\\", 'P'),
            Map.entry("L", 'P'),
            Map.entry("V", 'P'),
            Map.entry("I", 'A'),
            Map.entry("M", 'A'),
            Map.entry("O", 'U'),
            Map.entry("G", 'U'),
            Map.entry("U", 'U'));

    private final CtfReader reader = new CtfReader();

    @TempDir
    Path dir;

    @Test
    void theHandWrittenSampleReadsAndItsFiguresMatchItsMarksString() throws Exception {
        List<CtfPupil> pupils = new ArrayList<>();
        CtfReader.Result result = reader.read(sample(), pupils::add);

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.pupils());
        CtfHeader header = result.header().orElseThrow();
        assertEquals("25.0", header.version());
        assertEquals(Optional.of("4999"), header.sourceEstab());
        assertEquals(Optional.of("2024"), header.academicYear());

        CtfPupil aoife = pupils.get(0);
        assertEquals("W999200213017", aoife.upn());
        assertEquals("O'Brien", aoife.surname());
        assertEquals(LocalDate.of(2012, 11, 3), aoife.dob());
        assertEquals("F", aoife.sex());
        assertEquals(Optional.of("7"), aoife.ncYearActual());
        CtfYearAttendance year = aoife.attendance().get(0);
        assertEquals(2024, year.year());

        int possible = 0;
        int attended = 0;
        int authorised = 0;
        int unauthorised = 0;
        for (CtfMark mark : year.marks()) {
            char category = CATEGORY.get(mark.code());
            possible++;
            attended += category == 'P' ? 1 : 0;
            authorised += category == 'A' ? 1 : 0;
            unauthorised += category == 'U' ? 1 : 0;
        }
        assertEquals(year.sessionsPossible(), possible);
        assertEquals(year.sessionsAttended(), attended);
        assertEquals(year.sessionsAuthorised(), authorised);
        assertEquals(year.sessionsUnauthorised(), unauthorised);
        assertEquals(4, year.closedSessions(), "two INSET days");
    }

    @Test
    void theMarksStringRunsOverCalendarDaysFromTheStartDate() throws Exception {
        List<CtfPupil> pupils = new ArrayList<>();
        reader.read(sample(), pupils::add);
        List<CtfMark> marks = pupils.get(0).attendance().get(0).marks();

        assertEquals(new CtfMark(LocalDate.of(2024, 9, 4), "AM", "/"), marks.get(0));
        assertEquals(new CtfMark(LocalDate.of(2024, 9, 4), "PM", "\\"), marks.get(1));
        assertEquals(new CtfMark(LocalDate.of(2024, 9, 9), "AM", "L"), marks.get(6), "Monday after the weekend");
        assertEquals(new CtfMark(LocalDate.of(2024, 9, 20), "PM", "V"), marks.get(marks.size() - 1));
    }

    @Test
    void aYearWithoutAMarksStringKeepsItsSummary() throws Exception {
        List<CtfPupil> pupils = new ArrayList<>();
        reader.read(sample(), pupils::add);
        CtfYearAttendance previous = pupils.get(1).attendance().get(0);
        assertEquals(2023, previous.year());
        assertEquals(380, previous.sessionsPossible());
        assertEquals(Optional.of("Westbrook Primary School"), previous.schoolName());
        assertEquals(List.of(), previous.marks());
        assertEquals(List.of(), pupils.get(2).attendance());
    }

    @Test
    void aDoctypeIsRefused() {
        CtfException e = assertThrows(
                CtfException.class,
                () -> read(
                        """
                <?xml version="1.0"?>
                <!DOCTYPE CTfile [ <!ELEMENT CTfile ANY> ]>
                <CTfile><Header/></CTfile>
                """));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.problem().line());
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        CtfException e = assertThrows(
                CtfException.class,
                () -> read(
                        """
                <?xml version="1.0"?>
                <!DOCTYPE CTfile [ <!ENTITY xxe SYSTEM "%s"> ]>
                <CTfile><CTFpupilData><Pupil><UPN>&xxe;</UPN></Pupil></CTFpupilData></CTfile>
                """
                                .formatted(secret.toUri())));
        assertTrue(!e.getMessage().contains("TOP SECRET"), e.getMessage());
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        CtfException e = assertThrows(
                CtfException.class,
                () -> read(
                        """
                <CTfile><CTFpupilData><Pupil><UPN>&xxe;</UPN></Pupil></CTFpupilData></CTfile>
                """));
        assertEquals(1, e.problem().line());
    }

    @Test
    void notWellFormedXmlSaysWhere() {
        CtfException e = assertThrows(
                CtfException.class,
                () -> read(
                        """
                <CTfile>
                  <Header><DocumentName>Common Transfer File</DocumentName></Header>
                  <CTFpupilData><Pupil><UPN>W999200213017</Surname></Pupil></CTFpupilData>
                </CTfile>
                """));
        assertEquals(3, e.problem().line());
        assertTrue(e.problem().column() > 0);
        assertTrue(e.getMessage().startsWith("test.xml line 3, column"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsingAndWhileStreaming() throws Exception {
        CtfReader small = new CtfReader(CtfLimits.DEFAULT.withMaxBytes(1_000), MarksLayout.EVERY_DAY);
        Path big = sample();
        CtfException fromFile = assertThrows(CtfException.class, () -> small.read(big, p -> {}));
        assertTrue(fromFile.getMessage().contains("larger than the limit of 1000 bytes"), fromFile.getMessage());

        CtfException fromStream =
                assertThrows(CtfException.class, () -> small.read(Files.newInputStream(big), "upload.xml", p -> {}));
        assertTrue(fromStream.getMessage().contains("larger than the limit"), fromStream.getMessage());
    }

    @Test
    void deepNestingAndLongTextAreRefused() {
        String deep = "<CTfile>" + "<a>".repeat(40) + "</a>".repeat(40) + "</CTfile>";
        assertTrue(
                assertThrows(CtfException.class, () -> read(deep)).getMessage().contains("deeper than the limit"));

        CtfReader strict = new CtfReader(CtfLimits.DEFAULT.withMaxTextLength(100), MarksLayout.EVERY_DAY);
        String longText = "<CTfile><Header><DocumentName>" + "x".repeat(500) + "</DocumentName></Header></CTfile>";
        CtfException e = assertThrows(
                CtfException.class,
                () -> strict.read(
                        new ByteArrayInputStream(longText.getBytes(StandardCharsets.UTF_8)), "long.xml", p -> {}));
        assertTrue(e.getMessage().contains("longer than the limit of 100"), e.getMessage());
    }

    @Test
    void theWrongRootIsRefused() {
        assertThrows(CtfException.class, () -> read("<html><body/></html>"));
    }

    @Test
    void aBadPupilIsListedWithLineAndFieldAndTheOthersStillRead() throws Exception {
        List<CtfPupil> pupils = new ArrayList<>();
        CtfReader.Result result = reader.read(
                new ByteArrayInputStream(
                        """
                <CTfile>
                  <CTFpupilData>
                    <Pupil><UPN>W999200213017</UPN><Surname>A</Surname><Forename>B</Forename>
                      <DOB>2012-13-40</DOB><Gender>F</Gender></Pupil>
                    <Pupil><UPN>Y999201513042</UPN><Surname>C</Surname><Forename>D</Forename>
                      <DOB>2013-02-17</DOB><Gender>M</Gender></Pupil>
                  </CTFpupilData>
                </CTfile>
                """
                                .getBytes(StandardCharsets.UTF_8)),
                "bad.xml",
                pupils::add);

        assertEquals(1, result.pupils());
        assertEquals("Y999201513042", pupils.get(0).upn());
        assertEquals("M", pupils.get(0).sex(), "older CTFs say Gender");
        CtfProblem problem = result.problems().get(0);
        assertEquals("DOB", problem.field());
        assertEquals("2012-13-40", problem.value());
        assertEquals(3, problem.line());
        assertEquals("bad.xml", problem.file());
    }

    @Test
    void aMarkOnAWeekendSuggestsTheOtherLayout() throws Exception {
        // Friday then Saturday with real marks: written without weekends.
        String xml = pupilWithMarks("2024-09-06", "/\\/\\");
        CtfReader.Result everyDay = reader.read(bytes(xml), "w.xml", p -> {});
        assertTrue(
                everyDay.problems().get(0).reason().contains("WEEKDAYS_ONLY"),
                everyDay.problems().toString());

        List<CtfPupil> pupils = new ArrayList<>();
        CtfReader weekdays = new CtfReader(CtfLimits.DEFAULT, MarksLayout.WEEKDAYS_ONLY);
        assertEquals(List.of(), weekdays.read(bytes(xml), "w.xml", pupils::add).problems());
        assertEquals(
                LocalDate.of(2024, 9, 9),
                pupils.get(0).attendance().get(0).marks().get(2).date());
    }

    @Test
    void anOddLengthMarksStringIsAProblem() throws Exception {
        CtfReader.Result result = reader.read(bytes(pupilWithMarks("2024-09-04", "/\\/")), "odd.xml", p -> {});
        assertEquals("AttendanceMarks", result.problems().get(0).field());
        assertTrue(result.problems().get(0).reason().contains("even number"));
    }

    private static String pupilWithMarks(String start, String marks) {
        return """
                <CTfile><CTFpupilData><Pupil><UPN>W999200213017</UPN><Surname>A</Surname><Forename>B</Forename>
                <DOB>2012-11-03</DOB><Sex>F</Sex><Attendance><YearData><Year>2024</Year>
                <AttendSessions><AttendanceStartDate>%s</AttendanceStartDate>
                <AttendanceMarks>%s</AttendanceMarks></AttendSessions></YearData></Attendance></Pupil>
                </CTFpupilData></CTfile>
                """
                .formatted(start, marks);
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private CtfReader.Result read(String xml) throws CtfException {
        return reader.read(bytes(xml), "test.xml", p -> {});
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(CtfReaderTest.class.getResource("/ctf/sample-ctf.xml").toURI());
    }
}
