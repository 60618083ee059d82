-- What the core enterprise reads of an event when that differs from what its supplier and bank read: the debtor of an
-- assigned receivable learns whom to pay, what and when, never the financing's terms and prices.
ALTER TABLE event ADD COLUMN debtor_payload TEXT NULL
    COMMENT 'the core enterprise''s view of the event, where it must not read payload; null: it reads payload, if it is a party';
