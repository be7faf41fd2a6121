package org.blogsearch.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of two nodes and an embedded ZooKeeper on 127.0.0.1, in a JVM of its own, for
 * blogsearch's tests. Prints {@code zk HOST:PORT} and one {@code node I URL} line per node once every
 * node is up, then obeys one command a line on its standard input, answering each with {@code ok} or
 * {@code error ...}:
 *
 * <ul>
 *   <li>{@code stop I}: stops node I (its cores close, ZooKeeper sees it gone)</li>
 *   <li>{@code start I}: starts node I again, on its old port and data</li>
 * </ul>
 *
 * <p>At the end of its input, or on {@code quit}, it shuts the cluster down and exits.
 *
 * <p>With the arguments {@code node ZK HOME PORT} it is instead one more node, in a process of its own
 * so that a test can kill it outright: it joins the cluster of ZooKeeper {@code ZK} with its cores in
 * {@code HOME}, on {@code PORT} (0 for any), prints {@code node URL} and {@code ready}, and stops at
 * the end of its input.
 */
public final class SolrTestCluster {

  private SolrTestCluster() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("node")) {
      node(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
      return;
    }
    // Solr logs to standard output: it goes to standard error, and standard output carries only answers.
    PrintStream answers = System.out;
    System.setOut(System.err);
    Path base = Path.of(args.length > 0 ? args[0] : "solr-cluster");
    int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
    List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
    answers.println("zk " + cluster.getZkServer().getZkAddress());
    for (int i = 0; i < runners.size(); i++) {
      answers.println("node " + i + " " + runners.get(i).getBaseUrl());
    }
    answers.println("ready");
    answers.flush();
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
        String[] words = line.strip().split("\\s+");
        try {
          int node = Integer.parseInt(words[1]);
          switch (words[0]) {
            case "stop" -> cluster.stopJettySolrRunner(runners.get(node));
            case "start" -> {
              JettySolrRunner runner = runners.get(node);
              runner.start(true);
              cluster.waitForNode(runner, 60);
            }
            default -> throw new IllegalArgumentException("unknown command " + words[0]);
          }
          answers.println("ok");
        } catch (Exception e) {
          answers.println("error " + e);
        }
        answers.flush();
      }
    } finally {
      cluster.shutdown();
    }
    System.exit(0);
  }

  private static void node(String zk, Path home, int port) throws Exception {
    PrintStream answers = System.out;
    System.setOut(System.err);
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      Files.writeString(solrXml, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML);
    }
    Properties properties = new Properties();
    properties.setProperty("zkHost", zk);
    JettySolrRunner runner = new JettySolrRunner(home.toString(), properties,
        JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build());
    runner.start();
    answers.println("node " + runner.getBaseUrl());
    answers.println("ready");
    answers.flush();
    try {
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    } finally {
      runner.stop();
    }
    System.exit(0);
  }
}
