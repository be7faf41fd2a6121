package org.blogsearch.web;

import java.util.List;

/** The JSON body of {@code GET /api/suggest}: completions for the text typed so far. */
record SuggestResponse(String query, List<String> suggestions) {}
