package org.entente.meetings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PaperRepository extends ListCrudRepository<Paper, Long> {

  Optional<Paper> findByAreaIdAndId(long areaId, long id);

  List<Paper> findByAreaIdAndMeetingIdOrderByAttachedAtAscIdAsc(long areaId, long meetingId);
}
