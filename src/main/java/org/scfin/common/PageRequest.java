package org.scfin.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.function.Function;

/**
 * A validated {@code page}/{@code size}/{@code sort} triple. {@code sort} is {@code field} or {@code field,asc|desc}
 * (or {@code -field} for descending), limited to the fields a list allows; the id breaks ties so pages are stable.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Deep offsets make the database read and discard every row before them; beyond this, filter instead. */
    public static final int MAX_OFFSET = 1_000_000;

    /**
     * @param sortable the fields a caller may sort by (API names, which are also the entity property names); the first
     *     is the default
     */
    public static PageRequest of(String page, String size, String sort, List<String> sortable) {
        Integer requestedPage = QueryParams.integer("page", page);
        Integer requestedSize = QueryParams.integer("size", size);
        int p = requestedPage == null ? 0 : requestedPage;
        int s = requestedSize == null ? DEFAULT_SIZE : requestedSize;
        if (p < 0) {
            throw ProblemException.invalidParameter("page", "min", "must be 0 or greater");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalidParameter("size", "range", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw ProblemException.invalidParameter(
                    "page",
                    "max-offset",
                    "reaches past the first " + MAX_OFFSET + " matches; narrow the filters instead");
        }
        return new PageRequest(p, s, parseSort(sort, sortable));
    }

    private static Sort parseSort(String sort, List<String> sortable) {
        String field = sortable.get(0);
        Sort.Direction direction = Sort.Direction.Ascending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.trim().split(",", -1);
            field = parts[0].trim();
            if (field.startsWith("-")) {
                field = field.substring(1);
                direction = Sort.Direction.Descending;
            }
            if (parts.length == 2) {
                direction = switch (parts[1].trim().toLowerCase()) {
                    case "asc" -> Sort.Direction.Ascending;
                    case "desc" -> Sort.Direction.Descending;
                    default ->
                        throw ProblemException.invalidParameter("sort", "direction", "direction must be asc or desc");
                };
            } else if (parts.length > 2) {
                throw ProblemException.invalidParameter("sort", "format", "must be field or field,asc|desc");
            }
            if (!sortable.contains(field)) {
                throw ProblemException.invalidParameter(
                        "sort", "allowed-values", "must be one of " + String.join(", ", sortable));
            }
        }
        return Sort.by(field, direction).and("id", direction);
    }

    /** Runs {@code query} for this page and counts all its matches. */
    public <E, V> PageView<V> fetch(PanacheQuery<E> query, Function<? super E, ? extends V> toView) {
        List<V> items =
                query.page(Page.of(page, size)).list().stream().<V>map(toView).toList();
        long total = items.size() < size && page == 0 ? items.size() : query.count();
        return new PageView<>(items, page, size, total);
    }
}
