package org.blogsearch.search;

import org.blogsearch.engine.QuerySyntax;
import org.blogsearch.engine.ParsedQuery;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SearchHit;
import org.blogsearch.engine.FacetCount;
import org.blogsearch.engine.IndexStatus;
import org.blogsearch.engine.SearchTimeoutException;
import org.blogsearch.engine.SortOrder;
import org.blogsearch.engine.StageTimes;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.blogsearch.index.PostIndexer;
import org.blogsearch.index.Schema;
import org.blogsearch.semantic.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene engine: one shared searcher over the index folder, refreshed when a new commit lands
 * there, so a rebuild by {@code blogsearch index} shows up without a restart.
 */
public final class LuceneSearchEngine implements SearchEngine {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);
  private static final long REFRESH_SECONDS = 2;
  /**
   * One thread looks for new commits of every open index: a service of thousands of sites keeps one
   * refresher, not one a site.
   */
  private static final ScheduledExecutorService REFRESHER = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("blogsearch-refresh").daemon().factory());
  /** The first post by source path, read from the index; searches use {@link PostOrdinals#byPath()}. */
  static final SortField BY_PATH =
      KeywordField.newSortField(Schema.ID, false, SortedSetSelector.Type.MIN);
  /** Newest first; posts without a date sort last. */
  private static final SortField BY_WRITTEN_DATE =
      LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE);

  private final Directory directory;
  private final Clock clock;
  private final SearchDeadlines deadlines;
  private final RefreshTimes refreshTimes;
  private final ServedIndex served;
  private volatile ScheduledFuture<?> refreshing;
  private final Vocabulary vocabulary = new Vocabulary();
  private final QueryFactory queries = new QueryFactory(vocabulary);
  private final HitReader hitReader = new HitReader();
  private final FacetCounter facets = new FacetCounter();
  private final Completions completions = new Completions(vocabulary);
  private final RelatedPosts relatedPosts = new RelatedPosts();
  private final Optional<MeaningRanking> meaning;

  private LuceneSearchEngine(Directory directory, Clock clock, Duration timeout, Optional<Embedder> meaning)
      throws IOException {
    long opening = System.nanoTime();
    this.meaning = meaning.map(MeaningRanking::new);
    this.directory = directory;
    this.clock = clock;
    this.deadlines = new SearchDeadlines(timeout);
    this.refreshTimes = new RefreshTimes(clock);
    this.served = new ServedIndex(directory, searchers(deadlines, timeout, facets), refreshTimes);
    refreshTimes.opened(Duration.ofNanos(System.nanoTime() - opening));
  }

  /** Opens the index in {@code indexDir}; fails with a clear message if there is none. */
  public static LuceneSearchEngine open(Path indexDir) throws IOException {
    return open(indexDir, Clock.systemUTC());
  }

  /** Opens the index, deciding by {@code clock} which posts have expired. */
  public static LuceneSearchEngine open(Path indexDir, Clock clock) throws IOException {
    return open(indexDir, clock, Duration.ZERO);
  }

  /**
   * Opens the index; a search or a related-posts lookup that takes longer than {@code timeout}
   * (zero: no limit) is stopped and fails with a {@link SearchTimeoutException}.
   */
  public static LuceneSearchEngine open(Path indexDir, Clock clock, Duration timeout) throws IOException {
    return open(indexDir, clock, timeout, Optional.empty());
  }

  /**
   * Opens the index; with a {@code meaning} model, and an index built with it, a query of plain words
   * also finds the posts nearest to it in meaning, ranked with the others by one score.
   */
  public static LuceneSearchEngine open(Path indexDir, Clock clock, Duration timeout, Optional<Embedder> meaning)
      throws IOException {
    if (!PostIndexer.exists(indexDir)) {
      throw new IOException("no index at " + indexDir + "; build it with: blogsearch index --index " + indexDir);
    }
    LuceneSearchEngine engine = new LuceneSearchEngine(FSDirectory.open(indexDir), clock, timeout, meaning);
    engine.refreshing = REFRESHER.scheduleWithFixedDelay(engine::refreshQuietly, REFRESH_SECONDS, REFRESH_SECONDS,
        TimeUnit.SECONDS);
    return engine;
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    StageTimes.Clock stages = new StageTimes.Clock();
    ParsedQuery parsed = QuerySyntax.parse(request.query());
    Instant now = clock.instant();
    try (ServedIndex.Lease lease = served.acquire(); SearchDeadlines.Deadline deadline = deadlines.start()) {
      IndexSearcher searcher = lease.searcher();
      IndexReader reader = searcher.getIndexReader();
      // Past the last post a deeper page only costs memory: it is empty whatever the depth.
      int upTo = (int) Math.min(request.depth(), Math.max(1, reader.maxDoc()));
      boolean byDate = request.sort() == SortOrder.DATE || !parsed.hasWords();
      QueryFactory.Built built = queries.create(parsed, request, now, searcher);
      Optional<MeaningRanking.Nearest> nearest = meaning.isPresent() && !byDate
          && MeaningRanking.applies(parsed, reader)
          ? Optional.of(meaning.get().nearest(searcher, request.query(), QueryFactory.published(now)))
          : Optional.empty();
      Query text = nearest.map(near -> near.orText(built.text())).orElse(built.text());
      Query query = nearest.isPresent() ? QueryFactory.filtered(text, request) : built.query();
      stages.lap("query");
      Collected collected = collect(searcher, query, byDate,
          nearest.isPresent() ? Math.max(upTo, 2 * MeaningRanking.DEPTH) : upTo);
      ScoreDoc[] ranked = collected.top().scoreDocs;
      Map<Integer, Integer> bestPassages = Map.of();
      if (nearest.isPresent()) {
        for (ScoreDoc hit : ranked) {
          hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
        MeaningRanking.Ranked mixed = MeaningRanking.rank(searcher, ranked, holdingEveryWord(searcher, built),
            filteredNearest(searcher, nearest.get(), request), nearest.get().vector());
        ranked = mixed.hits();
        bestPassages = mixed.passages();
      }
      stages.lap("match");
      ScoreDoc[] page = Arrays.copyOfRange(ranked,
          (int) Math.min(ranked.length, request.depth() - request.size()),
          (int) Math.min(ranked.length, request.depth()));
      if (nearest.isPresent()) {
        // Ranked by the mixed score, which each hit already holds.
      } else if (!byDate) {
        // Sorting by score already computed each hit's score; it is the first sort value.
        for (ScoreDoc hit : page) {
          hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
      } else {
        TopFieldCollector.populateScores(page, searcher, query);
      }
      List<SearchHit> hits = hitReader.read(searcher, built.marked(), page, bestPassages);
      stages.lap("hits");
      PostOrdinals.Counts tagBase = request.tags().isEmpty() ? collected.counts()
          : facets.count(searcher, QueryFactory.filtered(text, request.withoutTags()));
      PostOrdinals.Counts yearBase = request.from().isEmpty() && request.to().isEmpty() ? collected.counts()
          : facets.count(searcher, QueryFactory.filtered(text, request.withoutDates()));
      List<FacetCount> tags = FacetCounter.tags(collected.ordinals(), tagBase);
      List<FacetCount> years = FacetCounter.years(collected.ordinals(), yearBase);
      stages.lap("facets");
      deadline.check();
      return new SearchResults(request, collected.counts().total(), stages.times(), hits, tags, years,
          Corrections.of(request.query(), servedWords(searcher, built.corrections(), now)),
          collected.counts().total() == 0 ? List.of() : built.unmatched());
    }
  }

  @Override
  public List<String> suggest(String text, int size) throws IOException {
    try (ServedIndex.Lease lease = served.acquire()) {
      return completions.of(lease.searcher(), text, size, QueryFactory.published(clock.instant()));
    }
  }

  @Override
  public Optional<List<SearchHit>> related(String slug, int size) throws IOException {
    try (ServedIndex.Lease lease = served.acquire(); SearchDeadlines.Deadline deadline = deadlines.start()) {
      IndexSearcher searcher = lease.searcher();
      Query published = QueryFactory.published(clock.instant());
      Optional<RelatedPosts.Source> source = relatedPosts.source(searcher, slug, published);
      deadline.check();
      if (source.isEmpty()) {
        return Optional.empty();
      }
      Optional<Query> byMeaning = meaning.isPresent()
          ? relatedPosts.byMeaning(searcher, slug, source.get(), published)
          : Optional.empty();
      Query query = byMeaning.isPresent() ? byMeaning.get() : new BooleanQuery.Builder()
          .add(relatedPosts.byWords(searcher, slug, source.get()), Occur.MUST)
          .add(published, Occur.FILTER)
          .build();
      ScoreDoc[] found = searcher.search(query, size).scoreDocs;
      deadline.check();
      // No words to mark: each related post shows its summary or its opening.
      return Optional.of(hitReader.read(searcher, MatchNoDocsQuery.INSTANCE, found, Map.of()));
    }
  }

  @Override
  public List<FacetCount> tags() throws IOException {
    try (ServedIndex.Lease lease = served.acquire()) {
      IndexSearcher searcher = lease.searcher();
      return FacetCounter.allTags(facets.ordinals(searcher.getIndexReader()),
          facets.count(searcher, QueryFactory.published(clock.instant())));
    }
  }

  /**
   * The corrections whose word some post served at {@code now} holds: the words of a post not yet
   * published are in the index, but must not show before it does.
   */
  private static Map<String, String> servedWords(IndexSearcher searcher, Map<String, String> corrections,
      Instant now) throws IOException {
    Map<String, String> served = new LinkedHashMap<>();
    Query published = QueryFactory.published(now);
    for (Map.Entry<String, String> correction : corrections.entrySet()) {
      if (searcher.count(QueryFactory.holding(correction.getValue(), published)) > 0) {
        served.put(correction.getKey(), correction.getValue());
      }
    }
    return served;
  }

  /** The best posts by words that hold every word. */
  private static Set<Integer> holdingEveryWord(IndexSearcher searcher, QueryFactory.Built built) throws IOException {
    Query holding = new BooleanQuery.Builder()
        .add(built.query(), Occur.MUST)
        .add(built.everyWord(), Occur.FILTER)
        .build();
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(holding, MeaningRanking.DEPTH).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  /** The nearest posts that the request's tags and dates let through. */
  private static Set<Integer> filteredNearest(IndexSearcher searcher, MeaningRanking.Nearest nearest,
      SearchRequest request) throws IOException {
    Set<Integer> kept = new HashSet<>();
    for (ScoreDoc hit : searcher.search(QueryFactory.filtered(nearest.posts(), request), MeaningRanking.DEPTH).scoreDocs) {
      kept.add(hit.doc);
    }
    return kept;
  }

  /**
   * The best {@code upTo} posts by score, or by date, and the tags and years of every match,
   * counted in the same pass. Ties fall back to the source path, so paging never repeats or skips
   * a post.
   */
  private record Collected(TopFieldDocs top, PostOrdinals ordinals, PostOrdinals.Counts counts) {}

  private Collected collect(IndexSearcher searcher, Query query, boolean byDate, int upTo) throws IOException {
    PostOrdinals ordinals = facets.ordinals(searcher.getIndexReader());
    Sort sort = new Sort(byDate ? BY_WRITTEN_DATE : SortField.FIELD_SCORE, ordinals.byPath());
    Object[] collected = searcher.search(query, new MultiCollectorManager(
        new TopFieldCollectorManager(sort, upTo, null, upTo), ordinals.counting()));
    return new Collected((TopFieldDocs) collected[0], ordinals, (PostOrdinals.Counts) collected[1]);
  }

  @Override
  public IndexStatus status() throws IOException {
    try (ServedIndex.Lease lease = served.acquire()) {
      DirectoryReader reader = (DirectoryReader) lease.searcher().getIndexReader();
      IndexCommit commit = reader.getIndexCommit();
      String committed = commit.getUserData().get(PostIndexer.COMMIT_TIME);
      RefreshTimes.Refresh refresh = refreshTimes.last();
      return new IndexStatus(lease.searcher().count(QueryFactory.published(clock.instant())),
          committed == null ? Instant.EPOCH : Instant.parse(committed), refresh.at(), refresh.took(), sizeOnDisk(commit));
    }
  }

  private long sizeOnDisk(IndexCommit commit) throws IOException {
    long bytes = 0;
    for (String file : commit.getFileNames()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // A newer commit replaced this file in the moment before the next refresh: it no longer counts.
      }
    }
    return bytes;
  }

  /**
   * Searchers that stop matching at the deadline of the search on their thread, over snapshots whose
   * tags, years and path order are read as each is opened (on the refresher's thread), so that no
   * reader's search waits for them.
   */
  private static SearcherFactory searchers(SearchDeadlines deadlines, Duration timeout, FacetCounter facets) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        facets.ordinals(reader);
        IndexSearcher searcher = new IndexSearcher(reader);
        if (!timeout.isZero()) {
          searcher.setTimeout(deadlines);
        }
        return searcher;
      }
    };
  }

  @Override
  public void refresh() throws IOException {
    served.refresh(true);
  }

  private void refreshQuietly() {
    try {
      served.refresh(false);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not refresh the index: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    refreshing.cancel(false);
    served.close();
    directory.close();
  }
}
