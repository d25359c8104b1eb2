package pl.synergia.directory;

import pl.synergia.shared.institution.InstitutionLookup;

import pl.synergia.shared.institution.InstitutionRef;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.web.PageParams;

@ApplicationScoped
public class InstitutionService implements InstitutionLookup {

    @Inject
    InstitutionRepository repository;

    @Inject
    InstitutionMapper mapper;

    /** A page of the directory. The directory is open to every authenticated role: it holds no personal data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InstitutionPage list(PageParams params, InstitutionSort sort, boolean descending) {
        List<Institution> items = repository.page(sort, descending, params.page(), params.size());
        return mapper.toPage(items, params, repository.countAll());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Institution get(UUID id) {
        return repository.findWithTerritory(id)
                .orElseThrow(() -> ProblemException.notFound("No institution has this id."));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InstitutionRef> findRef(UUID id) {
        return repository.findByIdOptional(id).map(mapper::toRef);
    }
}
