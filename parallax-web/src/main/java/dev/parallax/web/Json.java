package dev.parallax.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON out of the API: Jackson over Parallax's records, dates as ISO strings, and one error shape
 * for every failure: {@code {"error": {"status": 404, "message": "no story s9"}}}.
 */
final class Json {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Set on a request once its error body is written, so a status handler does not overwrite it. */
  static final String ERROR_WRITTEN = "parallax.error-written";

  private Json() {}

  static void write(Context ctx, Object value) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  static void error(Context ctx, int status, String message) {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("status", status);
    inner.put("message", message);
    ctx.status(status);
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    write(ctx, Map.of("error", inner));
  }
}
