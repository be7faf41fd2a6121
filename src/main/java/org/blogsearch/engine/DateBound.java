package org.blogsearch.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date bound written as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. As a lower bound it
 * means the first day of that period, as an upper bound the last, so {@code to=2018} includes
 * 2018-12-31.
 */
public final class DateBound {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private DateBound() {}

  /** The first day of the period; {@code name} says which parameter was wrong if it is not a date. */
  public static LocalDate first(String name, String text) {
    Matcher m = match(name, text);
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return LocalDate.of(year, 1, 1);
      }
      int month = Integer.parseInt(m.group(2));
      return m.group(3) == null
          ? LocalDate.of(year, month, 1)
          : LocalDate.of(year, month, Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw invalid(name, text);
    }
  }

  /** The last day of the period. */
  public static LocalDate last(String name, String text) {
    Matcher m = match(name, text);
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return LocalDate.of(year, 12, 31);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      return m.group(3) == null
          ? month.atEndOfMonth()
          : month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw invalid(name, text);
    }
  }

  private static Matcher match(String name, String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw invalid(name, text);
    }
    return m;
  }

  private static InvalidRequestException invalid(String name, String text) {
    return new InvalidRequestException(
        name + " must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
  }
}
