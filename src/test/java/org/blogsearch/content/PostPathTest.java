package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostPathTest {

  @Test
  void sectionIsTheFirstFolderWithoutLeadingUnderscore() {
    assertEquals("posts", PostPath.of("posts/a.md").section());
    assertEquals("posts", PostPath.of("_posts/2018-08-13-a.md").section());
    assertEquals("blog", PostPath.of("blog/2020/a.md").section());
    assertEquals("", PostPath.of("a.md").section());
  }

  @Test
  void pageBundleIsNamedAfterItsFolder() {
    assertEquals("my-post", PostPath.of("posts/my-post/index.md").name());
    assertEquals("posts", PostPath.of("posts/my-post/index.md").section());
    // A bundle at the root is a root-level post, not a section of its own.
    assertEquals("", PostPath.of("my-post/index.md").section());
    assertEquals("index", PostPath.of("index.md").name());
  }

  @Test
  void jekyllNameGivesDateAndSlug() {
    PostPath path = PostPath.of("_posts/2018-08-13-My Title.md");
    assertEquals(Optional.of(LocalDate.of(2018, 8, 13)), path.fileDate());
    assertEquals("my-title", path.defaultSlug());
    assertEquals("My Title", path.titleFromName());
    assertEquals(Optional.empty(), PostPath.of("2018-13-45-x.md").fileDate());
    assertEquals("2018-13-45-x", PostPath.of("2018-13-45-x.md").name());
  }

  @Test
  void sectionPagesAndDraftsAreRecognised() {
    assertTrue(PostPath.of("posts/_index.md").sectionPage());
    assertTrue(PostPath.of("_index.md").sectionPage());
    assertFalse(PostPath.of("posts/index.md").sectionPage());
    assertTrue(PostPath.of("_drafts/wip.md").inDrafts());
    assertFalse(PostPath.of("posts/_drafts.md").inDrafts());
  }

  @Test
  void titleFromNameTurnsDashesAndUnderscoresIntoSpaces() {
    assertEquals("my first post", PostPath.of("posts/my-first-post.md").titleFromName());
    assertEquals("hugo new site", PostPath.of("commands/hugo_new_site.md").titleFromName());
  }
}
