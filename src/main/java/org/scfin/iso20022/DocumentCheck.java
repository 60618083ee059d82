package org.scfin.iso20022;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.validation.ValidatorHandler;
import org.scfin.common.FieldError;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Follows a message as it is parsed: finds its {@code Document} (the root, or a child of the root when the document
 * travels in an envelope with its business application header), checks that every element of it is in the message's
 * namespace, and streams it to the message's schema. Every problem is named by the element's path, such as
 * {@code /Document/InvcFincgReq/InvcReqInf[2]/InvcTtlsInf/PmtDueDt} (the first of repeated elements has no index, as
 * the first InvcReqInf), and the line and column where it was found.
 */
final class DocumentCheck extends DefaultHandler implements ErrorHandler {

    /** Beyond this many problems the rest of a broken message tells nothing new. */
    static final int MAX_ERRORS = 20;

    private final TsinMessage message;
    private final ValidatorHandler validator;
    private final List<FieldError> errors = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
    private Locator locator;
    private int depth;
    private int documentDepth;
    private boolean documentFound;

    DocumentCheck(TsinMessage message, ValidatorHandler validator) {
        this.message = message;
        this.validator = validator;
        validator.setErrorHandler(this);
        siblings.push(new HashMap<>());
    }

    /** A step of an element's path: its name, and from the second of the same name under one parent, its place. */
    static String step(String name, int nth) {
        return nth == 1 ? name : name + "[" + nth + "]";
    }

    List<FieldError> errors() {
        return errors;
    }

    boolean documentFound() {
        return documentFound;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        validator.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        depth++;
        int nth = siblings.peek().merge(localName, 1, Integer::sum);
        path.addLast(step(localName, nth));
        siblings.push(new HashMap<>());
        if (inDocument()) {
            if (!message.namespace().equals(uri)) {
                add("namespace", "is not in the message's namespace " + message.namespace());
            }
            validator.startElement("", localName, localName, attributes);
        } else if ("Document".equals(localName) && depth <= 2 && !documentFound) {
            startDocument(uri, attributes);
        }
    }

    private void startDocument(String uri, Attributes attributes) throws SAXException {
        if (!message.namespace().equals(uri)) {
            add(
                    "namespace",
                    "must be a " + message.identifier() + " document (namespace " + message.namespace() + "), not "
                            + (uri.isEmpty() ? "a document without a namespace" : uri));
            throw new Stop();
        }
        documentFound = true;
        documentDepth = depth;
        validator.startDocument();
        validator.startElement(uri, "Document", "Document", attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (documentFound && depth >= documentDepth && documentDepth > 0) {
            if (depth == documentDepth) {
                validator.endElement(uri, "Document", "Document");
                validator.endDocument();
                documentDepth = 0;
            } else {
                validator.endElement("", localName, localName);
            }
        }
        siblings.pop();
        path.removeLast();
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inDocument() || (documentDepth > 0 && depth == documentDepth)) {
            validator.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private boolean inDocument() {
        return documentDepth > 0 && depth > documentDepth;
    }

    /** A schema rule broken: recorded, and checking goes on to find the others. */
    @Override
    public void error(SAXParseException e) throws SAXException {
        add("schema", SchemaMessages.readable(e.getMessage()));
        if (errors.size() >= MAX_ERRORS) {
            throw new Stop();
        }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        error(e);
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings break no rule of the message
    }

    /** A problem where the parser is now: the open element's path, line and column. */
    void add(String rule, String message) {
        String where = locator == null
                ? ""
                : " (line " + locator.getLineNumber() + ", column " + locator.getColumnNumber() + ")";
        errors.add(new FieldError(currentPath(), rule, message + where));
    }

    String currentPath() {
        return path.isEmpty() ? "/" : "/" + String.join("/", path);
    }

    /** Ends the parse early: what was found is already recorded. */
    static final class Stop extends SAXException {
        Stop() {
            super("stopped", null);
        }
    }
}
