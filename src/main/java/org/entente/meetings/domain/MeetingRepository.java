package org.entente.meetings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

  Optional<Meeting> findByAreaIdAndId(long areaId, long id);

  List<Meeting> findByAreaIdAndPartnershipIdOrderByStartsAtDesc(long areaId, long partnershipId);

  List<Meeting> findByAreaIdAndBodyIdOrderByStartsAtAsc(long areaId, long bodyId);
}
