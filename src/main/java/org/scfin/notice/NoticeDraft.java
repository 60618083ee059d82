package org.scfin.notice;

import java.util.List;

/**
 * What the financing that issues a notice tells this package: whose receivables, which bank, and the account to pay
 * (null for a release).
 */
public record NoticeDraft(
        String financingId,
        String coreEnterpriseId,
        String supplierId,
        String bankId,
        List<String> receivableIds,
        CollectionAccount account) {}
