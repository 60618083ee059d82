package org.scfin.credit;

/** How an enterprise paid its utility bills over the months a record covers. */
public enum PaymentStatus {
    ON_TIME,
    LATE,
    ARREARS
}
