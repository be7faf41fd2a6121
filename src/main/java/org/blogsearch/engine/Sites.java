package org.blogsearch.engine;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The blogs one service answers for, each with an engine of its own, so that a search for one site
 * can never return, count, suggest or relate a post of another. Either one unnamed site, as a single
 * blog is served, or named sites. Engines are opened on first use and the least recently used are
 * closed beyond a bound, so thousands of small sites cost only the few that readers search at the
 * moment. Thread-safe.
 */
public final class Sites implements AutoCloseable {

  /** What a site's name may be: it names a folder and travels in URLs. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** Opens the engine of one site; the name is null for the unnamed site. */
  @FunctionalInterface
  public interface Opener {
    SearchEngine open(String site) throws IOException;
  }

  private final Set<String> names;
  private final Opener opener;
  private final int maxOpen;
  private final Map<String, Open> open = new LinkedHashMap<>(16, 0.75f, true);
  private boolean closed;

  private Sites(Set<String> names, Opener opener, int maxOpen) {
    this.names = Set.copyOf(names);
    this.opener = opener;
    this.maxOpen = maxOpen;
  }

  /** One unnamed site served by {@code engine}, which is closed with this. */
  public static Sites single(SearchEngine engine) {
    Sites sites = new Sites(Set.of(), site -> engine, 1);
    sites.open.put(null, new Open(engine));
    return sites;
  }

  /**
   * The sites named, each opened by {@code opener} when first searched; at most {@code maxOpen} stay
   * open at once.
   */
  public static Sites named(List<String> names, Opener opener, int maxOpen) {
    if (names.isEmpty() || maxOpen < 1) {
      throw new IllegalArgumentException("named sites need at least one name and one open engine");
    }
    return new Sites(Set.copyOf(names), opener, maxOpen);
  }

  /** Whether sites are named, so every request must say which one it means. */
  public boolean named() {
    return !names.isEmpty();
  }

  public int count() {
    return named() ? names.size() : 1;
  }

  /** The engine of a site, to close once done with it. */
  public final class Lease implements AutoCloseable {
    private final Open site;

    private Lease(Open site) {
      this.site = site;
    }

    public SearchEngine engine() {
      return site.engine;
    }

    @Override
    public void close() throws IOException {
      release(site);
    }
  }

  /**
   * The engine of the site named {@code site}, or of the unnamed site when it is null.
   *
   * @throws InvalidRequestException naming what is wrong when no site is named where sites are, or one
   *     is named where none are
   * @throws UnknownSiteException when no site has that name
   */
  public Lease acquire(String site) throws IOException {
    String key = key(site);
    Open entry;
    synchronized (this) {
      if (closed) {
        throw new IOException("the service is stopping");
      }
      entry = open.get(key);
      if (entry == null) {
        entry = new Open(opener.open(key));
        open.put(key, entry);
        evictBeyondBound();
      }
      entry.users++;
    }
    return new Lease(entry);
  }

  /**
   * Serves the latest commit of the site's index at once, if its engine is open; one opened later reads
   * the latest commit anyway. A failure is left to the engine's periodic refresh.
   */
  public void refresh(String site) {
    Open entry;
    synchronized (this) {
      entry = open.get(site);
      if (entry == null) {
        return;
      }
      entry.users++;
    }
    try (Lease lease = new Lease(entry)) {
      lease.engine().refresh();
    } catch (IOException e) {
      // The periodic refresh picks the commit up a moment later.
    }
  }

  private String key(String site) {
    if (!named()) {
      if (site != null && !site.isEmpty()) {
        throw new UnknownSiteException("this service answers for one blog, which has no name: leave out site="
            + "'" + site + "'");
      }
      return null;
    }
    if (site == null || site.isEmpty()) {
      throw new InvalidRequestException("site is required: this service answers for " + names.size()
          + " blogs; name one with site=NAME");
    }
    if (!names.contains(site)) {
      throw new UnknownSiteException("no blog named '" + site + "' is served here");
    }
    return site;
  }

  private void evictBeyondBound() throws IOException {
    Iterator<Open> eldest = open.values().iterator();
    while (open.size() > maxOpen && eldest.hasNext()) {
      Open site = eldest.next();
      eldest.remove();
      site.evicted = true;
      if (site.users == 0) {
        site.engine.close();
      }
    }
  }

  private void release(Open site) throws IOException {
    boolean close;
    synchronized (this) {
      close = --site.users == 0 && site.evicted;
    }
    if (close) {
      site.engine.close();
    }
  }

  /** Closes every open engine; leases still out close theirs when released. */
  @Override
  public void close() throws IOException {
    IOException failed = null;
    synchronized (this) {
      closed = true;
      for (Open site : open.values()) {
        site.evicted = true;
        if (site.users == 0) {
          try {
            site.engine.close();
          } catch (IOException e) {
            failed = e;
          }
        }
      }
      open.clear();
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** An open engine and how many requests use it now; guarded by the enclosing instance. */
  private static final class Open {
    private final SearchEngine engine;
    private int users;
    private boolean evicted;

    private Open(SearchEngine engine) {
      this.engine = engine;
    }
  }
}
