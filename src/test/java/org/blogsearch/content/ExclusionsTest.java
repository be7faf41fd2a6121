package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExclusionsTest {

  private static Optional<String> match(String glob, String path) {
    return Exclusions.of(List.of(glob)).match(path);
  }

  @Test
  void doubleStarReachesEveryFolderBelow() {
    assertEquals(Optional.of("drafts/**"), match("drafts/**", "drafts/idea.md"));
    assertEquals(Optional.of("drafts/**"), match("drafts/**", "drafts/2024/idea.md"));
    assertEquals(Optional.empty(), match("drafts/**", "posts/drafts.md"));
    assertEquals(Optional.empty(), match("drafts/**", "posts/drafts/idea.md"));
  }

  @Test
  void leadingDoubleStarAlsoMatchesAtTheTop() {
    assertEquals(Optional.of("**/private/*.md"), match("**/private/*.md", "private/note.md"));
    assertEquals(Optional.of("**/private/*.md"), match("**/private/*.md", "posts/2024/private/note.md"));
    assertEquals(Optional.empty(), match("**/private/*.md", "posts/private/deeper/note.md"), "* stays in one folder");
    assertEquals(Optional.empty(), match("**/private/*.md", "posts/private.md"));
  }

  @Test
  void aFolderNameKeepsEverythingInItOut() {
    assertEquals(Optional.of("notes"), match("notes", "notes/a/b.md"));
    assertEquals(Optional.empty(), match("notes", "posts/notes.md"));
  }

  @Test
  void theFirstMatchingGlobIsNamed() {
    Exclusions exclusions = Exclusions.of(List.of("*.mdx", "posts/{old,older}/*"));
    assertEquals(Optional.of("posts/{old,older}/*"), exclusions.match("posts/older/a.md"));
    assertEquals(Optional.of("*.mdx"), exclusions.match("about.mdx"));
    assertEquals(Optional.empty(), exclusions.match("posts/new/a.md"));
  }

  @Test
  void anInvalidGlobIsNamedWithWhatIsWrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exclusions.of(List.of("posts/[a")));
    assertEquals("--exclude posts/[a is not a valid glob: Missing ']", e.getMessage());
  }
}
