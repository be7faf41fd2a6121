package org.blogsearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapping of the API, shared by the server and {@code blogsearch search --json}. */
public final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  private Json() {}

  /** Writes a response record as the API would send it. */
  public static String write(Object response) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("our own records always serialize", e);
    }
  }
}
