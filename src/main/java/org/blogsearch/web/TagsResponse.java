package org.blogsearch.web;

import java.util.List;
import org.blogsearch.engine.FacetCount;

/** The JSON body of {@code GET /api/tags}: every tag of the published posts, most used first. */
record TagsResponse(List<FacetCount> tags) {}
