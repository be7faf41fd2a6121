package org.blogsearch.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentListing;
import org.blogsearch.content.Namesakes;
import org.blogsearch.content.Problem;
import org.blogsearch.content.ReadOutcome;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;
import org.blogsearch.index.FileHashes;
import org.blogsearch.engine.IndexProgress;
import org.blogsearch.engine.IndexSummary;
import org.blogsearch.engine.Indexer;

/**
 * Brings one site's posts in the SolrCloud collection in line with a content folder, as
 * {@code index.PostIndexer} does an index folder: unchanged files are not read again, posts whose file
 * is gone are deleted, and one commit at the end makes the run visible at once. A full run builds a
 * new collection aside, and the alias moves to it only once it is complete.
 */
public final class SolrIndexer implements Indexer {

  private static final int BATCH = 200;
  private static final int PAGE = 1000;

  private final ContentFolder content;
  private final SolrCluster cluster;
  private final String site;
  private final String fingerprint;
  private final FileHashes hashes = new FileHashes();

  /**
   * @param site the site whose posts these are; its posts alone are read, replaced and deleted
   * @param fingerprint describes everything besides the file bytes that shapes a post (the content
   *     options); when it differs from the last run's, every post is read again
   */
  public SolrIndexer(ContentFolder content, SolrCluster cluster, String site, String fingerprint) {
    this.content = content;
    this.cluster = cluster;
    this.site = site;
    this.fingerprint = SolrCluster.CONFIGSET + "|" + fingerprint;
  }

  /** Whether this site's posts have been committed to the cluster. */
  @Override
  public boolean exists() throws IOException {
    return cluster.servedCollection().isPresent() && cluster.lastCommit(site).isPresent();
  }

  /** Indexes the content folder, telling {@code progress} as files are done. */
  @Override
  public IndexSummary index(boolean full, IndexProgress progress) throws IOException {
    long startNanos = System.nanoTime();
    ContentListing listing = content.list();
    List<String> files = listing.files();
    progress.filesFound(files.size());
    Optional<String> served = cluster.servedCollection();
    boolean aside = full && served.isPresent();
    String collection = aside ? cluster.createCollection() : cluster.collection();
    try {
      boolean reread = full || !cluster.fingerprint(site).equals(Optional.of(fingerprint));
      Map<String, String> known = reread ? Map.of() : knownHashes(collection);
      Tally tally = new Tally();
      tally.keptOut.addAll(listing.excluded());
      tally.problems.addAll(listing.problems());
      Batch batch = new Batch(collection);
      int done = 0;
      for (String path : files) {
        indexFile(path, known.get(path), batch, tally);
        progress.filesDone(++done, files.size());
      }
      Set<String> present = new HashSet<>(files);
      Set<String> stale = reread && !aside ? new HashSet<>(knownHashes(collection).keySet()) : new HashSet<>();
      stale.addAll(known.keySet());
      for (String gone : stale) {
        // A post under a folder that could not be read may still be there, as an unreadable file may.
        if (!present.contains(gone) && !listing.unknown(gone)) {
          batch.delete(gone);
          tally.deleted += known.containsKey(gone) ? 1 : 0;
        }
      }
      if (aside) {
        copyOtherSites(served.get(), batch);
      }
      batch.flush();
      for (Problem refused : batch.refused) {
        tally.problems.add(refused);
        if (known.containsKey(refused.path())) {
          tally.updated--;
        } else {
          tally.added--;
        }
      }
      commit(collection);
      List<SolrDocument> posts = sitePosts(collection, SolrFields.PATH, SolrFields.SLUG, SolrFields.URL,
          SolrFields.PUBLISHES);
      tally.problems.addAll(Namesakes.among(posts.stream().map(post -> new Namesakes.Address(
          (String) post.get(SolrFields.PATH), (String) post.get(SolrFields.SLUG), (String) post.get(SolrFields.URL)))
          .toList()));
      tally.scheduled = posts.stream().map(post -> (Long) post.get(SolrFields.PUBLISHES))
          .filter(moment -> moment != null && moment > content.now().toEpochMilli())
          .map(Instant::ofEpochMilli).sorted().toList();
      if (aside) {
        cluster.switchTo(collection, served);
      }
      cluster.committed(site, fingerprint, Instant.now());
      return tally.summary(posts.size(), Duration.ofNanos(System.nanoTime() - startNanos));
    } catch (IOException | RuntimeException e) {
      if (aside) {
        cluster.dropQuietly(collection);
      }
      throw e;
    }
  }

  private void indexFile(String path, String knownHash, Batch batch, Tally tally) throws IOException {
    String hash = hashes.of(content.root().resolve(path));
    if (knownHash != null && knownHash.equals(hash)) {
      tally.unchanged++;
      return;
    }
    boolean existed = knownHash != null;
    switch (content.read(path)) {
      case ReadOutcome.Accepted accepted -> {
        batch.add(path, SolrDocuments.of(site, accepted.post(), hash, fingerprint));
        if (existed) {
          tally.updated++;
        } else {
          tally.added++;
        }
        tally.problems.addAll(accepted.warnings());
      }
      case ReadOutcome.Unpublished unpublished -> {
        if (existed) {
          batch.delete(path);
          tally.deleted++;
        }
        tally.unpublished.merge(unpublished.reason(), 1, Integer::sum);
      }
      case ReadOutcome.NotAPost ignored -> {
        if (existed) {
          batch.delete(path);
          tally.deleted++;
        }
        tally.notPosts++;
      }
      case ReadOutcome.KeptOut keptOut -> {
        if (existed) {
          batch.delete(path);
          tally.deleted++;
        }
        tally.keptOut.add(keptOut);
      }
      // A post that breaks keeps its last good version in the index until it is fixed.
      case ReadOutcome.Rejected rejected -> tally.problems.add(existed
          ? new Problem(path, rejected.problem().line(),
              rejected.problem().message() + " (the previously indexed version is kept)",
              rejected.problem().severity())
          : rejected.problem());
    }
  }

