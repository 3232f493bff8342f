package org.entente.meetings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ActionRepository extends ListCrudRepository<Action, Long> {

  Optional<Action> findByAreaIdAndId(long areaId, long id);

  List<Action> findByAreaIdAndMeetingIdOrderByDueOnAsc(long areaId, long meetingId);
}
