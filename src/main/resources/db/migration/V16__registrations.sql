-- Registrations of assignments and pledges of receivables in a public registry (the national 动产融资统一登记公示系统
-- first), recorded by the bank that finances them, so that an application for invoices another bank has registered
-- is refused; and the program's flag that requires a live registration before disbursement.

ALTER TABLE financing_program
    ADD COLUMN registration_required TINYINT(1) NOT NULL DEFAULT 0
        COMMENT '1: no financing of the program is disbursed without a live registration';

-- One row per initial registration: what it covers now and until when it is live (extensions move expires_on, a
-- cancellation sets cancelled_on). Every filing on it writes this row (filing_count), so two filings on one
-- registration through two cluster nodes collide at certification and one is run again.
CREATE TABLE registration (
    id                   CHAR(13)      CHARACTER SET ascii NOT NULL,
    registry             VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'ZHONGDENG (the national registry) or OTHER',
    registration_number  VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'the initial registration number',
    encumbrance          VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'ASSIGNMENT or PLEDGE',
    financing_id         CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id              CHAR(13)      CHARACTER SET ascii NOT NULL COMMENT 'the registrant: assignee or pledgee',
    debtor_credit_code   CHAR(18)      CHARACTER SET ascii NOT NULL COMMENT 'the core enterprise that owes the receivables',
    creditor_credit_code CHAR(18)      CHARACTER SET ascii NOT NULL COMMENT 'the supplier: assignor or pledgor',
    assignee_credit_code CHAR(18)      CHARACTER SET ascii NOT NULL COMMENT 'the bank',
    amount               DECIMAL(19,2) NOT NULL COMMENT 'the financing secured, in yuan',
    registered_on        DATE          NOT NULL,
    expires_on           DATE          NOT NULL COMMENT 'the first day it is no longer live',
    cancelled_on         DATE          NULL,
    filing_count         INT           NOT NULL,
    version              INT           NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_registration_number (registry, registration_number),
    KEY ix_registration_financing (financing_id),
    KEY ix_registration_debtor (debtor_credit_code, registered_on, id),
    KEY ix_registration_creditor (creditor_credit_code, registered_on, id),
    CONSTRAINT fk_registration_financing FOREIGN KEY (financing_id) REFERENCES financing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each filing as made at the registry: the initial registration, and the changes, extensions and cancellation that
-- refer to it, each with its own number. What the export lists.
CREATE TABLE registration_filing (
    id                  CHAR(13)      CHARACTER SET ascii NOT NULL,
    registration_id     CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id             CHAR(13)      CHARACTER SET ascii NOT NULL,
    kind                VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'INITIAL, CHANGE, EXTENSION or CANCELLATION',
    registry            VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    registration_number VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    registered_on       DATE          NOT NULL,
    term_years          INT           NULL COMMENT 'on an initial registration or an extension: 1 to 30',
    expires_on          DATE          NOT NULL COMMENT 'the expiry after this filing',
    amount              DECIMAL(19,2) NOT NULL COMMENT 'as registered after this filing',
    invoice_numbers     TEXT          CHARACTER SET ascii NOT NULL COMMENT 'space-separated: covered after this filing',
    recorded_by         VARCHAR(255)  NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_registration_filing_number (registry, registration_number),
    KEY ix_registration_filing_bank (bank_id, registered_on, id),
    KEY ix_registration_filing_registration (registration_id, registered_on),
    CONSTRAINT fk_registration_filing FOREIGN KEY (registration_id) REFERENCES registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The invoices a registration covers now (a change replaces them). Looked up by invoice number on every application.
CREATE TABLE registration_invoice (
    registration_id CHAR(13)    CHARACTER SET ascii NOT NULL,
    invoice_number  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'canonical: upper case',
    PRIMARY KEY (registration_id, invoice_number),
    KEY ix_registration_invoice_number (invoice_number, registration_id),
    CONSTRAINT fk_registration_invoice FOREIGN KEY (registration_id) REFERENCES registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
