package org.scfin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.scfin.event.EventFeed;

/** Reading a caller's event feed to its end, as a consumer would: page after page from a cursor. */
public final class EventFeeds {

    private EventFeeds() {}

    /** Every event after {@code cursor}, in feed order; {@code caller} makes each page's request. */
    public static List<Map<String, Object>> after(Supplier<RequestSpecification> caller, String cursor) {
        return after(caller, cursor, EventFeed.MAX_LIMIT);
    }

    /** {@link #after(Supplier, String)} in pages of {@code pageSize}. */
    public static List<Map<String, Object>> after(Supplier<RequestSpecification> caller, String cursor, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = cursor;
        while (true) {
            JsonPath page = caller.get()
                    .get("/api/v1/events?after=" + after + "&limit=" + pageSize)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                // at the end of the feed, the cursor to resume from stays where it was
                assertThat(page.getString("next")).isEqualTo(after);
                return all;
            }
            all.addAll(items);
            after = page.getString("next");
        }
    }
}
