package org.entente.meetings.web;

import org.entente.directory.AreaRef;
import org.entente.identity.AccountPrincipal;
import org.entente.meetings.MeetingView;
import org.entente.meetings.Meetings;
import org.entente.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Finds the meeting a page is about, within the partnership in its address. */
@Component
class MeetingLookup {

  private final Meetings meetings;

  MeetingLookup(Meetings meetings) {
    this.meetings = meetings;
  }

  MeetingView meeting(AreaRef area, long pid, long meetingId) {
    return meetings
        .meeting(area.id(), meetingId)
        .filter(m -> m.partnershipId() == pid)
        .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
  }

  /** A meeting that can still be changed; a cancelled one cannot. */
  MeetingView openMeeting(AreaRef area, long pid, long meetingId) {
    MeetingView m = meeting(area, pid, meetingId);
    if (m.cancelled()) {
      throw new MeetingCancelledException(path(area, pid, meetingId));
    }
    return m;
  }

  static String path(AreaRef area, long pid, long meetingId) {
    return "/areas/" + area.slug() + "/partnerships/" + pid + "/meetings/" + meetingId;
  }

  /** Who did something, as progress notes, papers and minutes name them. */
  static String who(Authentication user) {
    return user.getPrincipal() instanceof AccountPrincipal p ? p.displayName() : user.getName();
  }
}
