package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.dic.ActiveCurrencyAndAmount;
import java.math.BigDecimal;
import java.util.Optional;
import org.scfin.common.Money;
import org.scfin.common.Violations;

/** Amounts of a message: in yuan (CNY, the currency of every receivable and financing here), positive, to the fen. */
final class Amounts {

    private static final int MAX_INTEGER_DIGITS = 17;

    private Amounts() {}

    static void requireCurrency(Violations violations, String field, String currency) {
        violations.require(
                Money.CURRENCY.equals(currency),
                field,
                "currency",
                "must be " + Money.CURRENCY + ": receivables here are in yuan");
    }

    static Optional<BigDecimal> read(Violations violations, String field, ActiveCurrencyAndAmount amount) {
        if (amount == null || amount.getValue() == null) {
            violations.add(field, "required", "is required");
            return Optional.empty();
        }
        requireCurrency(violations, field + "/@Ccy", amount.getCcy());
        BigDecimal value = amount.getValue();
        if (value.signum() <= 0) {
            violations.add(field, "positive", "must be greater than 0");
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > Money.SCALE
                || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            violations.add(field, "digits", "must have at most 2 decimal places (and 17 integer digits)");
            return Optional.empty();
        }
        return Optional.of(Money.of(value).amount());
    }

    /** An amount as a message writes it. */
    static ActiveCurrencyAndAmount of(BigDecimal value) {
        ActiveCurrencyAndAmount amount = new ActiveCurrencyAndAmount();
        amount.setCcy(Money.CURRENCY);
        amount.setValue(Money.of(value).amount());
        return amount;
    }
}
