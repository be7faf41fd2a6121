package org.blogsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  private static SearchRequest withTags(int count) {
    List<String> tags = IntStream.range(0, count).mapToObj(i -> "tag" + i).toList();
    return new SearchRequest("", tags, Optional.empty(), Optional.empty(), SortOrder.RELEVANCE, 1, 10);
  }

  @Test
  void twentyTagsMayBeSelectedAtOnce() {
    assertEquals(20, withTags(20).tags().size());
  }

  @Test
  void moreTagsThanAnyReaderSelectsAreRefusedWithTheirCount() {
    // A thousand tag filters would exceed Lucene's clause limit and fail as a server error.
    InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> withTags(1300));
    assertEquals("at most 20 tags may be selected at once, not 1300", refused.getMessage());
  }
}
