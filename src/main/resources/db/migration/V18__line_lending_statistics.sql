-- Lending through pre-approved lines in the statistics. The fact remembers the line a financing was lent under; the
-- roller derives the line measures of stat_day from the fact (a disbursement delta of a fact with a line counts as
-- lending through a line), so stat_delta needs no new column and deltas still pending when this runs are counted
-- correctly by the next roll. Borrowers through lines are members of kind 'L' (supplier ids) in stat_member,
-- stat_member_period and stat_period_members, kept by the roller as suppliers (S) and core enterprises (C) are.

ALTER TABLE financing_fact
    ADD COLUMN credit_line_id CHAR(13) CHARACTER SET ascii NULL COMMENT 'the pre-approved line it was lent under';

ALTER TABLE stat_day
    ADD COLUMN line_financings INT NOT NULL DEFAULT 0 COMMENT 'financings lent through a pre-approved line',
    ADD COLUMN line_amount DECIMAL(19,2) NOT NULL DEFAULT 0,
    ADD COLUMN line_credit_white_amount DECIMAL(19,2) NOT NULL DEFAULT 0
        COMMENT 'lent through a line to suppliers that were credit white when it was disbursed';

UPDATE financing_fact x JOIN financing f ON f.id = x.financing_id
SET x.credit_line_id = f.credit_line_id
WHERE f.credit_line_id IS NOT NULL;

-- The facts the roller has already counted are in the sums and members without their line figures: add those here,
-- once per scope of each fact (the scopes of StatisticsRoller.SCOPE). A plain table rather than a temporary one, which
-- a statement could not read twice.
CREATE TABLE stat_line_backfill (
    scope         VARCHAR(28)   CHARACTER SET ascii NOT NULL,
    financing_id  CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_id   CHAR(13)      CHARACTER SET ascii NOT NULL,
    disbursed_on  DATE          NOT NULL,
    principal     DECIMAL(19,2) NOT NULL,
    credit_white  BOOLEAN       NOT NULL,
    size_class    VARCHAR(10)   CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (scope, financing_id),
    KEY ix_line_backfill_first (scope, supplier_id, disbursed_on, financing_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stat_line_backfill (scope, financing_id, supplier_id, disbursed_on, principal, credit_white, size_class)
SELECT s.scope, f.financing_id, f.supplier_id, f.disbursed_on, f.principal, f.credit_white, f.size_class
FROM financing_fact f JOIN (
    SELECT financing_id, CONCAT('R', province_code) AS scope FROM financing_fact
    WHERE credit_line_id IS NOT NULL AND counted
    UNION ALL
    SELECT financing_id, CONCAT('R', prefecture_code) FROM financing_fact
    WHERE credit_line_id IS NOT NULL AND counted AND prefecture_code IS NOT NULL
    UNION ALL
    SELECT financing_id, CONCAT('R', region_code) FROM financing_fact
    WHERE credit_line_id IS NOT NULL AND counted AND region_code <> province_code
      AND (prefecture_code IS NULL OR region_code <> prefecture_code)
    UNION ALL
    SELECT financing_id, CONCAT('B', bank_id) FROM financing_fact
    WHERE credit_line_id IS NOT NULL AND counted
    UNION ALL
    SELECT financing_id, CONCAT('C', industrial_chain_id) FROM financing_fact
    WHERE credit_line_id IS NOT NULL AND counted AND industrial_chain_id IS NOT NULL
    UNION ALL
    SELECT financing_id, CONCAT('C', industrial_chain_id, 'B', bank_id) FROM financing_fact
    WHERE credit_line_id IS NOT NULL AND counted AND industrial_chain_id IS NOT NULL
) s ON s.financing_id = f.financing_id;

INSERT INTO stat_day (scope, stat_day, line_financings, line_amount, line_credit_white_amount)
SELECT scope, disbursed_on, COUNT(*), SUM(principal), SUM(IF(credit_white, principal, 0))
FROM stat_line_backfill GROUP BY scope, disbursed_on
ON DUPLICATE KEY UPDATE
    line_financings = stat_day.line_financings + VALUES(line_financings),
    line_amount = stat_day.line_amount + VALUES(line_amount),
    line_credit_white_amount = stat_day.line_credit_white_amount + VALUES(line_credit_white_amount);

-- a borrower's flags are those of its first financing through a line in the scope (the earliest id on a tie)
INSERT INTO stat_member (scope, member_kind, member_id, first_on, credit_white_at_first, size_class)
SELECT b.scope, 'L', b.supplier_id, b.disbursed_on, b.credit_white, b.size_class
FROM stat_line_backfill b
WHERE NOT EXISTS (
    SELECT 1 FROM stat_line_backfill e
    WHERE e.scope = b.scope AND e.supplier_id = b.supplier_id
      AND (e.disbursed_on < b.disbursed_on OR e.disbursed_on = b.disbursed_on AND e.financing_id < b.financing_id));

INSERT IGNORE INTO stat_member_period (scope, member_kind, period, member_id, credit_white_at_first, size_class)
SELECT DISTINCT b.scope, 'L',
    CONVERT(CASE p.kind
        WHEN 'Y' THEN CAST(YEAR(b.disbursed_on) AS CHAR)
        WHEN 'Q' THEN CONCAT(YEAR(b.disbursed_on), '-Q', QUARTER(b.disbursed_on))
        ELSE DATE_FORMAT(b.disbursed_on, '%Y-%m') END USING ascii),
    b.supplier_id, m.credit_white_at_first, m.size_class
FROM stat_line_backfill b
CROSS JOIN (SELECT 'Y' AS kind UNION ALL SELECT 'Q' UNION ALL SELECT 'M') p
JOIN stat_member m ON m.scope = b.scope AND m.member_kind = 'L' AND m.member_id = b.supplier_id;

INSERT INTO stat_period_members (scope, member_kind, period, members)
SELECT scope, member_kind, period, COUNT(*) FROM stat_member_period WHERE member_kind = 'L'
GROUP BY scope, member_kind, period;

DROP TABLE stat_line_backfill;
