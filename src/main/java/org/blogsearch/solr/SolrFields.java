package org.blogsearch.solr;

/**
 * The name of every field of the collection, as its schema (the configset's {@code schema.xml})
 * declares them and says why; no field name is written anywhere else.
 */
final class SolrFields {

  /** {@code site!path}: the compositeId router keeps a site's posts on one shard. */
  static final String ID = "id";
  static final String SITE = "site";
  static final String PATH = "path";
  static final String HASH = "hash";
  static final String FINGERPRINT = "fingerprint";
  static final String SLUG = "slug";
  static final String URL = "url";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String HEADINGS = "headings";
  static final String BODY = "body";
  static final String CODE = "code";
  static final String MARKUP = "markup";
  static final String LABELS = "labels";
  static final String WORDS = "words";
  static final String TAG = "tag";
  static final String TAG_DISPLAY = "tag_display";
  static final String CATEGORY_DISPLAY = "category_display";
  static final String LANGUAGE = "language";
  static final String DATE = "date";
  static final String YEAR = "year";
  static final String PUBLISHES = "publishes";
  static final String EXPIRES = "expires";
  static final String VERSION = "_version_";

  /**
   * Where a plain word is looked for, with the weight of a match there: the embedded engine's weights
   * ({@code index.Schema}), as edismax's {@code qf}.
   */
  static final String SEARCHED = "title^4 labels^3 headings^2 summary^2 body code^0.5 markup^0.3";

  /** Where the query's words as a phrase earn a bonus, edismax's {@code pf}. */
  static final String PHRASED = "title^8 headings^4 summary^4 body^2";

  private SolrFields() {}

  /** The document id of the post at {@code path} of {@code site}, routed by site. */
  static String id(String site, String path) {
    return site + "!" + path;
  }
}
