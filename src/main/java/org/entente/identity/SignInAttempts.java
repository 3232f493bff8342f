package org.entente.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins so that guessing passwords locks the account for a while. */
@Component
class SignInAttempts {

  private final Accounts accounts;

  SignInAttempts(Accounts accounts) {
    this.accounts = accounts;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailedSignIn(event.getAuthentication().getName());
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
  }
}
