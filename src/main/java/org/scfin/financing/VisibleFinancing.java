package org.scfin.financing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A financing as the caller may read it: in full for its supplier and its bank, and as an assignment notice for the
 * core enterprise that owes its receivables ({@link FinancingService#get} chooses by the caller's role).
 */
@Schema(
        name = "VisibleFinancing",
        oneOf = {FinancingView.class, DebtorFinancingView.class},
        description = "Financing for admins, banks and suppliers; DebtorFinancing for ERP callers")
public sealed interface VisibleFinancing permits FinancingView, DebtorFinancingView {}
