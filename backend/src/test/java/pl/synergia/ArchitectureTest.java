package pl.synergia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;

/**
 * The backend's architecture, as tests (the frontend's is {@code architecture.test.ts}). Every
 * top-level package of {@code pl.synergia} except {@code shared} is a bounded context
 * (directory, catalogue, plan, partnership, and any added later). A context uses another only
 * through a published port or read model in {@code pl.synergia.shared.<topic>} (interfaces and
 * records, implemented inside the owning context), never its entities, repositories or services.
 * Only production classes are imported, once for every rule (plain JUnit: no application starts).
 */
class ArchitectureTest {

    static final String ROOT = "pl.synergia";
    static final String SHARED = "shared";

    /**
     * The production classes (the build's target/classes, never the test classes or jars), imported
     * once per test run on first use and shared with {@link QueryOwnershipTest}.
     */
    static JavaClasses production() {
        return Production.CLASSES;
    }

    private static final class Production {
        static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(java.nio.file.Path.of("target/classes"));
    }

    private static final List<Class<? extends Annotation>> SECURITY = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class, Authenticated.class);

    private static final List<Class<? extends Annotation>> ENDPOINTS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class, OPTIONS.class, Path.class);

    /** The context a class belongs to: the first package below {@code pl.synergia}, or empty outside it. */
    static Optional<String> contextOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    static final ArchRule sharedDependsOnNoContext = noClasses().that().resideInAPackage(ROOT + "." + SHARED + "..")
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a context (not shared)") {
                @Override
                public boolean test(JavaClass target) {
                    return contextOf(target).filter(c -> !c.equals(SHARED)).isPresent();
                }
            })
            .because("shared holds what every context may use: the ports, read models and plumbing, never a context's own classes");

    static final ArchRule contextsUseEachOtherOnlyThroughShared = classes()
            .that(new DescribedPredicate<JavaClass>("belong to a context") {
                @Override
                public boolean test(JavaClass c) {
                    return contextOf(c).filter(ctx -> !ctx.equals(SHARED)).isPresent();
                }
            })
            .should(new ArchCondition<JavaClass>("depend only on their own context and on " + ROOT + "." + SHARED) {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String own = contextOf(c).orElseThrow();
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        Optional<String> target = contextOf(d.getTargetClass());
                        if (target.isPresent() && !target.get().equals(own) && !target.get().equals(SHARED)) {
                            events.add(SimpleConditionEvent.violated(d, "context " + own + " uses context " + target.get()
                                    + " directly: " + d.getDescription()));
                        }
                    }
                }
            })
            .because("a context reads another only through a port or read model in " + ROOT + "." + SHARED
                    + ".<topic> (like shared.institution.InstitutionLookup, implemented by directory)");

    static final ArchRule mappersAndResourcesDoNotQueryTheDatabase = noClasses()
            .that().haveSimpleNameEndingWith("Mapper").or().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a mapper only maps what it is given and a resource only speaks HTTP; services and repositories read the database");

    static final ArchRule endpointsCarryASecurityAnnotation = methods()
            .that(new DescribedPredicate<JavaMethod>("are JAX-RS endpoints or sub-resource locators") {
                @Override
                public boolean test(JavaMethod m) {
                    return ENDPOINTS.stream().anyMatch(m::isAnnotatedWith);
                }
            })
            .should(new ArchCondition<JavaMethod>("carry @RolesAllowed, @PermitAll, @Authenticated or @DenyAll, on themselves or their class") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                    boolean secured = SECURITY.stream().anyMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a));
                    if (!secured) {
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " has no security annotation, nor has "
                                + m.getOwner().getSimpleName()));
                    }
                }
            })
            .because("who may call an endpoint is decided where it is declared (and unannotated endpoints are denied at run time)");

    static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
            .because("packages depend in one direction, so each can be understood and changed on its own");

    @Test
    void sharedDependsOnNoContext() {
        sharedDependsOnNoContext.check(production());
    }

    @Test
    void contextsUseEachOtherOnlyThroughShared() {
        contextsUseEachOtherOnlyThroughShared.check(production());
    }

    @Test
    void mappersAndResourcesDoNotQueryTheDatabase() {
        mappersAndResourcesDoNotQueryTheDatabase.check(production());
    }

    @Test
    void endpointsCarryASecurityAnnotation() {
        endpointsCarryASecurityAnnotation.check(production());
    }

    @Test
    void noCyclesBetweenPackages() {
        noCyclesBetweenPackages.check(production());
    }
}
