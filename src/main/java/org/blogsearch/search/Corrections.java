package org.blogsearch.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.blogsearch.search.ParsedQuery.Clause;
import org.blogsearch.search.ParsedQuery.Word;

/**
 * "Did you mean": the query with each word that no post holds replaced by the closest word the posts
 * do hold, preferring common ones. Thread-safe.
 */
final class Corrections {

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private final Vocabulary vocabulary;

  Corrections(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  Optional<String> of(String text, ParsedQuery parsed, IndexReader reader) throws IOException {
    Map<String, String> replacements = new LinkedHashMap<>();
    for (Clause clause : parsed.clauses()) {
      if (clause.negated()) {
        continue;
      }
      for (var condition : clause.anyOf()) {
        if (condition instanceof Word(String word)) {
          Optional<String> correction = correct(word, reader);
          correction.ifPresent(c -> replacements.put(word, c));
        }
      }
    }
    if (replacements.isEmpty()) {
      return Optional.empty();
    }
    Matcher token = TOKEN.matcher(text);
    StringBuilder corrected = new StringBuilder();
    while (token.find()) {
      token.appendReplacement(corrected, Matcher.quoteReplacement(
          replacements.getOrDefault(token.group(), token.group())));
    }
    token.appendTail(corrected);
    return Optional.of(corrected.toString().strip());
  }

  private Optional<String> correct(String word, IndexReader reader) throws IOException {
    Optional<String> plain = Vocabulary.plainWord(word);
    if (plain.isEmpty()) {
      return Optional.empty();
    }
    return vocabulary.corrections(reader, plain.get(), 1).stream().findFirst();
  }
}
