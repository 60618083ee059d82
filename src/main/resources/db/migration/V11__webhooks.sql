-- Signed webhooks: each party's subscriptions, the per-subscription cursor and lease of the delivery worker, and every
-- delivery with its attempts, so that deliveries survive restarts and a subscriber can read and replay them.

CREATE TABLE webhook_subscription (
    id                    CHAR(13)      CHARACTER SET ascii NOT NULL,
    owner_role            VARCHAR(10)   CHARACTER SET ascii NOT NULL COMMENT 'ADMIN, ERP, SUPPLIER or BANK',
    owner_id              CHAR(13)      CHARACTER SET ascii NULL COMMENT 'the core enterprise, supplier or bank; null for admin',
    target_url            VARCHAR(2000) CHARACTER SET ascii NOT NULL,
    event_types           VARCHAR(1000) CHARACTER SET ascii NOT NULL COMMENT 'comma-separated EventType names',
    active                BOOLEAN       NOT NULL,
    secret                VARCHAR(200)  CHARACTER SET ascii NOT NULL COMMENT 'the signing secret sealed with AES-GCM',
    previous_secret       VARCHAR(200)  CHARACTER SET ascii NULL COMMENT 'the secret before the last rotation, sealed',
    previous_secret_until DATETIME(6)   NULL COMMENT 'until when deliveries are signed with the previous secret too',
    version               INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_owner (owner_role, owner_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per subscription, written by every transaction of the worker that delivers it: two workers on two Galera
-- nodes that claim the same subscription collide on it at certification, and one of them backs off.
CREATE TABLE webhook_dispatch (
    subscription_id CHAR(13)    CHARACTER SET ascii NOT NULL,
    last_seq        BIGINT      NOT NULL COMMENT 'the event cursor up to which deliveries were queued',
    lease_owner     CHAR(13)    CHARACTER SET ascii NULL COMMENT 'the claim of the worker delivering now',
    lease_until     DATETIME(6) NULL,
    PRIMARY KEY (subscription_id),
    CONSTRAINT fk_dispatch_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE webhook_delivery (
    id               CHAR(13)    CHARACTER SET ascii NOT NULL COMMENT 'the webhook-id is msg_ and this id',
    subscription_id  CHAR(13)    CHARACTER SET ascii NOT NULL,
    event_id         CHAR(13)    CHARACTER SET ascii NOT NULL,
    event_seq        BIGINT      NOT NULL,
    status           VARCHAR(12) CHARACTER SET ascii NOT NULL COMMENT 'PENDING, DELIVERED or DEAD',
    attempts         INT         NOT NULL,
    first_attempt_at DATETIME(6) NULL COMMENT 'start of the retry window (reset by a replay)',
    next_attempt_at  DATETIME(6) NOT NULL,
    finished_at      DATETIME(6) NULL COMMENT 'delivered or dead-lettered',
    created_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_delivery_event (subscription_id, event_seq),
    KEY ix_delivery_status (subscription_id, status, event_seq),
    CONSTRAINT fk_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE webhook_attempt (
    id           CHAR(13)     CHARACTER SET ascii NOT NULL,
    delivery_id  CHAR(13)     CHARACTER SET ascii NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    duration_ms  INT          NOT NULL,
    http_status  INT          NULL COMMENT 'null when no answer came',
    error        VARCHAR(300) NULL,
    PRIMARY KEY (id),
    KEY ix_attempt_delivery (delivery_id, attempted_at),
    CONSTRAINT fk_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
