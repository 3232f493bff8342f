package org.entente.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of health-check instruments: those shipped with Entente as files under {@code
 * instruments/}, and those administrators have uploaded. Every version ever published stays
 * readable, so a round run on an older version always reads the questions it was run with.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentLibrary {

  private static final Logger log = LoggerFactory.getLogger(InstrumentLibrary.class);

  /** Where shipped instruments live; the JSON Schema beside them is not an instrument. */
  static final String SHIPPED = "classpath*:instruments/*.json";

  static final String SCHEMA_FILE = "instrument.schema.json";

  private static final Comparator<InstrumentText> BY_TITLE =
      Comparator.comparing(InstrumentText::title, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(InstrumentText::key);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Map<String, NavigableMap<Integer, InstrumentText>> shipped;

  /** Uploaded versions never change, so once read they can be kept for good. */
  private final Map<String, InstrumentText> uploaded = new ConcurrentHashMap<>();

  public InstrumentLibrary(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
    this.shipped = index(readShipped());
    log.info(
        "Instrument library: {} shipped instruments, {} versions",
        shipped.size(),
        shipped.values().stream().mapToInt(Map::size).sum());
  }

  /** The newest version of every instrument, by title. */
  public List<InstrumentText> latest() {
    Map<String, Integer> newestUploads = new HashMap<>();
    jdbc.sql(
            """
            select instrument_key, max(version) as newest from assessment_instrument_upload
            group by instrument_key
            """)
        .query((rs, n) -> newestUploads.put(rs.getString("instrument_key"), rs.getInt("newest")))
        .list();
    List<InstrumentText> newest = new ArrayList<>();
    for (String key : keys(newestUploads.keySet())) {
      NavigableMap<Integer, InstrumentText> ours = shipped.get(key);
      int shippedNewest = ours == null ? 0 : ours.lastKey();
      int uploadedNewest = newestUploads.getOrDefault(key, 0);
      if (shippedNewest > uploadedNewest) {
        newest.add(ours.lastEntry().getValue());
      } else {
        find(key, uploadedNewest).ifPresent(newest::add);
      }
    }
    newest.sort(BY_TITLE);
    return newest;
  }

  /** The newest version of one instrument. */
  public Optional<InstrumentText> latest(String key) {
    List<Integer> numbers = versionNumbers(key);
    return numbers.isEmpty() ? Optional.empty() : find(key, numbers.get(0));
  }

  /** Any version of an instrument ever published, shipped or uploaded. */
  public Optional<InstrumentText> find(String key, int version) {
    if (key == null) {
      return Optional.empty();
    }
    InstrumentText kept = uploaded.get(id(key, version));
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<String> content =
        jdbc.sql(
                """
                select content from assessment_instrument_upload
                where instrument_key = :key and version = :version
                """)
            .param("key", key)
            .param("version", version)
            .query(String.class)
            .optional();
    if (content.isPresent()) {
      InstrumentText text = InstrumentFiles.read(key + ".v" + version, content.get());
      uploaded.put(id(key, version), text);
      return Optional.of(text);
    }
    NavigableMap<Integer, InstrumentText> versions = shipped.get(key);
    return Optional.ofNullable(versions == null ? null : versions.get(version));
  }

  /** Every published version of an instrument, newest first. */
  public List<InstrumentText> versions(String key) {
    List<InstrumentText> all = new ArrayList<>();
    for (int v : versionNumbers(key)) {
      find(key, v).ifPresent(all::add);
    }
    return all;
  }

  /**
   * Every published version of every instrument and where it came from: instruments by title, each
   * one's versions newest first.
   */
  public List<InstrumentVersion> catalogue() {
    Map<String, InstrumentVersion> all = new HashMap<>();
    shipped.forEach(
        (key, versions) ->
            versions.forEach(
                (v, text) ->
                    all.put(
                        id(key, v),
                        new InstrumentVersion(key, v, text.title(), true, null, null))));
    for (InstrumentVersion u : uploads()) {
      all.put(id(u.key(), u.version()), u);
    }
    Map<String, String> titles = new HashMap<>();
    for (InstrumentVersion v : all.values()) {
      titles.putIfAbsent(v.key(), v.title());
    }
    for (InstrumentText t : latest()) {
      titles.put(t.key(), t.title());
    }
    List<InstrumentVersion> list = new ArrayList<>(all.values());
    list.sort(
        Comparator.comparing(
                (InstrumentVersion v) -> titles.get(v.key()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(InstrumentVersion::key)
            .thenComparing(InstrumentVersion::version, Comparator.reverseOrder()));
    return list;
  }

  /**
   * Publishes an uploaded file as a new instrument, or as a new version of one. A version already
   * published is never replaced: the file must carry a version above the newest.
   *
   * @param areaId the area whose administrator uploads it, for the audit trail
   * @throws InstrumentFileException naming the line and field of every problem; nothing is saved
   */
  @Transactional
  public InstrumentText upload(
      String fileName, String content, long accountId, String accountName, Long areaId) {
    InstrumentFiles.Parsed parsed = InstrumentFiles.parse(fileName, content);
    InstrumentText text = parsed.instrument();
    List<Integer> existing = versionNumbers(text.key());
    if (!existing.isEmpty() && text.version() <= existing.get(0)) {
      throw clash(fileName, parsed, existing.get(0));
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into assessment_instrument_upload
                      (instrument_key, version, title, file_name, content, uploaded_by_id,
                       uploaded_by_name, uploaded_in_area)
                  values (:key, :version, :title, :fileName, :content, :by, :byName, :area)
                  returning id
                  """)
              .param("key", text.key())
              .param("version", text.version())
              .param("title", text.title())
              .param("fileName", fileName)
              .param("content", content)
              .param("by", accountId)
              .param("byName", accountName)
              .param("area", areaId)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw clash(fileName, parsed, text.version());
    }
    events.publishEvent(
        new AuditEvent(
            areaId,
            "instrument",
            id,
            text.title() + " (version " + text.version() + ")",
            "uploaded",
            AuditEvent.changesBetween(
                Map.of(),
                Map.of(
                    "key", text.key(),
                    "version", String.valueOf(text.version()),
                    "title", text.title(),
                    "source", text.source()))));
    return text;
  }

  private static InstrumentFileException clash(
      String fileName, InstrumentFiles.Parsed parsed, int newest) {
    InstrumentText text = parsed.instrument();
    String problem =
        text.version() == newest
            ? "version "
                + newest
                + " of \""
                + text.key()
                + "\" is already published and can never be replaced or changed; give this file"
                + " version "
                + (newest + 1)
            : "must be above the newest published version of \""
                + text.key()
                + "\", which is "
                + newest
                + "; give this file version "
                + (newest + 1);
    return new InstrumentFileException(
        fileName, List.of(new InstrumentProblem(parsed.lineOf("version"), "version", problem)));
  }

  private List<InstrumentVersion> uploads() {
    return jdbc.sql(
            """
            select instrument_key, version, title, uploaded_by_name, uploaded_at
            from assessment_instrument_upload
            """)
        .query(
            (rs, n) ->
                new InstrumentVersion(
                    rs.getString("instrument_key"),
                    rs.getInt("version"),
                    rs.getString("title"),
                    false,
                    rs.getString("uploaded_by_name"),
                    instant(rs.getTimestamp("uploaded_at"))))
        .list();
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private TreeSet<String> keys(java.util.Set<String> uploadedKeys) {
    TreeSet<String> keys = new TreeSet<>(shipped.keySet());
    keys.addAll(uploadedKeys);
    return keys;
  }

  /** The published version numbers of an instrument, newest first. */
  private List<Integer> versionNumbers(String key) {
    if (key == null) {
      return List.of();
    }
    TreeSet<Integer> numbers = new TreeSet<>(Comparator.reverseOrder());
    NavigableMap<Integer, InstrumentText> versions = shipped.get(key);
    if (versions != null) {
      numbers.addAll(versions.keySet());
    }
    numbers.addAll(
        jdbc.sql("select version from assessment_instrument_upload where instrument_key = :key")
            .param("key", key)
            .query(Integer.class)
            .list());
    return new ArrayList<>(numbers);
  }

  private static String id(String key, int version) {
    return key + "#" + version;
  }

  private static Map<String, NavigableMap<Integer, InstrumentText>> index(
      List<InstrumentText> all) {
    Map<String, NavigableMap<Integer, InstrumentText>> index = new HashMap<>();
    for (InstrumentText t : all) {
      index.computeIfAbsent(t.key(), k -> new TreeMap<>()).put(t.version(), t);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Reads and checks every shipped instrument file.
   *
   * @throws IllegalStateException naming every file at fault, so that Entente does not start with a
   *     broken library
   */
  static List<InstrumentText> readShipped() {
    Resource[] files;
    try {
      files = new PathMatchingResourcePatternResolver().getResources(SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<InstrumentText> all = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Resource file : files) {
      String name = file.getFilename();
      if (name == null || name.equals(SCHEMA_FILE)) {
        continue;
      }
      String content;
      try (InputStream in = file.getInputStream()) {
        content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        InstrumentFiles.Parsed parsed = InstrumentFiles.parse(name, content);
        InstrumentText text = parsed.instrument();
        String expected = text.key() + ".v" + text.version() + ".json";
        if (!name.equals(expected)) {
          problems.add(
              name + ": a shipped file must be named after its key and version, " + expected);
          continue;
        }
        String earlier = seen.putIfAbsent(id(text.key(), text.version()), name);
        if (earlier != null) {
          problems.add(
              name
                  + ": version "
                  + text.version()
                  + " of "
                  + text.key()
                  + " is also in "
                  + earlier);
          continue;
        }
        all.add(text);
      } catch (InstrumentFileException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The shipped health-check instruments cannot be read: " + String.join("; ", problems));
    }
    return all;
  }
}
