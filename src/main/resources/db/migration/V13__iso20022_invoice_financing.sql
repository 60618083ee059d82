-- ISO 20022 invoice financing: each tsin.001 InvoiceFinancingRequest received, and its invoice requests with the
-- outcome of each (the financing application it created, or the ISO reason it was not financed).

CREATE TABLE iso_financing_request (
    id                    CHAR(13)      CHARACTER SET ascii NOT NULL,
    supplier_id           CHAR(13)      CHARACTER SET ascii NOT NULL COMMENT 'the financing requester',
    bank_id               CHAR(13)      CHARACTER SET ascii NOT NULL COMMENT 'the first agent the request is addressed to',
    message_id            VARCHAR(35)   NOT NULL COMMENT 'ReqGrpInf/GrpId: unique per requester',
    message_created_at    DATETIME(6)   NOT NULL COMMENT 'ReqGrpInf/CreDtTm, in UTC',
    invoice_count         INT           NOT NULL,
    total_amount          DECIMAL(19,2) NOT NULL COMMENT 'the invoices requested, in total',
    currency              CHAR(3)       CHARACTER SET ascii NOT NULL,
    received_at           DATETIME(6)   NOT NULL,
    cancellation_id       VARCHAR(35)   NULL COMMENT 'CxlReqId/Id of the last tsin.003 received',
    cancelled_at          DATETIME(6)   NULL,
    cancellation_status   CHAR(4)       CHARACTER SET ascii NULL COMMENT 'PACK or REJT',
    version               INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_iso_request_message (supplier_id, message_id),
    KEY ix_iso_request_bank (bank_id),
    CONSTRAINT fk_iso_request_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_iso_request_bank FOREIGN KEY (bank_id) REFERENCES bank (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE iso_financing_invoice (
    request_id            CHAR(13)      CHARACTER SET ascii NOT NULL,
    position              INT           NOT NULL COMMENT '1-based, the order of InvcReqInf in the message',
    invoice_number        VARCHAR(35)   NOT NULL COMMENT 'InvcGnlInf/DocNb',
    issue_date            DATE          NOT NULL,
    due_date              DATE          NOT NULL COMMENT 'InvcTtlsInf/PmtDueDt',
    invoice_amount        DECIMAL(19,2) NOT NULL COMMENT 'InvcTtlsInf/TtlInvcAmt',
    requested_amount      DECIMAL(19,2) NOT NULL,
    buyer_id              CHAR(13)      CHARACTER SET ascii NOT NULL COMMENT 'the core enterprise named in Buyr',
    receivable_id         CHAR(13)      CHARACTER SET ascii NULL,
    financing_id          CHAR(13)      CHARACTER SET ascii NULL COMMENT 'the application created for this invoice',
    reason_code           CHAR(4)       CHARACTER SET ascii NULL COMMENT 'ISO FinancingStatusReason1Code when refused',
    reason_text           VARCHAR(105)  NULL,
    decided_at            DATETIME(6)   NULL COMMENT 'null until the invoice is decided',
    PRIMARY KEY (request_id, position),
    KEY ix_iso_invoice_financing (financing_id),
    CONSTRAINT fk_iso_invoice_request FOREIGN KEY (request_id) REFERENCES iso_financing_request (id),
    CONSTRAINT fk_iso_invoice_financing FOREIGN KEY (financing_id) REFERENCES financing (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
