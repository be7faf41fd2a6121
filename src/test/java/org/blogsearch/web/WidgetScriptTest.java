package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** What {@code widget.js} promises as a file: small, standalone, and never parsing text as HTML. */
class WidgetScriptTest {

  private static byte[] script() throws IOException {
    try (InputStream in = WidgetScriptTest.class.getResourceAsStream("/web/widget.js")) {
      return in.readAllBytes();
    }
  }

  @Test
  void staysUnderTwelveKilobytesGzipped() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      out.write(script());
    }
    assertTrue(gzipped.size() < 12 * 1024, gzipped.size() + " bytes gzipped");
  }

  @Test
  void neverParsesTextAsHtmlNorLoadsAnything() throws IOException {
    String source = new String(script(), StandardCharsets.UTF_8);
    List<String> found = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|setHTMLUnsafe|DOMParser"
                + "|createContextualFragment|\\beval\\(|new Function|\\bimport\\(|importScripts")
        .matcher(source).results().map(match -> match.group()).toList();
    assertEquals(List.of(), found);
  }
}
