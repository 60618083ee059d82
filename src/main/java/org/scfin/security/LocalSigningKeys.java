package org.scfin.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs and verifies tokens when no identity provider is configured. Generated once, kept as PEM
 * files, so tokens survive restarts and {@code scripts/token} can sign with the same key.
 */
public final class LocalSigningKeys {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";

    private LocalSigningKeys() {}

    /** Creates the key pair under {@code dir} unless both files are already there. */
    public static void ensure(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writeAtomically(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            writeAtomically(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write signing keys under " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    public static PrivateKey readPrivateKey(Path dir) {
        try {
            String pem = Files.readString(dir.resolve(PRIVATE_KEY_FILE), StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key under " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key under " + dir + " is not an RSA PKCS#8 key", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Writes through a temporary file so that a concurrent reader never sees half a key. */
    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions apply
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
