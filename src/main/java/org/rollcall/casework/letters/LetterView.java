package org.rollcall.casework.letters;

import java.time.LocalDateTime;
import java.util.List;
import org.rollcall.attendance.Contact;
import org.rollcall.casework.InterventionType;

/** Letters as the API shows them. */
public final class LetterView {

    private LetterView() {}

    /** One letter written to one contact. */
    public record Letter(
            long id, String contact, Contact.Channel channel, CaseworkLetter.Status status, long documentId) {
        static Letter of(CaseworkLetter l) {
            return new Letter(
                    l.getId(),
                    l.getContactName(),
                    l.getChannel(),
                    l.getStatus(),
                    l.getDocument().getId());
        }
    }

    /** The answer to a letter request: the intervention recorded and the letters written. */
    public record Result(long interventionId, InterventionType type, int emailed, int toPrint, List<Letter> letters) {
        static Result of(List<LetterService.Sent> sent) {
            List<Letter> letters = sent.stream().map(s -> Letter.of(s.letter())).toList();
            int emailed = (int) letters.stream()
                    .filter(l -> l.status() == CaseworkLetter.Status.EMAILED)
                    .count();
            CaseworkLetter first = sent.get(0).letter();
            return new Result(
                    first.getIntervention().getId(),
                    first.getIntervention().getType(),
                    emailed,
                    letters.size() - emailed,
                    letters);
        }
    }

    /** A letter in the print file, with where it goes. */
    public record ToPrint(
            long id, String upn, InterventionType type, String contact, long documentId, LocalDateTime created) {
        static ToPrint of(CaseworkLetter l) {
            return new ToPrint(
                    l.getId(),
                    l.getIntervention().getPupil().getUpn(),
                    l.getIntervention().getType(),
                    l.getContactName(),
                    l.getDocument().getId(),
                    l.getCreatedAt());
        }
    }
}
