package org.blogsearch.search;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean": the query as typed, with each word that no post holds replaced by the closest word
 * the posts do hold. Stateless.
 */
final class Corrections {

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private Corrections() {}

  /** {@code text} with each word replaced as {@code corrections} says; empty when none is. */
  static Optional<String> of(String text, Map<String, String> corrections) {
    if (corrections.isEmpty()) {
      return Optional.empty();
    }
    Matcher token = TOKEN.matcher(text);
    StringBuilder corrected = new StringBuilder();
    while (token.find()) {
      token.appendReplacement(corrected, Matcher.quoteReplacement(
          corrections.getOrDefault(token.group(), token.group())));
    }
    token.appendTail(corrected);
    return Optional.of(corrected.toString().strip());
  }
}
