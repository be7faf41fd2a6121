package org.blogsearch.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Walks a commonmark tree once and writes what a reader sees: prose to the body, headings and code
 * blocks aside. One instance per document; not thread-safe.
 */
final class PlainTextWriter {

  private final StringBuilder body = new StringBuilder();
  private final List<String> headings = new ArrayList<>();
  private final List<String> code = new ArrayList<>();
  private final StringBuilder markup = new StringBuilder();
  // The closing tag awaited while inside an inline <script> or <style>, whose text is no prose.
  private String hiddenUntil = "";

  private PlainTextWriter() {}

  static MarkdownText.Rendered render(Node document, String templateTags) {
    var writer = new PlainTextWriter();
    writer.markup.append(templateTags);
    writer.children(document);
    return new MarkdownText.Rendered(PlainTextLayout.tidy(writer.body), writer.headings,
        String.join("\n\n", writer.code), writer.markup.toString().strip());
  }

  private void block(Node node) {
    switch (node) {
      case Heading heading -> {
        String text = PlainTextLayout.withoutAttributes(PlainTextLayout.oneLine(inline(heading)));
        if (!text.isEmpty()) {
          headings.add(text);
        }
      }
      case FencedCodeBlock fenced -> addCode(fenced.getLiteral());
      case IndentedCodeBlock indented -> addCode(indented.getLiteral());
      case HtmlBlock html -> body.append(HtmlText.strip(html.getLiteral())).append("\n\n");
      case Paragraph paragraph ->
          body.append(inline(paragraph))
              .append(inTightList(paragraph) ? "\n" : "\n\n");
      case TableBlock table -> table(table);
      case ListBlock list -> {
        children(list);
        body.append('\n');
      }
      case ThematicBreak rule -> body.append("\n\n");
      case LinkReferenceDefinition definition -> {}
      default -> children(node);
    }
  }

  private void children(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      block(child);
    }
  }

  private void table(TableBlock table) {
    // Rows sit under TableHead and TableBody; a depth-first walk finds them in order.
    List<TableRow> rows = new ArrayList<>();
    collectRows(table, rows);
    for (TableRow row : rows) {
      var line = new StringBuilder();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell) {
          line.append(PlainTextLayout.oneLine(inline(cell))).append(' ');
        }
      }
      body.append(line.toString().strip()).append('\n');
    }
    body.append('\n');
  }

  private static void collectRows(Node node, List<TableRow> rows) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof TableRow row) {
        rows.add(row);
      } else {
        collectRows(child, rows);
      }
    }
  }

  private String inline(Node parent) {
    var text = new StringBuilder();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      inline(child, text);
    }
    // An unclosed inline <script> hides no more than its own paragraph.
    hiddenUntil = "";
    return text.toString();
  }

  private void inline(Node node, StringBuilder text) {
    if (!hiddenUntil.isEmpty()) {
      if (node instanceof HtmlInline html && HtmlText.tagName(html.getLiteral(), 0).equals(hiddenUntil)) {
        hiddenUntil = "";
      }
      return;
    }
    switch (node) {
      case Text t -> text.append(PlainTextLayout.withoutFootnoteMarks(t.getLiteral()));
      case Code c -> text.append(c.getLiteral());
      case SoftLineBreak b -> text.append(' ');
      case HardLineBreak b -> text.append('\n');
      case HtmlInline html -> {
        String literal = html.getLiteral();
        String name = HtmlText.tagName(literal, 0);
        if (HtmlText.isHidden(name) && !literal.endsWith("/>")) {
          hiddenUntil = "/" + name;
        } else {
          text.append(HtmlText.strip(literal));
        }
      }
      // Links and images show their text; the address is kept aside with the markup.
      case Link link -> {
        markup.append(link.getDestination()).append('\n');
        inlineChildren(link, text);
      }
      case Image image -> {
        markup.append(image.getDestination()).append('\n');
        inlineChildren(image, text);
      }
      // Emphasis, strikethrough.
      default -> inlineChildren(node, text);
    }
  }

  private void inlineChildren(Node node, StringBuilder text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      inline(child, text);
    }
  }

  private void addCode(String literal) {
    String trimmed = literal.stripTrailing();
    if (!trimmed.isBlank()) {
      code.add(trimmed);
    }
  }

  private static boolean inTightList(Paragraph paragraph) {
    return paragraph.getParent() instanceof ListItem item
        && item.getParent() instanceof ListBlock list
        && list.isTight();
  }
}
