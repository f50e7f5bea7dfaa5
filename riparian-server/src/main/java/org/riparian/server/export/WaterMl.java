package org.riparian.server.export;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.riparian.store.Times;
import org.riparian.store.datastream.Datastream;

/**
 * A datastream as a WaterML 2.0 {@code MeasurementTimeseries}: default point metadata with the unit and the
 * interpolation type, then one time-value pair per phenomenon time, each with its processing level as qualifier and
 * its QC flags as the point's quality.
 */
public final class WaterMl {

    private static final String WML2 = "http://www.opengis.net/waterml/2.0";
    private static final String GML = "http://www.opengis.net/gml/3.2";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private WaterMl() {
    }

    public static String write(Datastream datastream, List<ExportedValue> values) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("wml2", WML2);
            xml.setPrefix("gml", GML);
            xml.setPrefix("xlink", XLINK);
            xml.writeStartElement(WML2, "Collection");
            xml.writeNamespace("wml2", WML2);
            xml.writeNamespace("gml", GML);
            xml.writeNamespace("xlink", XLINK);
            xml.writeAttribute(GML, "id", "riparian.datastream." + datastream.id());
            xml.writeStartElement(WML2, "observationMember");
            xml.writeStartElement(WML2, "MeasurementTimeseries");
            xml.writeAttribute(GML, "id", "ts." + datastream.id());
            defaultMetadata(xml, datastream);
            for (ExportedValue value : values) {
                point(xml, value);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("WaterML could not be written", e);
        }
        return text.toString();
    }

    private static void defaultMetadata(XMLStreamWriter xml, Datastream datastream) throws XMLStreamException {
        xml.writeStartElement(WML2, "defaultPointMetadata");
        xml.writeStartElement(WML2, "DefaultTVPMeasurementMetadata");
        xml.writeStartElement(WML2, "uom");
        xml.writeAttribute("code", datastream.unit().symbol());
        xml.writeEndElement();
        xml.writeStartElement(WML2, "interpolationType");
        xml.writeAttribute(XLINK, "href", datastream.interpolation().uri());
        xml.writeAttribute(XLINK, "title", datastream.interpolation().name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void point(XMLStreamWriter xml, ExportedValue exported) throws XMLStreamException {
        xml.writeStartElement(WML2, "point");
        xml.writeStartElement(WML2, "MeasurementTVP");
        xml.writeStartElement(WML2, "time");
        xml.writeCharacters(Times.format(exported.value().endMs()));
        xml.writeEndElement();
        xml.writeStartElement(WML2, "value");
        xml.writeCharacters(Double.toString(exported.value().result()));
        xml.writeEndElement();
        xml.writeStartElement(WML2, "metadata");
        xml.writeStartElement(WML2, "TVPMeasurementMetadata");
        if (!exported.flags().isEmpty()) {
            xml.writeStartElement(WML2, "qualifier");
            xml.writeAttribute(XLINK, "title", "qc: " + String.join("; ", exported.flags()));
            xml.writeEndElement();
        }
        xml.writeStartElement(WML2, "processing");
        xml.writeAttribute(XLINK, "title", exported.value().level().word());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
