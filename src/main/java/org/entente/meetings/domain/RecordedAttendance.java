package org.entente.meetings.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.governance.MeetingRecord;
import org.entente.shared.LondonTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells governance how its bodies have met, for the attendance warnings. */
@Service
@Transactional(readOnly = true)
class RecordedAttendance implements MeetingRecord {

  private final JdbcClient jdbc;

  RecordedAttendance(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<Long, Attendance> attendance(Collection<Long> bodyIds, LocalDate today) {
    record Row(
        long bodyId,
        Timestamp lastMet,
        Timestamp startsAt,
        Integer recorded,
        Integer present,
        Integer substitutes) {}
    List<Row> rows =
        jdbc.sql(
                """
                with held as (
                  select id, body_id, starts_at from meeting
                  where body_id in (:bodies) and status = 'SCHEDULED' and starts_at < :before
                ), turnout as (
                  select h.body_id, h.starts_at,
                         count(*) as recorded,
                         count(*) filter (where a.status = 'PRESENT') as present,
                         count(*) filter (where a.status = 'SUBSTITUTE') as substitutes,
                         row_number() over (partition by h.body_id order by h.starts_at desc) as n
                  from held h join attendance a on a.meeting_id = h.id
                  group by h.body_id, h.id, h.starts_at
                )
                select l.body_id, l.last_met, t.starts_at, t.recorded, t.present, t.substitutes
                from (select body_id, max(starts_at) as last_met from held group by body_id) l
                left join turnout t on t.body_id = l.body_id and t.n <= :trend
                order by l.body_id, t.starts_at
                """)
            .param("bodies", bodyIds)
            .param("before", Timestamp.from(today.atStartOfDay(LondonTime.ZONE).toInstant()))
            .param("trend", TREND_MEETINGS)
            .query(Row.class)
            .list();
    Map<Long, LocalDate> lastMet = new LinkedHashMap<>();
    Map<Long, List<Turnout>> recent = new LinkedHashMap<>();
    for (Row r : rows) {
      lastMet.put(r.bodyId(), londonDate(r.lastMet()));
      List<Turnout> turnouts = recent.computeIfAbsent(r.bodyId(), id -> new ArrayList<>());
      if (r.startsAt() != null) {
        turnouts.add(
            new Turnout(londonDate(r.startsAt()), r.recorded(), r.present(), r.substitutes()));
      }
    }
    Map<Long, Attendance> byBody = new LinkedHashMap<>();
    lastMet.forEach((id, date) -> byBody.put(id, new Attendance(date, recent.get(id))));
    return byBody;
  }

  private static LocalDate londonDate(Timestamp t) {
    return t.toInstant().atZone(LondonTime.ZONE).toLocalDate();
  }
}
