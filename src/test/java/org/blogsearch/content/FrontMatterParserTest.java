package org.blogsearch.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

  private final FrontMatterParser parser = new FrontMatterParser();
  private final Warnings warnings = new Warnings("p.md");

  private FrontMatter parse(String file) throws RejectedFile {
    return parser.parse(FrontMatterSplitter.split(file), warnings);
  }

  /** The warnings so far, as {@code check} prints them. */
  private List<String> warned() {
    return warnings.list().stream().map(Problem::toString).toList();
  }

  private String rejection(String file) {
    return assertThrows(RejectedFile.class, () -> parse(file)).toProblem("p.md").toString();
  }

  @Test
  void keysAreCaseInsensitive() throws RejectedFile {
    FrontMatter fm = parse("---\nPublishDate: 2020-01-01\nTITLE: Loud\n---\n");
    assertEquals(Optional.of("2020-01-01"), fm.text("publishdate"));
    assertEquals(Optional.of("Loud"), fm.text("title"));
  }

  @Test
  void datesComeThroughAsWritten() throws RejectedFile {
    FrontMatter toml = parse("+++\ndate = 2018-12-31T23:30:00-05:00\nd = 2020-03-12\n+++\n");
    assertEquals(Optional.of("2018-12-31T23:30:00-05:00"), toml.text("date"));
    assertEquals(Optional.of("2020-03-12"), toml.text("d"));
    FrontMatter yaml = parse("---\ndate: 2019-06-06T4:30:44+08:00\n---\n");
    assertEquals(Optional.of("2019-06-06T4:30:44+08:00"), yaml.text("date"));
  }

  @Test
  void scalarsAndListsAreTypedForTheReader() throws RejectedFile {
    FrontMatter fm =
        parse("---\ntitle: 404\ntags: single\ncategories: [a, b, a, '', 3]\nmenu: {main: x}\n---\n");
    assertEquals(Optional.of("404"), fm.text("title"));
    assertEquals(List.of("single"), fm.list("tags"));
    assertEquals(List.of("a", "b", "3"), fm.list("categories"));
    assertEquals(Optional.empty(), fm.text("menu"));
    assertEquals(List.of(), fm.list("missing"));
  }

  @Test
  void zolaTaxonomiesTableHoldsTags() throws RejectedFile {
    FrontMatter fm = parse("+++\ntitle = \"x\"\n[taxonomies]\nTags = [\"rust\"]\n+++\n");
    assertEquals(List.of("rust"), fm.list("taxonomies", "tags"));
  }

  @Test
  void draftMayBeABooleanOrItsText() throws RejectedFile {
    FrontMatter fm = parse("---\na: true\nb: \"false\"\nc: \"maybe\"\n---\n");
    assertEquals(Optional.of(true), fm.flag("a", warnings));
    assertEquals(Optional.of(false), fm.flag("b", warnings));
    assertEquals(Optional.empty(), fm.flag("c", warnings));
    assertEquals(
        List.of("p.md:4: c should be true or false, not \"maybe\"; ignored"),
        warned());
  }

  @Test
  void duplicateYamlKeysKeepTheLastWithAWarning() throws RejectedFile {
    FrontMatter fm = parse("---\ntitle: First\nauthor: x\ntitle: Second\n---\n");
    assertEquals(Optional.of("Second"), fm.text("title"));
    assertEquals(
        List.of("p.md:4: duplicate key \"title\" in front matter; the last one wins"),
        warned());
  }

  @Test
  void duplicateTomlKeysKeepTheLastWithAWarning() throws RejectedFile {
    // Strict TOML refuses a key given twice; a blogger gets the post and a warning instead.
    FrontMatter fm = parse("+++\ntitle = \"First\"\ntags = [\n  \"a\",\n]\ntitle = \"Second\"\n"
        + "[taxonomies]\ntags = [\"x\"]\ntags = [\"y\"]\n+++\n");
    assertEquals(Optional.of("Second"), fm.text("title"));
    assertEquals(List.of("y"), fm.list("taxonomies", "tags"));
    assertEquals(List.of(
        "p.md:6: duplicate key \"title\" in front matter; the last one wins",
        "p.md:9: duplicate key \"tags\" in front matter; the last one wins"),
        warned());
  }

  @Test
  void duplicateJsonKeysKeepTheLastWithAWarning() throws RejectedFile {
    FrontMatter fm = parse("{\n\"title\": \"One\",\n\"title\": \"Two\"\n}\n");
    assertEquals(Optional.of("Two"), fm.text("title"));
    assertEquals(List.of("p.md:3: duplicate key \"title\" in front matter; the last one wins"),
        warned());
  }

  @Test
  void keysThatDifferOnlyInCaseAreDuplicatesToo() throws RejectedFile {
    FrontMatter fm = parse("---\ntitle: A\ndate: 2020-01-01\nTitle: B\n---\n");
    assertEquals(Optional.of("B"), fm.text("title"));
    assertEquals(List.of("p.md:4: duplicate key \"Title\" in front matter; the last one wins"),
        warned());
  }

  @Test
  void yamlErrorPointsAtTheLineInTheFile() {
    String problem = rejection("\n---\ntitle: ok\n  bad: [\n---\n");
    assertTrue(
        problem.startsWith("p.md:4: invalid YAML front matter: mapping values are not allowed here"),
        problem);
  }

  @Test
  void tomlErrorMessageIsOneLine() {
    String problem = rejection("+++\ntitle = \"x\"\nfoo =\n+++\n");
    assertTrue(problem.startsWith("p.md:3: invalid TOML front matter: "), problem);
    assertTrue(!problem.contains("\n"), problem);
  }

  @Test
  void jsonErrorPointsAtTheLineInTheFile() {
    String problem = rejection("{\n\"title\": \"x\",\n\"tags\": ]\n}\nBody");
    assertTrue(problem.startsWith("p.md:3: invalid JSON front matter: Unexpected character"), problem);
  }

  @Test
  void frontMatterThatIsNotAMapIsRejected() {
    assertEquals(
        "p.md:2: YAML front matter must be keys with values, not a list",
        rejection("---\n- a\n- b\n---\n"));
  }

  @Test
  void emptyOrCommentOnlyBlockIsEmptyFrontMatter() throws RejectedFile {
    assertEquals(Optional.empty(), parse("---\n# nothing\n---\nBody").text("title"));
    assertEquals(Optional.empty(), parse("+++\n+++\nBody").text("title"));
  }

  @Test
  void lineOfAKeyIsFoundForWarnings() throws RejectedFile {
    FrontMatter fm = parse("\n---\nmenu:\n  date: nested\ndate: 2020-01-01\n---\n");
    assertEquals(5, fm.lineOf("date"));
    assertEquals(1, fm.lineOf("missing"));
  }
}
