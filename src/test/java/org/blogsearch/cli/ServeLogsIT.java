package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.blogsearch.index.TestBlog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a served jar writes to its standard output with the log options, as an operator sees it. */
class ServeLogsIT {

  @TempDir Path temp;

  private ServerProcess serve(String... options) throws Exception {
    String[] args = new String[options.length + 4];
    args[0] = "--content";
    args[1] = TestBlog.folder().toString();
    args[2] = "--index";
    args[3] = temp.resolve("index").toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return ServerProcess.serve(args);
  }

  @Test
  void accessLogGoesToStandardOutputWithoutQueries() throws Exception {
    try (ServerProcess server = serve("--access-log")) {
      assertEquals(200, server.get("/api/search?q=private+matter").statusCode());
      String line = server.awaitOutput(" GET /api/search 200 ", Duration.ofSeconds(10));
      assertTrue(line.matches("\\S+Z 127\\.0\\.0\\.1 GET /api/search 200 \\d+ \\d+"), line);
      assertFalse(server.output().contains("private"), server.output());
    }
  }

  @Test
  void logLevelWarnLeavesOutTheStartupInformation() throws Exception {
    try (ServerProcess info = serve()) {
      info.awaitOutput("INFO EffectiveSettings - settings:", Duration.ofSeconds(10));
    }
    try (ServerProcess warn = serve("--log-level", "warn")) {
      assertFalse(warn.output().contains("INFO"), warn.output());
      assertTrue(warn.output().contains("Serving "), "what serve prints itself is not a log line");
    }
  }
}
