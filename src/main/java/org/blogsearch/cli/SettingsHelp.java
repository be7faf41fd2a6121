package org.blogsearch.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The part of each command's {@code --help} that says how else to set its options: the environment
 * variable and the {@code blogsearch.toml} key of each, and which wins.
 */
final class SettingsHelp implements CommandLine.IHelpSectionRenderer {

  static final String SECTION = "settingsElsewhere";

  /** Adds the section after the options of every command under {@code cli}. */
  static void addTo(CommandLine cli) {
    List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
    if (!keys.contains(SECTION)) {
      keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, SECTION);
      cli.setHelpSectionKeys(keys);
    }
    cli.getHelpSectionMap().put(SECTION, new SettingsHelp());
    cli.getSubcommands().values().forEach(SettingsHelp::addTo);
  }

  @Override
  public String render(Help help) {
    List<OptionSpec> options = help.commandSpec().options().stream().filter(ConfigDefaults::configurable)
        .sorted(Comparator.comparing(OptionSpec::longestName)).toList();
    if (options.isEmpty()) {
      return "";
    }
    int width = options.stream().mapToInt(o -> o.longestName().length()).max().orElse(0) + 2;
    int variableWidth = options.stream().mapToInt(o -> ConfigDefaults.variable(o).length()).max().orElse(0) + 2;
    String row = "  %-" + width + "s%-" + variableWidth + "s%s%n";
    StringBuilder text = new StringBuilder(String.format("%nEvery option may also be set in the environment, or in "
        + "%s in the working folder%n(or the file named by --config or %s). The command line wins over the "
        + "environment,%nthe environment over the file, the file over the default.%n", ConfigDefaults.FILE_NAME,
        ConfigDefaults.CONFIG_VARIABLE));
    text.append(String.format(row, "option", "environment", ConfigDefaults.FILE_NAME));
    for (OptionSpec option : options) {
      text.append(String.format(row, option.longestName(), ConfigDefaults.variable(option),
          ConfigDefaults.key(option) + " = " + example(option)));
    }
    return text.toString();
  }

  /** A value as the file writes it: lists as arrays, text in quotes. */
  private static String example(OptionSpec option) {
    if (option.isMultiValue()) {
      return "[\"...\"]";
    }
    Class<?> type = option.type();
    if (type == boolean.class || type == Boolean.class) {
      return "true";
    }
    return type == int.class || type == long.class || type == Integer.class ? "N" : "\"...\"";
  }
}
