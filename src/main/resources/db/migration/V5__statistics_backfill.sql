-- Financings disbursed before statistics were recorded (before V4) have no fact and no ledger, so the figures would
-- miss them. They are queued here once; a job replays each one's history through the same statistics hooks the live
-- path uses (org.scfin.financing.StatisticsBackfill) and takes it off the queue in the same transaction.
CREATE TABLE stat_backfill (
    financing_id CHAR(13) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (financing_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stat_backfill (financing_id)
SELECT f.id FROM financing f
WHERE f.disbursed_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM financing_fact x WHERE x.financing_id = f.id);
