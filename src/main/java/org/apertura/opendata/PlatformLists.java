package org.apertura.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apertura.jurisdiction.Institution;
import org.apertura.jurisdiction.Jurisdiction;
import org.apertura.jurisdiction.JurisdictionService;
import org.apertura.platform.Slugs;
import org.apertura.platform.web.PublicDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
 */
@Component
@Order(20)
class PlatformLists implements ApplicationRunner {

    static final String PREFIX = "apertura-";
    private static final Logger log = LoggerFactory.getLogger(PlatformLists.class);
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    private final List<PublicDataset.Source> sources;
    private final DatasetRepository datasets;
    private final DatasetPublishing publishing;
    private final JurisdictionService directory;
    private final MessageSource messages;
    private final String configuredOwner;

    PlatformLists(List<PublicDataset.Source> sources, DatasetRepository datasets, DatasetPublishing publishing,
            JurisdictionService directory, MessageSource messages,
            @Value("${apertura.opendata.platform-owner:}") String configuredOwner) {
        this.sources = sources;
        this.datasets = datasets;
        this.publishing = publishing;
        this.directory = directory;
        this.messages = messages;
        this.configuredOwner = configuredOwner;
    }

    @Override
    public void run(ApplicationArguments args) {
        register();
    }

    /** Registers every list not yet in the catalog; returns how many were added. */
    int register() {
        Optional<String> owner = owner();
        if (owner.isEmpty()) {
            log.info("No institution yet: Apertura's public lists will be registered as datasets at the next start-up");
            return 0;
        }
        int added = 0;
        for (PublicDataset list : sources.stream().flatMap(s -> s.datasets().stream()).toList()) {
            if (datasets.findBySourceKey(list.key()).isEmpty()) {
                publishing.registerPlatformList(list.key(), draft(list, owner.get()), resources(list));
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
        String description = messages.getMessage("opendata.platformList.description", new Object[] {title}, SPANISH);
        Set<DataTheme> themes = themes(list.key());
        return DatasetDraft.of(name(list.key()), owner, title, description)
                .withKeywords(List.of("apertura", "gobierno abierto", title.length() > 100 ? "lista pública" : title))
                .withThemes(themes).withFrequency(Frequency.CONTINUOUS).withLicence(Licence.DEFAULT)
                .withSpatial(List.of());
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
                new PlatformResource(messages.getMessage("opendata.platformList.csv", null, SPANISH), list.csvPath(),
                        DetectedFormat.CSV, dictionary),
                new PlatformResource(messages.getMessage("opendata.platformList.json", null, SPANISH),
                        list.jsonPath(), DetectedFormat.JSON, List.of()));
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, SPANISH);
    }

    /** One live download of a list: its name, its path on this site, format and dictionary. */
    record PlatformResource(String name, String path, DetectedFormat format, List<DictionaryField> dictionary) {
    }
}
