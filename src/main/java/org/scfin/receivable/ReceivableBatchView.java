package org.scfin.receivable;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReceivableBatch", description = "The receivables of a batch, in the order they were posted")
public record ReceivableBatchView(List<ReceivableView> items) {}
