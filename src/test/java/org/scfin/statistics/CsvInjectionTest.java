package org.scfin.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Tokens;

/**
 * Names are chosen by the parties that register them, and CSV answers are opened in spreadsheets by regional officials:
 * a cell that a spreadsheet would evaluate as a formula must come out as plain text.
 */
@QuarkusTest
class CsvInjectionTest {

    @Test
    void aChainNamedLikeAFormulaComesOutOfTheCsvAsText() {
        String name = "=HYPERLINK(\"http://x\",\"y\")";
        String chain = as(Tokens.admin())
                .body(Map.of("name", name, "regionCode", "460200"))
                .post("/api/v1/industrial-chains")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String csv = as(Tokens.admin())
                .accept("text/csv")
                .get("/api/v1/stats/industrial-chains/{id}?year=2025", chain)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("chainId,name,");
        // the apostrophe keeps it text; the quotes are RFC 4180's, since the cell holds a comma and quotes
        assertThat(lines[1]).startsWith(chain + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
        assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void everyFormulaLeadIsNeutralisedInTextButNumbersStayNumbers() throws Exception {
        String answer = """
                {"a":"=1+1","b":"+1","c":"-1","d":"@SUM(A1)","e":"\\tx",
                 "f":"\\rx","g":"plain","h":-16.32,"i":"","j":"a=b"}""";
        String csv = CsvWriter.toCsv(new ObjectMapper().readTree(answer));

        assertThat(csv.split("\r\n", -1)[1]).isEqualTo("'=1+1,'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",plain,-16.32,,a=b");
    }
}
