package org.blogsearch.semantic;

import org.blogsearch.content.Post;

/** What of a post the model reads: the title, the summary, and the prose they lead into. */
public final class PostText {

  /**
   * The model reads 128 tokens, about a hundred English words; what lies beyond is cut off unseen, so
   * it is not handed over at all.
   */
  private static final int MAX_CHARS = 1_000;

  private PostText() {}

  public static String of(Post post) {
    StringBuilder text = new StringBuilder(post.title());
    for (String part : new String[] {post.summary(), post.body()}) {
      if (!part.isBlank() && text.length() < MAX_CHARS) {
        text.append(text.isEmpty() ? "" : "\n").append(part, 0, Math.min(part.length(), MAX_CHARS - text.length()));
      }
    }
    return text.toString();
  }
}
