package org.blogsearch.index;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis of every searchable field: Unicode word breaks, case and accent folding, and
 * overlapping bigrams for Chinese, Japanese and Korean, which have no spaces between words. Each
 * English word is indexed as written and as its stem at the same position, so a query finds other
 * forms of a word ({@code learning}, {@code learned}) while the exact form ranks first; that also
 * keeps Porter's bolder joins ({@code responsiveness} and {@code response}) from outranking the word
 * itself. Stop words are kept so that
 * phrases and short titles still match exactly.
 */
final class PostAnalyzer extends Analyzer {

  private final boolean stems;
  private final Set<String> seenFields;

  /**
   * @param stems whether English words are also indexed as their stems
   * @param seenFields the fields a reader sees, whose words as written go to the post's vocabulary
   */
  PostAnalyzer(boolean stems, Set<String> seenFields) {
    // Per field: only some fields feed the vocabulary, so their components differ.
    super(PER_FIELD_REUSE_STRATEGY);
    this.stems = stems;
    this.seenFields = seenFields;
  }

  /**
   * Dots, colons and underscores join words that readers type apart: {@code crates.io},
   * {@code myInstance.foo}, {@code developer.chrome.com}, {@code android:exported}, {@code snake_case}.
   * The word-break rules keep them whole.
   */
  private static final NormalizeCharMap SEPARATORS = separators();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(SEPARATORS, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new CJKWidthFilter(source);
    stream = new EnglishPossessiveFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
    if (stems) {
      stream = new ExactAndStemFilter(stream);
      if (seenFields.contains(fieldName)) {
        stream = new VocabularyTap(stream);
      }
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(SEPARATORS, reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
  }

  private static NormalizeCharMap separators() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add(".", " ");
    map.add(":", " ");
    map.add("_", " ");
    return map.build();
  }
}
