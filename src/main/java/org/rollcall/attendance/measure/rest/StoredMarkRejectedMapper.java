package org.rollcall.attendance.measure.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.rollcall.attendance.measure.store.StoredMarkRejected;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.ProblemResponses;

/** A stored mark the code table refuses: 409, the data must be corrected before figures can be counted. */
@Provider
public class StoredMarkRejectedMapper implements ExceptionMapper<StoredMarkRejected> {
    @Override
    public Response toResponse(StoredMarkRejected e) {
        return ProblemResponses.of(ProblemException.conflict(e.getMessage()).toProblem());
    }
}
