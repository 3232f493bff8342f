package org.entente.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** Which failures to send a reminder mean the mail server is down, so the run should stop. */
class MailFailureTests {

  @Test
  void aServerThatCannotBeReachedOrSignedInToIsUnavailable() {
    assertThat(
            ReminderDesk.serverUnavailable(
                new MailSendException(
                    "Mail server connection failed",
                    new MessagingException("connect"),
                    Map.of(new Object(), new MessagingException("connect")))))
        .isTrue();
    assertThat(ReminderDesk.serverUnavailable(new MailAuthenticationException("wrong password")))
        .isTrue();
  }

  @Test
  void oneRefusedOrMalformedAddressIsNotTheServersFault() {
    assertThat(
            ReminderDesk.serverUnavailable(
                new MailSendException(
                    Map.of(new Object(), new SendFailedException("550 no such user")))))
        .isFalse();
    assertThat(ReminderDesk.serverUnavailable(new MailParseException("bad address"))).isFalse();
  }
}
