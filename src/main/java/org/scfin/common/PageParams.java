package org.scfin.common;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters every list takes, read with {@code @BeanParam}. The {@code sort}
 * parameter stays on each list's method: the fields it accepts, and so its documented example, are the list's own (an
 * example set from the method on a bean field would reorder the generated OpenAPI document).
 */
public class PageParams {

    @Parameter(description = "0-based page", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @QueryParam("page")
    public String page;

    @Parameter(
            description = "Page size, 1 to " + PageRequest.MAX_SIZE + " (default " + PageRequest.DEFAULT_SIZE + ")",
            example = "" + PageRequest.DEFAULT_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
    @QueryParam("size")
    public String size;

    /**
     * The validated page, sorted by {@code sort} ({@code field} or {@code field,asc|desc}) among {@code sortable}, the
     * first of which is the default.
     */
    public PageRequest request(String sort, List<String> sortable) {
        return PageRequest.of(page, size, sort, sortable);
    }
}
