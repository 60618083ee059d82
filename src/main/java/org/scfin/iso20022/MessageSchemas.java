package org.scfin.iso20022;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.SchemaOutputResolver;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The schema each message is checked against, generated from the library's JAXB model of the message: the elements,
 * their order and cardinality, the mandatory ones and the data types (decimal, date, date-time; codes are read as text
 * and checked where this service uses them). The model binds the message's elements below {@code Document} without a
 * namespace (the library puts them in the message's namespace as it reads), so {@link DocumentCheck} hands them to this
 * schema unqualified after checking their namespace itself. Built once per message, on first use; a {@link Schema} is
 * safe to share between threads.
 */
@ApplicationScoped
class MessageSchemas {

    private final Map<TsinMessage, Schema> schemas = new EnumMap<>(TsinMessage.class);

    synchronized Schema of(TsinMessage message) {
        return schemas.computeIfAbsent(message, MessageSchemas::generate);
    }

    private static Schema generate(TsinMessage message) {
        Map<String, StringWriter> files = new LinkedHashMap<>();
        try {
            JAXBContext.newInstance(message.model()).generateSchema(new SchemaOutputResolver() {
                @Override
                public Result createOutput(String namespaceUri, String suggestedFileName) {
                    StringWriter file = new StringWriter();
                    files.put(suggestedFileName, file);
                    StreamResult result = new StreamResult(file);
                    result.setSystemId(suggestedFileName);
                    return result;
                }
            });
        } catch (JAXBException | IOException e) {
            throw new IllegalStateException("cannot generate the schema of " + message.identifier(), e);
        }
        // the files import one another by these names: given all at once, the imported ones first, none is fetched
        List<Source> sources = new ArrayList<>();
        files.forEach((name, file) -> {
            Source source = new StreamSource(new StringReader(withoutLocations(file)), name);
            if (importsOthers(file)) {
                sources.add(source);
            } else {
                sources.add(0, source);
            }
        });
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new UncheckedIOException(new IOException("cannot compile the schema of " + message.identifier(), e));
        }
    }

    private static boolean importsOthers(StringWriter file) {
        return file.toString().contains("<xs:import");
    }

    private static String withoutLocations(StringWriter file) {
        return file.toString().replaceAll(" schemaLocation=\"[^\"]*\"", "");
    }
}
