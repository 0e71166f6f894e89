package org.yadman.acts;

/**
 * Bad input for an act, a place, a perpetrator or a grave status: names the form field (or the
 * proposal row) and states the rule with the value. Nothing is written when it is thrown.
 */
public final class InputProblem extends RuntimeException {
    private final String field;

    public InputProblem(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
