package org.blogsearch.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The theme integrations under {@code integrations/} write the widget's two lines as the README fixes
 * them, from the site's own configuration. Hugo's are also built and driven in a browser
 * (HugoPartialTest); Jekyll and Zola are not installed where the tests run, so for them this is all.
 */
class IntegrationTemplatesTest {

  private static final Pattern SCRIPT = Pattern.compile("<script src=\"[^\"]*widget\\.js[^\"]*\" defer></script>");
  private static final Pattern ELEMENT = Pattern.compile(
      "<blog-search endpoint=\"[^\"]+\" base=\"[^\"]+\" lang=\"[^\"]+\"[^<]*></blog-search>", Pattern.DOTALL);

  @ParameterizedTest
  @CsvSource({
      "hugo/layouts/partials/blogsearch.html, site.Params.blogsearch",
      "jekyll/_includes/blogsearch.html, site.blogsearch",
      "zola/templates/macros/blogsearch.html, config.extra.blogsearch",
  })
  void eachTemplateWritesTheWidgetFromTheSiteConfiguration(String file, String configKey) throws IOException {
    String template = Files.readString(Path.of("integrations").resolve(file));
    assertTrue(SCRIPT.matcher(template).find(), file + " loads widget.js with defer");
    assertTrue(ELEMENT.matcher(template).find(), file + " writes <blog-search> with endpoint, base and lang");
    assertTrue(template.contains(configKey), file + " reads " + configKey);
    for (String attribute : new String[] {"placeholder=", "size=", "query=", "sort=", "sync-url"}) {
      assertTrue(template.contains(attribute), file + " passes " + attribute);
    }
  }
}
