package org.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated blog on which searches are slow for real: every post is made of the same 64 words, so a
 * query of all of them matches every post in every word, and each hit's snippet has matches throughout.
 * On a server just started, each such search takes a few hundred milliseconds on two cores, and the
 * searches sent together queue behind the two search threads.
 */
final class SlowBlog {

  static final int SEARCHES = 16;
  private static final int POSTS = 1500;
  private static final int WORDS_PER_POST = 800;
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "da"};

  private SlowBlog() {}

  /** Writes the posts under {@code content}; returns the query that matches all of them everywhere. */
  static String write(Path content) throws IOException {
    Random random = new Random(7);
    List<String> words = words();
    Files.createDirectories(content.resolve("posts"));
    for (int i = 0; i < POSTS; i++) {
      StringBuilder post = new StringBuilder("---\ntitle: ");
      for (int w = 0; w < 6; w++) {
        post.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      post.append("\ndate: 2020-01-01\n---\n");
      for (int w = 0; w < WORDS_PER_POST; w++) {
        post.append(words.get(random.nextInt(words.size()))).append(w % 20 == 19 ? ".\n" : " ");
      }
      Files.writeString(content.resolve("posts").resolve("post-" + i + ".md"), post);
    }
    return String.join(" ", words);
  }

  /** 64 made-up words of three syllables, none an English word that stemming would fold. */
  private static List<String> words() {
    List<String> words = new ArrayList<>();
    for (int i = 0; words.size() < 64; i++) {
      words.add(SYLLABLES[i % 10] + SYLLABLES[(i / 10) % 10] + SYLLABLES[(i * 7 + 3) % 10]);
    }
    return words;
  }
}
