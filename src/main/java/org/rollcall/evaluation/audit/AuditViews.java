package org.rollcall.evaluation.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rollcall.evaluation.synthesis.Rag;

/** The JSON shapes of rounds, respondents, responses and agreed scores. */
public final class AuditViews {
    private AuditViews() {}

    public record RoundView(
            long id,
            String urn,
            long frameworkId,
            String framework,
            int frameworkVersion,
            String frameworkName,
            String title,
            LocalDate heldOn,
            RoundStatus status,
            String openedBy,
            Optional<LocalDateTime> scoringClosedAt,
            Optional<LocalDateTime> closedAt) {
        public static RoundView of(AuditRound r) {
            return new RoundView(
                    r.getId(),
                    r.getSchool().getUrn(),
                    r.getFramework().getId(),
                    r.getFramework().getKey(),
                    r.getFramework().getVersion(),
                    r.getFramework().getName(),
                    r.getTitle(),
                    r.getHeldOn(),
                    r.getStatus(),
                    r.getOpenedBy(),
                    r.getScoringClosedAt(),
                    r.getClosedAt());
        }
    }

    /** A respondent with how many items they have scored (never the scores themselves). */
    public record RespondentView(
            long id, String name, RespondentKind kind, Optional<String> username, int itemsScored, int itemCount) {
        public static List<RespondentView> of(List<Respondent> respondents, List<Response> responses, int itemCount) {
            Map<Long, Long> scored = responses.stream()
                    .collect(Collectors.groupingBy(r -> r.getRespondent().getId(), Collectors.counting()));
            return respondents.stream()
                    .map(p -> of(p, scored.getOrDefault(p.getId(), 0L).intValue(), itemCount))
                    .toList();
        }

        public static RespondentView of(Respondent p, int itemsScored, int itemCount) {
            return new RespondentView(p.getId(), p.getName(), p.getKind(), p.getUsername(), itemsScored, itemCount);
        }
    }

    public record ResponseView(
            long id,
            long respondentId,
            String respondent,
            String item,
            int score,
            Rag rag,
            Optional<String> evidence,
            Optional<String> action,
            String enteredBy) {
        public static ResponseView of(Response r) {
            return new ResponseView(
                    r.getId(),
                    r.getRespondent().getId(),
                    r.getRespondent().getName(),
                    r.getItem().getCode(),
                    r.getScore(),
                    r.getRespondent().getRound().getFramework().scale().rag(r.getScore()),
                    r.getEvidence(),
                    r.getActionNeeded(),
                    r.getEnteredBy());
        }
    }

    public record AgreedView(String item, int score, Rag rag, Optional<String> note, String agreedBy) {
        public static AgreedView of(AgreedScore a, Rag rag) {
            return new AgreedView(a.getItem().getCode(), a.getScore(), rag, a.getNote(), a.getAgreedBy());
        }
    }
}
