package org.scfin.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One broken rule of a request: where ({@code field}, a JSON path such as {@code items[3].amount}), which rule, and
 * why.
 */
@Schema(name = "FieldError", description = "A rule a request broke")
public record FieldError(
        @Schema(example = "items[3].amount") String field,

        @Schema(example = "positive", description = "Machine-readable rule name")
        String rule,

        @Schema(example = "must be greater than 0") String message) {}
