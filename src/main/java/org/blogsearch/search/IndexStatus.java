package org.blogsearch.search;

import java.time.Instant;

/** What a health check reports of the index being served. */
public record IndexStatus(int posts, Instant lastCommit) {}
