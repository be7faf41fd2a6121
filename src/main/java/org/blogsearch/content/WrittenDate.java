package org.blogsearch.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a blogger wrote it: the calendar date, and the time and offset when given. Kept as
 * written because the post's date is the one on the author's calendar, not the UTC one.
 */
record WrittenDate(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {

  // Bounded quantifiers and no nested repetition: linear on any input.
  private static final Pattern SHAPE =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:(?:[Tt]| {1,3})(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
              + " {0,3}(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern DATE_IN_URL = Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})(?:/|$)");

  /** The date in a URL or Zola path such as {@code 2017/04/27/Rust-1.17}, if it has one. */
  static Optional<LocalDate> inUrl(String url) {
    Matcher m = DATE_IN_URL.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Parses the shapes found in Hugo, Zola and Jekyll front matter; empty when it is not one. */
  static Optional<WrittenDate> parse(String text) {
    Matcher m = SHAPE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      Optional<LocalTime> time = Optional.empty();
      if (m.group(4) != null) {
        String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
        time =
            Optional.of(
                LocalTime.of(
                    Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    Integer.parseInt(fraction)));
      }
      return Optional.of(new WrittenDate(date, time, offset(m.group(8))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.equalsIgnoreCase("Z") || text.equals("UTC") || text.equals("GMT")) {
      return Optional.of(ZoneOffset.UTC);
    }
    String digits = text.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
  }

  /** Whether this moment has not come yet; a bare date is compared with today's date. */
  boolean isAfter(ZonedDateTime now) {
    return time.isEmpty() ? date.isAfter(now.toLocalDate()) : instant(now.getZone()).isAfter(now.toInstant());
  }

  /** Whether this moment has come; a bare date has come from its first day on. */
  boolean hasArrived(ZonedDateTime now) {
    return !isAfter(now);
  }

  /** The moment this date names; a bare date is its first instant. */
  Instant instant(ZoneId zone) {
    LocalDateTime local = LocalDateTime.of(date, time.orElse(LocalTime.MIDNIGHT));
    // A time without offset is taken in the clock's zone, as a site builder on that machine would.
    return offset.map(o -> local.toInstant(o)).orElseGet(() -> local.atZone(zone).toInstant());
  }
}
