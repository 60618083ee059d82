-- The product pool (banks' published credit products and the regions each serves) and the pre-approved lines a bank
-- grants a supplier under one of its products; a financing approved within a line names it.

CREATE TABLE credit_product (
    id                 CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id            CHAR(13)      CHARACTER SET ascii NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    kind               VARCHAR(16)   CHARACTER SET ascii NOT NULL COMMENT 'PURE_CREDIT, RECEIVABLES, PLEDGE or GUARANTEE',
    rate_min           DECIMAL(7,4)  NOT NULL COMMENT 'percent a year',
    rate_max           DECIMAL(7,4)  NOT NULL COMMENT 'percent a year',
    max_amount         DECIMAL(19,2) NOT NULL COMMENT 'the most one financing under the product lends',
    max_term_days      INT           NOT NULL,
    min_tax_grade      CHAR(1)       CHARACTER SET ascii NULL COMMENT 'A, B, M, C or D (A best); null: no requirement',
    fully_online       BOOLEAN       NOT NULL,
    status             VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'PUBLISHED or WITHDRAWN',
    withdrawn_at       DATETIME(6)   NULL,
    version            INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_product_search (status, kind, rate_min),
    KEY ix_product_bank (bank_id, status),
    CONSTRAINT fk_product_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE credit_product_region (
    product_id         CHAR(13)      CHARACTER SET ascii NOT NULL,
    region_code        CHAR(6)       CHARACTER SET ascii NOT NULL COMMENT 'served with every region under it',
    PRIMARY KEY (product_id, region_code),
    KEY ix_product_region_code (region_code, product_id),
    CONSTRAINT fk_product_region_product FOREIGN KEY (product_id) REFERENCES credit_product (id),
    CONSTRAINT fk_product_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE credit_line (
    id                 CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id            CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_id        CHAR(13)      CHARACTER SET ascii NOT NULL,
    product_id         CHAR(13)      CHARACTER SET ascii NOT NULL,
    amount             DECIMAL(19,2) NOT NULL,
    used_amount        DECIMAL(19,2) NOT NULL COMMENT 'principal approved under the line and not yet settled, rejected or renewed',
    expires_on         DATE          NOT NULL COMMENT 'the last day an approval may use the line',
    status             VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'LIVE or CANCELLED',
    cancelled_at       DATETIME(6)   NULL,
    version            INT           NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_line_bank (bank_id, status),
    KEY ix_line_supplier (supplier_id, status),
    KEY ix_line_product (product_id),
    CONSTRAINT fk_line_bank FOREIGN KEY (bank_id) REFERENCES bank (id),
    CONSTRAINT fk_line_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES credit_product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE financing
    ADD COLUMN credit_line_id CHAR(13) CHARACTER SET ascii NULL COMMENT 'the pre-approved line it was lent under',
    ADD KEY ix_financing_credit_line (credit_line_id),
    ADD CONSTRAINT fk_financing_credit_line FOREIGN KEY (credit_line_id) REFERENCES credit_line (id);
