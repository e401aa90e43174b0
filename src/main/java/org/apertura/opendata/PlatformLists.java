package org.apertura.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.Slugs;
import org.apertura.platform.demo.DemoSeed;
import org.apertura.platform.time.Today;
import org.apertura.platform.web.PublicDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Every public list of Apertura is a dataset automatically": at start-up, each list a module offers
 * ({@link PublicDataset.Source}) that is not yet in the catalog is registered and published as a dataset of kind
 * PLATFORM_LIST named {@code apertura-<key>}, with its live CSV and JSON as link resources (paths of this site) and the
 * data dictionary of its CSV from the {@code csv.<column>.desc} messages. Running again changes nothing (idempotent).
 *
 * <p>Owner: the lists are the platform's, and the body that answers for them is the one that runs the open
 * government exercise and oversees transparency in the jurisdiction — the guarantor body of the top jurisdiction
 * (state, or else the first one), which usually coordinates the Secretariado Técnico Local that operates Apertura;
 * {@code apertura.opendata.platform-owner} (an institution's slug) chooses another. Without any institution yet,
 * nothing is registered until the next start-up.
 *
 * <p>A list of one record ({@link PublicDataset#perRecord}) is registered with the addresses of a record that has
 * data, and only once one has: never with an example address that answers 404. Each record a module publishes as a
 * dataset of its own ({@link PublicDataset.Source#catalogEntries()}, e.g. every budget of an institution and year) is
 * registered owned by the record's institution. Both also happen once the demo is loaded
 * ({@link DemoSeed.Loaded}) and every night ({@code apertura.opendata.platform-lists-cron}, 03:40 in Mexico City), so a
 * list whose first record appeared after start-up is in the catalog by the next morning without its module saying
 * anything; a module may still say its records changed ({@link PublicDataset.Changed}) to have them registered as
 * soon as that change commits.
 */
@Component
@Order(20)
class PlatformLists implements ApplicationRunner {

    static final String PREFIX = "apertura-";
    private static final Logger log = LoggerFactory.getLogger(PlatformLists.class);

    private final List<PublicDataset.Source> sources;
    private final DatasetRepository datasets;
    private final DatasetPublishing publishing;
    private final JurisdictionService directory;
    private final MessageSource messages;
    private final String configuredOwner;
    private final TransactionTemplate separately;

    PlatformLists(List<PublicDataset.Source> sources, DatasetRepository datasets, DatasetPublishing publishing,
            JurisdictionService directory, MessageSource messages,
            OpenDataProperties settings,
            PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sources = sources;
        this.datasets = datasets;
        this.publishing = publishing;
        this.directory = directory;
        this.messages = messages;
        this.configuredOwner = settings.platformOwner();
    }

    @Override
    public void run(ApplicationArguments args) {
        register();
    }

    /** A module's records changed (committed): registers what is new, in a transaction of its own. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicDataset.Changed changed) {
        registerSeparately();
    }

    /** Every seed of the demo ran: registers the lists whose first records the seeds made. */
    @EventListener
    void on(DemoSeed.Loaded loaded) {
        registerSeparately();
    }

    /** Every night (one node: {@code ClusterLocks}): registers the lists whose first record appeared since. */
    @Scheduled(cron = "${apertura.opendata.platform-lists-cron:0 40 3 * * *}", zone = Today.ZONE_ID)
    void nightly() {
        registerSeparately();
    }

    private void registerSeparately() {
        try {
            separately.executeWithoutResult(status -> register());
        } catch (RuntimeException e) {
            log.warn("Could not register new public lists as datasets; they will be at the next run", e);
        }
    }

    /** Registers every list and record entry not yet in the catalog; returns how many were added. */
    synchronized int register() {
        Optional<String> owner = owner();
        if (owner.isEmpty()) {
            log.info("No institution yet: Apertura's public lists will be registered as datasets at the next start-up");
            return 0;
        }
        int added = 0;
        for (PublicDataset template : sources.stream().flatMap(s -> s.datasets().stream()).toList()) {
            Optional<PublicDataset> list = template.resolved(); // empty while no record has data: no 404 links
            if (list.isPresent() && datasets.findBySourceKey(template.key()).isEmpty()) {
                publishing.registerPlatformList(template.key(), draft(list.get(), owner.get()), resources(list.get()));
                added++;
            }
        }
        for (PublicDataset.CatalogEntry entry : sources.stream().flatMap(s -> s.catalogEntries().stream()).toList()) {
            if (datasets.findBySourceKey(entry.name()).isEmpty() && datasets.findByName(entry.name()).isEmpty()
                    && entry.list().resolved().isPresent()) {
                publishing.registerPlatformList(entry.name(), draft(entry), resources(entry.list().resolved().get()));
                added++;
            }
        }
        if (added > 0) {
            log.info("Registered {} of Apertura's public lists as open datasets", added);
        }
        return added;
    }

    /** The institution that publishes the platform's lists (see the class comment for why). */
    Optional<String> owner() {
        List<Institution> all = directory.allInstitutions();
        if (!configuredOwner.isBlank()) {
            return all.stream().map(Institution::getSlug).filter(configuredOwner::equals).findFirst();
        }
        List<Jurisdiction> candidates = new ArrayList<>(directory.all().stream()
                .filter(j -> j.getLevel() == org.apertura.jurisdiction.JurisdictionLevel.STATE).toList());
        candidates.addAll(directory.all());
        for (Jurisdiction jurisdiction : candidates) {
            Optional<Institution> guarantor = directory.guarantorOf(jurisdiction);
            if (guarantor.isPresent()) {
                return Optional.of(guarantor.get().getSlug());
            }
        }
        return all.stream().map(Institution::getSlug).findFirst();
    }

    private DatasetDraft draft(PublicDataset list, String owner) {
        String title = text("dataset." + list.key(), list.key());
        String description = messages.getMessage("opendata.platformList.description", new Object[] {title}, Today.LOCALE);
        Set<DataTheme> themes = themes(list.key());
        return DatasetDraft.of(name(list.key()), owner, title, description)
                .withKeywords(List.of("apertura", "gobierno abierto", title.length() > 100 ? "lista pública" : title))
                .withThemes(themes).withFrequency(Frequency.CONTINUOUS).withLicence(Licence.DEFAULT)
                .withSpatial(List.of());
    }

    private DatasetDraft draft(PublicDataset.CatalogEntry entry) {
        return DatasetDraft.of(entry.name(), entry.institutionSlug(), entry.title(), entry.description())
                .withKeywords(entry.keywords()).withThemes(themes(entry.list().key()))
                .withFrequency(Frequency.CONTINUOUS).withLicence(Licence.DEFAULT).withSpatial(List.of());
    }

    /** {@code apertura-accessinfo-requests}. */
    static String name(String key) {
        String slug = Slugs.of(key.replace('.', '-').replace('_', '-')
                .replaceAll("([a-z])([A-Z])", "$1-$2"));
        String name = PREFIX + slug;
        return name.length() > Dataset.MAX_NAME ? name.substring(0, Dataset.MAX_NAME).replaceAll("-+$", "") : name;
    }

    private static Set<DataTheme> themes(String key) {
        if (key.startsWith("budget") || key.startsWith("contracting")) {
            return Set.of(DataTheme.GOVE, DataTheme.ECON);
        }
        if (key.startsWith("accessinfo") || key.startsWith("appeal")) {
            return Set.of(DataTheme.GOVE, DataTheme.JUST);
        }
        return Set.of(DataTheme.GOVE);
    }

    /** The CSV (with its dictionary) and the JSON of a list. */
    List<PlatformResource> resources(PublicDataset list) {
        List<DictionaryField> dictionary = list.columns().stream().map(c -> new DictionaryField(
                text("csv." + c, c), FieldType.STRING, text("csv." + c + ".desc", text("csv." + c, c)), null, null))
                .toList();
        return List.of(
                new PlatformResource(messages.getMessage("opendata.platformList.csv", null, Today.LOCALE), list.csvPath(),
                        DetectedFormat.CSV, dictionary),
                new PlatformResource(messages.getMessage("opendata.platformList.json", null, Today.LOCALE),
                        list.jsonPath(), DetectedFormat.JSON, List.of()));
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Today.LOCALE);
    }

    /** One live download of a list: its name, its path on this site, format and dictionary. */
    record PlatformResource(String name, String path, DetectedFormat format, List<DictionaryField> dictionary) {
    }
}
