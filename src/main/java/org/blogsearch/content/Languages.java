package org.blogsearch.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes language codes where blogs write them: a front matter key, a {@code name.fr.md} file
 * name, or a folder such as {@code content/zh/} or {@code site/ja/}. Only ISO 639-1 codes (with an
 * optional region or script, {@code zh-cn}, {@code pt-BR}) count, so a folder named {@code posts}
 * or a version such as {@code 1.17} is never taken for one.
 */
final class Languages {

  private static final Set<String> ISO_639_1 = Set.of((
      "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da "
      + "de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy "
      + "hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg "
      + "li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or "
      + "os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta "
      + "te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu").split(" "));
  private static final Pattern CODE = Pattern.compile("([a-z]{2})(?:[-_]([a-z]{2,4}))?");

  private Languages() {}

  /** The normalized code ({@code zh-cn}) when {@code text} is one, else empty. */
  static Optional<String> code(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    var m = CODE.matcher(lower);
    if (!m.matches() || !ISO_639_1.contains(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2));
  }
}
