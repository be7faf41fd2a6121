package org.blogsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The value of every option the command line leaves out: from the environment
 * ({@code BLOGSEARCH_PORT} for {@code --port}), else from {@code blogsearch.toml}, else the option's
 * own default. The file is the one named by {@code --config} or {@code BLOGSEARCH_CONFIG}, else
 * {@code blogsearch.toml} in the working folder when there is one. Remembers where each value came
 * from, for the settings a server logs at startup.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

  static final String FILE_NAME = "blogsearch.toml";
  static final String CONFIG_OPTION = "--config";
  static final String CONFIG_VARIABLE = "BLOGSEARCH_CONFIG";
  private static final String PREFIX = "BLOGSEARCH_";

  private final Map<String, String> environment;
  private final Map<String, String> sources = new ConcurrentHashMap<>();
  private ConfigFile file;

  ConfigDefaults(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The environment variable that sets an option: {@code --cors-origin} is {@code BLOGSEARCH_CORS_ORIGIN}. */
  static String variable(OptionSpec option) {
    return PREFIX + key(option).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The name of an option in the file: its long name without the dashes. */
  static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  /** Whether an option can be set from outside the command line; help, version and the config file cannot. */
  static boolean configurable(OptionSpec option) {
    return !option.usageHelp() && !option.versionHelp() && !option.longestName().equals(CONFIG_OPTION);
  }

  /** Where an option's value came from, when not from the command line or the option's own default. */
  Optional<String> source(OptionSpec option) {
    return Optional.ofNullable(sources.get(key(option)));
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    if (option.longestName().equals(CONFIG_OPTION)) {
      return environment.get(CONFIG_VARIABLE);
    }
    if (!configurable(option)) {
      return null;
    }
    String fromEnvironment = environment.get(variable(option));
    if (fromEnvironment != null) {
      sources.put(key(option), "environment " + variable(option));
      return fromEnvironment;
    }
    Optional<ConfigFile> config = file(option.command());
    ConfigFile.Setting setting = config.map(c -> c.settings().get(key(option))).orElse(null);
    if (setting == null) {
      return null;
    }
    sources.put(key(option), config.get().path() + ":" + setting.line());
    return setting.value();
  }

  /** The blogs named in the config file's {@code [sites.NAME]} tables; none when it names none. */
  List<ConfigFile.SiteTable> sites(CommandSpec command) {
    return file(command).map(ConfigFile::sites).orElse(List.of());
  }

  private synchronized Optional<ConfigFile> file(CommandSpec command) {
    OptionSpec configOption = command.findOption(CONFIG_OPTION);
    String named = configOption == null ? null : configOption.getValue();
    if (named == null) {
      named = environment.get(CONFIG_VARIABLE);
    }
    Path path = named != null ? Path.of(named) : Path.of(FILE_NAME);
    if (named == null && !Files.isRegularFile(path)) {
      return Optional.empty();
    }
    if (file == null || !file.path().equals(path)) {
      try {
        file = ConfigFile.read(path, knownKeys(command.root()));
      } catch (ConfigFile.Invalid e) {
        throw new ParameterException(command.commandLine(), e.getMessage());
      }
    }
    return Optional.of(file);
  }

  /** Every option name of every command, so a file for {@code serve} may also hold settings of {@code index}. */
  private static Set<String> knownKeys(CommandSpec root) {
    Set<String> keys = new HashSet<>();
    collectKeys(root, keys);
    return keys;
  }

  private static void collectKeys(CommandSpec command, Set<String> keys) {
    command.options().stream().filter(ConfigDefaults::configurable).map(ConfigDefaults::key).forEach(keys::add);
    command.subcommands().values().forEach(sub -> collectKeys(sub.getCommandSpec(), keys));
  }
}
