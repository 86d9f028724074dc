package vn.edu.portal.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import vn.edu.portal.platform.HtmlSanitizer;

/**
 * Writes RSS 2.0 and Atom 1.0 with Rome. The output depends only on its input (no "generated
 * at" stamp), so that the same entries give the same bytes and thus the same ETag.
 *
 * <p>Escaping. Titles are plain text in both formats (Rome escapes them once). The RSS
 * {@code description} is HTML by convention, so readers decode it and render it: the plain-text
 * summary is HTML-escaped before Rome escapes it again, and {@code <img onerror>} typed by a
 * user reaches the reader as visible text. Atom says what it carries: title and summary are
 * {@code type="text"} (Atom's name for text/plain; a MIME type is not allowed on a summary).
 *
 * <p>Source of an aggregated item. The RSS {@code <source>} element needs the URL of the
 * source's own RSS feed, which an entry does not carry, and Atom's {@code <source>} wants the
 * source feed's id and dates. Both formats therefore name the school as a category with its own
 * scheme ({@code tag:<host>,2026:source}): readers show it next to the item, the title stays
 * the school's own, and a program can tell it from topical categories.
 */
public final class FeedWriter {

    private static final Logger LOG = Logger.getLogger(FeedWriter.class.getName());
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private FeedWriter() {
    }

    public static String rss(FeedMeta meta, List<FeedEntry> entries) {
        String link = requireHttp(meta.link(), "link");
        String selfLink = requireHttp(meta.selfLink(), "selfLink");
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(XmlText.clean(meta.title()));
        channel.setLink(link);
        channel.setDescription(XmlText.clean(XmlText.isBlank(meta.description()) ? meta.title() : meta.description()));
        channel.setLanguage(meta.language());
        // Rome's RSS model has no atom:link; the self link lets validators and readers find the
        // feed's canonical address.
        Element self = new Element("link", ATOM);
        self.setAttribute("href", selfLink);
        self.setAttribute("rel", "self");
        self.setAttribute("type", "application/rss+xml");
        channel.setForeignMarkup(new ArrayList<>(List.of(self)));
        Instant last = lastModified(entries);
        if (last.isAfter(Instant.EPOCH)) {
            channel.setLastBuildDate(Date.from(last));
            channel.setPubDate(Date.from(last));
        }
        String sourceScheme = sourceScheme(link);
        List<Item> items = new ArrayList<>();
        for (FeedEntry entry : entries) {
            String entryLink = XmlText.absoluteHttp(entry.link());
            if (entryLink == null || XmlText.isBlank(entry.id())) {
                LOG.warning(() -> "Feed entry left out: no absolute http(s) link or no id: " + entry.id());
                continue;
            }
            Item item = new Item();
            item.setTitle(XmlText.clean(entry.title()));
            item.setLink(entryLink);
            Guid guid = new Guid();
            guid.setPermaLink(false);
            guid.setValue(XmlText.clean(entry.id()));
            item.setGuid(guid);
            Instant published = firstNonNull(entry.published(), entry.updated());
            if (published != null) {
                item.setPubDate(Date.from(published));
            }
            if (!XmlText.isBlank(entry.summary())) {
                Description description = new Description();
                description.setType("text/html");
                description.setValue(HtmlSanitizer.escape(XmlText.clean(entry.summary())));
                item.setDescription(description);
            }
            List<Category> categories = new ArrayList<>();
            for (String name : entry.categories()) {
                if (!XmlText.isBlank(name)) {
                    Category category = new Category();
                    category.setValue(XmlText.clean(name));
                    categories.add(category);
                }
            }
            if (!XmlText.isBlank(entry.sourceName())) {
                Category source = new Category();
                source.setDomain(sourceScheme);
                source.setValue(XmlText.clean(entry.sourceName()));
                categories.add(source);
            }
            item.setCategories(categories);
            if (!XmlText.isBlank(entry.author())) {
                // RSS <author> must be an e-mail address; Dublin Core's creator takes a name.
                DCModule dc = new DCModuleImpl();
                dc.setCreator(XmlText.clean(entry.author()));
                List<Module> modules = new ArrayList<>();
                modules.add(dc);
                item.setModules(modules);
            }
            items.add(item);
        }
        channel.setItems(items);
        return output(channel);
    }

