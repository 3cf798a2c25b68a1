package org.rollcall.reporting.printout;

import java.util.List;
import org.rollcall.attendance.measure.AssessedPupil;

/**
 * One pupil as a printout run needs them: the assessment, the name, the minutes late (where the
 * register recorded them) and the contacts who receive correspondence, by priority.
 */
public record LetterPupil(
        AssessedPupil assessed, String forename, String surname, long minutesLate, List<Addressee> contacts) {

    public LetterPupil {
        contacts = List.copyOf(contacts);
    }

    public String fullName() {
        return forename + " " + surname;
    }

    /** The printout's own addressee: the first contact who receives correspondence, else the parent or carer. */
    public Addressee firstAddressee() {
        return contacts.isEmpty() ? Addressee.parentOrCarerOf(fullName()) : contacts.get(0);
    }

    /** Pages of the print file: each contact by post, or one page for a pupil with no contact at all. */
    public List<Addressee> postalAddressees() {
        return contacts.isEmpty()
                ? List.of(Addressee.parentOrCarerOf(fullName()))
                : contacts.stream().filter(Addressee::byPost).toList();
    }
}
