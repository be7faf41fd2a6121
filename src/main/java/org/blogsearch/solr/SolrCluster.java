package org.blogsearch.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.blogsearch.content.ContentFolder;
import org.blogsearch.engine.Cluster;
import org.blogsearch.engine.Indexer;
import org.blogsearch.engine.SearchEngine;

/**
 * A connection to the SolrCloud that holds blogsearch's collection, and what blogsearch creates there:
 * the configset {@value #CONFIGSET} (shipped in the jar), one collection for every site, and the alias
 * {@value #ALIAS} through which every search and update goes, so a rebuild built aside is served
 * all at once when the alias moves. Thread-safe.
 */
public final class SolrCluster implements Cluster {

  public static final String ALIAS = "blogsearch";
  public static final String CONFIGSET = "blogsearch";
  private static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml");
  private static final String COMMITTED = "blogsearch.committed.";
  private static final String FINGERPRINT = "blogsearch.fingerprint.";

  private final CloudSolrClient client;
  private final String where;

  private SolrCluster(CloudSolrClient client, String where) {
    this.client = client;
    this.where = where;
  }

  /**
   * Connects through ZooKeeper ({@code HOST:PORT[,HOST:PORT...][/chroot]}) when {@code zk} is given,
   * else through the Solr node at {@code url}.
   */
  public static SolrCluster connect(Optional<String> zk, Optional<String> url) {
    HttpJdkSolrClient.Builder http = new HttpJdkSolrClient.Builder()
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withRequestTimeout(60, TimeUnit.SECONDS)
        .useHttp1_1(true);
    CloudSolrClient.Builder builder;
    String where;
    if (zk.isPresent()) {
      String address = zk.get();
      int slash = address.indexOf('/');
      List<String> hosts = List.of((slash < 0 ? address : address.substring(0, slash)).split(","));
      builder = new CloudSolrClient.Builder(hosts,
          slash < 0 ? Optional.empty() : Optional.of(address.substring(slash)))
          .withZkConnectTimeout(10, TimeUnit.SECONDS)
          .withZkClientTimeout(10, TimeUnit.SECONDS);
      where = "ZooKeeper " + address;
    } else if (url.isPresent()) {
      builder = new CloudSolrClient.Builder(List.of(url.get()));
      where = url.get();
    } else {
      throw new IllegalArgumentException("--engine solr needs --solr-zk HOST:PORT[/chroot] or --solr-url URL");
    }
    return new SolrCluster(builder.withHttpClientBuilder(http).withDefaultCollection(ALIAS).build(), where);
  }

  CloudSolrClient client() {
    return client;
  }

  /** Says where the cluster is, for messages. */
  @Override
  public String toString() {
    return where;
  }

  /** What {@link #prepare} did, in one line: the collection, the alias and the configset, and where. */
  @Override
  public String init() throws IOException {
    return String.format("Collection %s, served as %s, with configset %s at %s", prepare(), ALIAS, CONFIGSET, where);
  }

  @Override
  public SearchEngine open(String site, Clock clock, Duration timeout) throws IOException {
    return SolrSearchEngine.open(this, site, clock, timeout);
  }

  @Override
  public Indexer indexer(ContentFolder content, String site, String fingerprint) {
    return new SolrIndexer(content, this, site, fingerprint);
  }

  /**
   * Uploads the configset and creates the collection and its alias when they are missing; when they
   * are there, updates the configset and reloads the collection, so a newer blogsearch's schema takes
   * effect. Answers the collection's name.
   */
  String prepare() throws IOException {
    Optional<String> served = servedCollection();
    uploadConfigset();
    if (served.isPresent()) {
      run(CollectionAdminRequest.reloadCollection(served.get()));
      return served.get();
    }
    String created = createCollection();
    run(CollectionAdminRequest.createAlias(ALIAS, created));
    return created;
  }

