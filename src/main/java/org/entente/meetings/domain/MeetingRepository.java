package org.entente.meetings.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

  Optional<Meeting> findByAreaIdAndId(long areaId, long id);

  List<Meeting> findByAreaIdAndPartnershipIdOrderByStartsAtDesc(long areaId, long partnershipId);

  // served by the index meeting_partnership (area_id, partnership_id, starts_at)
  List<Meeting>
      findByAreaIdAndPartnershipIdInAndStatusAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
          long areaId,
          Collection<Long> partnershipIds,
          org.entente.meetings.MeetingStatus status,
          Instant from,
          Instant to);

  List<Meeting> findByAreaIdAndPartnershipIdInAndStartsAtGreaterThanEqualOrderByStartsAt(
      long areaId, Collection<Long> partnershipIds, Instant from);

  List<Meeting> findByAreaIdAndBodyIdAndStartsAtGreaterThanEqualOrderByStartsAt(
      long areaId, long bodyId, Instant from);

  long countBySeriesId(long seriesId);

  List<Meeting> findByAreaIdAndBodyIdOrderByStartsAtAsc(long areaId, long bodyId);
}
