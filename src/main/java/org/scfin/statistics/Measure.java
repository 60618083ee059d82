package org.scfin.statistics;

/**
 * The columns {@code stat_day} sums per scope and day, most of them carried by a delta. The roller and the queries are
 * built from this list, so a new measure is one constant and one column in each table; a measure derived from the fact
 * (the line measures) is a column of {@code stat_day} alone, computed as the roller adds the delta.
 */
enum Measure {
    FINANCINGS("financings"),
    AMOUNT("amount"),
    RATE_X_AMOUNT("rate_x_amount"),
    MIN_RATE("min_rate", Combine.MIN),
    MAX_RATE("max_rate", Combine.MAX),
    REFERENCE_AMOUNT("reference_amount"),
    REFERENCE_RATE_X_AMOUNT("reference_rate_x_amount"),
    REFERENCE_X_AMOUNT("reference_x_amount"),
    LPR_AMOUNT("lpr_amount"),
    LPR_RATE_X_AMOUNT("lpr_rate_x_amount"),
    LPR_X_AMOUNT("lpr_x_amount"),
    HOURS_SUM("hours_sum"),
    HOURS_COUNT("hours_count"),
    LEADER_FINANCINGS("leader_financings"),
    LEADER_AMOUNT("leader_amount"),
    EXTENSIONS("extensions"),
    EXTENSIONS_AMOUNT("extensions_amount"),
    RENEWALS("renewals"),
    RENEWALS_AMOUNT("renewals_amount"),
    RESTRUCTURINGS("restructurings"),
    RESTRUCTURINGS_AMOUNT("restructurings_amount"),
    PRINCIPAL_OUT("principal_out"),
    PRINCIPAL_IN("principal_in"),
    MATURED_PRINCIPAL("matured_principal"),
    REPAID_BY_MATURITY("repaid_by_maturity"),
    REPAID_LATE("repaid_late"),
    /** A financing (not a renewal) lent through a pre-approved line: the fact names the line. */
    LINE_FINANCINGS("line_financings", "if(f.credit_line_id is null, 0, d.financings)"),
    LINE_AMOUNT("line_amount", "if(f.credit_line_id is null, 0, d.amount)"),
    /** Lent through a line to a supplier that was credit white when it was disbursed. */
    LINE_CREDIT_WHITE_AMOUNT(
            "line_credit_white_amount", "if(f.credit_line_id is null or not f.credit_white, 0, d.amount)");

    enum Combine {
        SUM,
        MIN,
        MAX
    }

    final String column;
    final Combine combine;

    /** What a delta {@code d} of fact {@code f} adds; null for a column the delta carries itself. */
    private final String derived;

    Measure(String column) {
        this(column, Combine.SUM);
    }

    Measure(String column, Combine combine) {
        this.column = column;
        this.combine = combine;
        this.derived = null;
    }

    Measure(String column, String derived) {
        this.column = column;
        this.combine = Combine.SUM;
        this.derived = derived;
    }

    /** The aggregate of what the deltas {@code d} of facts {@code f} add to the measure. */
    String aggregateOfDeltas() {
        return combine.name() + "(" + (derived == null ? "d." + column : derived) + ")";
    }

    /** The aggregate over rows of {@code stat_day}, e.g. {@code SUM(amount)}. */
    String aggregate() {
        return combine.name() + "(" + column + ")";
    }

    /**
     * How a new value joins the stored one in {@code ON DUPLICATE KEY UPDATE} of {@code table}; a NULL minimum is no
     * minimum. Target columns are named with their table, since the inserted SELECT may have columns of the same name.
     */
    String merge(String table) {
        String stored = table + "." + column;
        String added = "VALUES(" + column + ")";
        return switch (combine) {
            case SUM -> stored + " = " + stored + " + " + added;
            case MIN ->
                stored + " = LEAST(COALESCE(" + stored + ", " + added + "), COALESCE(" + added + ", " + stored + "))";
            case MAX ->
                stored + " = GREATEST(COALESCE(" + stored + ", " + added + "), COALESCE(" + added + ", " + stored
                        + "))";
        };
    }
}
