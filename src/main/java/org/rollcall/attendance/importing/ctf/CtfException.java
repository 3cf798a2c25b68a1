package org.rollcall.attendance.importing.ctf;

/** A CTF that cannot be read at all: unsafe, too big, or not well-formed XML. Nothing of it should be kept. */
public class CtfException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CtfProblem problem;

    public CtfException(CtfProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public CtfException(CtfProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public CtfProblem problem() {
        return problem;
    }
}
