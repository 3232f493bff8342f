package org.entente.meetings.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MinutesRepository extends ListCrudRepository<MeetingMinutes, Long> {

  Optional<MeetingMinutes> findByAreaIdAndMeetingId(long areaId, long meetingId);
}
