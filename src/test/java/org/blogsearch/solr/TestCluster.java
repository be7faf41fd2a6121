package org.blogsearch.solr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud of two nodes with an embedded ZooKeeper, on 127.0.0.1, started from the classpath
 * the build writes under {@code target/} (so its Lucene 9 never meets ours), and stopped on
 * {@link #close()}. Node 0 and ZooKeeper share one JVM; node 1 runs in a process of its own, so that
 * a test can kill it outright ({@link #killNode1()}) and start it again on its port and data.
 */
final class TestCluster implements AutoCloseable {

  private static final Path BUILT = Path.of("target", "solr-cluster-build", "solr-cluster", "target");

  private final Path folder;
  private final Member cluster;
  private final String zk;
  private final List<String> nodes = new ArrayList<>();
  private Member node1;

  /** A JVM of the cluster: its answers and its commands. */
  private record Member(Process process, BufferedReader out, PrintWriter in, List<String> lines) {

    static Member start(Path folder, String log, String... arguments) throws IOException {
      Path classpath = BUILT.resolve("solr-cluster.classpath");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx320m", "-Xss512k",
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
          "-Dhost=127.0.0.1", "-Dsolr.zkclienttimeout=10000", "-DzkClientTimeout=10000",
          "-Dsolr.log.dir=" + folder.resolve("logs"),
          "-cp", BUILT.resolve("classes") + File.pathSeparator + Files.readString(classpath).strip(),
          "org.blogsearch.solrcluster.SolrTestCluster"));
      command.addAll(List.of(arguments));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", log).toFile()));
      Process process = builder.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
        lines.add(line);
      }
      if (!process.isAlive()) {
        throw new IOException("a node of the test SolrCloud did not start; see target/" + log);
      }
      return new Member(process, out, new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8), lines);
    }

    String value(String key) throws IOException {
      for (String line : lines) {
        if (line.startsWith(key + " ")) {
          return line.substring(key.length() + 1);
        }
      }
      throw new IOException("the test SolrCloud said no " + key + ": " + lines);
    }
  }

  private TestCluster(Path folder, Member cluster) throws IOException {
    this.folder = folder;
    this.cluster = cluster;
    this.zk = cluster.value("zk");
    nodes.add(cluster.value("node 0").split(" ")[0]);
    this.node1 = startNode1(0);
    nodes.add(node1.value("node"));
  }

  /** Starts the cluster in {@code folder}; skips the test when the build has not written its classpath. */
  static TestCluster start(Path folder) throws IOException {
    Path classpath = BUILT.resolve("solr-cluster.classpath");
    assumeTrue(Files.isRegularFile(classpath), "no " + classpath + ": run the tests through mvn verify");
    return new TestCluster(folder, Member.start(folder, "solr-cluster.log", folder.resolve("nodes").toString(), "1"));
  }

  private Member startNode1(int port) throws IOException {
    return Member.start(folder, "solr-node1.log", "node", zk, folder.resolve("node1").toString(),
        Integer.toString(port));
  }

  /** The ZooKeeper address, with its chroot: what {@code --solr-zk} takes. */
  String zk() {
    return zk;
  }

  /** The base URL of node {@code i}: what {@code --solr-url} takes. */
  String node(int i) {
    return nodes.get(i);
  }

  SolrCluster connect() {
    return SolrCluster.connect(Optional.of(zk), Optional.empty());
  }

  /** Stops node {@code i} as an operator would: its cores close, ZooKeeper sees it leave. */
  void stopNode(int i) throws IOException, InterruptedException {
    if (i == 1) {
      node1.in().close();
      if (!node1.process().waitFor(60, TimeUnit.SECONDS)) {
        throw new IOException("node 1 did not stop");
      }
    } else {
      command("stop " + i);
    }
  }

  /** Kills node 1 outright, as {@code kill -9} does: nothing of it closes or says goodbye. */
  void killNode1() throws InterruptedException {
    node1.process().destroyForcibly().waitFor();
  }

  /** Starts node {@code i} again, on its old port and data. */
  void startNode(int i) throws IOException {
    if (i == 1) {
      node1 = startNode1(URI.create(nodes.get(1)).getPort());
    } else {
      command("start " + i);
    }
  }

  private void command(String command) throws IOException {
    cluster.in().println(command);
    String answer = cluster.out().readLine();
    if (!"ok".equals(answer)) {
      throw new IOException(command + ": " + answer);
    }
  }

  @Override
  public void close() throws InterruptedException {
    node1.in().close();
    if (!node1.process().waitFor(60, TimeUnit.SECONDS)) {
      node1.process().destroyForcibly().waitFor();
    }
    cluster.in().println("quit");
    cluster.in().close();
    if (!cluster.process().waitFor(60, TimeUnit.SECONDS)) {
      cluster.process().destroyForcibly().waitFor();
    }
  }
}
