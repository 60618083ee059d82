-- Credit information: dated public-data facts about enterprises (by credit code), suppliers' consents to banks,
-- and the record of every bank read of a profile.

-- The primary key is the profile's read path: the latest fact of one kind as of a date is the last entry of the range
-- (credit_code, kind, as_of <= date), read backwards from the clustered index; ids are time-ordered, so of two facts
-- of one date the one imported later wins. The fingerprint (a hash of the fact's values) is unique per enterprise,
-- kind and date, so that importing the identical fact again meets the key and adds no row.
CREATE TABLE credit_fact (
    credit_code     CHAR(18)      CHARACTER SET ascii NOT NULL,
    kind            VARCHAR(24)   CHARACTER SET ascii NOT NULL,
    as_of           DATE          NOT NULL,
    fingerprint     BINARY(16)    NOT NULL COMMENT 'first 16 bytes of SHA-256 over the fact''s values',
    id              CHAR(13)      CHARACTER SET ascii NOT NULL,
    is_public       BOOLEAN       NOT NULL,
    source          VARCHAR(200)  NOT NULL,
    tax_grade       CHAR(1)       CHARACTER SET ascii NULL,
    headcount       INT           NULL,
    payment_status  VARCHAR(12)   CHARACTER SET ascii NULL,
    months_covered  INT           NULL,
    reference       VARCHAR(64)   NULL COMMENT 'the case number of a judgment, the decision number of a penalty',
    case_role       VARCHAR(12)   CHARACTER SET ascii NULL,
    authority       VARCHAR(200)  NULL,
    amount          DECIMAL(19,2) NULL,
    imported_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (credit_code, kind, as_of, id),
    UNIQUE KEY uq_credit_fact_values (credit_code, kind, as_of, fingerprint)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE credit_consent (
    id            CHAR(13)     CHARACTER SET ascii NOT NULL,
    supplier_id   CHAR(13)     CHARACTER SET ascii NOT NULL,
    bank_id       CHAR(13)     CHARACTER SET ascii NOT NULL,
    purpose       VARCHAR(200) NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_until   DATE         NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    version       INT          NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_credit_consent_pair (supplier_id, bank_id, valid_until),
    KEY ix_credit_consent_bank (bank_id, created_at),
    CONSTRAINT fk_credit_consent_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_credit_consent_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per bank read. region_code and read_date are the enterprise's region (when it is a supplier here) and the
-- business date of the read, so that consented reads can be counted per region and period from an index.
CREATE TABLE credit_read (
    id            CHAR(13)     CHARACTER SET ascii NOT NULL,
    bank_id       CHAR(13)     CHARACTER SET ascii NOT NULL,
    credit_code   CHAR(18)     CHARACTER SET ascii NOT NULL,
    supplier_id   CHAR(13)     CHARACTER SET ascii NULL,
    region_code   CHAR(6)      CHARACTER SET ascii NULL,
    consent_id    CHAR(13)     CHARACTER SET ascii NULL COMMENT 'the authorisation a non-public read relied on',
    purpose       VARCHAR(200) NOT NULL,
    non_public    BOOLEAN      NOT NULL,
    kinds         VARCHAR(200) CHARACTER SET ascii NOT NULL COMMENT 'the kinds of fact returned, comma-separated',
    as_of         DATE         NOT NULL,
    read_at       DATETIME(6)  NOT NULL,
    read_date     DATE         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_credit_read_bank (bank_id, read_at),
    KEY ix_credit_read_supplier (supplier_id, read_at),
    KEY ix_credit_read_region (region_code, read_date, non_public)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
