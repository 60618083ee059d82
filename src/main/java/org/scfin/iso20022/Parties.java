package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.GenericIdentification3;
import com.prowidesoftware.swift.model.mx.dic.GenericIdentification4;
import com.prowidesoftware.swift.model.mx.dic.OrganisationIdentification2;
import com.prowidesoftware.swift.model.mx.dic.Party2Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyAndAccountIdentificationAndContactInformation1;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification25;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification8;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndAccount6;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentificationAndContactInformation1;
import java.util.Optional;
import org.scfin.common.Ids;
import org.scfin.common.Violations;
import org.scfin.security.Caller;

/**
 * How a message names this service's parties: by their ids (13 characters, as the JSON API writes them) in the
 * proprietary identification of each party. The requester in FincgRqstr/PtyId/PrtryId/Id, the bank in
 * FrstAgt/PrtryId/Id, the buyer (the core enterprise) in Buyr/PtyId/Id/OrgId/PrtryId/Id, and the supplier, if named
 * again per invoice, in Spplr/PtyId/Id/OrgId/PrtryId/Id.
 */
final class Parties {

    /** Max35Text, the length of every identification a message carries. */
    private static final int MAX_TEXT = 35;

    private Parties() {}

    static void requireText(Violations violations, String field, String text) {
        if (text == null || text.isEmpty()) {
            violations.add(field, "required", "is required");
        } else if (text.length() > MAX_TEXT || text.isBlank() || text.chars().anyMatch(Character::isISOControl)) {
            violations.add(field, "text", "must be 1 to 35 characters on one line, not only spaces");
        }
    }

    static String id(Violations violations, String field, String id) {
        if (id == null) {
            violations.add(field, "required", "is required: the party's id in this service");
        } else if (!Ids.isWellFormed(id)) {
            violations.add(field, "id", Ids.MESSAGE);
        }
        return id;
    }

    /** The requester must be the calling supplier: a supplier requests financing only in its own name. */
    static String requester(Violations violations, String field, PartyIdentificationAndAccount6 requester, Caller c) {
        String id = Optional.ofNullable(requester)
                .map(PartyIdentificationAndAccount6::getPtyId)
                .map(PartyIdentification25::getPrtryId)
                .map(GenericIdentification4::getId)
                .orElse(null);
        String path = field + "/PtyId/PrtryId/Id";
        if (id(violations, path, id) != null && Ids.isWellFormed(id) && !id.equals(c.partyId())) {
            violations.add(path, "requester", "must be the calling supplier " + c.partyId());
        }
        return c.partyId();
    }

    static String agent(Violations violations, String field, FinancialInstitutionIdentification6 agent) {
        String id = Optional.ofNullable(agent)
                .map(FinancialInstitutionIdentification6::getPrtryId)
                .map(GenericIdentification4::getId)
                .orElse(null);
        return id(violations, field + "/PrtryId/Id", id);
    }

    static String buyer(Violations violations, String field, PartyIdentificationAndContactInformation1 buyer) {
        PartyIdentification8 party = buyer == null ? null : buyer.getPtyId();
        return id(violations, field + "/PtyId/Id/OrgId/PrtryId/Id", organisationId(party));
    }

    /** A supplier named again on an invoice must be the requester. */
    static void requireSupplier(
            Violations violations,
            String field,
            PartyAndAccountIdentificationAndContactInformation1 supplier,
            String requesterId) {
        String id = organisationId(supplier == null ? null : supplier.getPtyId());
        violations.require(
                id == null || id.equals(requesterId),
                field + "/PtyId/Id/OrgId/PrtryId/Id",
                "requester",
                "must be the requester " + requesterId + ", or omitted");
    }

    private static String organisationId(PartyIdentification8 party) {
        return Optional.ofNullable(party)
                .map(PartyIdentification8::getId)
                .map(Party2Choice::getOrgId)
                .map(OrganisationIdentification2::getPrtryId)
                .map(GenericIdentification3::getId)
                .orElse(null);
    }
}
