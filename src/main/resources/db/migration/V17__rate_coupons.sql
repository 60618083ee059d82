-- Rate coupons: a regional authority gives a supplier of its region a cut of the rate in basis points, for one
-- approval before an expiry; the financing approved with it names it and keeps the rate before the cut. Each coupon
-- row carries what the statistics count per region and period: the supplier's region, the days it was issued and
-- used, and the interest it saved.

CREATE TABLE rate_coupon (
    id                    CHAR(13)      CHARACTER SET ascii NOT NULL,
    authority_region_code CHAR(6)       CHARACTER SET ascii NOT NULL COMMENT 'the region of the authority that issued it',
    supplier_id           CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_region_code  CHAR(6)       CHARACTER SET ascii NOT NULL COMMENT 'the supplier''s region when issued',
    cut_bp                INT           NOT NULL COMMENT 'basis points off the annual rate (20 = 0.20 percentage points)',
    expires_on            DATE          NOT NULL COMMENT 'the last day an approval may use it',
    status                VARCHAR(12)   CHARACTER SET ascii NOT NULL COMMENT 'ISSUED, USED or REVOKED',
    issued_on             DATE          NOT NULL COMMENT 'business date (Asia/Shanghai) of issue',
    issued_by             VARCHAR(64)   CHARACTER SET ascii NOT NULL,
    financing_id          CHAR(13)      CHARACTER SET ascii NULL COMMENT 'the financing approved with it, while used',
    bank_id               CHAR(13)      CHARACTER SET ascii NULL COMMENT 'the bank that approved it, while used',
    used_on               DATE          NULL COMMENT 'business date of the approval that used it',
    used_at               DATETIME(6)   NULL,
    interest_saved        DECIMAL(19,2) NULL COMMENT 'principal x cut x days / year days of the financing, while used',
    revoked_at            DATETIME(6)   NULL,
    version               INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_coupon_supplier (supplier_id, status, id),
    KEY ix_coupon_authority (authority_region_code, id),
    KEY ix_coupon_region_issued (supplier_region_code, issued_on),
    KEY ix_coupon_region_used (supplier_region_code, used_on),
    KEY ix_coupon_bank (bank_id),
    UNIQUE KEY uk_coupon_financing (financing_id),
    CONSTRAINT fk_coupon_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_coupon_region FOREIGN KEY (supplier_region_code) REFERENCES region (code),
    CONSTRAINT fk_coupon_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE financing
    ADD COLUMN coupon_id CHAR(13) CHARACTER SET ascii NULL COMMENT 'the rate coupon applied at approval',
    ADD COLUMN rate_before_coupon DECIMAL(7,4) NULL COMMENT 'the bank''s rate before the coupon''s cut (percent a year)',
    ADD COLUMN interest_saved DECIMAL(19,2) NULL COMMENT 'principal x cut x days / year days',
    ADD KEY ix_financing_coupon (coupon_id),
    ADD CONSTRAINT fk_financing_coupon FOREIGN KEY (coupon_id) REFERENCES rate_coupon (id);
