package io.jingxi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	/** Test classes left out under any build dir (see {@link ArchitectureTests.NoTestClasses}). */
	static final ApplicationModules modules = ApplicationModules.of(JingxiApplication.class,
			new ArchitectureTests.NoTestClasses());

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
		sortRelations(Path.of("docs/modules"));
	}

	/**
	 * The Documenter writes a diagram's relations in hash order, which differs from run to run; sorted,
	 * the generated files change only when the modules do, and parallel branches merge cleanly.
	 */
	static void sortRelations(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".puml")).toList()) {
				List<String> out = new ArrayList<>();
				List<String> run = new ArrayList<>();
				for (String line : Files.readAllLines(file)) {
					if (line.startsWith("Rel(")) {
						run.add(line);
						continue;
					}
					run.sort(null);
					out.addAll(run);
					run.clear();
					out.add(line);
				}
				run.sort(null);
				out.addAll(run);
				Files.write(file, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
