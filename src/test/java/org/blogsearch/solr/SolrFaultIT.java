package org.blogsearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.content.ContentOptions;
import org.blogsearch.engine.IndexSummary;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of a two-node SolrCloud stops while readers search, and is killed outright (kill -9) while a
 * blog is indexed: no search fails, the index run ends in a summary or one sentence, the next run
 * converges, and the node catches up when it is back.
 */
class SolrFaultIT {

  private static final int POSTS = 300;

  @TempDir static Path folder;
  private static TestCluster cluster;
  private static Path blog;

  @BeforeAll
  static void startTheCluster() throws IOException {
    cluster = TestCluster.start(folder.resolve("cluster"));
    blog = Files.createDirectories(folder.resolve("blog"));
    for (int i = 0; i < POSTS; i++) {
      write(i, "Post number " + i, "A post about node failures, number " + i + ", with words of its own: w" + i + ".");
    }
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void write(int i, String title, String body) throws IOException {
    Files.writeString(blog.resolve("post-" + i + ".md"),
        "+++\ntitle = \"" + title + "\"\ndate = \"2020-01-01\"\n+++\n\n" + body + "\n");
  }

  private static SolrIndexer indexer(SolrCluster solr) {
    return new SolrIndexer(new ContentFolder(blog, ContentOptions.defaults()), solr, "faults", "test");
  }

  @Test
  void aNodeKilledWhileIndexingLeavesARunThatConvergesAndANodeThatCatchesUp() throws Exception {
    try (SolrCluster solr = cluster.connect()) {
      indexer(solr).index(true);
      for (int i = 0; i < POSTS; i += 2) {
        write(i, "Edited post " + i, "Rewritten while a node went down: edited" + i + ".");
      }
      CountDownLatch halfway = new CountDownLatch(1);
      Thread killer = Thread.ofPlatform().name("node-killer").start(() -> {
        try {
          halfway.await();
          cluster.killNode1();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      try {
        IndexSummary summary = indexer(solr).index(false, (done, total) -> {
          if (done == total / 2) {
            halfway.countDown();
          }
        });
        assertEquals(POSTS / 2, summary.updated() + summary.errors().size(), summary.toString());
      } catch (IOException e) {
        assertTrue(e.getMessage().startsWith("Solr at ") && !e.getMessage().contains("\n"), e.getMessage());
      }
      halfway.countDown();
      killer.join();
      // Until ZooKeeper's session for the dead node expires (10 s here) and its shards elect new
      // leaders, Solr refuses updates of those shards: a run then names each refused post, and the
      // run after converges. This waits for the cluster to notice, as an operator's next run would.
      awaitLeadersOnLiveNodes(solr);

      IndexSummary next = indexer(solr).index(false);
      assertEquals(List.of(), next.errors());
      assertEquals(POSTS, next.posts());
      try (SearchEngine engine = engine()) {
        assertEquals(POSTS, engine.search(SearchRequest.of("")).total());
        assertEquals(1, engine.search(SearchRequest.of("edited42")).total(), "the edit made while a node was dead");
        assertEquals(0, engine.search(SearchRequest.of("w42")).total(), "the text it replaced");
      }

      cluster.startNode(1);
      awaitEveryReplicaActive(solr);
      cluster.stopNode(0);
      try (SearchEngine engine = engine()) {
        assertEquals(1, engine.search(SearchRequest.of("edited42")).total(),
            "the node back from a kill -9 serves what was indexed while it was away");
        assertEquals(POSTS, engine.search(SearchRequest.of("")).total());
      } finally {
        cluster.startNode(0);
        awaitEveryReplicaActive(solr);
      }
    }
  }

  @Test
  void noSearchFailsWhileANodeStops() throws Exception {
    try (SolrCluster solr = cluster.connect()) {
      indexer(solr).index(false);
      try (SearchEngine engine = engine()) {
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
          readers.add(Thread.ofPlatform().name("reader-" + r).start(() -> {
            while (searching.get()) {
              try {
                if (engine.search(SearchRequest.of("post")).total() != POSTS) {
                  failures.add(new AssertionError("a search found fewer posts than there are"));
                }
                searches.incrementAndGet();
              } catch (IOException | RuntimeException e) {
                failures.add(e);
              }
            }
          }));
        }
        Thread.sleep(1000);
        cluster.stopNode(1);
        int atStop = searches.get();
        Thread.sleep(3000);
        searching.set(false);
        for (Thread reader : readers) {
          reader.join();
        }
        cluster.startNode(1);
        awaitEveryReplicaActive(solr);
        assertEquals(List.of(), failures);
        assertTrue(searches.get() > atStop, "searches went on after the node stopped: " + searches.get());
      }
    }
  }

  /** An engine with a connection of its own, which it closes. */
  private static SearchEngine engine() throws IOException {
    return SolrSearchEngine.open(cluster.connect(), "faults", Clock.systemUTC(), Duration.ZERO);
  }

  private static void awaitLeadersOnLiveNodes(SolrCluster solr) throws InterruptedException, IOException {
    await(solr, "the shards to elect leaders on the live node", (state, collection) ->
        state.getLiveNodes().size() == 1 && collection.getSlices().stream().allMatch(slice ->
            slice.getLeader() != null && state.getLiveNodes().contains(slice.getLeader().getNodeName())));
  }

  private static void awaitEveryReplicaActive(SolrCluster solr) throws InterruptedException, IOException {
    await(solr, "every replica to become active", (state, collection) ->
        collection.getReplicas().stream().allMatch(replica -> replica.getState() == Replica.State.ACTIVE
            && state.getLiveNodes().contains(replica.getNodeName())));
  }

  /** Polls the served collection's state until {@code done} holds, for 90 s at most. */
  private static void await(SolrCluster solr, String what, BiPredicate<ClusterState, DocCollection> done)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      ClusterState state = solr.client().getClusterState();
      if (done.test(state, state.getCollection(solr.servedCollection().orElseThrow()))) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("waited 90 s for " + what);
  }
}
