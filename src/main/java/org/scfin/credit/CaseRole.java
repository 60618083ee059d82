package org.scfin.credit;

/** The enterprise's side in a court case. */
public enum CaseRole {
    PLAINTIFF,
    DEFENDANT,
    THIRD_PARTY
}
