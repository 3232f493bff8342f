package org.entente.meetings.web;

/** A change was asked of a cancelled meeting; the user goes back to the meeting's page. */
class MeetingCancelledException extends RuntimeException {

  private final String meetingPath;

  MeetingCancelledException(String meetingPath) {
    super("the meeting at " + meetingPath + " has been cancelled");
    this.meetingPath = meetingPath;
  }

  String meetingPath() {
    return meetingPath;
  }
}
