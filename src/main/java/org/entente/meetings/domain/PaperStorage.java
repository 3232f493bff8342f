package org.entente.meetings.domain;

/** Where a paper's bytes are kept ({@code entente.papers.storage}). */
enum PaperStorage {
  DATABASE,
  DISK
}
