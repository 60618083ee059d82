package org.scfin.notice;

/** What a notice tells the core enterprise about the receivables it names. */
public enum NoticeKind {
    /** A disbursement assigned the receivables to the bank: pay them into the bank's collection account. */
    ASSIGNMENT,
    /**
     * A renewal moved the receivables to a new financing of the same bank, or the bank changed its collection account:
     * this notice, not the one it replaces, is the one to pay by.
     */
    REPLACEMENT,
    /** The financing is settled: the bank's claim on the receivables ends and nothing more is paid to the bank. */
    RELEASE
}
