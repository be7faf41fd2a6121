package org.blogsearch.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.blogsearch.content.Problem;
import org.blogsearch.content.ReadOutcome.KeptOut;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;

/**
 * What one indexing run did.
 *
 * @param added posts new to the index
 * @param updated posts whose file changed
 * @param deleted posts removed because their file is gone or no longer published
 * @param unchanged posts whose file is byte for byte the same as last time
 * @param unpublished drafts and expired posts left out, by reason
 * @param notPosts files that are not posts by the conventions, such as section pages
 * @param keptOut the pages their author keeps out of search (by an exclusion glob or the front
 *     matter), with why, in path order; never indexed, and removed if they were
 * @param problems every error (file skipped) and warning (post indexed anyway), in path order
 * @param posts posts in the index after the run, those scheduled included
 * @param scheduled when each post indexed ahead of its date will be served, soonest first
 * @param took wall time of the run
 */
public record IndexSummary(
    int added,
    int updated,
    int deleted,
    int unchanged,
    Map<Reason, Integer> unpublished,
    int notPosts,
    List<KeptOut> keptOut,
    List<Problem> problems,
    int posts,
    List<Instant> scheduled,
    Duration took) {

  public IndexSummary {
    unpublished = Map.copyOf(unpublished);
    keptOut = List.copyOf(keptOut);
    problems = List.copyOf(problems);
    scheduled = List.copyOf(scheduled);
  }

  /** Files skipped because they could not be read as posts. */
  public List<Problem> errors() {
    return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
  }
}