  /** The hash of every post of this site, by path. */
  private Map<String, String> knownHashes(String collection) throws IOException {
    Map<String, String> known = new HashMap<>();
    for (SolrDocument post : sitePosts(collection, SolrFields.PATH, SolrFields.HASH)) {
      known.put((String) post.get(SolrFields.PATH), (String) post.get(SolrFields.HASH));
    }
    return known;
  }

  private List<SolrDocument> sitePosts(String collection, String... fields) throws IOException {
    return every(collection, SolrFields.SITE + ":" + SolrQueries.term(site), fields);
  }

  /** Every document matching {@code filter}, page by page, in id order. */
  private List<SolrDocument> every(String collection, String filter, String... fields) throws IOException {
    List<SolrDocument> all = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery query = new SolrQuery("*:*").addFilterQuery(filter).setFields(fields).setRows(PAGE)
          .setSort(SolrFields.ID, SolrQuery.ORDER.asc);
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(collection, query);
      all.addAll(response.getResults());
      if (cursor.equals(response.getNextCursorMark())) {
        return all;
      }
      cursor = response.getNextCursorMark();
    }
  }

  /** A rebuild of one site must not lose the others: their posts move to the new collection as stored. */
  private void copyOtherSites(String from, Batch batch) throws IOException {
    for (SolrDocument post : every(from, "-" + SolrFields.SITE + ":" + SolrQueries.term(site), "*")) {
      SolrInputDocument copy = new SolrInputDocument();
      post.forEach((field, value) -> {
        if (!field.equals(SolrFields.VERSION)) {
          copy.setField(field, value);
        }
      });
      batch.copy(copy);
    }
  }

  private QueryResponse query(String collection, SolrQuery query) throws IOException {
    try {
      return cluster.client().query(collection, query);
    } catch (SolrServerException | RuntimeException e) {
      throw SolrFailure.of(cluster, e);
    }
  }

  private void commit(String collection) throws IOException {
    try {
      cluster.client().commit(collection, true, true);
    } catch (SolrServerException | RuntimeException e) {
      throw SolrFailure.of(cluster, e);
    }
  }

  /** Updates sent a few hundred at a time; a batch Solr refuses is sent again post by post, to name the file. */
  private final class Batch {
    private final String collection;
    private final Map<String, SolrInputDocument> added = new HashMap<>();
    private final List<SolrInputDocument> copied = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<Problem> refused = new ArrayList<>();

    Batch(String collection) {
      this.collection = collection;
    }

    void add(String path, SolrInputDocument doc) throws IOException {
      added.put(path, doc);
      flushIfFull();
    }

    void copy(SolrInputDocument doc) throws IOException {
      copied.add(doc);
      flushIfFull();
    }

    void delete(String path) throws IOException {
      deleted.add(SolrFields.id(site, path));
      flushIfFull();
    }

    private void flushIfFull() throws IOException {
      if (added.size() + copied.size() + deleted.size() >= BATCH) {
        flush();
      }
    }

    void flush() throws IOException {
      if (added.isEmpty() && copied.isEmpty() && deleted.isEmpty()) {
        return;
      }
      UpdateRequest update = new UpdateRequest();
      added.values().forEach(update::add);
      copied.forEach(update::add);
      if (!deleted.isEmpty()) {
        update.deleteById(deleted);
      }
      try {
        update.process(cluster.client(), collection);
      } catch (SolrServerException | RuntimeException e) {
        if (added.isEmpty()) {
          throw SolrFailure.of(cluster, e);
        }
        onePostAtATime();
      } finally {
        added.clear();
        copied.clear();
        deleted.clear();
      }
    }

    /** Finds which posts Solr refused, each named by its file; the rest go in. */
    private void onePostAtATime() throws IOException {
      for (Map.Entry<String, SolrInputDocument> post : added.entrySet()) {
        try {
          new UpdateRequest().add(post.getValue()).process(cluster.client(), collection);
        } catch (org.apache.solr.common.SolrException e) {
          refused.add(new Problem(post.getKey(), 1, "Solr refused the post: " + e.getMessage(), Problem.Severity.ERROR));
        } catch (SolrServerException | RuntimeException e) {
          throw SolrFailure.of(cluster, e);
        }
      }
      UpdateRequest rest = new UpdateRequest();
      copied.forEach(rest::add);
      if (!deleted.isEmpty()) {
        rest.deleteById(deleted);
      }
      if (!copied.isEmpty() || !deleted.isEmpty()) {
        try {
          rest.process(cluster.client(), collection);
        } catch (SolrServerException | RuntimeException e) {
          throw SolrFailure.of(cluster, e);
        }
      }
    }
  }

  private static final class Tally {
    int added;
    int updated;
    int deleted;
    int unchanged;
    int notPosts;
    final Map<Reason, Integer> unpublished = new EnumMap<>(Reason.class);
    final List<ReadOutcome.KeptOut> keptOut = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    List<Instant> scheduled = List.of();

    IndexSummary summary(int posts, Duration took) {
      problems.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line));
      keptOut.sort(Comparator.comparing(ReadOutcome.KeptOut::path));
      return new IndexSummary(added, updated, deleted, unchanged, unpublished, notPosts, keptOut, problems, posts,
          scheduled, took);
    }
  }
}
