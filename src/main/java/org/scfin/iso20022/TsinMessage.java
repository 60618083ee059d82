package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxTsin00100101;
import com.prowidesoftware.swift.model.mx.MxTsin00200101;
import com.prowidesoftware.swift.model.mx.MxTsin00300101;

/** The three trade services initiation messages of invoice financing, each with its namespace and model. */
enum TsinMessage {
    REQUEST("tsin.001.001.01", MxTsin00100101.class),
    STATUS("tsin.002.001.01", MxTsin00200101.class),
    CANCELLATION("tsin.003.001.01", MxTsin00300101.class);

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    private final String identifier;
    private final Class<? extends AbstractMX> model;

    TsinMessage(String identifier, Class<? extends AbstractMX> model) {
        this.identifier = identifier;
        this.model = model;
    }

    /** The message definition identifier, such as {@code tsin.001.001.01}. */
    String identifier() {
        return identifier;
    }

    String namespace() {
        return NAMESPACE_PREFIX + identifier;
    }

    Class<? extends AbstractMX> model() {
        return model;
    }
}
