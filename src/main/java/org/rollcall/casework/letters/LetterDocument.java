package org.rollcall.casework.letters;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.reporting.JasperRenderer;

/**
 * One letter to one contact: the values {@code reports/letter-casework.jrxml} lays out. Built by
 * {@link LetterAssembler}; holds no layout.
 */
record LetterDocument(
        String schoolName,
        String schoolLine,
        LocalDate date,
        String recipientName,
        Optional<String> recipientAddress,
        String forename,
        LetterWording wording,
        PupilFigures figures,
        List<AbsenceLine> absences,
        Optional<Champion> champion) {

    static final String TEMPLATE = "letter-casework";

    String title() {
        return wording.stageName() + " about attendance: " + schoolName;
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("SCHOOL_NAME", schoolName);
        p.put("SCHOOL_LINE", schoolLine);
        p.put("DATE_TEXT", LetterDates.text(date));
        p.put("RECIPIENT_NAME", recipientName);
        p.put("RECIPIENT_ADDRESS", recipientAddress.orElse(null));
        p.put("HEADING", wording.heading());
        p.put("SALUTATION", "Dear " + recipientName + ",");
        p.put("OPENING", wording.opening());
        p.put("ATTENDED_TEXT", figures.attendedText(forename));
        p.put("MISSED_TEXT", figures.missedText());
        p.put("MEANING_TEXT", figures.meaningText());
        p.put("DATES_INTRO", absences.isEmpty() ? null : wording.datesIntro().orElse(null));
        p.put("SUPPORT", String.format(LetterWording.SUPPORT, forename));
        p.put("NEXT", wording.next());
        p.put(
                "CHAMPION_TEXT",
                champion.map(c -> "Our attendance champion is " + c.contactText()
                                + ". Please get in touch with them, or with the school office, at any time.")
                        .orElse("Please contact the school office and ask for our attendance champion, at any time."));
        p.put("SIGNED", champion.map(Champion::name).orElse("The attendance team") + ", " + schoolName);
        p.put("FOOTER", schoolName + " · " + wording.stageName() + " · " + LetterDates.text(date));
        return p;
    }

    byte[] render(JasperRenderer renderer) {
        List<AbsenceLine> rows = wording.datesIntro().isPresent() ? absences : List.of();
        return renderer.renderPdf(TEMPLATE, title(), parameters(), rows);
    }
}
