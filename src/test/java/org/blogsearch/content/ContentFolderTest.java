package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderTest {

  static final Path BLOG = Path.of("src/test/resources/fixtures/blog");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);
  static final ContentOptions OPTIONS =
      new ContentOptions(ContentOptions.DEFAULT_PERMALINK, false, CLOCK);

  private final ContentFolder blog = new ContentFolder(BLOG, OPTIONS);

  private Post accepted(String path) {
    return assertInstanceOf(ReadOutcome.Accepted.class, blog.read(path), path).post();
  }

  private Problem rejected(String path) {
    return assertInstanceOf(ReadOutcome.Rejected.class, blog.read(path), path).problem();
  }

  private Reason unpublished(ContentFolder folder, String path) {
    return assertInstanceOf(ReadOutcome.Unpublished.class, folder.read(path), path).reason();
  }

  @Test
  void listsMarkdownFilesSortedAndSkipsHiddenFoldersAndOtherFiles() throws IOException {
    assertEquals(
        List.of(
            "_drafts/jekyll-draft.md",
            "_posts/2018-08-13-jekyll-style-name.md",
            "no-front-matter.md",
            "notes/my-first-note.markdown",
            "posts/_index.md",
            "posts/bad-date.md",
            "posts/broken.md",
            "posts/crlf-bom.md",
            "posts/draft.md",
            "posts/entity-title.md",
            "posts/expired.md",
            "posts/future.md",
            "posts/html-and-shortcodes.md",
            "posts/json-post.md",
            "posts/my-bundle/index.md",
            "posts/scheduled.md",
            "posts/script-title.md",
            "posts/toml-post.md",
            "posts/unclosed.md",
            "posts/yaml-post.md",
            "posts/zola.md"),
        blog.list().files());
  }

  @Test
  void tomlFrontMatterGivesTitleDateTagsAndSlug() {
    Post post = accepted("posts/toml-post.md");
    assertEquals("posts/toml-post.md", post.path());
    assertEquals("Searching a Hugo Blog", post.title());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 14)), post.date());
    assertEquals(List.of("lucene", "search"), post.tags());
    assertEquals(List.of("java"), post.categories());
    assertEquals("searching-hugo", post.slug());
    assertEquals("/posts/searching-hugo/", post.url());
    assertEquals("How full-text search works for static sites.", post.summary());
    assertEquals(List.of("Why Lucene"), post.headings());
    assertEquals("Static sites have no database, so search needs an index.\n\nIt is fast.", post.body());
  }

  @Test
  void yamlKeysAreCaseInsensitiveAndListsAreDeduplicated() {
    Post post = accepted("posts/yaml-post.md");
    assertEquals("New Year's Eve Deploy", post.title());
    assertEquals(List.of("deploys"), post.tags());
    assertEquals(List.of("ops", "Night Shift"), post.categories());
    assertEquals("A deploy at the last minute.", post.summary());
    assertEquals("yaml-post", post.slug());
    assertEquals("/posts/yaml-post/", post.url());
  }

  @Test
  void dateIsTheCalendarDateAsWritten() {
    // 23:30 at -05:00 is already 2019 in UTC; the author's calendar says 2018-12-31.
    assertEquals(Optional.of(LocalDate.of(2018, 12, 31)), accepted("posts/yaml-post.md").date());
    // A one-digit hour, as in real Hugo blogs.
    assertEquals(Optional.of(LocalDate.of(2019, 6, 6)), accepted("posts/json-post.md").date());
  }

  @Test
  void jsonFrontMatterIsReadAndDraftMayBeAString() {
    Post post = accepted("posts/json-post.md");
    assertEquals("JSON Front Matter", post.title());
    assertEquals(List.of("hugo", "json"), post.tags());
    assertEquals("Hugo accepts a JSON object at the top of a file.", post.body());
  }

  @Test
  void jekyllFileNameGivesDateAndSlugAndUnderscoreIsDroppedFromSection() {
    Post post = accepted("_posts/2018-08-13-jekyll-style-name.md");
    assertEquals(Optional.of(LocalDate.of(2018, 8, 13)), post.date());
    assertEquals("jekyll-style-name", post.slug());
    assertEquals("/posts/jekyll-style-name/", post.url());
  }

  @Test
  void pageBundleIsNamedAfterItsFolderAndZolaTaxonomiesAreRead() {
    Post post = accepted("posts/my-bundle/index.md");
    assertEquals("my-bundle", post.slug());
    assertEquals("/posts/my-bundle/", post.url());
    assertEquals(List.of("bundles"), post.tags());
    assertEquals(List.of("hugo"), post.categories());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), post.date());
  }

  @Test
  void sectionIndexIsNotAPost() {
    assertInstanceOf(ReadOutcome.NotAPost.class, blog.read("posts/_index.md"));
  }

  @Test
  void draftIsUnpublished() {
    assertEquals(Reason.DRAFT, unpublished(blog, "posts/draft.md"));
    assertEquals(Reason.DRAFT, unpublished(blog, "_drafts/jekyll-draft.md"));
  }

  @Test
  void draftIsAcceptedWhenDraftsAreIncluded() {
    var withDrafts = new ContentFolder(BLOG, new ContentOptions("/:section/:slug/", true, CLOCK));
    assertInstanceOf(ReadOutcome.Accepted.class, withDrafts.read("posts/draft.md"));
    assertInstanceOf(ReadOutcome.Accepted.class, withDrafts.read("_drafts/jekyll-draft.md"));
  }

  @Test
  void futureDateOrPublishDateIsScheduledForItsMoment() {
    assertEquals(Optional.of(Instant.parse("2024-06-16T00:00:00Z")), accepted("posts/future.md").publishes());
    assertEquals(Optional.of(Instant.parse("2024-06-15T13:00:00Z")), accepted("posts/scheduled.md").publishes());
    assertEquals(Optional.empty(), accepted("posts/toml-post.md").publishes());

    var anHourLater = Clock.offset(CLOCK, java.time.Duration.ofHours(1));
    var later = new ContentFolder(BLOG, new ContentOptions("/:section/:slug/", false, anHourLater));
    assertEquals(Optional.empty(),
        assertInstanceOf(ReadOutcome.Accepted.class, later.read("posts/scheduled.md")).post().publishes());
  }

  @Test
  void expiredPostIsUnpublishedFromItsExpiryDayOn() {
    assertEquals(Reason.EXPIRED, unpublished(blog, "posts/expired.md"));
  }

  @Test
  void brokenFrontMatterIsRejectedWithItsLine() {
    Problem problem = rejected("posts/broken.md");
    assertEquals(Problem.Severity.ERROR, problem.severity());
    assertTrue(
        problem.toString().startsWith("posts/broken.md:4: invalid TOML front matter: "),
        problem.toString());
  }

  @Test
  void unclosedFrontMatterIsRejectedAtItsOpeningLine() {
    assertEquals(
        "posts/unclosed.md:2: front matter opened with \"---\" is never closed",
        rejected("posts/unclosed.md").toString());
  }

  @Test
  void titleWithScriptStaysPlainTextButBodyHtmlIsStripped() {
    Post post = accepted("posts/script-title.md");
    assertEquals("<script>alert('x')</script> & Friends", post.title());
    assertEquals("Body bold and done.", post.body());
  }

  @Test
  void htmlEntitiesInATitleAreDecoded() {
    // Eleventy and Hugo sites write titles as HTML; the reader saw "Chrome 117", never "&nbsp;".
    assertEquals("What's New in WebGPU (Chrome 117) & \u201Cmore\u201D", accepted("posts/entity-title.md").title());
  }

  @Test
  void crlfAndByteOrderMarkAreHandled() {
    Post post = accepted("posts/crlf-bom.md");
    assertEquals("Windows Line Endings", post.title());
    assertEquals(Optional.of(LocalDate.of(2022, 2, 22)), post.date());
    assertEquals("First paragraph on two lines.\n\nSecond paragraph.", post.body());
  }

  @Test
  void bodyKeepsProseButNoMarkupHtmlOrTemplateTags() {
    Post post = accepted("posts/html-and-shortcodes.md");
    String body = post.body();
    for (String markup :
        List.of("**", "](", "<b>", "<div", "<p>", "{{", "}}", "{%", "%}", "~~", "|", "[^1]", "<!--",
            "hidden-url", "pic.png", "never", "color: red", "&amp;", "```")) {
      assertFalse(body.contains(markup), () -> "body contains " + markup + ":\n" + body);
    }
    assertTrue(body.startsWith("Intro with a link and an image and inline code.\n\n"), body);
    for (String prose :
        List.of(
            "A note inside a shortcode.",
            "Mind the gap.",
            "Escaped: stays out.",
            "An aside from Eleventy.",
            "Tom & Jerry <3 \"cheese\" 'n' more stuff",
            "Name Value\na 1\nb 2",
            "first item\nsecond item with a footnote",
            "A quoted line.",
            "The footnote text.")) {
      assertTrue(body.contains(prose), () -> "body lacks " + prose + ":\n" + body);
    }
    assertEquals(
        "{{< this-shortcode-is-code >}}\ntitle = \"example\"\n\nindented code block", post.code());
  }

  @Test
  void fileWithoutFrontMatterIsAPostTitledByItsHeading() {
    Post post = accepted("no-front-matter.md");
    assertEquals("Just Markdown", post.title());
    assertEquals(List.of("Just Markdown"), post.headings());
    assertEquals("No front matter at all, and that is fine.", post.body());
    assertEquals("/no-front-matter/", post.url());
    assertEquals(Optional.empty(), post.date());
  }

  @Test
  void titleFallsBackToTheFileNameInWords() {
    Post post = accepted("notes/my-first-note.markdown");
    assertEquals("my first note", post.title());
    assertEquals("/notes/my-first-note/", post.url());
  }

  @Test
  void numericTitleIsTextAndZolaPathIsTheUrl() {
    Post post = accepted("posts/zola.md");
    assertEquals("2024", post.title());
    assertEquals("/2021/05/01/zola-style", post.url());
  }

  @Test
  void unreadableDateIsAWarningAndThePostIsStillIndexed() {
    var outcome = assertInstanceOf(ReadOutcome.Accepted.class, blog.read("posts/bad-date.md"));
    assertEquals(Optional.empty(), outcome.post().date());
    assertEquals(
        List.of("posts/bad-date.md:3: date \"last tuesday\" is not a date; ignored"),
        outcome.warnings().stream().map(Problem::toString).toList());
    assertEquals(Problem.Severity.WARNING, outcome.warnings().get(0).severity());
  }

  @Test
  void permalinkPatternWithDateTokensShapesTheUrl() {
    var dated = new ContentFolder(BLOG, new ContentOptions("/:year/:month/:day/:slug/", false, CLOCK));
    assertEquals("/2023/03/14/searching-hugo/", ((ReadOutcome.Accepted) dated.read("posts/toml-post.md")).post().url());
    assertEquals("/no-front-matter/", ((ReadOutcome.Accepted) dated.read("no-front-matter.md")).post().url());
  }

  @Test
  void pathOutsideTheFolderIsRejected() {
    var outcome = assertInstanceOf(ReadOutcome.Rejected.class, blog.read("../outside.md"));
    assertEquals("../outside.md", outcome.path());
  }

  @Test
  void missingFileIsRejectedNotThrown() {
    assertEquals(
        "posts/gone.md:1: cannot read file: it does not exist", rejected("posts/gone.md").toString());
  }

  @Test
  void missingRootThrowsNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-content");
    var folder = new ContentFolder(missing, OPTIONS);
    IOException e = assertThrows(IOException.class, folder::list);
    assertTrue(e.getMessage().contains("no-such-content"), e.getMessage());
  }

  @Test
  void rootThatIsAFileThrowsNamingIt(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("post.md"), "# Hi");
    IOException e = assertThrows(IOException.class, new ContentFolder(file, OPTIONS)::list);
    assertTrue(e.getMessage().contains("post.md"), e.getMessage());
  }

  @Test
  void symlinksThatLoopOrLeaveTheRootAreNotFollowed(@TempDir Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("content/posts"));
    Files.writeString(root.resolve("inside.md"), "# Inside");
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(outside.resolve("outside.md"), "# Outside");
    Files.writeString(dir.resolve("stray.md"), "# Stray");
    Files.createSymbolicLink(root.resolve("loop"), dir.resolve("content"));
    Files.createSymbolicLink(root.resolve("away"), outside);
    Files.createSymbolicLink(root.resolve("stray-link.md"), dir.resolve("stray.md"));
    Files.createSymbolicLink(root.resolve("alias.md"), root.resolve("inside.md"));
    Files.createSymbolicLink(root.resolve("broken.md"), dir.resolve("nothing-here.md"));
    Files.createDirectories(dir.resolve("content/.git"));
    Files.writeString(dir.resolve("content/.git/HEAD.md"), "# Git");
    Files.writeString(dir.resolve("content/posts/.draft.md"), "# Hidden file");

    var folder = new ContentFolder(dir.resolve("content"), OPTIONS);
    assertEquals(List.of("posts/alias.md", "posts/inside.md"), folder.list().files());
    assertEquals(List.of(
            "posts/away:1: symbolic link leads out of the content folder; not followed",
            "posts/broken.md:1: broken symbolic link: it points to nothing",
            "posts/loop:1: symbolic link loops back to a folder above it; not followed",
            "posts/stray-link.md:1: symbolic link leads out of the content folder; not followed"),
        folder.list().problems().stream().map(Problem::toString).toList());
    assertEquals("Inside", ((ReadOutcome.Accepted) folder.read("posts/alias.md")).post().title());
    assertEquals(
        "posts/stray-link.md:1: a symbolic link that leads out of the content folder",
        assertInstanceOf(ReadOutcome.Rejected.class, folder.read("posts/stray-link.md")).problem().toString());
  }

  @Test
  void aPostWithoutAnExtensionIsReportedNotLost(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2020-05-21-governance-wg"), "---\ntitle: Governance\n---\nText.\n");
    Files.writeString(dir.resolve("LICENSE"), "MIT License\n");
    var listing = new ContentFolder(dir, OPTIONS).list();
    assertEquals(List.of(), listing.files());
    assertEquals(List.of("2020-05-21-governance-wg:1: looks like a post but its name does not end in .md; "
        + "rename it to index it"), listing.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aFolderThatCannotBeListedIsNamedAndItsPostsAreUnknownNotGone(@TempDir Path dir) throws IOException {
    Path locked = Files.createDirectories(dir.resolve("posts/locked"));
    Files.writeString(locked.resolve("a.md"), "# A");
    Files.writeString(dir.resolve("posts/open.md"), "# Open");
    Files.setPosixFilePermissions(locked, Set.of());
    try {
      Assumptions.assumeFalse(Files.isReadable(locked), "root reads any folder; PostIndexerTest simulates one");
      ContentListing listing = new ContentFolder(dir, OPTIONS).list();
      assertEquals(List.of("posts/open.md"), listing.files());
      assertEquals(List.of("posts/locked:1: cannot list folder: permission denied; the posts in it are not read "
          + "(any indexed before are kept)"), listing.problems().stream().map(Problem::toString).toList());
      assertTrue(listing.unknown("posts/locked/a.md"));
      assertFalse(listing.unknown("posts/open.md"));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aNamedPipeNamedAsAPostIsReportedAndNeverOpened(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("posts"));
    NamedPipe.create(dir.resolve("posts/post.md"));
    NamedPipe.create(dir.resolve("posts/notes"));
    var folder = new ContentFolder(dir, OPTIONS);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertEquals(List.of("posts/post.md"), folder.list().files());
      assertEquals(List.of(), folder.list().problems());
      assertEquals("posts/post.md:1: not a regular file but a named pipe; only regular files are read",
          assertInstanceOf(ReadOutcome.Rejected.class, folder.read("posts/post.md")).problem().toString());
    });
  }

  @Test
  void aFileNameThatIsNotUtf8IsNamedWithItsBadBytesEscaped(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("posts"));
    Files.writeString(dir.resolve("posts/fine.md"), "# Fine");
    // Java cannot write such a name, so the shell does: "caf" and the byte E9 (é in Latin-1).
    Process printf = new ProcessBuilder("sh", "-c", "printf '# Caf\\n' > \"$(printf 'posts/caf\\351.md')\"")
        .directory(dir.toFile()).inheritIO().start();
    Assumptions.assumeTrue(printf.waitFor() == 0, "no shell to make the file");
    ContentListing listing = new ContentFolder(dir, OPTIONS).list();
    assertEquals(List.of("posts/fine.md"), listing.files());
    assertEquals(List.of("posts/caf\\xE9.md:1: file name is not valid UTF-8; rename it to index it"),
        listing.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void readsConcurrentlyWithTheSameResults() throws Exception {
    List<String> files = blog.list().files();
    Map<String, ReadOutcome> first = new ConcurrentHashMap<>();
    Map<String, ReadOutcome> second = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> jobs = new java.util.ArrayList<>();
      for (int round = 0; round < 20; round++) {
        Map<String, ReadOutcome> target = round % 2 == 0 ? first : second;
        jobs.add(pool.submit(() -> files.forEach(f -> target.put(f, blog.read(f)))));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(first, second);
    assertEquals(files.size(), first.size());
  }
}
