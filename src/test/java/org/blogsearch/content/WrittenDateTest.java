package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WrittenDateTest {

  private static WrittenDate parse(String text) {
    return WrittenDate.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
  }

  @Test
  void acceptsTheShapesRealBlogsUse() {
    assertEquals(LocalDate.of(2018, 8, 13), parse("2018-08-13").date());
    assertEquals(LocalDate.of(2019, 4, 22), parse("2019-04-22T10:41:16+08:00").date());
    assertEquals(LocalTime.of(4, 30, 44), parse("2019-06-06T4:30:44+08:00").time().orElseThrow());
    assertEquals(Optional.of(ZoneOffset.UTC), parse("2022-12-30T14:45:10Z").offset());
    assertEquals(Optional.of(ZoneOffset.ofHours(-5)), parse("2018-12-31 23:30:00 -0500").offset());
    assertEquals(Optional.empty(), parse("2020-01-01T08:00:00").offset());
    assertEquals(LocalTime.of(7, 32, 0, 999_000_000), parse("1979-05-27T07:32:00.999-07:00").time().orElseThrow());
  }

  @Test
  void dateIsTheCalendarDateAsWritten() {
    assertEquals(LocalDate.of(2018, 12, 31), parse("2018-12-31T23:30:00-05:00").date());
    assertEquals(LocalDate.of(2019, 1, 1), parse("2019-01-01T00:30:00+14:00").date());
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertEquals(Optional.empty(), WrittenDate.parse("last tuesday"));
    assertEquals(Optional.empty(), WrittenDate.parse("2019-02-30"));
    assertEquals(Optional.empty(), WrittenDate.parse("2020"));
    assertEquals(Optional.empty(), WrittenDate.parse("2020-01-01T25:00:00Z"));
    assertEquals(Optional.empty(), WrittenDate.parse("9".repeat(100_000)));
  }

  @Test
  void bareDateIsComparedWithTodayInTheClocksZone() {
    ZonedDateTime now = ZonedDateTime.of(2024, 6, 15, 23, 0, 0, 0, ZoneId.of("America/New_York"));
    assertFalse(parse("2024-06-15").isAfter(now));
    assertTrue(parse("2024-06-16").isAfter(now));
    assertTrue(parse("2024-06-15").hasArrived(now));
  }

  @Test
  void timestampIsComparedAsAnInstantAndWithoutOffsetInTheClocksZone() {
    ZonedDateTime now = ZonedDateTime.of(2024, 6, 15, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
    // It is 12:00 in Paris, 10:00 UTC.
    assertTrue(parse("2024-06-15T12:30:00").isAfter(now));
    assertTrue(parse("2024-06-15T11:00:00").hasArrived(now));
    assertTrue(parse("2024-06-15T10:30:00Z").isAfter(now));
    assertTrue(parse("2024-06-15T09:30:00Z").hasArrived(now));
    assertTrue(parse("2024-06-15T12:00:00+02:00").hasArrived(now));
    assertFalse(parse("2024-06-15T12:00:01+02:00").hasArrived(now));
  }
}
