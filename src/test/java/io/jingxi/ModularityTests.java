package io.jingxi;

import org.junit.jupiter.api.Test;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	/**
	 * Test classes are left out wherever the build puts them (-Dbuild.dir=target-x too): tests may use
	 * any module's façade to set up their data.
	 */
	static final ApplicationModules modules = ApplicationModules.of(JingxiApplication.class,
			DescribedPredicate.describe("test classes", (JavaClass type) -> type.getSource()
				.map(source -> source.getUri().toString().contains("/test-classes/"))
				.orElse(false)));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}
}
