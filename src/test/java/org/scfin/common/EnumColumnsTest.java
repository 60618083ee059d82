package org.scfin.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scfin.enterprise.Bank;
import org.scfin.enterprise.Supplier;
import org.scfin.event.Event;
import org.scfin.financing.Financing;
import org.scfin.financing.FinancingHistory;
import org.scfin.financing.FinancingProgram;
import org.scfin.rate.RateRecord;
import org.scfin.rate.ReferenceRate;
import org.scfin.receivable.Receivable;
import org.scfin.receivable.ReceivableHistory;

/**
 * Hibernate's schema validation does not compare lengths, so an enum value longer than its VARCHAR column would only
 * fail when first written (as PARTIALLY_SETTLED once did). Every enum column is checked against the migrated schema.
 */
@QuarkusTest
class EnumColumnsTest {

    @Inject
    EntityManager em;

    @Test
    void everyEnumValueFitsItsColumn() throws Exception {
        List<Class<?>> entities = List.of(
                Bank.class,
                Supplier.class,
                Receivable.class,
                ReceivableHistory.class,
                FinancingProgram.class,
                Financing.class,
                FinancingHistory.class,
                ReferenceRate.class,
                RateRecord.class,
                Event.class);
        int checked = 0;
        for (Class<?> entity : entities) {
            String table = entity.getAnnotation(Table.class).name();
            for (Field field : entity.getDeclaredFields()) {
                if (field.getAnnotation(Enumerated.class) == null) {
                    continue;
                }
                String column = field.getAnnotation(Column.class).name();
                Number length =
                        (Number) em.createNativeQuery("select character_maximum_length from information_schema.columns"
                                        + " where table_schema = database() and table_name = ?1 and column_name = ?2")
                                .setParameter(1, table)
                                .setParameter(2, column)
                                .getSingleResult();
                int longest = Arrays.stream(field.getType().getEnumConstants())
                        .mapToInt(e -> ((Enum<?>) e).name().length())
                        .max()
                        .orElse(0);
                assertThat(longest).as(table + "." + column).isLessThanOrEqualTo(length.intValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(13);
    }
}
