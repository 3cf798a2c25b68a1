package org.rollcall.attendance.importing;

import java.util.ArrayList;
import java.util.List;
import org.rollcall.platform.Problem.FieldError;
import org.rollcall.platform.ProblemException;

/** Collects the errors of one file, up to a cap, and refuses the whole file if there are any. */
final class ImportErrors {
    static final int CAP = 1000;
    private final List<FieldError> errors = new ArrayList<>();
    private int total;

    void add(FieldError error) {
        total++;
        if (errors.size() < CAP) {
            errors.add(error);
        }
    }

    void addAll(List<FieldError> more) {
        more.forEach(this::add);
    }

    int count() {
        return total;
    }

    /** The errors kept (up to the cap), in the order they were found. */
    List<FieldError> listed() {
        return List.copyOf(errors);
    }

    /** 422 with every error (up to the cap): nothing of the file is stored. */
    void throwIfAny(String file) {
        if (total > 0) {
            String more = total > errors.size() ? " (the first " + errors.size() + " are listed)" : "";
            throw ProblemException.unprocessable(
                    file + " has " + total + " error" + (total == 1 ? "" : "s") + more + "; nothing from it was stored",
                    errors);
        }
    }
}
