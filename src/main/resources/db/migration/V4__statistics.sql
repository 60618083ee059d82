-- Regional statistics. Aggregating raw financing rows on every dashboard call costs about a second per million rows,
-- so statistics are kept as running sums per scope and day, fed from an append-only ledger of deltas:
--   * a financing transaction writes its fact row and its deltas (inserts only: no shared row is locked, so
--     financings never queue on statistics);
--   * a roller adds committed deltas into stat_day, stat_member, stat_member_period and stat_hours under the lock of
--     the stat_roll row, and a statistics call rolls what has committed before it reads, so it is never stale.
-- A scope is R + region code (province, prefecture and leaf region of the supplier), B + bank id, C + chain id, or
-- C + chain id + B + bank id.

CREATE TABLE financing_fact (
    financing_id          CHAR(13)      CHARACTER SET ascii NOT NULL,
    renewal               BOOLEAN       NOT NULL COMMENT 'a renewal counts as relief, not as a new financing',
    counted               BOOLEAN       NOT NULL COMMENT 'a financing (not a renewal) the roller has counted: distinct counts see only these',
    supplier_id           CHAR(13)      CHARACTER SET ascii NOT NULL,
    core_enterprise_id    CHAR(13)      CHARACTER SET ascii NOT NULL,
    bank_id               CHAR(13)      CHARACTER SET ascii NOT NULL,
    industrial_chain_id   CHAR(13)      CHARACTER SET ascii NULL COMMENT 'of the core enterprise, when disbursed',
    chain_leader          BOOLEAN       NOT NULL,
    province_code         CHAR(6)       CHARACTER SET ascii NOT NULL COMMENT 'of the supplier, when disbursed',
    prefecture_code       CHAR(6)       CHARACTER SET ascii NULL,
    region_code           CHAR(6)       CHARACTER SET ascii NOT NULL,
    size_class            VARCHAR(10)   CHARACTER SET ascii NOT NULL,
    credit_white          BOOLEAN       NOT NULL COMMENT 'the supplier had no credit record when this was disbursed',
    disbursed_on          DATE          NOT NULL COMMENT 'business date (Asia/Shanghai)',
    maturity_date         DATE          NOT NULL COMMENT 'current maturity: extensions move it',
    principal             DECIMAL(19,2) NOT NULL,
    principal_outstanding DECIMAL(19,2) NOT NULL COMMENT 'principal not yet counted as repaid in the ledger',
    annual_rate           DECIMAL(7,4)  NOT NULL,
    hours_to_disbursement DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (financing_id),
    -- "was this supplier (core enterprise) financed in this scope between two dates": one short range per member
    KEY ix_fact_supplier (supplier_id, disbursed_on, counted, province_code, prefecture_code, region_code, bank_id, industrial_chain_id),
    KEY ix_fact_core (core_enterprise_id, disbursed_on, counted, province_code, prefecture_code, region_code, bank_id, industrial_chain_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per (financing change, day it counts on). Columns are the measures of stat_day; the roller sums them.
CREATE TABLE stat_delta (
    id                    CHAR(13)      CHARACTER SET ascii NOT NULL,
    financing_id          CHAR(13)      CHARACTER SET ascii NOT NULL,
    stat_day              DATE          NOT NULL,
    pending               TINYINT       NULL COMMENT '1 until rolled into stat_day',
    financings            INT           NOT NULL DEFAULT 0,
    amount                DECIMAL(19,2) NOT NULL DEFAULT 0,
    rate_x_amount         DECIMAL(28,6) NOT NULL DEFAULT 0,
    min_rate              DECIMAL(7,4)  NULL,
    max_rate              DECIMAL(7,4)  NULL,
    reference_amount      DECIMAL(19,2) NOT NULL DEFAULT 0 COMMENT 'amount of financings with a regional average in force',
    reference_rate_x_amount DECIMAL(28,6) NOT NULL DEFAULT 0,
    reference_x_amount    DECIMAL(28,6) NOT NULL DEFAULT 0,
    lpr_amount            DECIMAL(19,2) NOT NULL DEFAULT 0,
    lpr_rate_x_amount     DECIMAL(28,6) NOT NULL DEFAULT 0,
    lpr_x_amount          DECIMAL(28,6) NOT NULL DEFAULT 0,
    hours_sum             DECIMAL(19,2) NOT NULL DEFAULT 0,
    hours_count           INT           NOT NULL DEFAULT 0,
    leader_financings     INT           NOT NULL DEFAULT 0,
    leader_amount         DECIMAL(19,2) NOT NULL DEFAULT 0,
    extensions            INT           NOT NULL DEFAULT 0,
    extensions_amount     DECIMAL(19,2) NOT NULL DEFAULT 0,
    renewals              INT           NOT NULL DEFAULT 0,
    renewals_amount       DECIMAL(19,2) NOT NULL DEFAULT 0,
    restructurings        INT           NOT NULL DEFAULT 0,
    restructurings_amount DECIMAL(19,2) NOT NULL DEFAULT 0,
    principal_out         DECIMAL(19,2) NOT NULL DEFAULT 0 COMMENT 'lent on this day',
    principal_in          DECIMAL(19,2) NOT NULL DEFAULT 0 COMMENT 'repaid on this day',
    matured_principal     DECIMAL(19,2) NOT NULL DEFAULT 0 COMMENT 'principal maturing on this day',
    repaid_by_maturity    DECIMAL(19,2) NOT NULL DEFAULT 0 COMMENT 'principal maturing on this day that was repaid on or before it',
    repaid_late           DECIMAL(19,2) NOT NULL DEFAULT 0 COMMENT 'principal repaid on this day after its maturity',
    PRIMARY KEY (id),
    KEY ix_stat_delta_pending (pending, id),
    KEY ix_stat_delta_financing (financing_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stat_day (
    scope                 VARCHAR(28)   CHARACTER SET ascii NOT NULL,
    stat_day              DATE          NOT NULL,
    financings            INT           NOT NULL DEFAULT 0,
    amount                DECIMAL(19,2) NOT NULL DEFAULT 0,
    rate_x_amount         DECIMAL(28,6) NOT NULL DEFAULT 0,
    min_rate              DECIMAL(7,4)  NULL,
    max_rate              DECIMAL(7,4)  NULL,
    reference_amount      DECIMAL(19,2) NOT NULL DEFAULT 0,
    reference_rate_x_amount DECIMAL(28,6) NOT NULL DEFAULT 0,
    reference_x_amount    DECIMAL(28,6) NOT NULL DEFAULT 0,
    lpr_amount            DECIMAL(19,2) NOT NULL DEFAULT 0,
    lpr_rate_x_amount     DECIMAL(28,6) NOT NULL DEFAULT 0,
    lpr_x_amount          DECIMAL(28,6) NOT NULL DEFAULT 0,
    hours_sum             DECIMAL(19,2) NOT NULL DEFAULT 0,
    hours_count           INT           NOT NULL DEFAULT 0,
    leader_financings     INT           NOT NULL DEFAULT 0,
    leader_amount         DECIMAL(19,2) NOT NULL DEFAULT 0,
    extensions            INT           NOT NULL DEFAULT 0,
    extensions_amount     DECIMAL(19,2) NOT NULL DEFAULT 0,
    renewals              INT           NOT NULL DEFAULT 0,
    renewals_amount       DECIMAL(19,2) NOT NULL DEFAULT 0,
    restructurings        INT           NOT NULL DEFAULT 0,
    restructurings_amount DECIMAL(19,2) NOT NULL DEFAULT 0,
    principal_out         DECIMAL(19,2) NOT NULL DEFAULT 0,
    principal_in          DECIMAL(19,2) NOT NULL DEFAULT 0,
    matured_principal     DECIMAL(19,2) NOT NULL DEFAULT 0,
    repaid_by_maturity    DECIMAL(19,2) NOT NULL DEFAULT 0,
    repaid_late           DECIMAL(19,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (scope, stat_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Suppliers (S) and core enterprises (C) ever financed in a scope: the candidates of a distinct count.
CREATE TABLE stat_member (
    scope                 VARCHAR(28)   CHARACTER SET ascii NOT NULL,
    member_kind           CHAR(1)       CHARACTER SET ascii NOT NULL,
    member_id             CHAR(13)      CHARACTER SET ascii NOT NULL,
    first_on              DATE          NOT NULL,
    credit_white_at_first BOOLEAN       NOT NULL,
    size_class            VARCHAR(10)   CHARACTER SET ascii NOT NULL COMMENT 'at the first financing in the scope',
    PRIMARY KEY (scope, member_kind, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members financed in a calendar period ('2025', '2025-Q3', '2025-07'): a distinct count over a whole period is a
-- count of rows, and the inclusion counts of suppliers are sums over the same rows (the roller keeps the two flags
-- equal to the member's in stat_member).
CREATE TABLE stat_member_period (
    scope                 VARCHAR(28)   CHARACTER SET ascii NOT NULL,
    member_kind           CHAR(1)       CHARACTER SET ascii NOT NULL,
    period                VARCHAR(8)    CHARACTER SET ascii NOT NULL,
    member_id             CHAR(13)      CHARACTER SET ascii NOT NULL,
    credit_white_at_first BOOLEAN       NOT NULL,
    size_class            VARCHAR(10)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (scope, member_kind, period, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hours from application to disbursement, to a tenth of an hour, counted per scope and day: the median's histogram.
CREATE TABLE stat_hours (
    scope                 VARCHAR(28)   CHARACTER SET ascii NOT NULL,
    stat_day              DATE          NOT NULL,
    hours                 DECIMAL(10,1) NOT NULL,
    financings            INT           NOT NULL,
    PRIMARY KEY (scope, stat_day, hours)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same per calendar month ('2025-07'): a year's median reads at most 12 months of buckets, however many financings.
CREATE TABLE stat_hours_month (
    scope                 VARCHAR(28)   CHARACTER SET ascii NOT NULL,
    period                CHAR(7)       CHARACTER SET ascii NOT NULL,
    hours                 DECIMAL(10,1) NOT NULL,
    financings            INT           NOT NULL,
    PRIMARY KEY (scope, period, hours)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stat_roll (
    name                  VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    rolled                BIGINT        NOT NULL COMMENT 'deltas rolled so far',
    PRIMARY KEY (name)
) ENGINE = InnoDB;

INSERT INTO stat_roll (name, rolled) VALUES ('stat', 0);

-- Coverage counts the core enterprises of a province's or a prefecture's regions: find those regions by index.
CREATE INDEX ix_region_province ON region (province_code);
CREATE INDEX ix_region_prefecture ON region (prefecture_code);
