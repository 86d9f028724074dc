package vn.edu.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A validator independent of Rome: parses a feed with the JDK's XML parser and checks the rules
 * of RSS 2.0 and RFC 4287 (Atom) that readers depend on.
 */
public final class FeedChecks {

    private FeedChecks() {
    }

    public static void valid(String xml, boolean atom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        if (atom) {
            assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : new String[] {"id", "title", "updated"}) {
                assertTrue(root.getElementsByTagNameNS(root.getNamespaceURI(), required).getLength() > 0, required);
            }
            NodeList entries = root.getElementsByTagNameNS(root.getNamespaceURI(), "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                for (String required : new String[] {"id", "title", "updated", "link"}) {
                    assertTrue(entry.getElementsByTagNameNS(root.getNamespaceURI(), required).getLength() > 0, "entry " + required);
                }
                String updated = entry.getElementsByTagNameNS(root.getNamespaceURI(), "updated").item(0).getTextContent();
                OffsetDateTime.parse(updated);
                String href = ((Element) entry.getElementsByTagNameNS(root.getNamespaceURI(), "link").item(0)).getAttribute("href");
                assertTrue(href.startsWith("http://") || href.startsWith("https://"), href);
            }
        } else {
            assertEquals("rss", root.getTagName());
            assertEquals("2.0", root.getAttribute("version"));
            Element channel = (Element) root.getElementsByTagName("channel").item(0);
            for (String required : new String[] {"title", "link", "description"}) {
                assertTrue(channel.getElementsByTagName(required).getLength() > 0, "channel " + required);
            }
            NodeList items = channel.getElementsByTagName("item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                assertTrue(item.getElementsByTagName("title").getLength() > 0 || item.getElementsByTagName("description").getLength() > 0);
                String link = item.getElementsByTagName("link").item(0).getTextContent();
                assertTrue(link.startsWith("http://") || link.startsWith("https://"), link);
                assertFalse(item.getElementsByTagName("guid").item(0).getTextContent().isBlank());
                ZonedDateTime.parse(item.getElementsByTagName("pubDate").item(0).getTextContent(),
                        DateTimeFormatter.RFC_1123_DATE_TIME);
            }
        }
    }
}
