package org.rollcall.casework.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.casework.InterventionType;
import org.rollcall.reporting.JasperRenderer;

/**
 * The letter template fills and its text reads back. Figures: 177 of 200 sessions attended
 * (88.50%), 15 authorised and 8 unauthorised = 23 missed = 11.5 days; over 190 days 11.5% is 21.9 days.
 */
class LetterDocumentTest {

    private static final JasperRenderer RENDERER = new JasperRenderer();
    private static final SessionTally TALLY = SessionTally.builder()
            .add("/", AttendanceCategory.PRESENT, 175)
            .add("L", AttendanceCategory.PRESENT, 2)
            .add("I", AttendanceCategory.AUTHORISED, 15)
            .add("N", AttendanceCategory.UNAUTHORISED, 7)
            .add("U", AttendanceCategory.UNAUTHORISED, 1)
            .build();
    private static final LocalDate DATE = LocalDate.of(2025, 11, 10);

    private static LetterDocument letter(
            InterventionType type, List<AbsenceLine> absences, Optional<Champion> champion) {
        PupilFigures figures = PupilFigures.of(TALLY);
        return new LetterDocument(
                "Ashdown Academy",
                "URN 123456",
                DATE,
                "Sam Parent",
                Optional.of("1 High Street, Ashdown"),
                "Alex",
                LetterWording.of(type, "Alex", figures, DATE, DATE.plusWeeks(4)),
                figures,
                absences,
                champion);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void stageOneCarriesTheFiguresInDaysAndTheChampion() throws Exception {
        Champion jo =
                new Champion("Ms Jo Head", Optional.of("attendance@ashdown.example"), Optional.of("01234 567890"));
        byte[] pdf = letter(InterventionType.STAGE_1_LETTER, List.of(new AbsenceLine("x", "y", "z")), Optional.of(jo))
                .render(RENDERER);
        Files.write(Path.of("target", "letter-stage-1-example.pdf"), pdf);
        String text = text(pdf);
        assertTrue(text.contains("Dear Sam Parent,"), text);
        assertTrue(text.contains("Monday 10 November 2025"), text);
        assertTrue(text.contains("Alex has attended 177 of 200 sessions this school year: 88.50%"), text);
        assertTrue(
                text.contains("Missed so far: 23 sessions, which is 11.5 days. 15 were with the school's permission"),
                text);
        assertTrue(text.contains("2 before the register closed and 1 after it closed"), text);
        assertTrue(text.contains("about 21.9 days of learning"), text);
        assertTrue(
                text.contains("Our attendance champion is Ms Jo Head (attendance@ashdown.example, 01234 567890)"),
                text);
        assertFalse(text.contains("Reason"), "stage 1 lists no dates: " + text);
    }

    @Test
    void noticeToImproveListsTheDatesAndTheImprovementPeriod() throws Exception {
        List<AbsenceLine> absences = List.of(
                new AbsenceLine("Monday 6 October 2025", "Morning", "Unauthorised: no reason yet (N)"),
                new AbsenceLine(
                        "Tuesday 7 October 2025", "Afternoon", "Unauthorised: late after the register closed (U)"));
        byte[] pdf = letter(InterventionType.NOTICE_TO_IMPROVE, absences, Optional.empty())
                .render(RENDERER);
        Files.write(Path.of("target", "letter-notice-to-improve-example.pdf"), pdf);
        String text = text(pdf);
        assertTrue(text.contains("This is a Notice to Improve. Alex has missed 8 sessions"), text);
        assertTrue(text.contains("Monday 6 October 2025 Morning Unauthorised: no reason yet (N)"), text);
        assertTrue(text.contains("from Monday 10 November 2025 to Monday 8 December 2025"), text);
        assertTrue(text.contains("ask for our attendance champion"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
