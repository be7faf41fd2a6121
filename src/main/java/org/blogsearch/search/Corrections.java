package org.blogsearch.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.blogsearch.index.Schema;
import org.blogsearch.search.ParsedQuery.Clause;
import org.blogsearch.search.ParsedQuery.Word;

/**
 * "Did you mean": the query with each word that no post holds replaced by the closest word the posts
 * do hold, preferring common ones. Thread-safe.
 */
final class Corrections {

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private final DirectSpellChecker checker = new DirectSpellChecker();

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
    if (plain.isEmpty() || plain.get().length() < Vocabulary.MIN_TYPO_LENGTH - 1) {
      return Optional.empty();
    }
    Term term = new Term(Schema.WORDS, plain.get());
    if (reader.docFreq(term) > 0) {
      return Optional.empty();
    }
    SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return best.length == 0 ? Optional.empty() : Optional.of(best[0].string);
  }
}
