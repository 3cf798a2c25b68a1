package org.rollcall.evaluation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rollcall.evaluation.NotFound;
import org.rollcall.evaluation.framework.Framework;
import org.rollcall.evaluation.framework.FrameworkItem;
import org.rollcall.evaluation.framework.FrameworkRepository;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** The lead's side of a round: open it, name respondents, close scoring, agree scores, close it. */
@ApplicationScoped
@Transactional
public class AuditService {
    @Inject
    AuditRepository audits;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    SchoolService schools;

    @Inject
    Clock clock;

    public AuditRound open(String urn, AuditRequests.OpenRound request, Caller caller) {
        School school = schools.require(urn);
        Framework framework = chooseFramework(request);
        AuditRound round =
                new AuditRound(school, framework, request.title().trim(), request.heldOn(), caller.username(), now());
        audits.add(round);
        return round;
    }

    public List<AuditRound> rounds(String urn) {
        return audits.rounds(schools.require(urn));
    }

    public AuditRound require(long roundId) {
        return audits.find(roundId).orElseThrow(() -> NotFound.round(roundId));
    }

    public List<Respondent> respondents(long roundId) {
        return audits.respondents(require(roundId));
    }

    public Respondent addRespondent(long roundId, AuditRequests.AddRespondent request) {
        AuditRound round = require(roundId);
        requireStatus(round, RoundStatus.SCORING, "Respondents can only be added while scoring is open");
        RespondentKind kind = kind(request.kind());
        Optional<String> username =
                Optional.ofNullable(request.username()).map(String::trim).filter(u -> !u.isEmpty());
        for (Respondent existing : audits.respondents(round)) {
            if (existing.getName().equalsIgnoreCase(request.name().trim())
                    || username.map(existing::isUser).orElse(false)) {
                throw ProblemException.conflict("This round already has a respondent named " + existing.getName()
                        + (username.isPresent() ? " or with the login " + username.get() : ""));
            }
        }
        Respondent respondent = new Respondent(round, request.name().trim(), kind, username);
        audits.add(respondent);
        return respondent;
    }

    /** Ends individual scoring: from now on every respondent's scores are visible and can be synthesised. */
    public AuditRound closeScoring(long roundId) {
        AuditRound round = require(roundId);
        requireStatus(round, RoundStatus.SCORING, "Scoring is already closed for this round");
        round.closeScoring(now());
        return round;
    }

    public AgreedScore agree(long roundId, String itemCode, AuditRequests.Agree request, Caller caller) {
        AuditRound round = require(roundId);
        if (round.getStatus() == RoundStatus.SCORING) {
            throw ProblemException.conflict(
                    "Scoring is still open: close scoring before agreeing scores, so nobody sees others' scores early");
        }
        requireStatus(round, RoundStatus.REVIEW, "The round is closed: its agreed scores can no longer change");
        FrameworkItem item = round.getFramework()
                .item(itemCode)
                .orElseThrow(() -> ProblemException.notFound(
                        "No item " + itemCode + " in " + round.getFramework().getName()));
        int score = ScoreInput.resolve(
                round.getFramework(), Optional.ofNullable(request.score()), Optional.ofNullable(request.rating()));
        Optional<String> note = Optional.ofNullable(request.note()).filter(n -> !n.isBlank());
        Optional<AgreedScore> existing = audits.agreedScore(round, item);
        existing.ifPresent(a -> a.agree(score, note, caller.username(), now()));
        return existing.orElseGet(() -> {
            AgreedScore created = new AgreedScore(round, item, score, note, caller.username(), now());
            audits.add(created);
            return created;
        });
    }

    /** Closes the round once every item has an agreed score: it then counts as the school's latest judgement. */
    public AuditRound close(long roundId) {
        AuditRound round = require(roundId);
        requireStatus(
                round,
                RoundStatus.REVIEW,
                round.getStatus() == RoundStatus.SCORING
                        ? "Close scoring and agree the scores before closing the round"
                        : "The round is already closed");
        Set<String> agreed = audits.agreedScores(round).stream()
                .map(a -> a.getItem().getCode())
                .collect(Collectors.toSet());
        List<Problem.FieldError> missing = round.getFramework().items().stream()
                .filter(i -> !agreed.contains(i.getCode()))
                .map(i -> Problem.FieldError.of("item", i.getCode(), "no agreed score yet"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    409, "Conflict", "Every item needs an agreed score before the round closes", missing);
        }
        round.close(now());
        return round;
    }

    static void requireStatus(AuditRound round, RoundStatus expected, String detail) {
        if (round.getStatus() != expected) {
            throw ProblemException.conflict(detail);
        }
    }

    private Framework chooseFramework(AuditRequests.OpenRound request) {
        if (request.frameworkId() != null) {
            return frameworks
                    .find(request.frameworkId())
                    .orElseThrow(() -> ProblemException.unprocessable(
                            "No framework " + request.frameworkId(),
                            List.of(Problem.FieldError.of(
                                    "frameworkId", String.valueOf(request.frameworkId()), "no such framework"))));
        }
        String key = Optional.ofNullable(request.framework()).orElse("");
        return frameworks
                .latest(key)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "Name the framework by frameworkId or by key (rag, audit, foundations)",
                        List.of(Problem.FieldError.of("framework", key, "no such framework"))));
    }

    private static RespondentKind kind(String text) {
        try {
            return RespondentKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable(
                    "Unknown kind of respondent",
                    List.of(Problem.FieldError.of("kind", text, "use one of " + List.of(RespondentKind.values()))));
        }
    }

    /** Timestamps are stored in UTC, like every other in the database. */
    private LocalDateTime now() {
        return StoredTime.now(clock);
    }
}
