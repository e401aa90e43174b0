package org.apertura.infographics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apertura.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Every norm people can read, in one list: those institutions published and the two Apertura generates from the law
 * rule sets (for a jurisdiction), filtered by institution and type.
 */
@Service
public class Norms {

    private final NormService published;
    private final LawNorms generated;

    Norms(NormService published, LawNorms generated) {
        this.published = published;
        this.generated = generated;
    }

    /** The norms, generated ones first, then by title; {@code institution} and {@code type} filter when given. */
    public List<NormView> list(String institution, NormType type, String jurisdiction) {
        List<NormView> all = new ArrayList<>(generated.all(jurisdiction));
        all.addAll(published.all().stream().sorted(Comparator.comparing(NormView::title)).toList());
        return all.stream().filter(n -> institution == null || institution.isBlank()
                || n.institutionSlug().equals(institution)).filter(n -> type == null || n.type() == type).toList();
    }

    /** A norm by its slug (a generated one for the jurisdiction asked, or the default one). */
    public NormView get(String slug, String jurisdiction) {
        return find(slug, jurisdiction).orElseThrow(() -> new NotFoundException("norm"));
    }

    public Optional<NormView> find(String slug, String jurisdiction) {
        return generated.find(slug, jurisdiction).or(() -> published.find(slug));
    }
}
