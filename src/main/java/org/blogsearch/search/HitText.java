package org.blogsearch.search;

/** The stored texts of one hit that every snippet may come from; code is read only when needed. */
record HitText(String body, String summary) {}
