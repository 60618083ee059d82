package org.scfin.registration;

import java.time.LocalDate;
import org.scfin.common.Violations;

/**
 * What each kind of filing carries, as the registry asks: an initial registration a term and no reference; a change, an
 * extension or a cancellation the initial registration's number; a term only on an initial registration or an
 * extension; coverage and amount only on an initial registration or a change. Faults of the request (422).
 */
final class FilingRules {

    private FilingRules() {}

    static void check(RegistrationInput input, LocalDate today, Violations violations) {
        RegistrationKind kind = input.kind();
        boolean initial = kind == RegistrationKind.INITIAL;
        violations.require(
                !input.registeredOn().isAfter(today), "registeredOn", "not-in-future", "must not be after today");
        violations.require(
                initial == (input.initialRegistrationNumber() == null),
                "initialRegistrationNumber",
                initial ? "absent-on-initial" : "required",
                initial
                        ? "an initial registration refers to no other"
                        : "a " + kind + " refers to the initial registration's number");
        boolean termed = initial || kind == RegistrationKind.EXTENSION;
        violations.require(
                termed == (input.termYears() != null),
                "termYears",
                termed ? "required" : "absent",
                termed
                        ? "an initial registration or an extension chooses a term of 1 to 30 years"
                        : "only an initial registration or an extension has a term");
        violations.require(
                initial || input.encumbrance() == null, "encumbrance", "absent", "is set by the initial registration");
        boolean describes = initial || kind == RegistrationKind.CHANGE;
        violations.require(
                describes || input.invoiceNumbers() == null,
                "invoiceNumbers",
                "absent",
                "only an initial registration or a change says what is covered");
        violations.require(
                describes || input.amount() == null,
                "amount",
                "absent",
                "only an initial registration or a change says the amount");
    }
}
