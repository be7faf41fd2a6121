package org.blogsearch.search;

/** The stored texts of one hit that a snippet may come from. */
record HitText(String body, String code, String summary) {}
