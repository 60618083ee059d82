package org.scfin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scfin.idempotency.AnswerSeal;

/**
 * Seals signing secrets for the database with AES-256-GCM, so that a reader of the database (or of a backup) alone
 * cannot sign a delivery; and the answers that show a secret, kept for an {@code Idempotency-Key}'s replays. The key
 * lives outside it, in {@code WEBHOOK_SECRET_KEY} or, when that is not set, in a key file generated once under the keys
 * directory (instances of one cluster must share it).
 */
@ApplicationScoped
public class SecretSeal implements AnswerSeal {

    static final String KEY_FILE = "webhook-secret.key";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    public SecretSeal(WebhookConfig config, @ConfigProperty(name = "scf.security.keys-dir") String keysDir) {
        this(config.secretKey()
                .map(k -> Base64.getDecoder().decode(k.trim()))
                .orElseGet(() -> fileKey(Path.of(keysDir))));
    }

    SecretSeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("the webhook secret key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    @Override
    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a webhook secret", e);
        }
    }

    @Override
    public String open(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret cannot be opened with this key (WEBHOOK_SECRET_KEY)", e);
        }
    }

    private static byte[] fileKey(Path dir) {
        Path file = dir.resolve(KEY_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(dir);
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path tmp = Files.createTempFile(dir, KEY_FILE, ".tmp");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the directory's own permissions apply
                }
                // a concurrent start that wrote its key first wins, and both read the one that stays
                try {
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException lost) {
                    Files.deleteIfExists(tmp);
                }
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the webhook secret key under " + dir, e);
        }
    }
}
