package org.blogsearch.solr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud of two nodes with an embedded ZooKeeper, on 127.0.0.1, in a JVM of its own started
 * from the classpath the build writes under {@code target/} (so its Lucene 9 never meets ours), and
 * stopped on {@link #close()}.
 */
final class TestCluster implements AutoCloseable {

  private static final Path BUILT = Path.of("target", "solr-cluster-build", "solr-cluster", "target");

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final String zk;
  private final List<String> nodes = new ArrayList<>();

  private TestCluster(Process process) throws IOException {
    this.process = process;
    this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    String zkAddress = null;
    for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
      if (line.startsWith("zk ")) {
        zkAddress = line.substring(3);
      } else if (line.startsWith("node ")) {
        nodes.add(line.split(" ")[2]);
      }
    }
    if (zkAddress == null) {
      process.destroyForcibly();
      throw new IOException("the test SolrCloud did not start; see target/solr-cluster.log");
    }
    this.zk = zkAddress;
  }

  /** Starts the cluster in {@code folder}; skips the test when the build has not written its classpath. */
  static TestCluster start(Path folder) throws IOException {
    Path classpath = BUILT.resolve("solr-cluster.classpath");
    assumeTrue(Files.isRegularFile(classpath), "no " + classpath + ": run the tests through mvn verify");
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(launcher, "-Xmx320m", "-Xss512k", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-Dhost=127.0.0.1",
        "-Dsolr.zkclienttimeout=10000", "-DzkClientTimeout=10000", "-Dsolr.log.dir=" + folder.resolve("logs"),
        "-cp", BUILT.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath).strip(),
        "org.blogsearch.solrcluster.SolrTestCluster", folder.resolve("nodes").toString(), "2");
    builder.redirectError(Path.of("target", "solr-cluster.log").toFile());
    return new TestCluster(builder.start());
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

  void stopNode(int i) throws IOException {
    command("stop " + i);
  }

  void startNode(int i) throws IOException {
    command("start " + i);
  }

  private void command(String command) throws IOException {
    in.println(command);
    String answer = out.readLine();
    if (!"ok".equals(answer)) {
      throw new IOException(command + ": " + answer);
    }
  }

  @Override
  public void close() throws InterruptedException {
    in.println("quit");
    in.close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
