package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTests {

  @Test
  void listsOnlyFieldsThatChangedTreatingBlankAsEmpty() {
    Map<String, String> before = new LinkedHashMap<>();
    before.put("name", "Safer Shires");
    before.put("purpose", "Reduce crime");
    before.put("shortName", "");
    before.put("reviewDate", "2026-01-01");
    Map<String, String> after = new LinkedHashMap<>();
    after.put("name", "Safer Shires");
    after.put("purpose", "Reduce crime and disorder");
    after.put("shortName", null);
    after.put("reviewDate", null);

    assertThat(AuditEvent.changesBetween(before, after))
        .containsExactly(
            new FieldChange("purpose", "Reduce crime", "Reduce crime and disorder"),
            new FieldChange("reviewDate", "2026-01-01", null));
  }

  @Test
  void aNewRecordShowsEveryFilledField() {
    Map<String, String> after = new LinkedHashMap<>();
    after.put("name", "New");
    after.put("website", null);
    assertThat(AuditEvent.changesBetween(Map.of(), after))
        .containsExactly(new FieldChange("name", null, "New"));
  }
}
