package org.scfin.financing;

/** A program takes applications and approvals only while ACTIVE (and within its validity dates). */
public enum ProgramStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
