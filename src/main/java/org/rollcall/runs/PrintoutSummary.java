package org.rollcall.runs;

import org.rollcall.delivery.SmtpSettings;
import org.rollcall.reporting.printout.Addressee;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.Letterhead;

/** The words of a printout run: the run's summary message and the covering email to one contact. */
final class PrintoutSummary {

    private PrintoutSummary() {}

    static String of(int printouts, long emails, int printPages) {
        return printouts + " parent printout" + (printouts == 1 ? "" : "s") + " archived; "
                + emails + " email" + (emails == 1 ? "" : "s") + " queued to parents and carers"
                + (SmtpSettings.configured() || emails == 0
                        ? ""
                        : " (no SMTP server is configured, so they wait in the outbox)")
                + "; "
                + (printPages == 0
                        ? "nothing to post."
                        : "print file of " + printPages + " page" + (printPages == 1 ? "" : "s")
                                + " for post archived.");
    }

    /** The covering email: only this child, in plain words, with whom to contact. */
    static String letter(Addressee contact, LetterPupil pupil, Letterhead head) {
        return "Dear " + contact.name() + ",\n\n"
                + "Please find attached " + pupil.forename() + "'s attendance report from " + head.schoolName()
                + " (" + head.windowText() + ").\n\n"
                + "It shows how many days " + pupil.forename() + " has been in school, " + pupil.forename()
                + "'s attendance target, and how we can help.\n\n"
                + head.championText() + "\n\n"
                + head.schoolName() + "\n";
    }
}
