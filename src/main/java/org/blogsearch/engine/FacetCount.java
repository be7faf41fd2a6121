package org.blogsearch.engine;

/** How many of the matching posts carry one value, such as a tag or a year. */
public record FacetCount(String value, long count) {}
