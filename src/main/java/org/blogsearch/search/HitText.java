package org.blogsearch.search;

/**
 * The stored texts of one hit that every snippet may come from; code is read only when needed.
 *
 * @param nearest where in the body the passage nearest in meaning begins, 0 for the opening
 */
record HitText(String body, String summary, int nearest) {}
