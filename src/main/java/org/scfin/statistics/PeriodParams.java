package org.scfin.statistics;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.scfin.common.Examples;
import org.scfin.common.Times;

/** The period query parameters every statistics endpoint takes; see {@link Period#parse}. */
public class PeriodParams {

    @Parameter(description = "First day, inclusive (with to)", example = Examples.YEAR_START)
    @QueryParam("from")
    public String from;

    @Parameter(description = "Last day, inclusive (with from)", example = Examples.YEAR_END)
    @QueryParam("to")
    public String to;

    @Parameter(description = "A calendar year instead of from and to", example = "2025")
    @QueryParam("year")
    public String year;

    @Parameter(description = "A calendar quarter instead of from and to", example = "2025Q3")
    @QueryParam("quarter")
    public String quarter;

    @Parameter(description = "A calendar month instead of from and to", example = Examples.MONTH)
    @QueryParam("month")
    public String month;

    Period period() {
        return Period.parse(from, to, year, quarter, month, Times.today());
    }
}
