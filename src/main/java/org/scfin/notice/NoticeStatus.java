package org.scfin.notice;

/** Whether the core enterprise has acknowledged a notice. */
public enum NoticeStatus {
    UNACKNOWLEDGED,
    ACKNOWLEDGED
}
