package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.blogsearch.engine.DateBound;
import org.blogsearch.engine.SearchEngine;
import org.blogsearch.engine.SearchRequest;
import org.blogsearch.engine.SearchResults;
import org.blogsearch.engine.SortOrder;
import org.blogsearch.web.Json;
import org.blogsearch.web.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code blogsearch search}: queries the index from the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index from the terminal.",
    footer = {"", "Query syntax: words (all must match), \"a phrase\", -word, a OR b, title:word, tag:name,",
        "date:[2018-01-01 TO 2018-12-31]."})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; none lists every post, newest first.")
  List<String> words = List.of();

  @Mixin IndexOptionMixin location;

  @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only posts with this tag; repeat for several.")
  List<String> tags = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Only posts dated on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only posts dated on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
  String to;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance or date (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--page", defaultValue = "1", description = "Page of results, from 1 (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Results per page, 1 to 50 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--json", description = "Print the same JSON as GET /api/search.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchRequest request = new SearchRequest(String.join(" ", words), tags,
        Optional.ofNullable(from).map(v -> DateBound.first("--from", v)),
        Optional.ofNullable(to).map(v -> DateBound.last("--to", v)),
        SortOrder.parse(sort), page, size);
    PrintWriter out = spec.commandLine().getOut();
    try (SearchEngine engine = location.engine()) {
      SearchResults results = engine.search(request);
      if (json) {
        out.println(Json.write(SearchResponse.of(results)));
      } else {
        ResultPrinter.print(results, out);
      }
    }
    out.flush();
    return 0;
  }
}
