package org.blogsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompletionCommandTest {

  @TempDir Path temp;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = BlogsearchCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static String bash(String script) throws IOException, InterruptedException {
    Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, bash.waitFor(), output);
    return output;
  }

  @Test
  void theBashScriptIsValidAndCompletesCommandsAndOptions() throws Exception {
    String[] run = run("completion", "bash");
    assertEquals("0", run[0], run[2]);
    Path script = temp.resolve("blogsearch.bash");
    Files.writeString(script, run[1]);
    bash("bash -n " + script);
    // compopt, which the script calls, complains on stderr outside of a completion; the words are on stdout.
    String commands = bash("source " + script + "; COMP_WORDS=(blogsearch se); COMP_CWORD=1; COMP_LINE=\"blogsearch se\"; "
        + "_complete_blogsearch 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
    assertEquals(List.of("search", "serve"), commands.lines().sorted().toList());
    String options = bash("source " + script + "; COMP_WORDS=(blogsearch index --ex); COMP_CWORD=2; COMP_LINE=\"blogsearch index --ex\"; "
        + "_complete_blogsearch 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
    assertEquals(List.of("--exclude"), options.lines().toList());
  }

  @Test
  void zshGetsTheScriptThatLoadsBashcompinit() {
    String[] zsh = run("completion", "zsh");
    assertEquals("0", zsh[0], zsh[2]);
    assertEquals(run("completion", "bash")[1], zsh[1]);
    assertTrue(zsh[1].contains("bashcompinit"), zsh[1]);
  }

  @Test
  void anotherShellIsBadUsage() {
    String[] fish = run("completion", "fish");
    assertEquals("2", fish[0]);
    assertTrue(fish[2].contains("Invalid value for positional parameter at index 0 (SHELL): expected one of "
        + "[bash, zsh] (case-sensitive) but was 'fish'"), fish[2]);
  }
}