    public static String atom(FeedMeta meta, List<FeedEntry> entries) {
        String link = requireHttp(meta.link(), "link");
        String selfLink = requireHttp(meta.selfLink(), "selfLink");
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(selfLink);
        feed.setTitleEx(text(meta.title()));
        if (!XmlText.isBlank(meta.description())) {
            feed.setSubtitle(text(meta.description()));
        }
        feed.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", link))));
        feed.setOtherLinks(new ArrayList<>(List.of(link("self", "application/atom+xml", selfLink))));
        // Atom requires an author on the feed unless every entry has one: the site speaks for itself.
        feed.setAuthors(people(meta.title()));
        feed.setUpdated(Date.from(lastModified(entries)));
        String sourceScheme = sourceScheme(link);
        List<Entry> atomEntries = new ArrayList<>();
        for (FeedEntry entry : entries) {
            String entryLink = XmlText.absoluteHttp(entry.link());
            if (entryLink == null || XmlText.isBlank(entry.id())) {
                LOG.warning(() -> "Feed entry left out: no absolute http(s) link or no id: " + entry.id());
                continue;
            }
            Entry atomEntry = new Entry();
            atomEntry.setId(XmlText.clean(entry.id()));
            atomEntry.setTitleEx(text(entry.title()));
            atomEntry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", "text/html", entryLink))));
            Instant updated = Objects.requireNonNullElse(firstNonNull(entry.updated(), entry.published()), Instant.EPOCH);
            atomEntry.setUpdated(Date.from(updated));
            if (entry.published() != null) {
                atomEntry.setPublished(Date.from(entry.published()));
            }
            if (!XmlText.isBlank(entry.summary())) {
                atomEntry.setSummary(text(entry.summary()));
            }
            if (!XmlText.isBlank(entry.author())) {
                atomEntry.setAuthors(people(entry.author()));
            }
            List<com.rometools.rome.feed.atom.Category> categories = new ArrayList<>();
            for (String name : entry.categories()) {
                if (!XmlText.isBlank(name)) {
                    com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
                    category.setTerm(XmlText.clean(name));
                    categories.add(category);
                }
            }
            if (!XmlText.isBlank(entry.sourceName())) {
                com.rometools.rome.feed.atom.Category source = new com.rometools.rome.feed.atom.Category();
                source.setScheme(sourceScheme);
                source.setTerm(XmlText.clean(entry.sourceName()));
                source.setLabel(XmlText.clean(entry.sourceName()));
                categories.add(source);
            }
            atomEntry.setCategories(categories);
            atomEntries.add(atomEntry);
        }
        feed.setEntries(atomEntries);
        try {
            // Rome's Atom generator ignores the feed's language; xml:lang on the root carries it.
            Document document = new WireFeedOutput().outputJDom(feed);
            if (!XmlText.isBlank(meta.language())) {
                document.getRootElement().setAttribute("lang", meta.language().strip(), Namespace.XML_NAMESPACE);
            }
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the feed", e);
        }
    }

    /** The newest {@code updated} (or {@code published}) of the entries, or the epoch when there is none. */
    public static Instant lastModified(List<FeedEntry> entries) {
        Instant last = Instant.EPOCH;
        for (FeedEntry entry : entries) {
            for (Instant candidate : new Instant[] {entry.updated(), entry.published()}) {
                if (candidate != null && candidate.isAfter(last)) {
                    last = candidate;
                }
            }
        }
        return last;
    }

    /** A strong ETag of the body: 22 base64url characters (132 bits) of its SHA-256, quoted. */
    public static String etag(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The scheme of the "source" category: a tag URI under the host that publishes the feed. */
    static String sourceScheme(String link) {
        return "tag:" + URI.create(link).getHost() + ",2026:source";
    }

    private static String output(WireFeed feed) {
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the feed", e);
        }
    }

    private static String requireHttp(String link, String what) {
        String checked = XmlText.absoluteHttp(link);
        if (checked == null) {
            throw new IllegalArgumentException("The feed's " + what + " must be an absolute http(s) URL: " + link);
        }
        return checked;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(XmlText.clean(value == null ? "" : value));
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static List<SyndPerson> people(String name) {
        Person person = new Person();
        person.setName(XmlText.clean(name));
        List<SyndPerson> people = new ArrayList<>();
        people.add(person);
        return people;
    }

    private static Instant firstNonNull(Instant a, Instant b) {
        return a != null ? a : b;
    }
}
