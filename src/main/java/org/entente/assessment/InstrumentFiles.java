package org.entente.assessment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks an instrument file (the schema is in {@code instruments/README.md}). Every
 * problem found is reported at once, each with the line and the field it is on, so that an
 * administrator can put a file right in one go.
 */
final class InstrumentFiles {

  /** Keys are lower case words joined by hyphens, as used in addresses. */
  static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  static final int MAX_KEY = 60;
  static final int MAX_TEXT = 4000;
  static final int MAX_POINTS = 11;

  private static final Set<String> INSTRUMENT_FIELDS =
      Set.of(
          "$schema",
          "key",
          "version",
          "title",
          "source",
          "summary",
          "readingGuidance",
          "scale",
          "banding",
          "dimensions");
  private static final Set<String> SCALE_FIELDS = Set.of("min", "max", "labels", "dontKnow");
  private static final Set<String> BANDING_FIELDS =
      Set.of("basis", "redBelow", "amberBelow", "disagreementAbove");
  private static final Set<String> DIMENSION_FIELDS =
      Set.of("key", "title", "description", "actionGuidance", "related", "items");
  private static final Set<String> ITEM_FIELDS = Set.of("key", "text", "hint", "reversed");

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private InstrumentFiles() {}

  /**
   * The instrument in {@code text}.
   *
   * @throws InstrumentFileException with every problem found, if the file cannot be used
   */
  static InstrumentText read(String fileName, String text) {
    return parse(fileName, text).instrument();
  }

  /** An instrument read from a file, with the line of every field, for later checks. */
  record Parsed(InstrumentText instrument, Map<String, Integer> lines) {

    int lineOf(String field) {
      return InstrumentFiles.lineOf(lines, field);
    }
  }

  static Parsed parse(String fileName, String text) {
    Map<String, Integer> lines;
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(text == null ? "" : text)) {
      lines = lines(parser);
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String field = fieldOf(e);
      throw new InstrumentFileException(
          fileName,
          List.of(
              new InstrumentProblem(
                  at == null ? 0 : Math.max(at.getLineNr(), 0),
                  field,
                  "is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")")));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InstrumentFileException(
          fileName, List.of(new InstrumentProblem(1, "", "the file is empty")));
    }
    Check check = new Check(lines);
    InstrumentText instrument = check.instrument(root);
    if (!check.problems.isEmpty()) {
      throw new InstrumentFileException(fileName, check.problems);
    }
    return new Parsed(instrument, lines);
  }

