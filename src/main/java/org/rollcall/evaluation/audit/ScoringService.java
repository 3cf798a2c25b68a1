package org.rollcall.evaluation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.NotFound;
import org.rollcall.evaluation.framework.FrameworkItem;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.StoredTime;

/**
 * Respondents' side of a round. A respondent with a login scores as themselves; the lead may also
 * enter the answers of a named respondent (a parent on paper, a pupil in a meeting). Until the lead
 * closes scoring, each caller sees only the scores they gave or entered: nobody is swayed by others.
 */
@ApplicationScoped
@Transactional
public class ScoringService {
    @Inject
    AuditRepository audits;

    @Inject
    Clock clock;

    public Response score(long roundId, AuditRequests.Score request, Caller caller) {
        AuditRound round = audits.find(roundId).orElseThrow(() -> NotFound.round(roundId));
        if (round.getStatus() != RoundStatus.SCORING) {
            throw ProblemException.conflict(
                    "Scoring is closed for this round (" + round.getStatus() + "): no more scores can be given");
        }
        Respondent respondent = respondentFor(round, Optional.ofNullable(request.respondent()), caller);
        FrameworkItem item = round.getFramework()
                .item(request.item())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "No item " + request.item() + " in "
                                + round.getFramework().getName(),
                        List.of(Problem.FieldError.of("item", request.item(), "not an item of this framework"))));
        int score = ScoreInput.resolve(
                round.getFramework(), Optional.ofNullable(request.score()), Optional.ofNullable(request.rating()));
        if (audits.response(respondent, item).isPresent()) {
            throw ProblemException.conflict(respondent.getName() + " has already scored item " + item.getCode()
                    + ": each respondent scores each item once");
        }
        Response response = new Response(
                respondent,
                item,
                score,
                text(request.evidence()),
                text(request.action()),
                caller.username(),
                StoredTime.now(clock));
        audits.add(response);
        return response;
    }

    /**
     * Before scoring closes, only the caller's own scores and those they entered. Afterwards every
     * response (with its evidence text) to the lead, the headteacher and the round's respondents;
     * others (a governor) read the synthesis, which holds no evidence text.
     */
    public List<Response> visibleResponses(long roundId, Caller caller) {
        AuditRound round = audits.find(roundId).orElseThrow(() -> NotFound.round(roundId));
        List<Response> all = audits.responses(round);
        boolean respondent = audits.respondents(round).stream().anyMatch(r -> r.isUser(caller.username()));
        if (round.getStatus() != RoundStatus.SCORING && (caller.lead() || caller.headteacher() || respondent)) {
            return all;
        }
        return all.stream()
                .filter(r -> r.getRespondent().isUser(caller.username())
                        || r.getEnteredBy().equals(caller.username()))
                .toList();
    }

    private Respondent respondentFor(AuditRound round, Optional<Long> named, Caller caller) {
        List<Respondent> respondents = audits.respondents(round);
        if (named.isPresent()) {
            Respondent respondent = respondents.stream()
                    .filter(r -> r.getId().equals(named.get()))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.unprocessable(
                            "No respondent " + named.get() + " in this round",
                            List.of(Problem.FieldError.of(
                                    "respondent", String.valueOf(named.get()), "not a respondent of this round"))));
            if (!caller.lead() && !respondent.isUser(caller.username())) {
                throw forbidden("Only the attendance lead may enter scores for another respondent");
            }
            return respondent;
        }
        return respondents.stream()
                .filter(r -> r.isUser(caller.username()))
                .findFirst()
                .orElseThrow(() -> forbidden(
                        caller.lead()
                                ? "You are not a respondent of this round: name the respondent you are scoring for"
                                : "You are not a respondent of this round: ask the attendance lead to add you"));
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
