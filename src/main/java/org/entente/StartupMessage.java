package org.entente;

import org.entente.directory.Areas;
import org.entente.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Entente where to find it and, in demo mode, how to sign in. */
@Component
class StartupMessage {

  private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

  private final Environment environment;
  private final Areas areas;
  private final Accounts accounts;

  StartupMessage(Environment environment, Areas areas, Accounts accounts) {
    this.environment = environment;
    this.areas = areas;
    this.accounts = accounts;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    String port = environment.getProperty("local.server.port", "8080");
    String path = environment.getProperty("server.servlet.context-path", "");
    StringBuilder message = new StringBuilder();
    message
        .append("\n\n  Entente is running at http://localhost:")
        .append(port)
        .append(path)
        .append("/\n");
    if (areas.findBySlug(DemoArea.SLUG).isPresent() && demoPasswordsInUse()) {
      message.append("\n  Demo area '").append(DemoArea.SLUG).append("': sign in as\n");
      for (DemoArea.Account a : DemoArea.Account.values()) {
        message.append(
            String.format(
                "    %-9s password %s  (%s; API token demo-%s)%n",
                a.username, DemoArea.PASSWORD, a.role, a.username));
      }
    } else if (!accounts.anyExist()) {
      message.append(
          "\n  No accounts exist yet: create the first administrator as the README explains.\n");
    }
    log.info(message.toString());
  }

  private boolean demoPasswordsInUse() {
    return accounts
        .findByUsernameOrEmail(DemoArea.Account.ADMIN.username)
        .map(u -> accounts.passwordMatches(u.id(), DemoArea.PASSWORD))
        .orElse(false);
  }
}
