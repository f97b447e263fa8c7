package io.jingxi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

@AnalyzeClasses(packages = "io.jingxi",
		importOptions = { ImportOption.DoNotIncludeTests.class, ArchitectureTests.NoTestClasses.class })
class ArchitectureTests {

	/**
	 * DoNotIncludeTests only knows target/test-classes; builds with -Dbuild.dir=target-x put the
	 * test classes elsewhere, so leave out every test-classes folder whatever the build directory.
	 */
	static final class NoTestClasses implements ImportOption {

		@Override
		public boolean includes(Location location) {
			return !location.contains("/test-classes/");
		}
	}

	@ArchTest
	static final ArchRule entitiesAreNotPublic = classes().that().areAnnotatedWith(Entity.class)
		.should().notBePublic()
		.because("entities are a module's internals; other modules see ids, DTOs and events");

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(org.springframework.data.repository.Repository.class)
		.should().notBePublic()
		.because("a module owns its tables; others go through its façade");

	@ArchTest
	static final ArchRule domainCodeHasNoWebTypes = noClasses().that().areAnnotatedWith(Entity.class)
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
				"org.springframework.http..")
		.because("domain code does not know about HTTP");

	@ArchTest
	static final ArchRule noBareTransactionalEventListeners = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
		.noMethods().should().beAnnotatedWith(org.springframework.transaction.event.TransactionalEventListener.class)
		.because("Spring Modulith records a publication for every transactional listener; use "
				+ "@ApplicationModuleListener between modules, or a plain @EventListener with an after-commit "
				+ "synchronization, so that completing it never needs a second pooled connection in the "
				+ "committing thread");

	@ArchTest
	static final ArchRule noFieldInjection = noClasses().should().dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
		.because("dependencies come through constructors");
}
