package org.scfin.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfin.testing.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scfin.testing.Fixtures;
import org.scfin.testing.LineBorrower;
import org.scfin.testing.PoolFixtures;
import org.scfin.testing.TestClock;
import org.scfin.testing.Tokens;

/**
 * The V18 migration's backfill gives facts counted before it their line, and the sums and members their line figures,
 * exactly as the roller keeps them: the line data of the whole database (this test's lending through lines in Fujian in
 * April and July 2025, a renewal and a financing without a line, and whatever other tests left) is taken away, the
 * migration's statements run again, and every row comes back as it was.
 */
@QuarkusTest
class LineBackfillMigrationTest {

    private static final String MIGRATION = "db/migration/V18__line_lending_statistics.sql";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theBackfillRebuildsWhatTheRollerKeeps() throws SQLException, IOException {
        TestClock.today(LocalDate.of(2025, 4, 10));
        String bank = Fixtures.bank("350100");
        String product = PoolFixtures.publish(bank, PoolFixtures.product("PURE_CREDIT", "3.5", "5.0", "350000"));
        LineBorrower white = LineBorrower.of("350102", true, bank);
        LineBorrower recorded = LineBorrower.of("350103", false, bank);
        LineBorrower elsewhere = LineBorrower.of("350203", true, bank);
        String whiteLine = white.line(bank, product);
        String recordedLine = recorded.line(bank, product);
        white.disbursed(bank, whiteLine);
        String renewed = recorded.disbursed(bank, recordedLine);
        elsewhere.disbursed(bank, elsewhere.line(bank, product));
        LineBorrower.of("350102", false, bank).disbursed(bank, null);
        as(Tokens.bank(bank))
                .body(Map.of("annualRate", new BigDecimal("3.8"), "newMaturityDate", "2025-10-30"))
                .post("/api/v1/financings/{id}/renew", renewed)
                .then()
                .statusCode(201);
        TestClock.today(LocalDate.of(2025, 7, 2));
        white.disbursed(bank, whiteLine);
        recorded.disbursed(bank, recordedLine);
        // a statistics call rolls every delta, so all the facts are counted, as before the migration
        as(Tokens.admin()).get("/api/v1/stats/regions/350000?year=2025").then().statusCode(200);

        List<String> rolled = lineRows();
        assertThat(rolled).as("line rows of this test").anyMatch(row -> row.startsWith("member|R350100|"));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("update stat_day set line_financings = 0, line_amount = 0, line_credit_white_amount = 0");
            statement.execute("delete from stat_member where member_kind = 'L'");
            statement.execute("delete from stat_member_period where member_kind = 'L'");
            statement.execute("delete from stat_period_members where member_kind = 'L'");
            statement.execute("update financing_fact set credit_line_id = null");
            for (String sql : migrationDataStatements()) {
                statement.execute(sql);
            }
        }
        assertThat(lineRows()).containsExactlyElementsOf(rolled);
    }

    /** The migration's statements but those adding columns, which are there already. */
    private static List<String> migrationDataStatements() throws IOException {
        String text;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.trim().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : withoutComments.toString().split(";")) {
            String sql = statement.trim();
            if (!sql.isEmpty() && !sql.startsWith("ALTER TABLE")) {
                statements.add(sql);
            }
        }
        return statements;
    }

    /** Every line figure in the database, one text per row, in a fixed order. */
    private List<String> lineRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String query : List.of(
                    "select 'day', scope, stat_day, line_financings, line_amount, line_credit_white_amount"
                            + " from stat_day where line_financings <> 0 or line_amount <> 0 order by 2, 3",
                    "select 'member', scope, member_id, first_on, credit_white_at_first, size_class"
                            + " from stat_member where member_kind = 'L' order by 2, 3",
                    "select 'period', scope, period, member_id, credit_white_at_first, size_class"
                            + " from stat_member_period where member_kind = 'L' order by 2, 3, 4",
                    "select 'count', scope, period, members, '', '' from stat_period_members"
                            + " where member_kind = 'L' order by 2, 3",
                    "select 'fact', financing_id, credit_line_id, '', '', '' from financing_fact order by 2")) {
                try (ResultSet result = statement.executeQuery(query)) {
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= 6; i++) {
                            row.append(result.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
