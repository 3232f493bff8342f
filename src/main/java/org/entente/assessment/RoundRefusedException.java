package org.entente.assessment;

/**
 * A round cannot be started or changed as asked, with the form field at fault (or {@code null}) and
 * the message key that says why; nothing was written.
 */
public class RoundRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;

  public RoundRefusedException(String field, String messageKey) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
