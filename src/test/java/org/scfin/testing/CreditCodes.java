package org.scfin.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.scfin.enterprise.CreditCode;

/** Fresh valid unified social credit codes, so tests never collide on the unique keys. */
public final class CreditCodes {

    private static final String BODY_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {}

    /** A valid code of an enterprise (prefix 91) registered in {@code regionCode}. */
    public static String random(String regionCode) {
        StringBuilder body = new StringBuilder("91").append(regionCode);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            body.append(BODY_CHARS.charAt(random.nextInt(BODY_CHARS.length())));
        }
        return body.toString() + CreditCode.checkCharacter(body.toString());
    }

    public static String random() {
        return random("620302");
    }
}
