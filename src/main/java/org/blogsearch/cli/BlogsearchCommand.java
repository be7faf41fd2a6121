package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.blogsearch.search.InvalidRequestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command; {@link #commandLine()} is the whole command line interface. */
@Command(name = "blogsearch", mixinStandardHelpOptions = true, version = "blogsearch 0.1.0",
    description = "Full-text search for Markdown blogs.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, CheckCommand.class,
        EvalCommand.class})
public final class BlogsearchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: index, serve, search or check");
  }

  /**
   * The command line with the one error policy of every command: bad usage exits 2 with the usage
   * text, a failed run exits 1 with one line saying why (no stack trace).
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BlogsearchCommand());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InvalidRequestException) {
        err.println("blogsearch: " + e.getMessage());
        commandLine.usage(err);
        return CommandLine.ExitCode.USAGE;
      }
      boolean expected = e instanceof IOException || e instanceof UncheckedIOException;
      err.println("blogsearch: " + (expected ? e.getMessage() : e));
      if (!expected) {
        e.printStackTrace(err);
      }
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cli;
  }
}
