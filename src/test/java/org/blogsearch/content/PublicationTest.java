package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;
import org.junit.jupiter.api.Test;

class PublicationTest {

  // 2024-06-15T20:00 in New York is already 2024-06-16 in UTC.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-16T00:00:00Z"), ZoneId.of("America/New_York"));

  private static Publication publication(String frontMatter, String path) throws RejectedFile {
    var warnings = new Warnings(path);
    FrontMatter fm =
        new FrontMatterParser().parse(FrontMatterSplitter.split("---\n" + frontMatter + "\n---\n"), warnings);
    return Publication.of(fm, PostPath.of(path), warnings);
  }

  private static Optional<Reason> withheld(String frontMatter, String path, boolean includeDrafts)
      throws RejectedFile {
    return publication(frontMatter, path).withheld(new ContentOptions("/:slug/", includeDrafts, CLOCK));
  }

  private static Optional<Reason> withheld(String frontMatter) throws RejectedFile {
    return withheld(frontMatter, "posts/p.md", false);
  }

  private static Optional<Instant> publishes(String frontMatter) throws RejectedFile {
    return publication(frontMatter, "posts/p.md").publishes(new ContentOptions("/:slug/", false, CLOCK));
  }

  @Test
  void draftIsUnpublished() throws RejectedFile {
    assertEquals(Optional.of(Reason.DRAFT), withheld("draft: true"));
    assertEquals(Optional.of(Reason.DRAFT), withheld("draft: \"true\""));
    assertEquals(Optional.of(Reason.DRAFT), withheld("published: false"));
    assertEquals(Optional.of(Reason.DRAFT), withheld("title: x", "_drafts/p.md", false));
    assertEquals(Optional.empty(), withheld("draft: false"));
    assertEquals(Optional.empty(), withheld("published: 2020-01-01"));
  }

  @Test
  void draftsAreServedWhenIncluded() throws RejectedFile {
    assertEquals(Optional.empty(), withheld("draft: true", "posts/p.md", true));
  }

  @Test
  void aFutureDateIsServedFromTheStartOfThatDayInTheClocksZone() throws RejectedFile {
    assertEquals(Optional.empty(), publishes("date: 2024-06-15"));
    // Midnight in New York, in summer time.
    assertEquals(Optional.of(Instant.parse("2024-06-16T04:00:00Z")), publishes("date: 2024-06-16"));
    assertEquals(Optional.of(Instant.parse("2024-06-16T04:00:00Z")), publishes("date: 2020-01-01\npublishDate: 2024-06-16"));
    assertEquals(Optional.empty(), withheld("date: 2024-06-16"), "scheduled, not withheld");
  }

  @Test
  void aFutureTimestampIsServedFromThatInstant() throws RejectedFile {
    assertEquals(Optional.empty(), publishes("publishdate: 2024-06-15T23:59:00Z"));
    assertEquals(Optional.of(Instant.parse("2024-06-16T00:00:01Z")), publishes("publishdate: 2024-06-16T00:00:01Z"));
    // No offset: the clock's zone, where it is 20:00.
    assertEquals(Optional.of(Instant.parse("2024-06-16T00:30:00Z")), publishes("publishdate: 2024-06-15T20:30:00"));
  }

  @Test
  void ofADateAndAPublishDateBothToComeTheLaterDecides() throws RejectedFile {
    assertEquals(Optional.of(Instant.parse("2024-06-17T04:00:00Z")),
        publishes("date: 2024-06-17\npublishdate: 2024-06-16T12:00:00Z"));
  }

  @Test
  void expiredPostIsUnpublishedFromTheMomentItExpires() throws RejectedFile {
    assertEquals(Optional.of(Reason.EXPIRED), withheld("expirydate: 2024-06-15"));
    assertEquals(Optional.empty(), withheld("expiryDate: 2024-06-16"));
    assertEquals(Optional.of(Reason.EXPIRED), withheld("expirydate: 2024-06-16T00:00:00Z"));
    assertEquals(Optional.empty(), withheld("expirydate: 2024-06-16T00:00:01Z"));
  }

  @Test
  void draftWinsOverExpiryAndAnExpiredPostIsNotScheduled() throws RejectedFile {
    assertEquals(Optional.of(Reason.DRAFT), withheld("draft: true\nexpirydate: 2020-01-01"));
    assertEquals(Optional.of(Reason.EXPIRED), withheld("date: 2030-01-01\nexpirydate: 2020-01-01"));
  }
}
