package org.blogsearch.solr;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.blogsearch.content.Post;
import org.blogsearch.index.Schema;

/** Turns a post into the Solr document the configset's schema describes. Stateless. */
final class SolrDocuments {

  private SolrDocuments() {}

  static SolrInputDocument of(String site, Post post, String hash, String fingerprint) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField(SolrFields.ID, SolrFields.id(site, post.path()));
    doc.setField(SolrFields.SITE, site);
    doc.setField(SolrFields.PATH, post.path());
    doc.setField(SolrFields.HASH, hash);
    doc.setField(SolrFields.FINGERPRINT, fingerprint);
    doc.setField(SolrFields.SLUG, post.slug());
    doc.setField(SolrFields.URL, post.url());
    doc.setField(SolrFields.TITLE, post.title());
    doc.setField(SolrFields.SUMMARY, post.summary());
    doc.setField(SolrFields.HEADINGS, post.headings());
    doc.setField(SolrFields.BODY, post.body());
    doc.setField(SolrFields.CODE, post.code());
    doc.setField(SolrFields.MARKUP, post.markup());
    Set<String> labels = new LinkedHashSet<>(post.tags());
    labels.addAll(post.categories());
    doc.setField(SolrFields.LABELS, labels);
    Set<String> tags = new LinkedHashSet<>();
    post.tags().forEach(tag -> tags.add(Schema.normalizeTag(tag)));
    doc.setField(SolrFields.TAG, tags);
    doc.setField(SolrFields.TAG_DISPLAY, post.tags());
    doc.setField(SolrFields.CATEGORY_DISPLAY, post.categories());
    post.language().ifPresent(language -> doc.setField(SolrFields.LANGUAGE, language));
    post.date().ifPresent(date -> {
      doc.setField(SolrFields.DATE, date.toEpochDay());
      doc.setField(SolrFields.YEAR, Integer.toString(date.getYear()));
    });
    post.publishes().ifPresent(moment -> doc.setField(SolrFields.PUBLISHES, moment.toEpochMilli()));
    post.expires().ifPresent(moment -> doc.setField(SolrFields.EXPIRES, moment.toEpochMilli()));
    return doc;
  }
}
