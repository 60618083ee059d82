package org.scfin.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.scfin.embedded.EmbeddedMariaDb;
import org.scfin.security.LocalSigningKeys;

/**
 * Starts one embedded MariaDB for the whole test run, on a clean data directory (or uses {@code DB_URL} when set), and
 * a signing key pair for test tokens. Quarkus starts once per test profile (the fuzzer has its own), and this with it,
 * so each profile's tests get a fresh database; a profile that {@link BringsItsOwnDatabase} gets only the keys.
 */
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    public static final Path KEYS = Path.of("target", "test-keys").toAbsolutePath();
    private static final Path DB_ROOT = Path.of("target", "test-db").toAbsolutePath();

    private EmbeddedMariaDb db;
    private boolean profileBringsItsOwn;

    @Override
    public void setContext(Context context) {
        profileBringsItsOwn = BringsItsOwnDatabase.class.isAssignableFrom(profile(context.testProfile()));
    }

    @Override
    public Map<String, String> start() {
        LocalSigningKeys.ensure(KEYS);
        Map<String, String> config = new HashMap<>();
        config.put("scf.security.keys-dir", KEYS.toString());
        config.put(
                "mp.jwt.verify.publickey.location",
                KEYS.resolve(LocalSigningKeys.PUBLIC_KEY_FILE).toString());
        String url = System.getenv("DB_URL");
        if (profileBringsItsOwn) {
            return config;
        }
        if (url == null || url.isBlank()) {
            deleteTree(DB_ROOT.resolve("db"));
            db = EmbeddedMariaDb.start(DB_ROOT);
            config.put("quarkus.datasource.jdbc.url", db.jdbcUrl("scf_test"));
            config.put("quarkus.datasource.username", db.user());
            config.put("quarkus.datasource.password", db.password());
        } else {
            config.put("quarkus.datasource.jdbc.url", url);
        }
        return config;
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static Class<?> profile(String name) {
        if (name == null) {
            return Object.class;
        }
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }

    /** Deletes {@code dir} and everything under it. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
