package org.yadman.ledger;

/**
 * A proof, signature, note, checkpoint or tile did not verify. The message says which rule
 * failed and with what values; it never says "invalid" alone.
 */
public final class VerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  public VerificationException(String message) {
    super(message);
  }

  public VerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
