package org.rollcall.reporting.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The document's XMP metadata: Dublin Core title, creator and language, the dates and tools of the
 * information dictionary (PDF/A wants both to agree), and the identification of PDF/A-2a and PDF/UA-1. The
 * PDF/UA identifier is not one of the schemas PDF/A-2 knows, so the packet also describes it as an extension
 * schema, as PDF/A requires.
 */
record XmpPacket(
        String title,
        Optional<String> author,
        Optional<String> created,
        Optional<String> creatorTool,
        Optional<String> producer,
        String language) {

    private static final String PDFUA_EXTENSION =
            """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            """;

    byte[] bytes() {
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        author.ifPresent(a -> x.append("<dc:creator><rdf:Seq><rdf:li>")
                .append(escape(a))
                .append("</rdf:li></rdf:Seq></dc:creator>\n"));
        x.append("<dc:language><rdf:Bag><rdf:li>")
                .append(escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        created.ifPresent(d -> x.append("<xmp:CreateDate>").append(d).append("</xmp:CreateDate>\n"));
        creatorTool.ifPresent(
                t -> x.append("<xmp:CreatorTool>").append(escape(t)).append("</xmp:CreatorTool>\n"));
        x.append("</rdf:Description>\n");
        producer.ifPresent(p -> x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">")
                .append("<pdf:Producer>")
                .append(escape(p))
                .append("</pdf:Producer></rdf:Description>\n"));
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
                .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance></rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">")
                .append("<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n")
                .append(PDFUA_EXTENSION)
                .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