  /** The collection the alias points at, creating both (and the configset) if there is none yet. */
  String collection() throws IOException {
    Optional<String> served = servedCollection();
    if (served.isPresent()) {
      return served.get();
    }
    return prepare();
  }

  Optional<String> servedCollection() throws IOException {
    Map<String, List<String>> aliases = run(new CollectionAdminRequest.ListAliases()).getAliasesAsLists();
    List<String> collections = aliases.getOrDefault(ALIAS, List.of());
    return collections.isEmpty() ? Optional.empty() : Optional.of(collections.getFirst());
  }

  /**
   * A new, empty collection beside the served one: two shards and two replicas each where two nodes
   * or more are live, so a node may stop without a search failing; one of each on a single node.
   */
  String createCollection() throws IOException {
    String name = ALIAS + "_" + System.currentTimeMillis();
    int nodes = Math.max(1, client.getClusterStateProvider().getLiveNodes().size());
    int copies = Math.min(2, nodes);
    CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(name, CONFIGSET, copies, copies);
    run(create);
    return name;
  }

  /** Serves {@code collection} through the alias from now on, and drops {@code old}. */
  void switchTo(String collection, Optional<String> old) throws IOException {
    Map<String, String> properties = properties();
    run(CollectionAdminRequest.createAlias(ALIAS, collection));
    if (!properties.isEmpty()) {
      CollectionAdminRequest.SetAliasProperty kept = CollectionAdminRequest.setAliasProperty(ALIAS);
      properties.forEach(kept::addProperty);
      run(kept);
    }
    if (old.isPresent() && !old.get().equals(collection)) {
      run(CollectionAdminRequest.deleteCollection(old.get()));
    }
  }

  /** Drops a collection built aside that will not be served; a failure here leaves it for the next run. */
  void dropQuietly(String collection) {
    try {
      run(CollectionAdminRequest.deleteCollection(collection));
    } catch (IOException e) {
      // The run's own failure is what the user must hear about.
    }
  }

  /** Records that {@code site}'s posts were committed now, by content options {@code fingerprint}. */
  void committed(String site, String fingerprint, Instant at) throws IOException {
    run(CollectionAdminRequest.setAliasProperty(ALIAS)
        .addProperty(COMMITTED + site, at.toString())
        .addProperty(FINGERPRINT + site, fingerprint));
  }

  Optional<Instant> lastCommit(String site) throws IOException {
    return Optional.ofNullable(properties().get(COMMITTED + site)).map(Instant::parse);
  }

  Optional<String> fingerprint(String site) throws IOException {
    return Optional.ofNullable(properties().get(FINGERPRINT + site));
  }

  private Map<String, String> properties() throws IOException {
    return run(new CollectionAdminRequest.ListAliases()).getAliasProperties().getOrDefault(ALIAS, Map.of());
  }

  private void uploadConfigset() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      for (String file : CONFIG_FILES) {
        zip.putNextEntry(new ZipEntry(file));
        try (InputStream in = SolrCluster.class.getResourceAsStream("configset/" + file)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    ContentStreamBase.ByteArrayStream stream = new ContentStreamBase.ByteArrayStream(zipped.toByteArray(),
        CONFIGSET + ".zip", "application/zip");
    run(new ConfigSetAdminRequest.Upload().setConfigSetName(CONFIGSET).setOverwrite(true).setCleanup(true)
        .setUploadStream(stream));
  }

  private <T extends org.apache.solr.client.solrj.SolrResponse> T run(SolrRequest<T> request) throws IOException {
    try {
      T response = request.process(client);
      NamedList<String> errors = response instanceof CollectionAdminResponse admin ? admin.getErrorMessages() : null;
      if (errors != null && errors.size() > 0) {
        throw new IOException("Solr at " + where + " refused " + request.getPath() + ": " + errors);
      }
      return response;
    } catch (SolrServerException | RuntimeException e) {
      throw SolrFailure.of(this, e);
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
