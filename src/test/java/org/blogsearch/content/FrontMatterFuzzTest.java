package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text at the top of a file through the front matter reader: it is read, or rejected with a
 * reason and a line of the file; no other error, and every warning names a line too.
 */
class FrontMatterFuzzTest {

  private final FrontMatterParser parser = new FrontMatterParser();

  @FuzzTest(maxDuration = "15s")
  @DictionaryEntries({"+++", "---", "{", "}", "\"", "=", ": ", "[", "]", "[taxonomies]", "title",
      "date", "draft", "true", "publishDate", "expiryDate", "tags", "published", "2018-08-13", "T23:30:00-05:00", "- "})
  void frontMatterIsReadOrRejectedWithALine(FuzzedDataProvider data) {
    // Line endings as the file reader leaves them.
    String text = data.consumeRemainingAsString().replace("\r\n", "\n").replace('\r', '\n');
    Warnings warnings = new Warnings("posts/fuzzed.md");
    try {
      FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
      FrontMatter frontMatter = parser.parse(split, warnings);
      Publication.of(frontMatter, PostPath.of("posts/fuzzed.md"), warnings);
      frontMatter.text("title");
      frontMatter.list("tags");
      frontMatter.list("taxonomies", "categories");
    } catch (RejectedFile rejected) {
      Problem problem = rejected.toProblem("posts/fuzzed.md");
      assertTrue(problem.line() <= text.split("\n", -1).length + 1, () -> problem + " past the end of:\n" + text);
    }
    for (Problem warning : warnings.list()) {
      assertTrue(warning.line() <= text.split("\n", -1).length + 1, () -> warning + " past the end of:\n" + text);
    }
  }
}
