package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any Markdown body, written to a post's file, through the post reader: it becomes a post, or a file
 * rejected for a reason the reader knows (not text, empty). Never the reader's last resort, which turns
 * an unexpected error into a rejection: that is a bug.
 */
class MarkdownFuzzTest {

  private static final String FRONT_MATTER = "---\ntitle: Fuzzed\ndate: 2020-01-01\n---\n";

  @TempDir static Path content;
  private static PostReader reader;

  @BeforeAll
  static void aContentFolder() throws IOException {
    Files.createDirectories(content.resolve("posts"));
    reader = new PostReader(content.toRealPath(), ContentOptions.defaults());
  }

  @FuzzTest(maxDuration = "15s")
  @DictionaryEntries({"```", "~~~", "    ", "`", "{{<", ">}}", "{{%", "%}}", "{%", "%}", "<script>", "</script>",
      "<style>", "<!--", "-->", "<!--more-->", "&amp;", "&#x", ";", "[^1]", "](", "![", "| --- |", "# ", "> ", "- ",
      "1. ", "<div>", "*", "_", "~~"})
  void anyBodyBecomesAPostOrAKnownRejection(FuzzedDataProvider data) throws IOException {
    String body = data.consumeRemainingAsString();
    Files.writeString(content.resolve("posts/fuzzed.md"), FRONT_MATTER + body);
    ReadOutcome outcome = reader.read("posts/fuzzed.md");
    if (outcome instanceof ReadOutcome.Rejected(Problem problem)) {
      assertFalse(problem.message().startsWith("could not read the file"), () -> problem + "\nfor the body:\n" + body);
    }
  }
}
