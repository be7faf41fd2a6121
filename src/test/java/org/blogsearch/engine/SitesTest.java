package org.blogsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitesTest {

  /** An engine that only knows whether it was closed. */
  private static final class Closable implements SearchEngine {
    final String site;
    boolean closed;

    Closable(String site) {
      this.site = site;
    }

    @Override public SearchResults search(SearchRequest request) { throw new UnsupportedOperationException(); }
    @Override public List<String> suggest(String text, int size) { return List.of(site); }
    @Override public Optional<List<SearchHit>> related(String slug, int size) { return Optional.empty(); }
    @Override public List<FacetCount> tags() { return List.of(); }
    @Override public IndexStatus status() { throw new UnsupportedOperationException(); }
    @Override public void close() { closed = true; }
  }

  private final List<Closable> opened = new ArrayList<>();

  private Sites named(int maxOpen, String... names) {
    return Sites.named(List.of(names), name -> {
      Closable engine = new Closable(name);
      opened.add(engine);
      return engine;
    }, maxOpen);
  }

  @Test
  void opensASiteOnceAndOnlyWhenAskedFor() throws IOException {
    try (Sites sites = named(4, "a", "b")) {
      assertTrue(opened.isEmpty());
      try (Sites.Lease first = sites.acquire("a"); Sites.Lease again = sites.acquire("a")) {
        assertSame(first.engine(), again.engine());
        assertEquals(List.of("a"), first.engine().suggest("", 1));
      }
      assertEquals(1, opened.size());
    }
    assertTrue(opened.getFirst().closed);
  }

  @Test
  void closesTheLeastRecentlyUsedBeyondTheBoundOnceNoRequestUsesIt() throws IOException {
    try (Sites sites = named(1, "a", "b", "c")) {
      Sites.Lease a = sites.acquire("a");
      sites.acquire("b").close();
      assertFalse(opened.get(0).closed, "a request still searches a");
      a.close();
      assertTrue(opened.get(0).closed);
      assertFalse(opened.get(1).closed);
      sites.acquire("c").close();
      assertTrue(opened.get(1).closed);
      try (Sites.Lease reopened = sites.acquire("a")) {
        assertEquals(4, opened.size());
        assertFalse(((Closable) reopened.engine()).closed);
      }
    }
  }

  @Test
  void namedSitesNeedANameTheyKnow() throws IOException {
    try (Sites sites = named(2, "a")) {
      assertTrue(assertThrows(InvalidRequestException.class, () -> sites.acquire(null)).getMessage()
          .contains("site is required"));
      assertTrue(assertThrows(UnknownSiteException.class, () -> sites.acquire("z")).getMessage()
          .contains("no blog named 'z'"));
    }
  }

  @Test
  void theOneUnnamedBlogTakesNoName() throws IOException {
    Closable engine = new Closable("only");
    try (Sites sites = Sites.single(engine)) {
      try (Sites.Lease lease = sites.acquire(null)) {
        assertSame(engine, lease.engine());
      }
      assertThrows(UnknownSiteException.class, () -> sites.acquire("a"));
    }
    assertTrue(engine.closed);
  }
}
