package org.entente.meetings.web;

import java.util.List;
import org.entente.shared.PartnershipSection;
import org.springframework.stereotype.Component;

/** Adds "Meetings" to every partnership's sub-navigation. */
@Component
class MeetingsSection implements PartnershipSection {

  @Override
  public List<Link> links() {
    return List.of(new Link(MEETINGS, "meetings.section", "/meetings"));
  }
}
