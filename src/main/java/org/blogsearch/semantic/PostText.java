package org.blogsearch.semantic;

import java.util.ArrayList;
import java.util.List;
import org.blogsearch.content.Post;

/**
 * What of a post the model reads: its opening (the title, the summary and the prose they lead into),
 * then further passages of the prose, each led by the title.
 */
public final class PostText {

  /**
   * The model reads 128 tokens, about a hundred English words; what lies beyond is cut off unseen, so
   * it is not handed over at all.
   */
  private static final int MAX_CHARS = 1_000;

  /**
   * How many passages of a post are read, the opening included: a post is as near to a query as its
   * best passage. Four reach past most posts' first screen (the first 2,000 characters of the prose)
   * for about three times the embedding of the opening alone; see the README for what each costs
   * and gives.
   */
  private static final int MAX_PASSAGES = 4;

  /**
   * Where the passages after the opening begin in the prose: every 500 characters, each 600 long, so
   * that the 128 tokens of each, the title's included, reach the next.
   */
  private static final int STEP = 500;

  private static final int PASSAGE_CHARS = 600;

  private PostText() {}

  /** The opening, then the passages of the prose after it. */
  public static List<String> passages(Post post) {
    List<String> passages = new ArrayList<>();
    passages.add(opening(post));
    String body = post.body();
    for (int i = 1; i < MAX_PASSAGES && passageStart(body, i) < body.length(); i++) {
      int start = passageStart(body, i);
      passages.add(post.title() + "\n" + body.substring(start, Math.min(body.length(), start + PASSAGE_CHARS)));
    }
    return passages;
  }

  /**
   * Where passage {@code i} of {@code body} begins: at the word nearest after its place, or on the
   * place itself in a text without spaces.
   */
  public static int passageStart(String body, int i) {
    if (i == 0) {
      return 0;
    }
    int place = i * STEP;
    int space = body.indexOf(' ', place);
    return space >= 0 && space - place < 50 ? space + 1 : place;
  }

  private static String opening(Post post) {
    StringBuilder text = new StringBuilder(post.title());
    for (String part : new String[] {post.summary(), post.body()}) {
      if (!part.isBlank() && text.length() < MAX_CHARS) {
        text.append(text.isEmpty() ? "" : "\n").append(part, 0, Math.min(part.length(), MAX_CHARS - text.length()));
      }
    }
    return text.toString();
  }
}
