package org.entente.meetings.web;

/** A change was asked of minutes that are already approved or published, or not drafted yet. */
class MinutesSettledException extends RuntimeException {

  private final String meetingPath;

  MinutesSettledException(String meetingPath) {
    super("the minutes of the meeting at " + meetingPath + " cannot be changed");
    this.meetingPath = meetingPath;
  }

  String meetingPath() {
    return meetingPath;
  }
}