  /** Jackson's path to the value at fault, in the same dotted form as our own problems. */
  private static String fieldOf(JacksonException e) {
    String field = "";
    for (JacksonException.Reference r : e.getPath()) {
      field =
          r.getPropertyName() != null
              ? field(field, r.getPropertyName())
              : r.getIndex() >= 0 ? field + "[" + r.getIndex() + "]" : field;
    }
    return field;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** The line on which each value starts, keyed by its field in dotted form. */
  private static Map<String, Integer> lines(JsonParser parser) {
    Map<String, Integer> lines = new HashMap<>();
    Deque<Frame> open = new ArrayDeque<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.PROPERTY_NAME) {
        open.peek().name = parser.currentName();
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        open.pop();
        continue;
      }
      String path = open.isEmpty() ? "" : open.peek().child();
      lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
      if (!open.isEmpty() && open.peek().array) {
        open.peek().index++;
      }
      if (token == JsonToken.START_OBJECT) {
        open.push(new Frame(path, false));
      } else if (token == JsonToken.START_ARRAY) {
        open.push(new Frame(path, true));
      }
    }
    return lines;
  }

  private static final class Frame {
    final String path;
    final boolean array;
    String name;
    int index;

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }

    String child() {
      return array ? path + "[" + index + "]" : field(path, name);
    }
  }

  static String field(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** The line of a field, or of the nearest enclosing value when the field is missing. */
  static int lineOf(Map<String, Integer> lines, String field) {
    String f = field;
    while (true) {
      Integer line = lines.get(f);
      if (line != null) {
        return line;
      }
      if (f.isEmpty()) {
        return 1;
      }
      int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
      f = cut < 0 ? "" : f.substring(0, cut);
    }
  }

  /** Walks the tree of one file, collecting problems rather than stopping at the first. */
  private static final class Check {
    final Map<String, Integer> lines;
    final List<InstrumentProblem> problems = new ArrayList<>();

    Check(Map<String, Integer> lines) {
      this.lines = lines;
    }

    void problem(String field, String problem) {
      problems.add(new InstrumentProblem(lineOf(lines, field), field, problem));
    }

    InstrumentText instrument(JsonNode root) {
      if (!root.isObject()) {
        problem("", "an instrument file must hold one JSON object");
        return null;
      }
      fields(root, "", INSTRUMENT_FIELDS, "an instrument");
      String key = key(root, "", "key");
      Integer version = wholeNumber(root, "", "version", true);
      if (version != null && version < 1) {
        problem("version", "must be 1 or more");
      }
      String title = text(root, "", "title", true);
      String source = text(root, "", "source", true);
      String summary = text(root, "", "summary", true);
      String reading = text(root, "", "readingGuidance", true);
      Scale scale = scale(root);
      Banding banding = banding(root, scale);
      List<DimensionText> dimensions = dimensions(root);
      if (!problems.isEmpty()) {
        return null;
      }
      List<Dimension> scoringDimensions = new ArrayList<>();
      List<Item> scoringItems = new ArrayList<>();
      for (DimensionText d : dimensions) {
        scoringDimensions.add(new Dimension(d.key(), d.title()));
        for (ItemText i : d.items()) {
          scoringItems.add(new Item(i.key(), d.key(), i.text(), i.reversed()));
        }
      }
      Instrument scoring =
          new Instrument(key, version, scoringDimensions, scoringItems, scale, banding);
      return new InstrumentText(key, version, title, source, summary, reading, dimensions, scoring);
    }

    private Scale scale(JsonNode root) {
      JsonNode node = object(root, "", "scale", true);
      if (node == null) {
        return null;
      }
      fields(node, "scale", SCALE_FIELDS, "a scale");
      Integer min = wholeNumber(node, "scale", "min", true);
      Integer max = wholeNumber(node, "scale", "max", true);
      Boolean dontKnow = yesNo(node, "scale", "dontKnow", true);
      boolean rangeGood = false;
      if (min != null && max != null) {
        if (max <= min) {
          problem("scale.max", "must be above scale.min (" + min + ")");
        } else if (max - min + 1 > MAX_POINTS) {
          problem("scale.max", "a scale may have at most " + MAX_POINTS + " points");
        } else {
          rangeGood = true;
        }
      }
      List<String> labels = new ArrayList<>();
      JsonNode labelNode = node.get("labels");
      if (labelNode == null) {
        problem("scale.labels", "is required");
      } else if (!labelNode.isArray()) {
        problem("scale.labels", "must be a list of labels");
      } else {
        for (int i = 0; i < labelNode.size(); i++) {
          String f = "scale.labels[" + i + "]";
          JsonNode l = labelNode.get(i);
          if (!l.isString()) {
            problem(f, "must be text");
          } else if (l.stringValue().isBlank()) {
            problem(f, "must not be blank");
          } else {
            labels.add(l.stringValue().strip());
          }
        }
        if (rangeGood && labelNode.size() != max - min + 1) {
          problem(
              "scale.labels",
              "needs one label for each point from "
                  + min
                  + " to "
                  + max
                  + " ("
                  + (max - min + 1)
                  + "), not "
                  + labelNode.size());
        }
      }
      if (!rangeGood || dontKnow == null || labels.size() != max - min + 1) {
        return null;
      }
      return new Scale(min, max, labels, dontKnow);
    }

    private Banding banding(JsonNode root, Scale scale) {
      JsonNode node = object(root, "", "banding", false);
      if (node == null) {
        if (scale == null) {
          return null;
        }
        return scale.min() == 1 && scale.max() == 5 ? Banding.DEFAULT : Banding.DEFAULT_SHARE;
      }
      fields(node, "banding", BANDING_FIELDS, "banding rules");
      String basisText = text(node, "banding", "basis", true);
      Banding.Basis basis = null;
      if (basisText != null) {
        if (basisText.equals("scale")) {
          basis = Banding.Basis.SCALE;
        } else if (basisText.equals("share")) {
          basis = Banding.Basis.SHARE;
        } else {
          problem("banding.basis", "must be \"scale\" or \"share\", not \"" + basisText + "\"");
        }
      }
      Double red = number(node, "banding", "redBelow");
      Double amber = number(node, "banding", "amberBelow");
      Double spread = number(node, "banding", "disagreementAbove");
      if (basis != null) {
        double low = basis == Banding.Basis.SHARE ? 0 : scale == null ? Double.NaN : scale.min();
        double high = basis == Banding.Basis.SHARE ? 1 : scale == null ? Double.NaN : scale.max();
        String range =
            basis == Banding.Basis.SHARE
                ? "between 0 and 1 (a share of the scale's range)"
                : "between " + fmt(low) + " and " + fmt(high) + " (points on the scale)";
        if (red != null && !Double.isNaN(low) && (red < low || red > high)) {
          problem("banding.redBelow", "must be " + range);
        }
        if (amber != null && !Double.isNaN(low) && (amber < low || amber > high)) {
          problem("banding.amberBelow", "must be " + range);
        }
      }
      if (red != null && amber != null && amber < red) {
        problem(
            "banding.amberBelow",
            "must not be below banding.redBelow (" + fmt(red) + "): amber sits above red");
      }
      if (spread != null && spread <= 0) {
        problem("banding.disagreementAbove", "must be above 0");
      }
      if (basis == null || red == null || amber == null || spread == null || amber < red) {
        return null;
      }
      return new Banding(basis, red, amber, spread);
    }

    private List<DimensionText> dimensions(JsonNode root) {
      List<DimensionText> dimensions = new ArrayList<>();
      JsonNode node = root.get("dimensions");
      if (node == null) {
        problem("dimensions", "is required");
        return dimensions;
      }
      if (!node.isArray()) {
        problem("dimensions", "must be a list of dimensions");
        return dimensions;
      }
      if (node.isEmpty()) {
        problem("dimensions", "needs at least one dimension");
        return dimensions;
      }
      Set<String> dimensionKeys = new HashSet<>();
      for (JsonNode d : node) {
        if (d.isObject() && d.get("key") != null && d.get("key").isString()) {
          dimensionKeys.add(d.get("key").stringValue());
        }
      }
      Map<String, String> seenDimensions = new HashMap<>();
      Map<String, String> seenItems = new HashMap<>();
      for (int i = 0; i < node.size(); i++) {
        String path = "dimensions[" + i + "]";
        JsonNode d = node.get(i);
        if (!d.isObject()) {
          problem(path, "must be a dimension (an object with key, title, description, ...)");
          continue;
        }
        fields(d, path, DIMENSION_FIELDS, "a dimension");
        String key = key(d, path, "key");
        if (key != null) {
          String earlier = seenDimensions.putIfAbsent(key, path);
          if (earlier != null) {
            problem(field(path, "key"), "\"" + key + "\" is already the key of " + earlier);
          }
        }
        String title = text(d, path, "title", true);
        String description = text(d, path, "description", true);
        String action = text(d, path, "actionGuidance", true);
        related(d, path, key, dimensionKeys);
        List<ItemText> items = items(d, path, seenItems);
        dimensions.add(new DimensionText(key, title, description, action, items));
      }
      return dimensions;
    }

    private void related(JsonNode d, String path, String key, Set<String> dimensionKeys) {
      JsonNode node = d.get("related");
      String f = field(path, "related");
      if (node == null) {
        return;
      }
      if (!node.isArray()) {
        problem(f, "must be a list of dimension keys");
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        JsonNode r = node.get(i);
        String rf = f + "[" + i + "]";
        if (!r.isString()) {
          problem(rf, "must be the key of a dimension");
        } else if (!dimensionKeys.contains(r.stringValue())) {
          problem(rf, "names no dimension of this instrument: \"" + r.stringValue() + "\"");
        } else if (r.stringValue().equals(key)) {
          problem(rf, "a dimension cannot be related to itself");
        }
      }
    }

    private List<ItemText> items(JsonNode d, String path, Map<String, String> seenItems) {
      List<ItemText> items = new ArrayList<>();
      String f = field(path, "items");
      JsonNode node = d.get("items");
      if (node == null) {
        problem(f, "is required");
        return items;
      }
      if (!node.isArray()) {
        problem(f, "must be a list of items");
        return items;
      }
      if (node.isEmpty()) {
        problem(f, "needs at least one item");
        return items;
      }
      for (int i = 0; i < node.size(); i++) {
        String ip = f + "[" + i + "]";
        JsonNode item = node.get(i);
        if (!item.isObject()) {
          problem(ip, "must be an item (an object with key and text)");
          continue;
        }
        fields(item, ip, ITEM_FIELDS, "an item");
        String key = key(item, ip, "key");
        if (key != null) {
          String earlier = seenItems.putIfAbsent(key, ip);
          if (earlier != null) {
            problem(field(ip, "key"), "\"" + key + "\" is already the key of " + earlier);
          }
        }
        String text = text(item, ip, "text", true);
        String hint = text(item, ip, "hint", false);
        Boolean reversed = yesNo(item, ip, "reversed", false);
        items.add(new ItemText(key, text, hint, reversed != null && reversed));
      }
      return items;
    }

    private void fields(JsonNode node, String path, Set<String> allowed, String what) {
      Set<String> unknown = new LinkedHashSet<>(node.propertyNames());
      unknown.removeAll(allowed);
      for (String name : unknown) {
        problem(field(path, name), "is not a field of " + what);
      }
    }

    private JsonNode object(JsonNode parent, String path, String name, boolean required) {
      JsonNode node = parent.get(name);
      if (node == null || node.isNull()) {
        if (required) {
          problem(field(path, name), "is required");
        }
        return null;
      }
      if (!node.isObject()) {
        problem(field(path, name), "must be an object");
        return null;
      }
      return node;
    }

    private String key(JsonNode parent, String path, String name) {
      String key = text(parent, path, name, true);
      if (key == null) {
        return null;
      }
      if (key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
        problem(
            field(path, name),
            "must be lower-case letters and digits joined by hyphens, at most "
                + MAX_KEY
                + " characters, such as \"added-value\"");
        return null;
      }
      return key;
    }

    private String text(JsonNode parent, String path, String name, boolean required) {
      JsonNode node = parent.get(name);
      String f = field(path, name);
      if (node == null || node.isNull()) {
        if (required) {
          problem(f, "is required");
        }
        return null;
      }
      if (!node.isString()) {
        problem(f, "must be text");
        return null;
      }
      String value = node.stringValue().strip();
      if (value.isEmpty()) {
        if (required) {
          problem(f, "must not be blank");
        }
        return null;
      }
      if (value.length() > MAX_TEXT) {
        problem(f, "must be at most " + MAX_TEXT + " characters");
        return null;
      }
      return value;
    }

    private Integer wholeNumber(JsonNode parent, String path, String name, boolean required) {
      JsonNode node = parent.get(name);
      String f = field(path, name);
      if (node == null || node.isNull()) {
        if (required) {
          problem(f, "is required");
        }
        return null;
      }
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        problem(f, "must be a whole number");
        return null;
      }
      return node.intValue();
    }

    private Double number(JsonNode parent, String path, String name) {
      JsonNode node = parent.get(name);
      String f = field(path, name);
      if (node == null || node.isNull()) {
        problem(f, "is required");
        return null;
      }
      if (!node.isNumber()) {
        problem(f, "must be a number");
        return null;
      }
      return node.doubleValue();
    }

    private Boolean yesNo(JsonNode parent, String path, String name, boolean required) {
      JsonNode node = parent.get(name);
      String f = field(path, name);
      if (node == null || node.isNull()) {
        if (required) {
          problem(f, "is required");
        }
        return null;
      }
      if (!node.isBoolean()) {
        problem(f, "must be true or false");
        return null;
      }
      return node.booleanValue();
    }

    private static String fmt(double d) {
      return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
  }
}
