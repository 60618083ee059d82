package org.scfin.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads a timestamp of a request body: an ISO-8601 string such as {@code 2025-07-01T08:00:00Z}, as Jackson's own reader
 * does, but only that. Jackson's reader also takes a JSON number for seconds since 1970 (against this API's rule that a
 * number is never taken for a string) and trims spaces around the text.
 */
final class TimestampDeserializer extends StdScalarDeserializer<Instant> {

    TimestampDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
        String text = p.getText();
        if (text.isEmpty() || !text.strip().equals(text)) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a timestamp");
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }
}
