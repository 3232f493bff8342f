package org.entente.meetings.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.meetings.PapersDeadline;
import org.entente.meetings.PapersRules;
import org.entente.shared.BankHolidayRegion;
import org.entente.shared.BankHolidays;
import org.entente.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AreaPapersRules implements PapersRules {

  private static final Rule DEFAULT =
      new Rule(BankHolidayRegion.ENGLAND_AND_WALES, PapersDeadline.DEFAULT_CLEAR_DAYS, null, 0);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  AreaPapersRules(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  private record Row(
      String region, int clearDays, String bankHolidays, Timestamp uploadedAt, int version) {

    Rule rule() {
      return new Rule(
          BankHolidayRegion.valueOf(region),
          clearDays,
          uploadedAt == null ? null : uploadedAt.toInstant(),
          version);
    }
  }

  private Optional<Row> row(long areaId) {
    return jdbc.sql(
            """
            select region, clear_days, bank_holidays, bank_holidays_updated_at as uploaded_at,
                   version
            from papers_rule where area_id = :area
            """)
        .param("area", areaId)
        .query(Row.class)
        .optional();
  }

  @Override
  public Rule rule(long areaId) {
    return row(areaId).map(Row::rule).orElse(DEFAULT);
  }

  @Override
  public PapersDeadline deadline(long areaId) {
    Rule rule = rule(areaId);
    return new PapersDeadline(bankHolidays(areaId).workingDaysIn(rule.region()), rule.clearDays());
  }

  @Override
  public BankHolidays bankHolidays(long areaId) {
    return row(areaId)
        .map(Row::bankHolidays)
        .map(file -> BankHolidays.read(new StringReader(file)))
        .orElse(BankHolidays.shipped());
  }

  @Override
  public String bankHolidaysFile(long areaId) {
    return row(areaId).map(Row::bankHolidays).orElseGet(AreaPapersRules::shippedFile);
  }

  @Override
  @Transactional
  public void setRule(long areaId, int version, BankHolidayRegion region, int clearDays) {
    if (clearDays < 0 || clearDays > MAX_CLEAR_DAYS) {
      throw new IllegalArgumentException("clear days must be 0 to " + MAX_CLEAR_DAYS);
    }
    Rule before = rule(areaId);
    save(areaId, version, region, clearDays, currentFile(areaId), before.bankHolidaysUploadedAt());
    audit(areaId, "rule-changed", before, rule(areaId));
  }

  @Override
  @Transactional
  public void uploadBankHolidays(long areaId, int version, String file) {
    BankHolidays.read(new StringReader(file));
    Rule before = rule(areaId);
    save(areaId, version, before.region(), before.clearDays(), file, Instant.now());
    audit(areaId, "bank-holidays-uploaded", before, rule(areaId));
  }

  @Override
  @Transactional
  public void useShippedBankHolidays(long areaId, int version) {
    Rule before = rule(areaId);
    save(areaId, version, before.region(), before.clearDays(), null, null);
    audit(areaId, "bank-holidays-shipped", before, rule(areaId));
  }

  private String currentFile(long areaId) {
    return row(areaId).map(Row::bankHolidays).orElse(null);
  }

  /**
   * Writes the area's rule if it is still at {@code version}. An area without a rule of its own is
   * at version 0; of two first rules saved at once, the second finds the first and is stale.
   */
  private void save(
      long areaId,
      int version,
      BankHolidayRegion region,
      int clearDays,
      String file,
      Instant uploadedAt) {
    int written =
        jdbc.sql(
                """
                insert into papers_rule as r (area_id, region, clear_days, bank_holidays,
                                              bank_holidays_updated_at, version)
                values (:area, :region, :clearDays, :file, :uploadedAt, 1)
                on conflict (area_id) do update
                  set region = excluded.region, clear_days = excluded.clear_days,
                      bank_holidays = excluded.bank_holidays,
                      bank_holidays_updated_at = excluded.bank_holidays_updated_at,
                      version = r.version + 1
                  where r.version = :version
                """)
            .param("area", areaId)
            .param("region", region.name())
            .param("clearDays", clearDays)
            .param("file", file)
            .param("uploadedAt", uploadedAt == null ? null : Timestamp.from(uploadedAt))
            .param("version", version)
            .update();
    if (written == 0) {
      throw new StaleEditException("The rule for papers");
    }
  }

  private void audit(long areaId, String action, Rule before, Rule after) {
    events.publishEvent(
        new AuditEvent(
            areaId,
            "papers-rule",
            areaId,
            "Rule for papers",
            action,
            AuditEvent.changesBetween(snapshot(before), snapshot(after))));
  }

  private static Map<String, String> snapshot(Rule rule) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("region", rule.region().name());
    m.put("clearDays", String.valueOf(rule.clearDays()));
    m.put(
        "bankHolidays",
        rule.ownBankHolidays() ? "uploaded " + rule.bankHolidaysUploadedAt() : "shipped");
    return m;
  }

  private static String shippedFile() {
    try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.SHIPPED_FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
