-- Notices of assignment: what the core enterprise is told about the receivables a bank finances (assigned to the
-- bank, replaced by a renewal, released at settlement), with its acknowledgement; and the collection account on the
-- program that an assignment tells the core enterprise to pay into.

ALTER TABLE financing_program
    ADD COLUMN collection_account_name   VARCHAR(100) NULL COMMENT 'the account holder, as the payer writes it',
    ADD COLUMN collection_account_number VARCHAR(34)  CHARACTER SET ascii NULL,
    ADD COLUMN collection_branch_name    VARCHAR(100) NULL COMMENT 'the bank and branch that hold the account';

CREATE TABLE notice (
    id                        CHAR(13)      CHARACTER SET ascii NOT NULL,
    kind                      VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'ASSIGNMENT, REPLACEMENT or RELEASE',
    financing_id              CHAR(13)      CHARACTER SET ascii NOT NULL,
    core_enterprise_id        CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_id               CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id                   CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_name                 VARCHAR(200)  NOT NULL COMMENT 'as at issue: a notice is a document and does not change',
    receivables               TEXT          NOT NULL COMMENT 'JSON: the receivables as at issue',
    amount_due                DECIMAL(19,2) NOT NULL COMMENT 'what the core enterprise pays the bank; 0 on a release',
    due_date                  DATE          NULL COMMENT 'null on a release',
    collection_account_name   VARCHAR(100)  NULL COMMENT 'null on a release: nothing more is paid to the bank',
    collection_account_number VARCHAR(34)   CHARACTER SET ascii NULL,
    collection_branch_name    VARCHAR(100)  NULL,
    replaces_notice_id        CHAR(13)      CHARACTER SET ascii NULL COMMENT 'the notice this one replaces or releases',
    superseded_by_notice_id   CHAR(13)      CHARACTER SET ascii NULL COMMENT 'set when a later notice replaces or releases this one',
    issued_at                 DATETIME(6)   NOT NULL,
    acknowledged_at           DATETIME(6)   NULL,
    acknowledged_by           VARCHAR(255)  NULL COMMENT 'the subject of the token that acknowledged it',
    version                   INT           NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_notice_core (core_enterprise_id, issued_at, id),
    KEY ix_notice_bank (bank_id, issued_at, id),
    KEY ix_notice_supplier (supplier_id, issued_at, id),
    KEY ix_notice_financing (financing_id, issued_at),
    CONSTRAINT fk_notice_financing FOREIGN KEY (financing_id) REFERENCES financing (id),
    CONSTRAINT fk_notice_replaces FOREIGN KEY (replaces_notice_id) REFERENCES notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
