package org.blogsearch.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The settings a command runs with, each with where it came from when not from the command line or its default. */
final class EffectiveSettings {

  private static final Logger LOG = LoggerFactory.getLogger(EffectiveSettings.class);

  private EffectiveSettings() {}

  /** Logs them once, as one line: what an operator checks first when the server does not do as expected. */
  static void log(CommandSpec spec) {
    LOG.info("settings: {}", describe(spec));
  }

  static String describe(CommandSpec spec) {
    ParseResult parsed = spec.commandLine().getParseResult();
    Optional<ConfigDefaults> defaults = spec.defaultValueProvider() instanceof ConfigDefaults c
        ? Optional.of(c) : Optional.empty();
    return spec.options().stream()
        .filter(ConfigDefaults::configurable)
        .map(option -> ConfigDefaults.key(option) + "=" + value(option) + source(option, parsed, defaults))
        .collect(Collectors.joining(", "));
  }

  private static String value(OptionSpec option) {
    Object value = option.getValue();
    return value == null ? "(not set)" : value.toString();
  }

  private static String source(OptionSpec option, ParseResult parsed, Optional<ConfigDefaults> defaults) {
    if (parsed.hasMatchedOption(option)) {
      return "";
    }
    return defaults.flatMap(d -> d.source(option)).map(s -> " (" + s + ")").orElse("");
  }
}
