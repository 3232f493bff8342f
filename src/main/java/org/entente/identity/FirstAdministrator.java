package org.entente.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.directory.AreaRef;
import org.entente.directory.Areas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode no account has a default password: on the first start, with no accounts yet,
 * the first administrator (and their area, if missing) is created from {@code entente.bootstrap.*}
 * properties or the matching {@code ENTENTE_BOOTSTRAP_*} environment variables.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private static final String AREA_SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** The first administrator and their area; all but {@code adminName} are needed. */
  @ConfigurationProperties("entente.bootstrap")
  record Settings(
      String areaSlug,
      String areaName,
      String adminUsername,
      String adminEmail,
      String adminPassword,
      String adminName) {

    boolean anyGiven() {
      return required().values().stream().anyMatch(FirstAdministrator::given) || given(adminName);
    }

    /** The environment variables of the required settings that are missing or blank. */
    List<String> missing() {
      List<String> missing = new ArrayList<>();
      required()
          .forEach(
              (name, value) -> {
                if (!given(value)) {
                  missing.add(name);
                }
              });
      return missing;
    }

    /** What is wrong with the given values (never echoing the password). */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (!areaSlug.matches(AREA_SLUG_PATTERN)) {
        problems.add(
            "ENTENTE_BOOTSTRAP_AREA_SLUG must be lower-case letters and digits, joined by single"
                + " hyphens, such as north-shire");
      }
      if (!AccountRules.isUsername(adminUsername)) {
        problems.add(
            "ENTENTE_BOOTSTRAP_ADMIN_USERNAME must be 3 to 60 letters, digits, full stops,"
                + " hyphens or underscores");
      }
      if (!AccountRules.isEmail(adminEmail)) {
        problems.add("ENTENTE_BOOTSTRAP_ADMIN_EMAIL must be an email address");
      }
      PasswordPolicy.problem(adminPassword)
          .ifPresent(
              p ->
                  problems.add(
                      "ENTENTE_BOOTSTRAP_ADMIN_PASSWORD must be at least "
                          + PasswordPolicy.MIN_LENGTH
                          + " characters and at most "
                          + PasswordPolicy.MAX_BYTES
                          + " bytes long"));
      return problems;
    }

    private Map<String, String> required() {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("ENTENTE_BOOTSTRAP_AREA_SLUG", areaSlug);
      values.put("ENTENTE_BOOTSTRAP_AREA_NAME", areaName);
      values.put("ENTENTE_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
      values.put("ENTENTE_BOOTSTRAP_ADMIN_EMAIL", adminEmail);
      values.put("ENTENTE_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      return values;
    }
  }

  /** What a start does about the first administrator. */
  enum Decision {
    /** Accounts exist already, or no setting asks for an administrator. */
    NOTHING,
    /** Some settings are given, so someone meant to create one, but not all or not valid ones. */
    REFUSE,
    CREATE
  }

  static Decision decide(Settings settings, boolean accountsExist) {
    if (accountsExist || !settings.anyGiven()) {
      return Decision.NOTHING;
    }
    if (!settings.missing().isEmpty() || !settings.problems().isEmpty()) {
      return Decision.REFUSE;
    }
    return Decision.CREATE;
  }

  private final Settings settings;
  private final Accounts accounts;
  private final Areas areas;
  private final TransactionTemplate transaction;

  FirstAdministrator(
      Settings settings, Accounts accounts, Areas areas, TransactionTemplate transaction) {
    this.settings = settings;
    this.accounts = accounts;
    this.areas = areas;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean accountsExist = accounts.anyExist();
    switch (decide(settings, accountsExist)) {
      case NOTHING -> {
        if (accountsExist && settings.anyGiven()) {
          log.info(
              "Accounts exist already, so the ENTENTE_BOOTSTRAP_* settings are ignored;"
                  + " remove them, above all ENTENTE_BOOTSTRAP_ADMIN_PASSWORD");
        }
      }
      case REFUSE -> {
        List<String> reasons = new ArrayList<>();
        if (!settings.missing().isEmpty()) {
          reasons.add("missing " + String.join(", ", settings.missing()));
        } else {
          reasons.addAll(settings.problems());
        }
        throw new IllegalStateException(
            "Cannot create the first administrator: " + String.join("; ", reasons));
      }
      case CREATE -> create();
    }
  }

  private void create() {
    transaction.executeWithoutResult(
        status -> {
          AreaRef area =
              areas
                  .findBySlug(settings.areaSlug())
                  .orElseGet(
                      () -> {
                        AreaRef created =
                            areas.create(settings.areaSlug(), settings.areaName().trim());
                        log.info("Created the area '{}' ({})", created.slug(), created.name());
                        return created;
                      });
          String name =
              given(settings.adminName()) ? settings.adminName() : settings.adminUsername();
          long id =
              accounts.create(
                  area.id(),
                  settings.adminUsername(),
                  settings.adminEmail(),
                  name,
                  settings.adminPassword());
          accounts.grant(id, area.id(), Role.ADMIN, null);
          log.info(
              "Created the first administrator '{}' <{}> with the ADMIN role in the area '{}'."
                  + " Sign in, change the password on the account page, and remove"
                  + " ENTENTE_BOOTSTRAP_ADMIN_PASSWORD from the environment.",
              settings.adminUsername().trim(),
              settings.adminEmail().trim(),
              area.slug());
        });
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }
}
