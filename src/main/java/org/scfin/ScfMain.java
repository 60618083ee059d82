package org.scfin;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ServiceLoader;
import org.scfin.security.TokenCommand;

/**
 * Entry point. {@code token ROLE [ID]} prints a locally signed token and exits; otherwise, with no
 * {@code DB_URL}, the embedded database is started before Quarkus so the datasource can point at it.
 */
@QuarkusMain
public final class ScfMain {

    public static void main(String... args) {
        if (args.length > 0 && "token".equals(args[0])) {
            System.exit(TokenCommand.run(args));
        }
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            DatabaseBootstrap bootstrap = ServiceLoader.load(DatabaseBootstrap.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("DB_URL is not set and this build has no embedded database"));
            bootstrap.start();
        }
        Quarkus.run(args);
    }
}
