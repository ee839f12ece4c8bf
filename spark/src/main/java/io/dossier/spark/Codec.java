// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The JSON form of model records inside the batch job and in the Parquet columns that hold nested
 * records ({@code body}): the records' own shape, as the store keeps event and claim mentions.
 * Spark moves these strings between stages, since the model's records are not {@code Serializable}.
 * Thread-safe.
 */
final class Codec {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(
              new SimpleModule("dossier-dates")
                  .addSerializer(LocalDate.class, new DateWriter())
                  .addDeserializer(LocalDate.class, new DateReader()))
          .build();

  private Codec() {}

  /** The JSON text of {@code value}. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** The record of {@code type} that {@code json} holds. */
  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot read a " + type.getSimpleName() + " from its JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** ISO dates ({@code 2017-07-24}) without the JSR-310 module. */
  private static final class DateWriter extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  private static final class DateReader extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return LocalDate.parse(p.getValueAsString());
    }
  }
}
