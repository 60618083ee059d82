package org.scfin.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code {"items": [...], "page": N, "size": N, "total": N}}. */
@Schema(description = "One page of results with the total number of matches")
public record PageView<T>(
        List<T> items,

        @Schema(example = "0", description = "0-based page number")
        int page,

        @Schema(example = "" + PageRequest.DEFAULT_SIZE) int size,

        @Schema(example = "137", description = "Number of matches over all pages")
        long total) {

    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
