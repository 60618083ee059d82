-- Lists page through their matches in a fixed order (receivables by created_at, id; financings by applied_at, id).
-- The indexes behind the common filters did not hold that order, so every page sorted all the matches: a supplier's
-- 7,000 confirmed receivables, a bank's 6,000 disbursed financings, a region's 23,600 financings, for each page of 50
-- (scripts/bench, after ingestion and the financing load: about 40 ms a call, 115 ms for the region). InnoDB appends
-- the primary key to every secondary index, so (filter columns, created_at) also orders by id; a page then reads
-- its 50 rows in order. The replaced indexes were prefixes of the new ones, and the foreign keys use the new ones.
ALTER TABLE receivable
    DROP INDEX ix_receivable_supplier,
    ADD INDEX ix_receivable_supplier (supplier_id, status, created_at);

ALTER TABLE financing
    DROP INDEX ix_financing_bank,
    ADD INDEX ix_financing_bank (bank_id, status, applied_at),
    ADD INDEX ix_financing_region_applied (supplier_region_code, applied_at);
