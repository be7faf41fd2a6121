package org.blogsearch.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.blogsearch.content.FrontMatterSplitter.Split;
import org.blogsearch.content.ReadOutcome.Unpublished.Reason;

/**
 * Reads one content file into a {@link ReadOutcome}, following the data: bytes, front matter,
 * publication, Markdown, post. Stateless, so any number of threads may share one.
 */
final class PostReader {

  private static final String MORE_DIVIDER = "<!--more-->";

  private final Path root;
  private final ContentOptions options;
  private final Permalinks permalinks;
  private final FrontMatterParser frontMatterParser = new FrontMatterParser();
  private final MarkdownText markdown = new MarkdownText();

  PostReader(Path root, ContentOptions options) {
    this.root = root;
    this.options = options;
    this.permalinks = new Permalinks(options.permalink());
  }

  ReadOutcome read(String relativePath) {
    Optional<String> excludedBy = options.exclusions().match(relativePath);
    if (excludedBy.isPresent()) {
      return new ReadOutcome.KeptOut(relativePath, "excluded by " + excludedBy.get());
    }
    var warnings = new Warnings(relativePath);
    try {
      return read(relativePath, warnings);
    } catch (RejectedFile e) {
      return new ReadOutcome.Rejected(e.toProblem(relativePath));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a pathological file must cost one file, never the whole index run.
      return new ReadOutcome.Rejected(
          new Problem(relativePath, 1, "could not read the file: " + e, Problem.Severity.ERROR));
    }
  }

  private ReadOutcome read(String relativePath, Warnings warnings) throws RejectedFile {
    PostPath path = PostPath.of(relativePath);
    if (path.sectionPage()) {
      return new ReadOutcome.NotAPost(relativePath);
    }
    String text = SourceText.load(resolve(relativePath), options.maxFileBytes(), warnings).text();
    Split split = FrontMatterSplitter.split(text);
    FrontMatter frontMatter = frontMatterParser.parse(split, warnings);
    Optional<String> optedOut = SearchOptOut.of(frontMatter, warnings);
    if (optedOut.isPresent()) {
      return new ReadOutcome.KeptOut(relativePath, optedOut.get());
    }

    Publication publication = Publication.of(frontMatter, path, warnings);
    Optional<Reason> withheld = publication.withheld(options);
    if (withheld.isPresent()) {
      return new ReadOutcome.Unpublished(relativePath, withheld.get());
    }

    MarkdownText.Rendered rendered = markdown.render(split.body());
    Optional<String> frontMatterUrl = frontMatter.text("url").or(() -> frontMatter.text("path"));
    Optional<LocalDate> date =
        publication
            .date()
            .or(publication::publishDate)
            .map(WrittenDate::date)
            .or(path::fileDate)
            .or(() -> frontMatterUrl.flatMap(WrittenDate::inUrl));
    String slug = frontMatter.text("slug").orElseGet(path::defaultSlug);
    String url =
        frontMatterUrl
            .map(Permalinks::fromFrontMatter)
            .orElseGet(() -> permalinks.url(path.section(), slug, date));
    var post =
        new Post(
            relativePath,
            slug,
            url,
            title(frontMatter, rendered, path, relativePath),
            date,
            merged(frontMatter.list("tags"), frontMatter.list("taxonomies", "tags")),
            merged(frontMatter.list("categories"), frontMatter.list("taxonomies", "categories")),
            summary(frontMatter, split.body()),
            rendered.headings(),
            rendered.body(),
            rendered.code(),
            rendered.markup(),
            language(frontMatter, path),
            publication.publishes(options),
            publication.expires(options));
    return new ReadOutcome.Accepted(post, warnings.list());
  }

  private Path resolve(String relativePath) throws RejectedFile {
    Path file = root.resolve(relativePath).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new RejectedFile(1, "not a file inside the content folder");
    }
    // The same rule as listing: a symbolic link may not lead out of the content folder.
    try {
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        throw new RejectedFile(1, "a symbolic link that leads out of the content folder");
      }
    } catch (IOException e) {
      // Missing or unreadable: reading it reports why.
    }
    return file;
  }

  private static String title(
      FrontMatter frontMatter, MarkdownText.Rendered rendered, PostPath path, String relativePath) {
    // Site generators put titles into pages as HTML, so "&nbsp;" reads as a space; tags stay as
    // written, markup and all: escaping is the web layer's job.
    return frontMatter
        .text("title")
        .map(HtmlText::decodeEntities)
        .map(PlainTextLayout::oneLine)
        .or(() -> rendered.headings().stream().findFirst())
        .or(() -> Optional.of(path.titleFromName()).filter(t -> !t.isEmpty()))
        .orElse(relativePath);
  }

  private static Optional<String> language(FrontMatter frontMatter, PostPath path) {
    return frontMatter.text("lang")
        .or(() -> frontMatter.text("languagecode"))
        .or(() -> frontMatter.text("language"))
        .flatMap(Languages::code)
        .or(path::language);
  }

  /** The front matter's description or summary, else the text before Hugo's {@code <!--more-->}. */
  private String summary(FrontMatter frontMatter, String body) {
    return frontMatter
        .text("description")
        .or(() -> frontMatter.text("summary"))
        .or(() -> {
          int divider = body.indexOf(MORE_DIVIDER);
          return divider > 0 ? Optional.of(body.substring(0, divider)) : Optional.empty();
        })
        .map(markdown::plain)
        .orElse("");
  }

  private static List<String> merged(List<String> first, List<String> second) {
    var all = new LinkedHashSet<>(first);
    all.addAll(second);
    return new ArrayList<>(all);
  }
}
