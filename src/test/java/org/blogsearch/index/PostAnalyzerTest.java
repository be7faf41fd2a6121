package org.blogsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class PostAnalyzerTest {

  /** Each token as {@code term}, {@code *} when it is the word as written, {@code +n} its position step. */
  private static List<String> tokens(String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = Schema.analyzer().tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      KeywordAttribute asWritten = stream.addAttribute(KeywordAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + (asWritten.isKeyword() ? "*" : "") + "+" + position.getPositionIncrement());
      }
      stream.end();
    }
    return tokens;
  }

  @Test
  void aWordComesAsWrittenThenAsItsStemAtTheSamePosition() throws IOException {
    assertEquals(List.of("community*+1", "commun+0", "schedulers*+1", "schedul+0"), tokens("Community schedulers"));
  }

  @Test
  void aWordThatIsItsOwnStemComesOnce() throws IOException {
    assertEquals(List.of("rollback*+1"), tokens("rollback"));
  }

  @Test
  void numbersAndChineseHaveNoStems() throws IOException {
    assertEquals(List.of("2019*+1", "检索*+1"), tokens("2019 检索"));
  }

  @Test
  void dotsColonsAndUnderscoresSeparateWords() throws IOException {
    assertEquals(List.of("androidmanifest*+1", "xml*+1", "android*+1", "exported*+1", "export+0", "snake*+1",
        "case*+1"), tokens("AndroidManifest.xml android:exported snake_case"));
  }
}
