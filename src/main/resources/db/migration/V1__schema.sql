-- Master data and receivables. Ids are application-generated TSIDs (13 characters, time-ordered) so inserts
-- append to the primary key and batch without AUTO_INCREMENT round trips. Money is DECIMAL(19,2) yuan.

CREATE TABLE region (
    code            CHAR(6)     CHARACTER SET ascii NOT NULL,
    name            VARCHAR(64) NOT NULL,
    parent_code     CHAR(6)     CHARACTER SET ascii NULL,
    region_level    TINYINT     NOT NULL COMMENT '1 province, 2 prefecture, 3 county',
    province_code   CHAR(6)     CHARACTER SET ascii NOT NULL,
    prefecture_code CHAR(6)     CHARACTER SET ascii NULL,
    PRIMARY KEY (code),
    KEY ix_region_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bank (
    id          CHAR(13)     CHARACTER SET ascii NOT NULL,
    name        VARCHAR(200) NOT NULL,
    credit_code CHAR(18)     CHARACTER SET ascii NOT NULL,
    region_code CHAR(6)      CHARACTER SET ascii NOT NULL,
    industry    VARCHAR(100) NULL,
    bank_type   VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    version     INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_bank_credit_code (credit_code),
    KEY ix_bank_region (region_code),
    KEY ix_bank_name (name),
    CONSTRAINT fk_bank_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE industrial_chain (
    id                    CHAR(13)     CHARACTER SET ascii NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    region_code           CHAR(6)      CHARACTER SET ascii NOT NULL,
    leader_bank_id        CHAR(13)     CHARACTER SET ascii NULL,
    deputy_leader_bank_id CHAR(13)     CHARACTER SET ascii NULL,
    version               INT          NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_chain_region_name (region_code, name),
    KEY ix_chain_name (name),
    CONSTRAINT fk_chain_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_chain_leader_bank FOREIGN KEY (leader_bank_id) REFERENCES bank (id),
    CONSTRAINT fk_chain_deputy_bank FOREIGN KEY (deputy_leader_bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE core_enterprise (
    id                  CHAR(13)     CHARACTER SET ascii NOT NULL,
    name                VARCHAR(200) NOT NULL,
    credit_code         CHAR(18)     CHARACTER SET ascii NOT NULL,
    region_code         CHAR(6)      CHARACTER SET ascii NOT NULL,
    industry            VARCHAR(100) NULL,
    industrial_chain_id CHAR(13)     CHARACTER SET ascii NULL,
    chain_leader        BOOLEAN      NOT NULL,
    connected           BOOLEAN      NOT NULL,
    connected_on        DATE         NULL,
    version             INT          NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_core_enterprise_credit_code (credit_code),
    KEY ix_core_enterprise_region (region_code),
    KEY ix_core_enterprise_chain (industrial_chain_id),
    KEY ix_core_enterprise_name (name),
    CONSTRAINT fk_core_enterprise_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_core_enterprise_chain FOREIGN KEY (industrial_chain_id) REFERENCES industrial_chain (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supplier (
    id           CHAR(13)     CHARACTER SET ascii NOT NULL,
    name         VARCHAR(200) NOT NULL,
    credit_code  CHAR(18)     CHARACTER SET ascii NOT NULL,
    region_code  CHAR(6)      CHARACTER SET ascii NOT NULL,
    industry     VARCHAR(100) NULL,
    size_class   VARCHAR(10)  CHARACTER SET ascii NOT NULL,
    credit_white BOOLEAN      NOT NULL,
    version      INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_supplier_credit_code (credit_code),
    KEY ix_supplier_region (region_code),
    KEY ix_supplier_name (name),
    CONSTRAINT fk_supplier_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supply_relationship (
    core_enterprise_id CHAR(13)    CHARACTER SET ascii NOT NULL,
    supplier_id        CHAR(13)    CHARACTER SET ascii NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (core_enterprise_id, supplier_id),
    KEY ix_supply_supplier (supplier_id),
    CONSTRAINT fk_supply_core FOREIGN KEY (core_enterprise_id) REFERENCES core_enterprise (id),
    CONSTRAINT fk_supply_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE receivable (
    id                 CHAR(13)      CHARACTER SET ascii NOT NULL,
    core_enterprise_id CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_id        CHAR(13)      CHARACTER SET ascii NOT NULL,
    reference_owner    VARCHAR(13)   CHARACTER SET ascii NOT NULL COMMENT 'erp, or the id of the submitting supplier: each has its own references',
    erp_reference      VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'compared exactly, as the ERP wrote it',
    invoice_numbers    VARCHAR(4000) CHARACTER SET ascii NOT NULL COMMENT 'the invoice numbers as posted, newline-separated, for display',
    original_amount    DECIMAL(19,2) NOT NULL COMMENT 'face value as posted; compared on re-posts',
    amount             DECIMAL(19,2) NOT NULL COMMENT 'face value after credit notes',
    currency           CHAR(3)       CHARACTER SET ascii NOT NULL,
    issue_date         DATE          NOT NULL,
    due_date           DATE          NOT NULL,
    status             VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    submitted_by       VARCHAR(10)   CHARACTER SET ascii NOT NULL COMMENT 'erp or supplier',
    version            INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_receivable_erp_reference (core_enterprise_id, reference_owner, erp_reference),
    KEY ix_receivable_supplier (supplier_id, status),
    KEY ix_receivable_core_due (core_enterprise_id, due_date),
    KEY ix_receivable_status_due (status, due_date),
    CONSTRAINT fk_receivable_core FOREIGN KEY (core_enterprise_id) REFERENCES core_enterprise (id),
    CONSTRAINT fk_receivable_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first guard against double financing: an invoice of a supplier to a core enterprise backs one live
-- receivable. live_claim is 1 while the receivable is live and NULL once it is cancelled or rejected; NULLs never
-- collide in a unique key, so a released invoice number can back a corrected receivable.
CREATE TABLE receivable_invoice (
    receivable_id      CHAR(13)    CHARACTER SET ascii NOT NULL,
    invoice_number     VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'canonical: trimmed, upper case',
    core_enterprise_id CHAR(13)    CHARACTER SET ascii NOT NULL,
    supplier_id        CHAR(13)    CHARACTER SET ascii NOT NULL,
    live_claim         TINYINT     NULL,
    PRIMARY KEY (receivable_id, invoice_number),
    UNIQUE KEY uq_invoice_live (core_enterprise_id, supplier_id, invoice_number, live_claim),
    CONSTRAINT fk_invoice_receivable FOREIGN KEY (receivable_id) REFERENCES receivable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE receivable_history (
    id             CHAR(13)      CHARACTER SET ascii NOT NULL,
    receivable_id  CHAR(13)      CHARACTER SET ascii NOT NULL,
    action         VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    status_after   VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    amount_before  DECIMAL(19,2) NOT NULL,
    amount_after   DECIMAL(19,2) NOT NULL,
    reference      VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL COMMENT 'credit note number of an adjustment',
    reason         VARCHAR(500)  NULL,
    actor          VARCHAR(80)   NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_history_receivable (receivable_id, id),
    -- a credit note reduces a receivable once, however often the ERP retries it (NULLs of other actions never collide)
    UNIQUE KEY uq_history_credit_note (receivable_id, reference),
    CONSTRAINT fk_history_receivable FOREIGN KEY (receivable_id) REFERENCES receivable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency-Key records, scoped to the caller. A row is claimed (IN_PROGRESS) before the work runs and holds
-- the response once it is done; expired rows are purged.
CREATE TABLE idempotency_record (
    caller_scope     VARCHAR(100)  CHARACTER SET ascii NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    request_hash     CHAR(64)      CHARACTER SET ascii NOT NULL,
    state            VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'IN_PROGRESS or DONE',
    claim_token      CHAR(36)      CHARACTER SET ascii NOT NULL COMMENT 'who holds the claim; only its holder can complete it',
    response_status  SMALLINT      NULL,
    response_type    VARCHAR(100)  NULL,
    response_location VARCHAR(500) NULL,
    response_body    MEDIUMTEXT    NULL,
    claimed_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (caller_scope, idempotency_key),
    KEY ix_idempotency_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
