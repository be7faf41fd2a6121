package org.blogsearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blogsearch completion bash|zsh}: prints a script that completes the commands and options of
 * {@code blogsearch} in the shell. One script serves both: zsh runs it through {@code bashcompinit}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a script that completes blogsearch's commands and options in bash or zsh.",
        "Load it in the shell's startup file: source <(blogsearch completion bash) in ~/.bashrc, or "
            + "source <(blogsearch completion zsh) in ~/.zshrc (zsh runs it through bashcompinit)."})
final class CompletionCommand implements Callable<Integer> {

  /** The shells the script is for. */
  enum Shell { bash, zsh }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // The same script for both: it loads bashcompinit itself when zsh runs it.
    out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    out.flush();
    return 0;
  }
}
