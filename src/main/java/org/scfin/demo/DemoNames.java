package org.scfin.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.scfin.enterprise.CreditCode;

/**
 * Enterprise names and credit codes drawn from a seeded {@link Random}: the same seed gives the same parties, which is
 * how a second load finds them again. A name is a place, a trade name, a line of business and a legal form, as Chinese
 * enterprise names are; a credit code is an enterprise's (91), registered in its region, and passes the GB 32100-2015
 * check.
 */
final class DemoNames {

    private static final List<String> TRADE_NAMES = List.of(
            "鑫源", "宏达", "华宇", "金泰", "恒通", "瑞丰", "昌盛", "永兴", "晟达", "博远", "中联", "汇通", "天成", "盛鑫", "德润", "泰和", "嘉盛", "宏远",
            "兴业", "通达", "金桥", "正信", "祥瑞", "长丰", "鼎诚", "富源", "利民", "新达", "信诚", "恒昌", "腾飞", "百川", "安泰", "荣盛", "裕丰", "瑞祥",
            "隆基", "晨光", "海川", "广源", "众和", "顺成", "旭日", "益民", "合力", "佳禾", "聚源", "远航");

    private final Random random;
    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /** e.g. 金昌市鑫源机械制造有限公司: {@code place} 金昌市, {@code business} one of the lines given. */
    String enterprise(String place, List<String> businesses) {
        while (true) {
            String name = place + pick(TRADE_NAMES) + pick(businesses) + (random.nextInt(4) == 0 ? "有限责任公司" : "有限公司");
            if (names.add(name)) {
                return name;
            }
        }
    }

    String enterpriseCode(String region) {
        return code("91", region);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Registration type, region, then an organisation code as issued since 2015 (MA...), and the check character. */
    private String code(String type, String region) {
        while (true) {
            StringBuilder body = new StringBuilder(type).append(region).append("MA");
            for (int i = 0; i < 7; i++) {
                body.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            String code = body.toString() + CreditCode.checkCharacter(body.toString());
            if (codes.add(code)) {
                return code;
            }
        }
    }
}
