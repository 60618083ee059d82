package org.scfin.iso20022;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.scfin.common.FieldError;
import org.scfin.common.ProblemException;
import org.scfin.common.ProblemType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a message received: first checks it as it streams (well-formed, no DOCTYPE and so no entities, the message's
 * namespace, its schema), then lets the library bind it. Anything wrong is a 400 problem+json whose errors name the
 * element and the line; nothing is bound from a message that failed.
 */
@ApplicationScoped
class XmlIntake {

    private static final SAXParserFactory PARSERS = secureParsers();

    @Inject
    MessageSchemas schemas;

    <T extends AbstractMX> T read(String xml, TsinMessage message, Function<String, T> binder) {
        List<FieldError> errors = check(xml == null ? "" : xml, message);
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "not a valid " + message.identifier() + " message: " + first.field() + ": " + first.message(),
                    errors);
        }
        T bound = binder.apply(xml);
        if (bound == null) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "not a " + message.identifier() + " message", List.of());
        }
        return bound;
    }

    private List<FieldError> check(String xml, TsinMessage message) {
        DocumentCheck check = new DocumentCheck(message, schemas.of(message).newValidatorHandler());
        try {
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            reader.setContentHandler(check);
            reader.setErrorHandler(new NotWellFormed(check));
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (DocumentCheck.Stop stopped) {
            return check.errors();
        } catch (SAXException e) {
            if (check.errors().isEmpty()) {
                check.add("well-formed", SchemaMessages.readable(e.getMessage()));
            }
            return check.errors();
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read a message held in memory", e);
        }
        if (!check.documentFound() && check.errors().isEmpty()) {
            check.add(
                    "document",
                    "holds no " + message.identifier() + " Document, as the root or as a child of the root (next to"
                            + " its AppHdr)");
        }
        return check.errors();
    }

    /** The parser's own errors: the text is not well-formed XML, or declares what this API does not accept. */
    private record NotWellFormed(DocumentCheck check) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // nothing a warning says makes the message unreadable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            fatalError(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            check.add("well-formed", "is not well-formed XML: " + SchemaMessages.readable(e.getMessage()));
            throw new DocumentCheck.Stop();
        }
    }

    private static SAXParserFactory secureParsers() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }
}
