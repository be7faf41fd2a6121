package org.blogsearch.web;

/** The JSON body of every error answer: what went wrong, in words the caller can act on. */
record ApiError(String error) {}
