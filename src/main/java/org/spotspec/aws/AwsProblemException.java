package org.spotspec.aws;

/** A failure SpotSpec detected itself (before or instead of an AWS call), already explained. */
public final class AwsProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient AwsProblem problem;

    public AwsProblemException(AwsProblem problem) {
        super(problem.code() + ": " + problem.meaning());
        this.problem = problem;
    }

    public AwsProblem problem() {
        return problem;
    }
}
