package org.scfin.notice;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes a program what a program created before collection accounts existed is: one without an account. The API cannot
 * do this (an account is required at creation and cannot be removed), so it is written straight to the database.
 */
final class LegacyPrograms {

    private LegacyPrograms() {}

    static void withoutCollectionAccount(String programId) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getOptionalValue("quarkus.datasource.username", String.class)
                                .orElse("root"),
                        config.getOptionalValue("quarkus.datasource.password", String.class)
                                .orElse(""));
                PreparedStatement update = connection.prepareStatement("UPDATE financing_program SET"
                        + " collection_account_name = NULL, collection_account_number = NULL,"
                        + " collection_branch_name = NULL WHERE id = ?")) {
            update.setString(1, programId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no program " + programId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
