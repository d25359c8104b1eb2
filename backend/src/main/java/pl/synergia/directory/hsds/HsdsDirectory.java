package pl.synergia.directory.hsds;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.directory.Institution;
import pl.synergia.directory.Offering;
import pl.synergia.directory.ServiceNameOrder;
import pl.synergia.directory.hsds.HsdsRepository.Filter;
import pl.synergia.directory.hsds.HsdsTaxonomies.TermRef;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.ServiceEntry;
import pl.synergia.shared.persistence.ChangeHorizon;
import pl.synergia.shared.problem.ProblemException;

/**
 * The directory as Open Referral HSDS 3.1: active institutions are organizations, the offerings
 * of active institutions are services, and Synergia's reference data forms the taxonomies.
 * Read-only, open to every authenticated role like the directory itself (no personal data).
 */
@ApplicationScoped
@Transactional
public class HsdsDirectory {

    @Inject
    HsdsRepository repository;

    @Inject
    HsdsTaxonomies taxonomies;

    @Inject
    HsdsMapper mapper;

    @Inject
    CatalogueLookup catalogue;

    @Inject
    ChangeHorizon horizon;

    public HsdsPage<HsdsOrganizationListItem> organizations(String text, UUID taxonomyTermId, HsdsPaging paging) {
        HsdsMapper.Context ctx = context();
        TermRef term = null;
        if (taxonomyTermId != null) {
            term = ctx.taxonomies().term(taxonomyTermId).orElse(null);
            if (term == null) {
                return HsdsPage.of(List.of(), paging, 0);
            }
        }
        Filter filter = new Filter(text, term, null);
        List<HsdsOrganizationListItem> items = repository.organizations(filter, paging.offset(), paging.perPage()).stream()
                .map(i -> mapper.toListItem(i, ctx)).toList();
        return HsdsPage.of(items, paging, repository.countOrganizations(filter));
    }

    public HsdsOrganization organization(UUID id) {
        Institution institution = repository.activeOrganization(id)
                .orElseThrow(() -> ProblemException.notFound("No active institution has this id."));
        HsdsMapper.Context ctx = context();
        Map<String, Integer> ranks = serviceNameRanks(ctx);
        return mapper.toOrganization(institution, ServiceNameOrder.sort(repository.offeringsOf(id), ranks), ctx);
    }

    public HsdsPage<HsdsServiceListItem> services(String text, UUID taxonomyTermId, UUID organizationId, Instant modifiedAfter,
            HsdsPaging paging) {
        HsdsMapper.Context ctx = context();
        TermRef term = null;
        if (taxonomyTermId != null) {
            term = ctx.taxonomies().term(taxonomyTermId).orElse(null);
            if (term == null) {
                return HsdsPage.of(List.of(), paging, 0);
            }
        }
        Filter filter = new Filter(text, term, organizationId, modifiedAfter, modifiedAfter == null ? null : horizon.now());
        List<HsdsServiceListItem> items = repository.services(new HsdsRepository.ServicePage(filter, serviceNameRanks(ctx),
                paging.offset(), paging.perPage())).stream().map(o -> mapper.toListItem(o, ctx)).toList();
        return HsdsPage.of(items, paging, repository.countServices(filter));
    }

    public HsdsService service(UUID id) {
        Offering offering = repository.service(id)
                .orElseThrow(() -> ProblemException.notFound("No offering of an active institution has this id."));
        return mapper.toService(offering, context());
    }

    public HsdsPage<HsdsTaxonomy> taxonomies(String text, HsdsPaging paging) {
        List<HsdsTaxonomy> all = taxonomies.snapshot().taxonomies().stream()
                .filter(matches(text, t -> t.name() + " " + t.description())).toList();
        return HsdsPage.of(paging.slice(all), paging, all.size());
    }

    public HsdsTaxonomy taxonomy(UUID id) {
        return taxonomies.snapshot().taxonomies().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No taxonomy has this id."));
    }

    public HsdsPage<HsdsTaxonomyTerm> taxonomyTerms(String text, UUID taxonomyId, UUID parentId, boolean topOnly,
            HsdsPaging paging) {
        List<HsdsTaxonomyTerm> all = taxonomies.snapshot().terms().stream()
                .filter(t -> taxonomyId == null || taxonomyId.equals(t.taxonomyId()))
                .filter(t -> parentId == null || parentId.equals(t.parentId()))
                .filter(t -> !topOnly || t.parentId() == null)
                .filter(matches(text, t -> t.code() + " " + t.name() + " " + t.description()))
                .toList();
        return HsdsPage.of(paging.slice(all), paging, all.size());
    }

    public HsdsTaxonomyTerm taxonomyTerm(UUID id) {
        return taxonomies.snapshot().term(id).map(TermRef::term)
                .orElseThrow(() -> ProblemException.notFound("No taxonomy term has this id."));
    }

    private HsdsMapper.Context context() {
        return new HsdsMapper.Context(taxonomies.snapshot());
    }

    /** Each service code's position when offerings are listed by service name: the catalogue's Polish order. */
    private Map<String, Integer> serviceNameRanks(HsdsMapper.Context ctx) {
        Map<String, ServiceEntry> byName = catalogue.services(ctx.taxonomies().services().keySet());
        return ServiceNameOrder.ranks(byName.values());
    }

    /** Every word of {@code text} occurs in the item's text, ignoring case and Polish diacritics, as in the directory search. */
    private static <T> Predicate<T> matches(String text, Function<T, String> haystack) {
        if (text == null || text.isBlank()) {
            return t -> true;
        }
        List<String> words = List.of(fold(text).trim().split("\\s+"));
        return t -> {
            String folded = fold(haystack.apply(t));
            return words.stream().allMatch(folded::contains);
        };
    }

    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
