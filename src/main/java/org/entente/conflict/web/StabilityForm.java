package org.entente.conflict.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.conflict.exchange.ConflictDecisionMakerJson;
import org.entente.conflict.exchange.ConflictModelJson;
import org.entente.conflict.exchange.ConflictOptionJson;
import org.entente.conflict.exchange.ConflictPreferenceJson;

/**
 * The form that writes a model in option form: rows of decision makers, each with rows of options,
 * and text areas with one pattern, statement or ranked group per line. Blank rows are left out.
 */
public class StabilityForm {

  public static final String STATEMENTS = "statements";
  public static final String RANKING = "ranking";

  private String title;
  private String description;
  private List<DecisionMakerRow> decisionMakers = new ArrayList<>();
  private String infeasible;
  private String coalitions;
  private String statusQuo;
  private Integer version;

  /** One decision maker's row. */
  public static class DecisionMakerRow {
    private String name;
    private List<OptionRow> options = new ArrayList<>();
    private String preferenceKind = STATEMENTS;
    private String preferences;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<OptionRow> getOptions() {
      return options;
    }

    public void setOptions(List<OptionRow> options) {
      this.options = options;
    }

    public String getPreferenceKind() {
      return preferenceKind;
    }

    public void setPreferenceKind(String preferenceKind) {
      this.preferenceKind = preferenceKind;
    }

    public String getPreferences() {
      return preferences;
    }

    public void setPreferences(String preferences) {
      this.preferences = preferences;
    }

    boolean blank() {
      return isBlank(name)
          && isBlank(preferences)
          && options.stream().allMatch(o -> o == null || isBlank(o.getName()));
    }
  }

  /** One option's row. */
  public static class OptionRow {
    private String name;
    private String reversibility = "both";

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getReversibility() {
      return reversibility;
    }

    public void setReversibility(String reversibility) {
      this.reversibility = reversibility;
    }
  }

  /** A model read into the form, with room for one more decision maker and option each. */
  static StabilityForm of(String title, String description, ConflictModelJson m, Integer version) {
    StabilityForm f = new StabilityForm();
    f.title = title;
    f.description = description;
    f.version = version;
    if (m != null && m.decisionMakers() != null) {
      for (ConflictDecisionMakerJson dm : m.decisionMakers()) {
        DecisionMakerRow row = new DecisionMakerRow();
        row.name = dm.name();
        if (dm.options() != null) {
          for (ConflictOptionJson o : dm.options()) {
            OptionRow or = new OptionRow();
            or.name = o.name();
            or.reversibility = o.reversibility() == null ? "both" : o.reversibility();
            row.options.add(or);
          }
        }
        ConflictPreferenceJson p = m.preferences() == null ? null : m.preferences().get(dm.name());
        if (p != null && p.statements() != null) {
          row.preferenceKind = STATEMENTS;
          row.preferences = String.join("\n", p.statements());
        } else if (p != null && p.ranking() != null) {
          row.preferenceKind = RANKING;
          row.preferences =
              String.join("\n", p.ranking().stream().map(g -> String.join(", ", g)).toList());
        }
        f.decisionMakers.add(row);
      }
      f.infeasible = m.infeasible() == null ? null : String.join("\n", m.infeasible());
      f.coalitions =
          m.coalitions() == null
              ? null
              : String.join("\n", m.coalitions().stream().map(c -> String.join(", ", c)).toList());
      f.statusQuo = m.statusQuo();
    }
    f.roomToGrow(1);
    return f;
  }

  /** Makes sure there are at least two decision-maker rows and {@code spare} blank ones. */
  void roomToGrow(int spare) {
    if (decisionMakers == null) {
      decisionMakers = new ArrayList<>();
    }
    decisionMakers.replaceAll(r -> r == null ? new DecisionMakerRow() : r);
    long blank = decisionMakers.stream().filter(DecisionMakerRow::blank).count();
    for (long k = blank; k < spare || decisionMakers.size() < 2; k++) {
      decisionMakers.add(new DecisionMakerRow());
    }
    for (DecisionMakerRow row : decisionMakers) {
      row.options.replaceAll(o -> o == null ? new OptionRow() : o);
      long blankOptions = row.options.stream().filter(o -> isBlank(o.name)).count();
      for (long k = blankOptions; k < spare || row.options.size() < 2; k++) {
        row.options.add(new OptionRow());
      }
    }
  }

  /** Where each part of the model came from in the form, to put errors next to their field. */
  record Slots(List<Integer> decisionMakers, List<List<Integer>> options) {}

  /** The model the form describes, and which rows each part of it came from. */
  record Written(ConflictModelJson model, Slots slots) {}

  Written model() {
    List<ConflictDecisionMakerJson> dms = new ArrayList<>();
    Map<String, ConflictPreferenceJson> preferences = new LinkedHashMap<>();
    List<Integer> dmSlots = new ArrayList<>();
    List<List<Integer>> optionSlots = new ArrayList<>();
    for (int i = 0; i < decisionMakers.size(); i++) {
      DecisionMakerRow row = decisionMakers.get(i);
      if (row == null || row.blank()) {
        continue;
      }
      List<ConflictOptionJson> options = new ArrayList<>();
      List<Integer> slots = new ArrayList<>();
      for (int j = 0; j < row.options.size(); j++) {
        OptionRow o = row.options.get(j);
        if (o != null && !isBlank(o.name)) {
          options.add(new ConflictOptionJson(o.name.trim(), o.reversibility));
          slots.add(j);
        }
      }
      String name = row.name == null ? null : row.name.trim();
      dms.add(new ConflictDecisionMakerJson(name, options));
      dmSlots.add(i);
      optionSlots.add(slots);
      if (name != null && !name.isEmpty() && !isBlank(row.preferences)) {
        List<String> lines = lines(row.preferences);
        preferences.put(
            name,
            RANKING.equals(row.preferenceKind)
                ? new ConflictPreferenceJson(
                    null,
                    lines.stream()
                        .map(l -> Arrays.stream(l.split(",")).map(String::trim).toList())
                        .toList())
                : new ConflictPreferenceJson(lines, null));
      }
    }
    List<String> infeasibleLines = lines(infeasible);
    List<String> coalitionLines = lines(coalitions);
    ConflictModelJson model =
        new ConflictModelJson(
            dms,
            infeasibleLines.isEmpty() ? null : infeasibleLines,
            null,
            null,
            preferences,
            coalitionLines.isEmpty()
                ? null
                : coalitionLines.stream()
                    .map(l -> Arrays.stream(l.split(",")).map(String::trim).toList())
                    .toList(),
            isBlank(statusQuo) ? null : statusQuo.trim());
    return new Written(model, new Slots(dmSlots, optionSlots));
  }

  private static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<DecisionMakerRow> getDecisionMakers() {
    return decisionMakers;
  }

  public void setDecisionMakers(List<DecisionMakerRow> decisionMakers) {
    this.decisionMakers = decisionMakers;
  }

  public String getInfeasible() {
    return infeasible;
  }

  public void setInfeasible(String infeasible) {
    this.infeasible = infeasible;
  }

  public String getCoalitions() {
    return coalitions;
  }

  public void setCoalitions(String coalitions) {
    this.coalitions = coalitions;
  }

  public String getStatusQuo() {
    return statusQuo;
  }

  public void setStatusQuo(String statusQuo) {
    this.statusQuo = statusQuo;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
