package org.scfin.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads a date of a request body by {@link Dates#parse}: a JSON string written exactly as YYYY-MM-DD; anything else is
 * a malformed date. Jackson's own reader is lenient where money and maturities cannot be: it cuts
 * {@code "2025-01-01T00:00:00Z"} to a day, trims spaces, and reads 20000 as a number of days since 1970 and
 * {@code [2025, 1, 1]} as a date.
 */
final class PlainDateDeserializer extends StdScalarDeserializer<LocalDate> {

    PlainDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText();
        LocalDate date = Dates.parse(text).orElse(null);
        return date != null
                ? date
                : (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, Dates.FORMAT_MESSAGE);
    }
}
