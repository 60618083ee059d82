-- Bank financing: programs, financings and the receivables they encumber, their history, reference rates, the
-- rate records statistics aggregate, and the event outbox behind the per-caller feed.

CREATE TABLE financing_program (
    id                 CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id            CHAR(13)      CHARACTER SET ascii NOT NULL,
    core_enterprise_id CHAR(13)      CHARACTER SET ascii NOT NULL,
    credit_limit       DECIMAL(19,2) NOT NULL,
    reserved_principal DECIMAL(19,2) NOT NULL COMMENT 'approved principal not yet settled: what counts against the limit',
    max_advance_ratio  DECIMAL(5,2)  NOT NULL COMMENT 'percent of face value',
    rate_floor         DECIMAL(7,4)  NOT NULL COMMENT 'percent a year',
    rate_cap           DECIMAL(7,4)  NOT NULL COMMENT 'percent a year',
    day_count          VARCHAR(8)    CHARACTER SET ascii NOT NULL,
    interest_mode      VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_to           DATE          NOT NULL,
    status             VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    version            INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_program_bank (bank_id, status),
    KEY ix_program_core (core_enterprise_id, status),
    CONSTRAINT fk_program_bank FOREIGN KEY (bank_id) REFERENCES bank (id),
    CONSTRAINT fk_program_core FOREIGN KEY (core_enterprise_id) REFERENCES core_enterprise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE financing (
    id                   CHAR(13)      CHARACTER SET ascii NOT NULL,
    program_id           CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id              CHAR(13)      CHARACTER SET ascii NOT NULL,
    core_enterprise_id   CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_id          CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_region_code CHAR(6)       CHARACTER SET ascii NOT NULL COMMENT 'the borrower region a financing counts in',
    status               VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'stored; OVERDUE is computed from maturity and what is unpaid',
    requested_amount     DECIMAL(19,2) NOT NULL,
    face_value           DECIMAL(19,2) NOT NULL COMMENT 'outstanding amount of the receivables when applied',
    maturity_date        DATE          NOT NULL,
    day_count            VARCHAR(8)    CHARACTER SET ascii NOT NULL COMMENT 'the program terms when applied',
    interest_mode        VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    advance_ratio        DECIMAL(5,2)  NULL,
    annual_rate          DECIMAL(7,4)  NULL,
    value_date           DATE          NULL,
    principal            DECIMAL(19,2) NULL,
    interest             DECIMAL(19,2) NULL,
    net_amount           DECIMAL(19,2) NULL COMMENT 'paid to the supplier at disbursement',
    amount_due           DECIMAL(19,2) NULL COMMENT 'to be collected at maturity',
    settled_amount       DECIMAL(19,2) NOT NULL,
    spread_lpr_bp        INT           NULL,
    spread_regional_bp   INT           NULL,
    reject_reason_code   VARCHAR(40)   CHARACTER SET ascii NULL,
    renewal_of_id        CHAR(13)      CHARACTER SET ascii NULL COMMENT 'the financing this one renewed',
    applied_by           VARCHAR(80)   CHARACTER SET ascii NOT NULL,
    applied_at           DATETIME(6)   NOT NULL,
    approved_at          DATETIME(6)   NULL,
    disbursed_at         DATETIME(6)   NULL,
    closed_at            DATETIME(6)   NULL COMMENT 'settled, rejected or cancelled',
    version              INT           NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_financing_bank (bank_id, status),
    KEY ix_financing_supplier (supplier_id, status),
    KEY ix_financing_core (core_enterprise_id, status),
    KEY ix_financing_program (program_id),
    KEY ix_financing_region_disbursed (supplier_region_code, disbursed_at),
    CONSTRAINT fk_financing_program FOREIGN KEY (program_id) REFERENCES financing_program (id),
    CONSTRAINT fk_financing_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The guard against double financing: a receivable backs at most one live financing. live_claim is 1 while the
-- financing is applied, approved or disbursed, and NULL once it is rejected, cancelled or settled; NULLs never
-- collide in a unique key, so the database refuses a second live claim whatever the timing of the requests.
CREATE TABLE financing_receivable (
    financing_id  CHAR(13)      CHARACTER SET ascii NOT NULL,
    receivable_id CHAR(13)      CHARACTER SET ascii NOT NULL,
    face_amount   DECIMAL(19,2) NOT NULL,
    live_claim    TINYINT       NULL,
    PRIMARY KEY (financing_id, receivable_id),
    UNIQUE KEY uq_financing_receivable_live (receivable_id, live_claim),
    CONSTRAINT fk_encumbrance_financing FOREIGN KEY (financing_id) REFERENCES financing (id),
    CONSTRAINT fk_encumbrance_receivable FOREIGN KEY (receivable_id) REFERENCES receivable (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE financing_history (
    id             CHAR(13)      CHARACTER SET ascii NOT NULL,
    financing_id   CHAR(13)      CHARACTER SET ascii NOT NULL,
    action         VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    status_after   VARCHAR(12)   CHARACTER SET ascii NOT NULL,
    amount         DECIMAL(19,2) NULL COMMENT 'settled amount, principal of an approval or renewal',
    effective_date DATE          NULL COMMENT 'value date, paid-on date, or new maturity',
    annual_rate    DECIMAL(7,4)  NULL,
    reason_code    VARCHAR(40)   CHARACTER SET ascii NULL,
    note           VARCHAR(500)  NULL,
    actor          VARCHAR(80)   NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_financing_history (financing_id, occurred_at),
    CONSTRAINT fk_financing_history FOREIGN KEY (financing_id) REFERENCES financing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- LPR (national, scope 000000) and regional small-business averages (scope = region code). The rate in force on a
-- date is the latest effective on or before it; a region without its own falls back to its parent.
CREATE TABLE reference_rate (
    id             CHAR(13)     CHARACTER SET ascii NOT NULL,
    rate_type      VARCHAR(24)  CHARACTER SET ascii NOT NULL,
    scope          CHAR(6)      CHARACTER SET ascii NOT NULL,
    rate           DECIMAL(7,4) NOT NULL,
    effective_from DATE         NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_reference_rate (rate_type, scope, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every approval and repricing, with its spreads at that date: what rate statistics aggregate.
CREATE TABLE rate_record (
    id                 CHAR(13)      CHARACTER SET ascii NOT NULL,
    financing_id       CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id            CHAR(13)      CHARACTER SET ascii NOT NULL,
    region_code        CHAR(6)       CHARACTER SET ascii NOT NULL COMMENT 'the supplier region',
    kind               VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    rate_date          DATE          NOT NULL,
    annual_rate        DECIMAL(7,4)  NOT NULL,
    principal          DECIMAL(19,2) NOT NULL,
    lpr_1y             DECIMAL(7,4)  NULL,
    regional_average   DECIMAL(7,4)  NULL,
    spread_lpr_bp      INT           NULL,
    spread_regional_bp INT           NULL,
    created_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rate_record_financing (financing_id),
    KEY ix_rate_record_bank (bank_id, rate_date),
    KEY ix_rate_record_region (region_code, rate_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: events are written in the transaction of the change. A sequencer gives committed events consecutive
-- numbers in the order it finds them committed, so a reader resuming after "seq > cursor" loses and repeats nothing.
CREATE TABLE event (
    id                 CHAR(13)     CHARACTER SET ascii NOT NULL,
    seq                BIGINT       NULL,
    event_type         VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    subject_type       VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    subject_id         CHAR(13)     CHARACTER SET ascii NOT NULL,
    core_enterprise_id CHAR(13)     CHARACTER SET ascii NULL,
    supplier_id        CHAR(13)     CHARACTER SET ascii NULL,
    bank_id            CHAR(13)     CHARACTER SET ascii NULL,
    payload            TEXT         NOT NULL,
    occurred_at        DATETIME(6)  NOT NULL,
    inserted_at        DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
                       COMMENT 'the database clock at insert: a causally later event is inserted later on any service instance',
    PRIMARY KEY (id),
    UNIQUE KEY uq_event_seq (seq),
    KEY ix_event_core (core_enterprise_id, seq),
    KEY ix_event_supplier (supplier_id, seq),
    KEY ix_event_bank (bank_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_sequence (
    name     VARCHAR(20) CHARACTER SET ascii NOT NULL,
    last_seq BIGINT      NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;

INSERT INTO event_sequence (name, last_seq) VALUES ('event', 0);
