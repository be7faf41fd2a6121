package org.blogsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.blogsearch.Version;
import org.blogsearch.engine.InvalidRequestException;
import org.blogsearch.engine.UnknownSiteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command; {@link #commandLine()} is the whole command line interface. */
@Command(name = "blogsearch", mixinStandardHelpOptions = true, versionProvider = BlogsearchCommand.VersionLine.class,
    description = "Full-text search for Markdown blogs.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, CheckCommand.class,
        EvalCommand.class, StatsCommand.class, CompletionCommand.class, SolrCommand.class})
public final class BlogsearchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = ConfigDefaults.CONFIG_OPTION, paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Read settings from this TOML file (default: " + ConfigDefaults.FILE_NAME
          + " in the working folder, if there is one).")
  String config;

  /** {@code blogsearch --version}: the version of this build. */
  static final class VersionLine implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"blogsearch " + Version.current()};
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: index, serve, search or check");
  }

  /**
   * The command line with the one error policy of every command: bad usage exits 2 with the usage
   * text, a failed run exits 1 with one line saying why (no stack trace).
   */
  /** Runs the command {@code args} name and answers its exit code. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /** The command line, taking settings from {@code environment} where the arguments leave them out. */
  static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cli = new CommandLine(new BlogsearchCommand());
    ConfigDefaults defaults = new ConfigDefaults(environment);
    cli.setDefaultValueProvider(defaults);
    SettingsHelp.addTo(cli);
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler((e, args) -> {
      // A bad value from the environment or the file is named by where it was set, not only by its option.
      if (e.getArgSpec() instanceof OptionSpec option && !given(option, args)) {
        defaults.source(option).ifPresent(source -> e.getCommandLine().getErr().print(source + ": "));
      }
      return usage.handleParseException(e, args);
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof InvalidRequestException || e instanceof UnknownSiteException) {
        err.println("blogsearch: " + e.getMessage());
        commandLine.usage(err);
        return CommandLine.ExitCode.USAGE;
      }
      if (causedByOutOfMemory(e)) {
        // bin/blogsearch names the variable whose flags win over its own; for java -jar it is this one.
        err.printf("blogsearch: out of memory: the JVM may use %d MB of heap; give it more, for example with"
            + " %s=-Xmx1g%n", Runtime.getRuntime().maxMemory() >> 20,
            System.getProperty("blogsearch.java-options", "JAVA_TOOL_OPTIONS"));
        return CommandLine.ExitCode.SOFTWARE;
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

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static boolean given(OptionSpec option, String[] args) {
    return Arrays.stream(args).anyMatch(arg -> Arrays.stream(option.names())
        .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
  }
}
