-- How many distinct members (suppliers, core enterprises) each scope financed in each calendar period, kept by the
-- roller as it adds member rows: a series reads one row per period instead of counting the members (a province's 24
-- months hold about 240,000 member rows at 5 million financings). Membership of a period only grows.
CREATE TABLE stat_period_members (
    scope       VARCHAR(28) CHARACTER SET ascii NOT NULL,
    member_kind CHAR(1)     CHARACTER SET ascii NOT NULL,
    period      VARCHAR(8)  CHARACTER SET ascii NOT NULL,
    members     INT         NOT NULL,
    PRIMARY KEY (scope, member_kind, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stat_period_members (scope, member_kind, period, members)
SELECT scope, member_kind, period, COUNT(*) FROM stat_member_period GROUP BY scope, member_kind, period;
