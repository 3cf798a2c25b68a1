package org.rollcall.delivery;

import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.rollcall.platform.Problem;

/**
 * The 410 of an erased document: an RFC 9457 problem body with two extension members, {@code erasedAt}
 * (UTC) and {@code reason}, saying when and why, for a school's office that follows an old link.
 */
public record ErasedProblem(
        String type,
        String title,
        int status,
        String detail,
        List<Problem.FieldError> errors,
        long documentId,
        String kind,
        LocalDateTime erasedAt,
        String reason) {

    static Response response(Document document, DocumentErasure erasure) {
        ErasedProblem body = new ErasedProblem(
                "about:blank",
                "Gone",
                410,
                "Document " + document.getId() + " (" + document.getKind() + ") was erased on " + erasure.getErasedAt()
                        + " UTC: " + erasure.getReason(),
                List.of(),
                document.getId(),
                document.getKind(),
                erasure.getErasedAt(),
                erasure.getReason());
        return Response.status(410)
                .type("application/problem+json")
                .entity(body)
                .build();
    }
}
